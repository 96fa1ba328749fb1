import type { InlineCode, Paragraph, Table } from 'mdast';
import type { ClaimContext, StatusClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { locateIn } from './positions.js';
import { proseOf } from './prose.js';

const STATUS_CODE = /^[1-5]\d\d$/;
/** Words that make a number in a sentence a response status: "returns", "rejected with", "→". */
const STATUS_WORDS = /\b(returns?|returned|respond(s|ed)?|response|rejected|fails?|failed|answers?|status|errors? with)\b|→|->/i;
const STATUS_COLUMN = /^(status(\s+code)?|code|response|responses|http\s+status)$/;

/**
 * Status codes a paragraph states: an inline code `400` (or `400 Bad Request`) in a sentence with a
 * status word, or "returns 404" in plain text. Numbers elsewhere (limits, ports) are not read.
 */
export function statusesInParagraph(node: Paragraph, context: ExtractContext, prose: ClaimContext): StatusClaim[] {
  const { sentences } = proseOf(node);
  const claims: StatusClaim[] = [];
  const statusSentences = sentences.filter((sentence) => STATUS_WORDS.test(sentence));
  if (statusSentences.length === 0) return [];
  for (const child of node.children) {
    if (child.type !== 'inlineCode') continue;
    const code = codeOf(child);
    if (code && statusSentences.some((sentence) => sentence.includes(child.value))) {
      claims.push({ kind: 'status', code, position: locateIn(child, child.value, context.lines), context: prose });
    }
  }
  for (const child of node.children) {
    if (child.type !== 'text') continue;
    for (const match of child.value.matchAll(/\b(?:returns?|responds? with|rejected with|fails? with|status(?: code)?)\s+(?:an?\s+|with\s+(?:an?\s+)?)?([1-5]\d\d)\b/gi)) {
      const code = match[1]!;
      const phrase = locateIn(child, match[0], context.lines);
      // Point at the digits, which end the phrase.
      const start = { line: phrase.end.line, column: phrase.end.column - code.length };
      claims.push({ kind: 'status', code, position: { start, end: phrase.end }, context: prose });
    }
  }
  return claims;
}

/** Status codes in a Status/Code/Response column, one claim per code, each in its row's block. */
export function statusesInTable(node: Table, context: ExtractContext, prose: ClaimContext): StatusClaim[] {
  const [head, ...rows] = node.children;
  if (!head) return [];
  const column = tableHeaders(node).findIndex((header) => STATUS_COLUMN.test(header));
  if (column === -1) return [];
  const claims: StatusClaim[] = [];
  for (const row of rows) {
    const cell = row.children[column];
    if (!cell) continue;
    for (const match of cellText(cell).matchAll(/\b([1-5]\d\d)\b/g)) {
      claims.push({ kind: 'status', code: match[1]!, position: locateIn(cell, match[1]!, context.lines), context: { ...prose, block: row.position?.start.line } });
    }
  }
  return claims;
}

function codeOf(node: InlineCode): string | undefined {
  const [first] = node.value.trim().split(/\s+/);
  return first && STATUS_CODE.test(first) ? first : undefined;
}
