import type { ErrorObject } from 'ajv';
import { isPlaceholder } from '../extract/json-example.js';
import type { LineIndex } from '../extract/positions.js';
import { locateInside } from '../rule-positions.js';
import type { RuleReport } from '../rule-api.js';
import type { Position } from '../types.js';

/** Keywords about a single value: meaningless when the example's value is a placeholder. */
const VALUE_KEYWORDS = new Set(['type', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'const', 'enum']);
/** Keywords that only restate a failure of their branches; the branch errors say what is wrong. */
const WRAPPER_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'nullable']);

/**
 * The validation errors that are mistakes of the example rather than of how docs write examples:
 * no placeholder value failing a type or format, no required property missing from an elided
 * example, no wrapper keyword restating its branches.
 */
export function exampleErrors(errors: ErrorObject[], data: unknown, elided: boolean, skip: ReadonlySet<string> = new Set()): ErrorObject[] {
  return errors.filter((error) => {
    if (WRAPPER_KEYWORDS.has(error.keyword) || skip.has(error.keyword)) return false;
    if (error.keyword === 'required' && elided) return false;
    return !(VALUE_KEYWORDS.has(error.keyword) && isPlaceholder(valueAt(data, error.instancePath)));
  });
}

/** `/budget_limits/daily` → `budget_limits.daily`, `/items/0/id` → `items[0].id`. */
export function displayPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map(unescape)
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** The last property name in a JSON pointer (array indexes skipped). */
export function lastKey(pointer: string): string | undefined {
  return pointer.split('/').slice(1).filter((part) => !/^\d+$/.test(part)).map(unescape).at(-1);
}

export function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[unescape(part)];
  }
  return value;
}

/** `a string`, `an integer`, `null`: a JSON value's type in words. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

/** The property names an `additionalProperties` error's schema lists, for the message. */
export function knownProperties(error: ErrorObject): string {
  const properties = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  return properties.length > 0 ? properties.map((name) => `\`${name}\``).join(', ') : 'no properties';
}

/** The position of a key or value, as JSON writes it (`"mode"`, `5000`), inside an example on the page, or the example's own. */
export function locateKey(lines: LineIndex | undefined, example: Position, key: unknown): Position {
  return key === undefined ? example : locateInside(lines, example, JSON.stringify(key));
}

/** The page position `offset` characters into an example (for a JSON syntax error). */
export function offsetPosition(lines: LineIndex | undefined, example: Position, offset: number): Position {
  if (!lines) return example;
  const point = lines.pointAt(lines.offsetOf(example.start) + offset);
  return { start: point, end: point };
}

function unescape(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The report for one schema error in a JSON example, worded alike for request and response
 * bodies: an unknown property at its key, a missing one at the example, a wrong type or other
 * violation at the value's key. `data` names the operation (and response) for the message;
 * `subject` starts the finding's key (`POST /x body`, `GET /x 200 response`).
 */
export function exampleErrorReport(
  error: ErrorObject,
  example: unknown,
  where: { lines: LineIndex | undefined; position: Position },
  data: Record<string, string>,
  subject: string,
): RuleReport {
  const path = displayPath(error.instancePath);
  const at = error.instancePath ? ` at \`${path}\`` : '';
  const id = `${subject} ${error.keyword} ${path} ${JSON.stringify(error.params)}`;
  const here = (key: string | undefined) => locateKey(where.lines, where.position, key);
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      return { messageId: 'unknownProperty', data: { ...data, property, at, known: knownProperties(error) }, position: here(property), subject: id };
    }
    case 'required':
      return { messageId: 'missingProperty', data: { ...data, property: String(error.params.missingProperty), at }, position: where.position, subject: id };
    case 'type':
      return {
        messageId: 'wrongType',
        data: { ...data, path: path || '(body)', actual: typeName(valueAt(example, error.instancePath)), expected: String(error.params.type).replace(/,/g, ' or ') },
        position: here(lastKey(error.instancePath)),
        subject: id,
      };
    default:
      return { messageId: 'invalid', data: { ...data, path: path || '(body)', reason: error.message ?? error.keyword }, position: here(lastKey(error.instancePath)), subject: id };
  }
}
