import type { Table } from 'mdast';
import type { ClaimContext, Position } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { locateIn } from './positions.js';

/**
 * A query parameter a page documents in a table: a row of a Query Parameter column, a row whose
 * In/Location column says `query`, or a Name/Parameter row under a heading about query
 * parameters. Rules bind it to the endpoint documented in the same section.
 */
export interface QueryParamDoc {
  kind: 'query-doc';
  /** The parameter as the row names it (`status`, `filter[status]`). */
  name: string;
  position: Position;
  context: ClaimContext;
}

const QUERY_COLUMN = /^query(\s+string)?(\s+param(eter)?s?)?(\s+name)?$/;
const NAME_COLUMN = /^(name|param|parameter|field|key)s?$/;
const LOCATION_COLUMN = /^(in|location|param(eter)?\s+type|placement)$/;
const QUERY_HEADING = /\bquery(\s+string)?\b|\bsearch\s+param/i;
/** A parameter name in a cell, possibly followed by a marker (`status*`, `limit (optional)`). */
const NAME_IN_CELL = /^`?([A-Za-z_][\w.-]*(?:\[[\w.-]*\])*)`?(?:\s*\*|\s*\((?:optional|required)\)|\s+(?:optional|required))?$/i;

/**
 * Query parameter names from a table. A table is about query parameters when a column says so
 * (`Query parameter`), when an In/Location column says `query` on the row (other rows are path,
 * header or body parameters), or, with neither, when its heading is about the query string
 * ("Query parameters"). A Name column alone under another heading is not read: it lists body
 * fields or path parameters as often as query parameters.
 */
export function extractQueryTable(node: Table, context: ExtractContext, prose: ClaimContext): QueryParamDoc[] {
  const [head, ...rows] = node.children;
  if (!head) return [];
  const headers = tableHeaders(node);
  const queryColumn = headers.findIndex((header) => QUERY_COLUMN.test(header));
  const nameColumn = queryColumn >= 0 ? queryColumn : headers.findIndex((header) => NAME_COLUMN.test(header));
  if (nameColumn === -1) return [];
  const locationColumn = headers.findIndex((header) => LOCATION_COLUMN.test(header));
  if (queryColumn === -1 && locationColumn === -1 && !QUERY_HEADING.test(prose.heading?.text ?? '')) return [];

  const docs: QueryParamDoc[] = [];
  for (const row of rows) {
    const cell = row.children[nameColumn];
    if (!cell) continue;
    if (locationColumn >= 0 && !/^`?query(\s+string)?`?$/i.test(cellText(row.children[locationColumn]))) continue;
    const name = NAME_IN_CELL.exec(cellText(cell))?.[1];
    if (!name) continue;
    docs.push({ kind: 'query-doc', name, position: locateIn(cell, name, context.lines), context: prose });
  }
  return docs;
}
