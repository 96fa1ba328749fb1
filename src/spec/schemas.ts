import type { LoadedSpec } from './load.js';
import { isRef } from './refs.js';
import type { Operation } from './spec-index.js';

type Schema = Record<string, any>;

const COMPOSITION = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Returns a schema with every `$ref` replaced by its target, following refs lazily through the
 * spec's files. A ref that loops back on itself becomes `{}` (anything goes) at the point where it
 * loops, so circular schemas validate what they can and never hang. Results are memoised per
 * spec, since the same component schemas recur across operations.
 */
export class SchemaResolver {
  private readonly memo = new Map<string, Schema>();

  constructor(private readonly spec: LoadedSpec) {}

  resolve(schema: unknown, file: string, inProgress: Set<string> = new Set()): Schema {
    // Boolean schemas (`additionalProperties: false`) stay as written: validators report them by name.
    if (typeof schema === 'boolean') return schema as unknown as Schema;
    if (typeof schema !== 'object' || schema === null) return {};
    if (isRef(schema)) {
      const key = `${file}\0${schema.$ref}`;
      const cached = this.memo.get(key);
      if (cached) return cached;
      if (inProgress.has(key)) return {};
      const target = this.spec.refs.resolve(schema, file);
      if (!target) return {};
      inProgress.add(key);
      // OpenAPI 3.1 allows keywords beside `$ref`; they apply together with the target.
      const { $ref: _ref, ...siblings } = schema as Schema;
      const resolved = this.resolve(target.value, target.file, inProgress);
      inProgress.delete(key);
      const result = Object.keys(siblings).length > 0 ? { allOf: [resolved, this.resolve(siblings, file, inProgress)] } : resolved;
      this.memo.set(key, result);
      return result;
    }
    if (Array.isArray(schema)) return schema.map((item) => this.resolve(item, file, inProgress)) as unknown as Schema;
    const out: Schema = {};
    for (const [key, value] of Object.entries(schema)) {
      out[key] = SUBSCHEMA_KEYS.has(key) ? this.resolveChild(key, value, file, inProgress) : value;
    }
    return out;
  }

  private resolveChild(key: string, value: unknown, file: string, inProgress: Set<string>): unknown {
    if (MAP_KEYS.has(key) && typeof value === 'object' && value !== null && !isRef(value)) {
      return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, this.resolve(child, file, inProgress)]));
    }
    return this.resolve(value, file, inProgress);
  }
}

/** Keywords whose value is a schema, a list of schemas, or a map of schemas. */
const SUBSCHEMA_KEYS = new Set([
  'items', 'prefixItems', 'additionalProperties', 'properties', 'patternProperties', 'allOf', 'anyOf', 'oneOf', 'not',
  'contains', 'propertyNames', 'if', 'then', 'else', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems',
]);
const MAP_KEYS = new Set(['properties', 'patternProperties', 'dependentSchemas']);

/** The JSON schema of an operation's request body (`application/json` or any `+json`, else the first with a schema). */
export function requestSchemaOf(operation: Operation, resolver: SchemaResolver): Schema | undefined {
  const body = operation.requestBody;
  if (!body) return undefined;
  const file = operation.requestBodyFile ?? operation.file;
  if (operation.spec.version === '2.0') return body.schema ? resolver.resolve(body.schema, file) : undefined;
  return jsonMediaSchema(body.content, file, resolver);
}

/** The JSON schema of one of an operation's responses. */
export function responseSchemaOf(operation: Operation, code: string, resolver: SchemaResolver): Schema | undefined {
  const response = operation.spec.refs.resolve(operation.raw.responses?.[code], operation.file);
  if (!response?.value) return undefined;
  if (operation.spec.version === '2.0') return response.value.schema ? resolver.resolve(response.value.schema, response.file) : undefined;
  return jsonMediaSchema(response.value.content, response.file, resolver);
}

function jsonMediaSchema(content: unknown, file: string, resolver: SchemaResolver): Schema | undefined {
  if (typeof content !== 'object' || content === null) return undefined;
  const entries = Object.entries(content as Record<string, { schema?: unknown }>);
  const json = entries.find(([type]) => /^application\/(.+\+)?json\b/i.test(type)) ?? entries.find(([, media]) => media?.schema);
  return json?.[1]?.schema === undefined ? undefined : resolver.resolve(json[1].schema, file);
}

/** One enum in a schema: where it sits and the values it allows. */
export interface EnumSite {
  /** Dotted path from the schema root (`budget_limits.daily`, `items[].status`); '' for the root. */
  path: string;
  /** The property that holds it (`mode`), or the parameter's name. */
  name: string;
  /** Allowed values other than null. */
  values: unknown[];
  /** Whether null is allowed too (`nullable`, a `null` type or enum member). */
  nullable: boolean;
}

/**
 * Every enum reachable in a resolved schema, by path and property name: `enum`, `const`, a
 * `oneOf`/`anyOf` whose branches are all consts or enums, `nullable` (3.0) and `null` in a type
 * list or enum (3.1). `allOf` branches merge into their parent's path. One resolved schema object
 * may sit at several paths (a memoised `$ref` used twice), so only the path being walked guards
 * against cycles, not the schemas seen elsewhere.
 */
export function collectEnums(schema: Schema, path = '', name = '', ancestors: Set<Schema> = new Set()): EnumSite[] {
  // Deeper than any real body: shared schemas nested in each other would otherwise multiply the walk.
  if (typeof schema !== 'object' || schema === null || ancestors.has(schema) || ancestors.size > MAX_ENUM_DEPTH) return [];
  ancestors.add(schema);
  const sites = collectEnumsBelow(schema, path, name, ancestors);
  ancestors.delete(schema);
  return sites;
}

const MAX_ENUM_DEPTH = 24;

function collectEnumsBelow(schema: Schema, path: string, name: string, ancestors: Set<Schema>): EnumSite[] {
  const sites: EnumSite[] = [];
  const own = enumOf(schema);
  if (own) sites.push({ path, name, ...own });
  for (const [property, child] of Object.entries(schema.properties ?? {})) {
    sites.push(...collectEnums(child as Schema, path ? `${path}.${property}` : property, property, ancestors));
  }
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) {
    sites.push(...collectEnums(schema.items, `${path}[]`, name, ancestors));
  }
  if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
    sites.push(...collectEnums(schema.additionalProperties, `${path}.*`, name, ancestors));
  }
  for (const keyword of COMPOSITION) {
    for (const branch of schema[keyword] ?? []) {
      // A oneOf of consts is this node's own enum (taken above), not nested sites.
      if (keyword !== 'allOf' && enumOf(branch)) continue;
      sites.push(...collectEnums(branch, path, name, ancestors));
    }
  }
  return sites;
}

function enumOf(schema: Schema): { values: unknown[]; nullable: boolean } | undefined {
  let values: unknown[] | undefined;
  if (Array.isArray(schema.enum)) values = [...schema.enum];
  else if ('const' in schema) values = [schema.const];
  else {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const parts = branches.map((branch: Schema) => (typeof branch === 'object' && branch !== null ? branchValues(branch) : undefined));
      if (parts.every((part): part is unknown[] => part !== undefined)) values = parts.flat();
    }
  }
  if (!values) return undefined;
  const nullable =
    values.includes(null) ||
    schema.nullable === true ||
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((branch: Schema) => branch?.type === 'null');
  return { values: values.filter((value) => value !== null), nullable };
}

function branchValues(branch: Schema): unknown[] | undefined {
  if (Array.isArray(branch.enum)) return branch.enum;
  if ('const' in branch) return [branch.const];
  if (branch.type === 'null') return [null];
  return undefined;
}
