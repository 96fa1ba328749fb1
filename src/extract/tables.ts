import type { Table } from 'mdast';
import type { EndpointClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { buildEndpointClaim } from './endpoint-claim.js';
import { METHOD_AND_PATH } from './inline-code.js';
import { locateIn } from './positions.js';

const METHOD_HEADERS = /^(http\s+)?(method|verb)s?$/;
const PATH_HEADERS = /^(path|endpoint|route|url|uri|request|operation|api)s?$/;
const HOST_HEADERS = /^(host|base\s*url|server)s?$/;

/**
 * Endpoint claims from a GFM table: one per row that has a Method column and a Path/Endpoint/Route
 * column, or a cell that reads `METHOD /path`. Rows keep every cell's text for later evidence.
 */
export function extractTable(node: Table, context: ExtractContext): EndpointClaim[] {
  const [head, ...rows] = node.children;
  if (!head) return [];
  const headers = tableHeaders(node);
  const methodColumn = headers.findIndex((header) => METHOD_HEADERS.test(header));
  const pathColumn = headers.findIndex((header) => PATH_HEADERS.test(header));
  const hostColumn = headers.findIndex((header) => HOST_HEADERS.test(header));
  const claims: EndpointClaim[] = [];

  for (const row of rows) {
    const cells = row.children;
    const texts = cells.map(cellText);
    const record = Object.fromEntries(headers.map((header, index) => [header, texts[index] ?? '']));
    const hostHint = hostColumn >= 0 ? hostOf(texts[hostColumn]) : undefined;

    let claim: EndpointClaim | null = null;
    if (methodColumn >= 0 && pathColumn >= 0 && cells[pathColumn]) {
      const url = texts[pathColumn]!;
      const method = (texts[methodColumn] ?? '').toUpperCase();
      if (/^[A-Z]+$/.test(method) && /^(\/|https?:\/\/|\$|\{|<)/.test(url) && !/\s/.test(url)) {
        claim = buildEndpointClaim(
          { source: 'table', evidence: 'table', method, url, position: locateIn(cells[pathColumn]!, url, context.lines), hostHint },
          context.hosts,
        );
      }
    } else {
      const index = texts.findIndex((text) => METHOD_AND_PATH.test(text));
      if (index >= 0) {
        const match = METHOD_AND_PATH.exec(texts[index]!)!;
        const url = match[2]!;
        claim = buildEndpointClaim(
          { source: 'table', evidence: 'table', method: match[1]!, url, position: locateIn(cells[index]!, url, context.lines), hostHint },
          context.hosts,
        );
      }
    }
    if (claim) {
      claim.row = record;
      claims.push(claim);
    }
  }
  return claims;
}

function hostOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const host = text.replace(/^https?:\/\//, '').split('/')[0]!;
  return /[.$<{]/.test(host) ? host : undefined;
}
