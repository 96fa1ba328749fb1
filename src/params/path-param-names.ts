import { parseDocPath } from '../extract/doc-path.js';
import { splitTemplate } from '../spec/path-trie.js';
import type { DocPath } from '../types.js';
import { escapeRegex } from '../text/regex.js';

/**
 * How a parameter is written. `{id}`, `:id` and `[id]` are names a reader copies into code or
 * compares with the reference; `<id>`, `$ID`, `${ID}` and `{{id}}` are fill-in placeholders and
 * shell or Postman variables, whose case and separators follow their own conventions.
 */
export type ParamNotation = 'name' | 'placeholder';

/** A parameter a documented path names, next to the name the spec's template has at that place. */
export interface NamedParam {
  /** The parameter as written: `:token_id`, or `{file_id}` inside `{file_id}.json`. */
  written: string;
  /** Its name: `token_id`. */
  name: string;
  notation: ParamNotation;
  /** The template's parameter at the same place: `tokenId`. */
  expected: string;
  /** The template segment holds this parameter alone (`{id}`, `{id}.json`), where a generic name is fine. */
  single: boolean;
  /** Where `written` starts in the path as written (`DocPath.raw`). */
  offset: number;
}

const TEMPLATE_PARAM = /\{([^{}]+)\}/g;

/**
 * Walks a documented path alongside the template it matched (its full form, with the server's
 * base path when the page wrote one, so both have as many segments) and pairs each documented
 * parameter with the template's. Concrete values (`ws_123`, `v2` for `v{version}`) name nothing
 * and are left out; so is every pair when the two cannot be aligned segment by segment.
 */
export function namedParams(path: DocPath, template: string): NamedParam[] {
  const parts = [...path.raw.matchAll(/[^/]+/g)];
  const templateSegments = splitTemplate(template);
  if (path.prefix || parts.length !== path.segments.length || parts.length !== templateSegments.length) return [];
  const named: NamedParam[] = [];
  templateSegments.forEach((templateSegment, index) => {
    const expected = [...templateSegment.matchAll(TEMPLATE_PARAM)].map((match) => match[1]!);
    if (expected.length === 0) return;
    const part = parts[index]!;
    const wholeParam = expected.length === 1 && templateSegment === `{${expected[0]}}`;
    const pieces = wholeParam ? [{ text: part[0], offset: 0 }] : embeddedPieces(part[0], templateSegment);
    pieces.forEach((piece, position) => {
      const segment = parseDocPath(`/${piece.text}`).segments;
      if (segment.length !== 1 || segment[0]!.kind !== 'param') return;
      named.push({
        written: piece.text,
        name: segment[0]!.name,
        notation: notationOf(piece.text),
        expected: expected[position]!,
        single: expected.length === 1,
        offset: part.index! + piece.offset,
      });
    });
  });
  return named;
}

/** The text standing for each parameter of a mixed template segment: `{file_id}` in `{file_id}.json` for `{fileId}.json`. */
function embeddedPieces(written: string, templateSegment: string): Array<{ text: string; offset: number }> {
  const source = templateSegment.replace(/\{[^{}]*\}|[^{]+/g, (piece) => (piece.startsWith('{') ? '([^/]+)' : escapeRegex(piece)));
  const match = new RegExp(`^${source}$`, 'd').exec(written);
  if (!match?.indices) return [];
  return match.slice(1).map((text, index) => ({ text: text ?? '', offset: match.indices![index + 1]?.[0] ?? 0 }));
}

function notationOf(written: string): ParamNotation {
  return /^(\{\{|\$|<)/.test(written) ? 'placeholder' : 'name';
}
