import type { Operation } from '../spec/spec-index.js';

/** `<name>`, `{name}`, `${NAME}`, `$NAME`, `{{name}}`, `:name`, `...`: a query key that stands for any key. */
export function isPlaceholderName(name: string): boolean {
  return name.trim() === '' || /[<>{}$]|^:|^(\.\.\.|…)$/.test(name);
}

/** The name a query key belongs to: `ids` for `ids[]`, `filter` for `filter[status]` (deepObject). */
export function baseName(key: string): string {
  const bracket = key.indexOf('[');
  return bracket > 0 ? key.slice(0, bracket) : key;
}

/**
 * The query keys an operation takes: `declared` by the spec (for messages), `implied` by a
 * convention the spec does not spell out, or `any` key when one parameter is an open object.
 */
export interface QueryKeys {
  any: boolean;
  declared: Set<string>;
  implied: Set<string>;
}

/**
 * The query keys of an operation: its query parameters; the properties of an object parameter
 * sent exploded (OpenAPI's default for `form` style: `?page=2&size=10` for `{page, size}`), or any
 * key when that object is open or its properties cannot be read; the name of an `apiKey` scheme
 * sent in the query; and, implied, `access_token` where a bearer token is accepted (RFC 6750 lets
 * it travel in the URI).
 */
export function queryKeysOf(operation: Operation): QueryKeys {
  let keys = keysOf.get(operation);
  if (!keys) {
    keys = collectQueryKeys(operation);
    keysOf.set(operation, keys);
  }
  return keys;
}

/** Asked for every query key of every example: collected once per operation. */
const keysOf = new WeakMap<Operation, QueryKeys>();

function collectQueryKeys(operation: Operation): QueryKeys {
  const keys: QueryKeys = { any: false, declared: new Set(), implied: new Set() };
  for (const parameter of operation.queryParams) {
    keys.declared.add(parameter.name);
    if (operation.spec.version === '2.0' || !explodesObject(parameter.raw)) continue;
    const properties = objectProperties(operation.spec, parameter.schema, parameter.file);
    if (!properties) keys.any = true;
    for (const property of properties ?? []) keys.declared.add(property);
  }
  for (const alternative of operation.security) {
    for (const scheme of alternative) {
      if (scheme.wire.in === 'query' && scheme.wire.name) keys.declared.add(scheme.wire.name);
      if (scheme.wire.authScheme === 'Bearer') keys.implied.add('access_token');
    }
  }
  return keys;
}

const modelsQuery = new WeakMap<Operation['spec'], boolean>();

/** Does the spec declare a query parameter anywhere? A spec that never does leaves query strings unmodelled. */
export function specModelsQuery(operations: readonly Operation[], spec: Operation['spec']): boolean {
  let known = modelsQuery.get(spec);
  if (known === undefined) {
    known = operations.some((operation) => operation.spec === spec && operation.queryParams.length > 0);
    modelsQuery.set(spec, known);
  }
  return known;
}

/** `style: form` (the default for query) with `explode` (the default for form) sends an object's properties as keys. */
function explodesObject(raw: Record<string, any>): boolean {
  const style = raw.style ?? 'form';
  return style === 'form' && raw.explode !== false && raw.content === undefined;
}

/**
 * The property names of an object schema (through `$ref`s and `allOf`): an empty list when the
 * schema is no object at all (a scalar or an array: its one key is the parameter's own name), and
 * undefined when it is an object whose keys are open (`additionalProperties`, no `properties`, an
 * object among `oneOf`/`anyOf` members).
 */
function objectProperties(spec: Operation['spec'], schema: unknown, file: string, seen = new Set<unknown>()): string[] | undefined {
  const target = spec.refs.resolve<Record<string, any>>(schema, file);
  const resolved = target?.value;
  if (!resolved || typeof resolved !== 'object' || seen.has(resolved)) return [];
  seen.add(resolved);
  const alternatives = [...asArray(resolved.oneOf), ...asArray(resolved.anyOf)];
  if (alternatives.some((member) => objectProperties(spec, member, target!.file, seen)?.length !== 0)) return undefined;
  const names: string[] = [];
  for (const part of asArray(resolved.allOf)) {
    const more = objectProperties(spec, part, target!.file, seen);
    if (!more) return undefined;
    names.push(...more);
  }
  const isObject = resolved.type === 'object' || (Array.isArray(resolved.type) && resolved.type.includes('object')) || resolved.properties !== undefined;
  if (!isObject) return names;
  const open = resolved.additionalProperties !== undefined && resolved.additionalProperties !== false;
  if (open || (resolved.properties === undefined && names.length === 0)) return undefined;
  return [...names, ...Object.keys(resolved.properties ?? {})];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
