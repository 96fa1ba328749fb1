import type { Table } from 'mdast';
import type { ClaimContext, FieldRow, FieldTableClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { locateIn, positionOf } from './positions.js';

const NAME_COLUMN = /^(field|property|attribute|name|key|parameter|param)s?$/;
const TYPE_COLUMN = /^(type|data\s*type|format)$/;
const REQUIRED_COLUMN = /^(required\??|mandatory|optional\??)$/;
/** Tables that list headers or parameters by location are not body fields. */
const OTHER_COLUMNS = /^(headers?|in|location|values?|enum|allowed(\s+values)?|method|path|endpoint|route|status)$/;

/**
 * A table documenting body fields: a Field/Property/Name column and a Type or Required column,
 * with no header, location, values or endpoint column (those tables say something else).
 */
export function extractFieldTable(node: Table, context: ExtractContext, prose: ClaimContext): FieldTableClaim | undefined {
  const [head, ...rows] = node.children;
  if (!head) return undefined;
  const headers = tableHeaders(node);
  if (headers.some((header) => OTHER_COLUMNS.test(header))) return undefined;
  const nameColumn = headers.findIndex((header) => NAME_COLUMN.test(header));
  const typeColumn = headers.findIndex((header) => TYPE_COLUMN.test(header));
  const requiredColumn = headers.findIndex((header) => REQUIRED_COLUMN.test(header));
  if (nameColumn === -1 || (typeColumn === -1 && requiredColumn === -1)) return undefined;
  const optionalColumn = requiredColumn >= 0 && /^optional/.test(headers[requiredColumn]!);

  const fields: FieldRow[] = [];
  for (const row of rows) {
    const nameCell = row.children[nameColumn];
    const name = nameCell ? cellText(nameCell).replace(/^`|`$/g, '').replace(/\s*\(.*\)$/, '') : '';
    if (!nameCell || !/^[A-Za-z_$][\w$.[\]-]*$/.test(name)) continue;
    const field: FieldRow = { name, position: locateIn(nameCell, name, context.lines) };
    const typeCell = typeColumn >= 0 ? row.children[typeColumn] : undefined;
    if (typeCell) {
      const type = cellText(typeCell);
      if (type) {
        field.type = type;
        field.typePosition = locateIn(typeCell, type, context.lines);
      }
    }
    const requiredCell = requiredColumn >= 0 ? row.children[requiredColumn] : undefined;
    if (requiredCell) {
      const text = cellText(requiredCell);
      const said = yesNo(text);
      if (said !== undefined) {
        field.required = optionalColumn ? !said : said;
        field.requiredPosition = locateIn(requiredCell, text, context.lines);
      }
    }
    fields.push(field);
  }
  if (fields.length === 0) return undefined;
  const words = `${prose.sentence ?? ''} ${prose.heading?.text ?? ''}`;
  // Parameters and headers are documented in tables of the same shape; they are not body fields.
  if (/\b(query|path|url|header|cookie)\s+(string|param(eter)?s?)\b|\bheaders?\b/i.test(words)) return undefined;
  const direction = /\b(respon(se|ds)|returns?|result|output)\b/i.test(words) ? 'response' : /\b(request|body|payload|send)\b/i.test(words) ? 'request' : 'unknown';
  return { kind: 'field-table', rows: fields, direction, position: positionOf(node), context: prose };
}

function yesNo(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (/^(yes|y|true|required|✓|✔|✅|x)$/.test(value)) return true;
  if (/^(no|n|false|optional|-|—|–)$/.test(value)) return false;
  return undefined;
}
