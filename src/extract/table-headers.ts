import type { Nodes, Table, TableCell } from 'mdast';

const headersOf = new WeakMap<Table, string[]>();
const textOf = new WeakMap<TableCell, string>();

/**
 * A GFM table's column headers, trimmed and lowercase, read once: every table extractor (endpoints,
 * headers, query parameters, values, statuses, fields, deprecation notes) decides from them whether
 * the table is its own.
 */
export function tableHeaders(table: Table): string[] {
  let headers = headersOf.get(table);
  if (!headers) {
    headers = (table.children[0]?.children ?? []).map((cell) => cellText(cell).toLowerCase());
    headersOf.set(table, headers);
  }
  return headers;
}

/**
 * A cell's text as a reader sees it, trimmed, read once for every table extractor. Comments and
 * expressions (`{/* docspec-disable-line *\/}`, `<!-- … -->`) are no part of it: a disable comment
 * in a path cell must not turn the path into prose. A missing cell is ''.
 */
export function cellText(cell: TableCell | undefined): string {
  if (!cell) return '';
  let text = textOf.get(cell);
  if (text === undefined) {
    text = visibleText(cell).trim();
    textOf.set(cell, text);
  }
  return text;
}

function visibleText(node: Nodes): string {
  if (node.type === 'html' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if ('children' in node) return node.children.map((child) => visibleText(child as Nodes)).join('');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}
