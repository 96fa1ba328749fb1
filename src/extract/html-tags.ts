/** One attribute of a start tag in raw HTML, with its value's offset in the scanned text. */
export interface HtmlAttribute {
  tag: string;
  name: string;
  value: string;
  /** Offset of the value's first character in the scanned text. */
  valueOffset: number;
}

const START_TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The attributes of the start tags in a piece of raw HTML (an mdast `html` node of a `.md` page):
 * enough to read `id`, `name` and `href` without an HTML parser. Comments are skipped; entities
 * in values are left as written, as they rarely appear in ids and URLs.
 */
export function htmlAttributes(html: string): HtmlAttribute[] {
  const attributes: HtmlAttribute[] = [];
  const text = html.replace(/<!--[^]*?-->/g, (comment) => ' '.repeat(comment.length));
  for (const tag of text.matchAll(START_TAG)) {
    const name = tag[1]!.toLowerCase();
    const listOffset = tag.index + 1 + tag[1]!.length;
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if (value === undefined) continue;
      const quoted = attribute[2] !== undefined || attribute[3] !== undefined;
      const valueOffset = listOffset + attribute.index + attribute[0].length - value.length - (quoted ? 1 : 0);
      attributes.push({ tag: name, name: attribute[1]!.toLowerCase(), value, valueOffset });
    }
  }
  return attributes;
}
