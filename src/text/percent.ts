/** Percent-decoding that leaves malformed escapes (`100%`) as written instead of throwing. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A query-string key or value as the server reads it: `+` is a space, then percent-decoded safely. */
export function decodeQueryComponent(text: string): string {
  return safeDecode(text.replace(/\+/g, ' '));
}
