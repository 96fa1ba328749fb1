/** `## Title {#custom-id}` on an ATX heading line indented at most three spaces, as Mintlify reads it. */
const HEADING_ID = /^( {0,3}#{1,6}[ \t].*?)\{#([^{}\s]+)\}([ \t]*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Mintlify takes `{#id}` off a heading before its MDX parser sees the page; to MDX itself the
 * braces are an expression that does not parse. Rewrites each such suffix to `[#id]` — the same
 * length, so every offset and column stays right — which reads as text and which the heading
 * reader takes as the explicit id. Lines inside fenced code are left alone.
 */
export function rewriteMintlifyHeadingIds(source: string): string {
  if (!source.includes('{#')) return source;
  let fence: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      const opener = FENCE.exec(line);
      if (opener) {
        const marker = opener[1]!;
        if (fence === undefined) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return line;
      }
      if (fence !== undefined) return line;
      const match = HEADING_ID.exec(line.replace(/\r$/, ''));
      if (!match) return line;
      return `${match[1]}[#${match[2]}]${match[3]}${line.endsWith('\r') ? '\r' : ''}`;
    })
    .join('\n');
}
