import type { List, Table } from 'mdast';
import type { ClaimContext, HeaderDoc } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { locateIn } from './positions.js';

/** `X-Request-ID`, `Idempotency-Key`, `Authorization`: a token shaped like an HTTP header name. */
const HEADER_NAME = /^(?:X-[A-Za-z0-9-]+|[A-Z][a-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+|Authorization|Cookie|Accept|Host)$/;
const HEADER_COLUMN = /^(request\s+)?headers?(\s+name)?$/;
const NAME_COLUMN = /^(name|field|parameter)$/;

/**
 * Header names from a table: one with a Header column, or a Name column under a heading about
 * headers. Only cells shaped like header names count, so a table of body fields is not read as headers.
 */
export function extractHeaderTable(node: Table, context: ExtractContext, prose: ClaimContext): HeaderDoc[] {
  const [head, ...rows] = node.children;
  if (!head) return [];
  const headers = tableHeaders(node);
  let column = headers.findIndex((header) => HEADER_COLUMN.test(header));
  if (column === -1 && /header/i.test(prose.heading?.text ?? '')) column = headers.findIndex((header) => NAME_COLUMN.test(header));
  if (column === -1) return [];
  const docs: HeaderDoc[] = [];
  for (const row of rows) {
    const cell = row.children[column];
    if (!cell) continue;
    const name = headerNameOf(cellText(cell));
    if (!name) continue;
    docs.push({
      kind: 'header-doc',
      name,
      position: locateIn(cell, name, context.lines),
      source: 'table',
      context: prose,
    });
  }
  return docs;
}

/** Header names that open the items of a list under a heading about headers (`- \`X-Org-Id\`: …`). */
export function extractHeaderList(node: List, context: ExtractContext, prose: ClaimContext): HeaderDoc[] {
  if (!/header/i.test(prose.heading?.text ?? '')) return [];
  const docs: HeaderDoc[] = [];
  for (const item of node.children) {
    const paragraph = item.children[0];
    const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    if (first?.type !== 'inlineCode') continue;
    const name = headerNameOf(first.value);
    if (name) docs.push({ kind: 'header-doc', name, position: locateIn(first, name, context.lines), source: 'list', context: prose });
  }
  return docs;
}

function headerNameOf(text: string): string | undefined {
  // `X-Org-Id: org_42` in a cell names the header before the colon.
  const name = text.trim().replace(/^`|`$/g, '').split(':')[0]!.trim();
  return HEADER_NAME.test(name) ? name : undefined;
}
