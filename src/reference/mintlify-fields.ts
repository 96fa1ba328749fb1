import { mintlifySlug } from '../site/slugger.js';
import type { SchemaIndex } from '../spec/operation-enums.js';
import type { Operation } from '../spec/spec-index.js';
import { closest, typoReach } from '../text/closest.js';

/**
 * The four groups of fields a Mintlify API page renders, each with its own anchor prefix:
 * `#authorization-x-api-key`, `#parameter-user-id`, `#body-messages-content`, `#response-data-username`.
 */
export type FieldSection = 'authorization' | 'parameter' | 'body' | 'response';

const SECTIONS: readonly FieldSection[] = ['authorization', 'parameter', 'body', 'response'];

/** One field anchor of an operation's page, as Mintlify writes it. */
export interface FieldAnchor {
  section: FieldSection;
  /** The id as a link would write it (`body-metadata-user-id`). */
  id: string;
  /** The field as the spec names it (`metadata.user_id`), for messages. */
  field: string;
}

/** The anchors an operation's Mintlify page has, beyond those of its own MDX content. */
export interface OperationFields {
  anchors: FieldAnchor[];
  /** Heading ids from the operation's description, which the page renders too. */
  headingIds: Set<string>;
  /** Anchor keys by section (see `fieldKey`). */
  keys: Map<FieldSection, Set<string>>;
  /** Keys below which the spec leaves the fields open (free-form objects, cut cycles): anything goes there. */
  open: Map<FieldSection, string[]>;
}

export type FieldVerdict = { kind: 'ok' } | { kind: 'missing'; section: FieldSection; nearest?: FieldAnchor };

/** The section a fragment claims by its prefix, if it looks like a field anchor at all. */
export function fieldSectionOf(fragment: string): FieldSection | undefined {
  const lower = fragment.toLowerCase();
  return SECTIONS.find((section) => lower.startsWith(`${section}-`) && lower.length > section.length + 1);
}

/** Whether a field anchor names one of the operation's fields (or an id from its description). */
export function checkFieldAnchor(fragment: string, fields: OperationFields): FieldVerdict {
  const section = fieldSectionOf(fragment);
  if (!section || fields.headingIds.has(fragment)) return { kind: 'ok' };
  const key = fieldKey(fragment.slice(section.length + 1));
  if (fields.keys.get(section)?.has(key)) return { kind: 'ok' };
  if ((fields.open.get(section) ?? []).some((open) => key.startsWith(open))) return { kind: 'ok' };
  // The field under another heading (`#body-id` for a path parameter `id`) before a near spelling.
  const moved = fields.anchors.find((anchor) => anchor.section !== section && fieldKey(anchor.id.slice(anchor.section.length + 1)) === key);
  if (moved) return { kind: 'missing', section, nearest: moved };
  const candidates = fields.anchors.filter((anchor) => anchor.section === section);
  const nearest = closest(fragment, candidates, (anchor) => anchor.id, typoReach(fragment.slice(section.length + 1)))[0] ?? containing(key, candidates);
  return { kind: 'missing', section, ...(nearest ? { nearest } : {}) };
}

/**
 * The shortest field whose name holds the wanted one at either end: a nested field written
 * without its parent (`#response-user-id` for `metadata.user_id`) or a name cut short
 * (`#response-expires` for `expires_at`).
 */
function containing(key: string, candidates: FieldAnchor[]): FieldAnchor | undefined {
  let best: { anchor: FieldAnchor; length: number } | undefined;
  for (const anchor of candidates) {
    const candidate = fieldKey(anchor.id.slice(anchor.section.length + 1));
    if (!(candidate.startsWith(key) || candidate.endsWith(key))) continue;
    if (!best || candidate.length < best.length) best = { anchor, length: candidate.length };
  }
  return best?.anchor;
}

/**
 * How an anchor is compared: lower-cased, Mintlify's `-one-of-N` variant markers dropped, and
 * every separator dropped. The anchors seen on Mintlify pages join path segments and the words of
 * camelCase and snake_case names alike with `-` (`metadata.user_id` → `metadata-user-id`,
 * `discoveryEndpoint` → `discovery-endpoint`), and mark a nullable or `oneOf` property with
 * `-one-of-0` on some sites but not on others; how it splits digits was never seen. Comparing
 * without separators accepts every spelling those rules could give, so no link is reported
 * for a difference that cannot be pinned down.
 */
export function fieldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|-)(?:one|any|all)-of-\d+(?=-|$)/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A name as Mintlify's anchors show it: words of camelCase and snake_case names joined by `-`. */
export function kebabField(name: string): string {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1-$2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .toLowerCase();
}

