import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

const headersOf = new WeakMap<Table, string[]>();

/**
 * A GFM table's column headers, trimmed and lowercase, read once: every table extractor (endpoints,
 * headers, query parameters, values, statuses, fields) decides from them whether the table is its own.
 */
export function tableHeaders(table: Table): string[] {
  let headers = headersOf.get(table);
  if (!headers) {
    headers = (table.children[0]?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
    headersOf.set(table, headers);
  }
  return headers;
}
