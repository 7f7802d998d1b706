/** Invite codes and unsubscribe tokens are bearer secrets: any URL that carries one is logged with it replaced. */
export function redactInviteCodes(url: string): string {
  return url.replace(/\/(invites?|unsubscribe)\/[^/?#]+/g, '/$1/[redacted]');
}