const memo = new WeakMap<Operation, OperationFields>();

/** The field anchors of an operation's page, computed once per operation. */
export function mintlifyFieldsOf(operation: Operation, schemas: SchemaIndex): OperationFields {
  let fields = memo.get(operation);
  if (!fields) {
    fields = collectFields(operation, schemas);
    memo.set(operation, fields);
  }
  return fields;
}

type Schema = Record<string, any>;

/** Deeper than this, or past this many fields in one section, the fields count as open rather than listed. */
const MAX_DEPTH = 12;
const MAX_FIELDS = 5000;

function collectFields(operation: Operation, schemas: SchemaIndex): OperationFields {
  const fields: OperationFields = { anchors: [], headingIds: headingIdsOf(operation), keys: new Map(), open: new Map() };
  const add = (section: FieldSection, path: string[]) => {
    const keys = fields.keys.get(section) ?? new Set<string>();
    fields.keys.set(section, keys);
    const key = fieldKey(path.join('-'));
    if (keys.has(key)) return;
    keys.add(key);
    fields.anchors.push({ section, id: `${section}-${path.map(kebabField).join('-')}`, field: path.join('.') });
  };
  const open = (section: FieldSection, path: string[]) => {
    const list = fields.open.get(section) ?? [];
    list.push(fieldKey(path.join('-')));
    fields.open.set(section, list);
  };

  for (const alternative of operation.security) {
    for (const scheme of alternative) if (scheme.wire.in !== 'none') add('authorization', [scheme.wire.name]);
  }
  for (const parameter of [...operation.pathParams, ...operation.queryParams, ...operation.headerParams, ...operation.cookieParams]) {
    add('parameter', [parameter.name]);
    const schema = schemas.parameterSchema(operation, parameter);
    if (schema) walk(schema, [parameter.name], 'parameter', add, open);
  }
  if (operation.requestBody) {
    const body = schemas.requestSchema(operation);
    // A body of no JSON schema (a file upload without one) has fields docspec cannot list.
    if (body) walk(body, [], 'body', add, open);
    else open('body', []);
  }
  for (const code of operation.responses) {
    const response = schemas.responseSchema(operation, code);
    if (response) walk(response, [], 'response', add, open);
  }
  return fields;
}

/**
 * Lists the properties below a schema. Arrays are transparent (`messages[].content` is
 * `messages-content`), and every `allOf`/`oneOf`/`anyOf` branch adds its properties at the same
 * level, as Mintlify shows each variant's children under the property.
 */
function walk(
  schema: Schema,
  path: string[],
  section: FieldSection,
  add: (section: FieldSection, path: string[]) => void,
  open: (section: FieldSection, path: string[]) => void,
  depth = 0,
  counter = { fields: 0 },
): void {
  if (typeof schema !== 'object' || schema === null) return;
  if (depth > MAX_DEPTH || counter.fields > MAX_FIELDS) {
    open(section, path);
    return;
  }
  const properties = typeof schema.properties === 'object' && schema.properties !== null ? Object.entries(schema.properties as Record<string, Schema>) : [];
  for (const [name, child] of properties) {
    counter.fields += 1;
    const childPath = [...path, name];
    add(section, childPath);
    walk(child, childPath, section, add, open, depth + 1, counter);
  }
  if (typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items)) walk(schema.items, path, section, add, open, depth + 1, counter);
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (!Array.isArray(schema[keyword])) continue;
    for (const branch of schema[keyword] as Schema[]) walk(branch, path, section, add, open, depth + 1, counter);
  }
  // A map, or a schema that says nothing of its shape (a cut cycle resolves to `{}`): its keys are the data's.
  const freeForm =
    (schema.additionalProperties !== undefined && schema.additionalProperties !== false) ||
    schema.patternProperties !== undefined ||
    (properties.length === 0 && schema.items === undefined && !['allOf', 'oneOf', 'anyOf'].some((keyword) => keyword in schema) && isObjectLike(schema));
  if (freeForm) open(section, path);
}

function isObjectLike(schema: Schema): boolean {
  const type = schema.type;
  if (type === undefined) return schema.enum === undefined && schema.const === undefined && schema.format === undefined;
  return type === 'object' || (Array.isArray(type) && type.includes('object'));
}

/** The ids of Markdown headings in the operation's description, which Mintlify renders above the fields. */
function headingIdsOf(operation: Operation): Set<string> {
  const ids = new Set<string>();
  const description = operation.raw.description;
  if (typeof description !== 'string') return ids;
  for (const match of description.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) ids.add(mintlifySlug(match[1]!));
  return ids;
}
