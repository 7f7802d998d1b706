/** Only same-site paths are followed after log-in, so a crafted ?next= can never send someone off Hearth. */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
