import type { FieldRow, FieldTableClaim } from '../types.js';

type Schema = Record<string, any>;

export type FieldFinding =
  | { kind: 'unknown'; row: FieldRow; known: string[] }
  | { kind: 'type'; row: FieldRow; documented: string; expected: string }
  | { kind: 'required'; row: FieldRow; documented: boolean };

/**
 * Compares a field table with a resolved body schema: a field the schema does not list (where
 * the schema lists its properties), a documented type that contradicts the schema's, and a
 * required flag the other way round. Types the page writes in words nobody agrees on (`enum`,
 * `timestamp`) are not compared.
 */
function fieldTableFindings(table: FieldTableClaim, schema: Schema): FieldFinding[] {
  const findings: FieldFinding[] = [];
  for (const row of table.rows) {
    const found = lookup(schema, row.name);
    if (found === 'open') continue;
    if (found.kind === 'missing') {
      findings.push({ kind: 'unknown', row, known: found.known });
      continue;
    }
    const documented = row.type ? documentedTypes(row.type) : undefined;
    const expected = schemaTypes(found.schema);
    if (documented && expected && !documented.some((type) => expected.includes(type) || (type === 'integer' && expected.includes('number')))) {
      findings.push({ kind: 'type', row, documented: row.type!, expected: expected.join(' or ') });
    }
    if (row.required !== undefined && row.required !== found.required) findings.push({ kind: 'required', row, documented: row.required });
  }
  return findings;
}

type Lookup = { kind: 'found'; schema: Schema; required: boolean } | { kind: 'missing'; known: string[] } | 'open';

/** Finds `a.b[].c` in a schema, through `allOf`, `items` and `$ref`s already resolved. */
function lookup(schema: Schema, name: string): Lookup {
  let node: Schema = schema;
  let required = false;
  const parts = name.replace(/\[\]/g, '').split('.').filter(Boolean);
  for (const part of parts) {
    node = itemsOf(node);
    const { properties, requiredNames } = propertiesOf(node);
    if (Object.keys(properties).length === 0) return 'open';
    const child = properties[part];
    if (!child) return { kind: 'missing', known: Object.keys(properties) };
    required = requiredNames.has(part);
    node = child;
  }
  return { kind: 'found', schema: node, required };
}

function itemsOf(node: Schema): Schema {
  const types = schemaTypes(node);
  return types?.includes('array') && typeof node.items === 'object' && node.items !== null ? node.items : node;
}

function propertiesOf(node: Schema): { properties: Record<string, Schema>; requiredNames: Set<string> } {
  const properties: Record<string, Schema> = {};
  const requiredNames = new Set<string>();
  const visit = (current: Schema, depth: number) => {
    if (typeof current !== 'object' || current === null || depth > 8) return;
    Object.assign(properties, current.properties ?? {});
    for (const name of current.required ?? []) requiredNames.add(name);
    for (const branch of current.allOf ?? []) visit(branch, depth + 1);
  };
  visit(node, 0);
  return { properties, requiredNames };
}

/** The JSON types a schema allows, or undefined when it does not say. */
function schemaTypes(node: Schema): string[] | undefined {
  const types = new Set<string>();
  const visit = (current: Schema, depth: number) => {
    if (typeof current !== 'object' || current === null || depth > 8) return;
    for (const type of Array.isArray(current.type) ? current.type : current.type ? [current.type] : []) types.add(type);
    if (current.nullable === true) types.add('null');
    for (const key of ['allOf', 'oneOf', 'anyOf']) for (const branch of current[key] ?? []) visit(branch, depth + 1);
  };
  visit(node, 0);
  return types.size > 0 ? [...types] : undefined;
}

const TYPE_WORDS: Array<[RegExp, string]> = [
  [/^(string|str|text|uuid|date|date-?time|email|uri|url|hostname|ipv4|ipv6|byte|binary|password)$/, 'string'],
  [/^(int|integer|int32|int64|long|short)$/, 'integer'],
  [/^(number|float|double|decimal|numeric)$/, 'number'],
  [/^(bool|boolean)$/, 'boolean'],
  [/^(object|map|dict|dictionary|hash|record)$/, 'object'],
  [/^(array|list)$/, 'array'],
  [/^null$/, 'null'],
];

/** `string`, `integer or null`, `string[]`, `array of strings`, `Array<string>` → JSON types; undefined for words not known. */
function documentedTypes(text: string): string[] | undefined {
  const cleaned = text.toLowerCase().replace(/`/g, '').trim();
  if (/\[\]$|^(array|list)\s*(of|<)/.test(cleaned)) return ['array'];
  const parts = cleaned.split(/\s*(?:\||,|\bor\b)\s*/).map((part) => part.replace(/^nullable\s+/, '').trim()).filter(Boolean);
  const types = new Set<string>();
  if (/\bnullable\b/.test(cleaned)) types.add('null');
  for (const part of parts) {
    const match = TYPE_WORDS.find(([pattern]) => pattern.test(part));
    if (!match) return undefined;
    types.add(match[1]);
  }
  return types.size > 0 ? [...types] : undefined;
}

/** Message templates for field-table findings, shared by request-body and response-body. */
export const FIELD_TABLE_MESSAGES = {
  fieldUnknown: '`{{field}}` is documented as a field of the {{operation}} {{direction}}, but the schema has no such property; it has {{known}} ({{location}})',
  fieldType: '`{{field}}` is documented as {{documented}}, but the spec says {{expected}} ({{operation}} {{direction}}, {{location}})',
  fieldRequired: '`{{field}}` is documented as {{documented}}, but the spec makes it {{expected}} ({{operation}} {{direction}}, {{location}})',
};

/** Reports the findings of one field table, as the messages above. */
export function reportFieldTable(
  report: (entry: { messageId: string; data: Record<string, string>; position: FieldRow['position']; subject: string }) => void,
  table: FieldTableClaim,
  schema: Schema,
  where: { operation: string; direction: string; location: string },
): void {
  for (const finding of fieldTableFindings(table, schema)) {
    const base = { ...where, field: finding.row.name };
    const subject = `${where.operation} ${where.direction} field ${finding.row.name} ${finding.kind}`;
    if (finding.kind === 'unknown') {
      report({ messageId: 'fieldUnknown', data: { ...base, known: finding.known.map((name) => `\`${name}\``).join(', ') }, position: finding.row.position, subject });
    } else if (finding.kind === 'type') {
      report({ messageId: 'fieldType', data: { ...base, documented: finding.documented, expected: finding.expected }, position: finding.row.typePosition ?? finding.row.position, subject });
    } else {
      report({
        messageId: 'fieldRequired',
        data: { ...base, documented: finding.documented ? 'required' : 'optional', expected: finding.documented ? 'optional' : 'required' },
        position: finding.row.requiredPosition ?? finding.row.position,
        subject,
      });
    }
  }
}
