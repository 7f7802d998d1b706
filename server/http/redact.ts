/** Invite codes are bearer secrets: any URL that carries one is logged with the code replaced. */
export function redactInviteCodes(url: string): string {
  return url.replace(/\/(invites?)\/[^/?#]+/g, '/$1/[redacted]').replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
}
