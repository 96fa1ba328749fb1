import type { ErrorObject } from 'ajv';
import type { Rule, RuleContext } from '../src/rule-api.js';
import { isPlaceholder, type JsonExample } from '../src/extract/json-example.js';
import { operationsInContext } from '../src/lint/sections.js';
import { formatLocation, type Operation } from '../src/spec/spec-index.js';
import { ExampleValidator } from '../src/spec/validator.js';
import type { Position } from '../src/types.js';

/** Keywords about a single value: meaningless when the example's value is a placeholder. */
const VALUE_KEYWORDS = new Set(['type', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'const', 'enum']);
/** Keywords that only restate a failure of their branches; the branch errors say what is wrong. */
const WRAPPER_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', 'nullable']);

const validator = new ExampleValidator();

export const requestBody: Rule = {
  meta: {
    id: 'request-body',
    description: 'A JSON request example must be valid against the operation\'s request body schema.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      notJson: 'The request body of this {{notation}} is not JSON: {{reason}}',
      unknownProperty: '`{{property}}` is not a property of the {{operation}} request body{{at}}; the spec has {{known}} ({{location}})',
      missingProperty: 'The {{operation}} request body{{at}} leaves out the required property `{{property}}` ({{location}})',
      wrongType: '`{{path}}` is {{actual}} in the example but the spec says {{expected}} ({{operation}}, {{location}})',
      invalid: '`{{path}}` {{reason}} ({{operation}}, {{location}})',
    },
  },
  check(context) {
    const closed = context.options.closed === true;
    for (const claim of context.endpoints) {
      if (!claim.bodyJson || !claim.method) continue;
      const [operation, ...others] = context.spec.operationsOf(claim.path, claim.method);
      if (!operation || others.length > 0) continue;
      check(context, operation, claim.bodyJson, claim.bodyPosition ?? claim.position, `${claim.source} example`, closed);
    }
    for (const block of context.page.jsonBlocks) {
      if (block.role !== 'request') continue;
      const operations = operationsInContext(block.context, context.endpoints, context.spec).filter((operation) => operation.requestBody);
      if (operations.length !== 1) continue;
      check(context, operations[0]!, block.json, block.position, 'JSON block', closed);
    }
  },
};

function check(context: RuleContext, operation: Operation, example: JsonExample, position: Position, notation: string, closed: boolean): void {
  const schema = context.spec.schemas.requestSchema(operation);
  if (!schema) return;
  const label = `${operation.method.toUpperCase()} ${operation.path}`;
  const location = formatLocation(operation.location());
  if (!example.ok) {
    context.report({
      messageId: 'notJson',
      data: { notation, reason: example.reason },
      position: offsetPosition(context, position, example.offset),
      subject: `${label} body json`,
    });
    return;
  }
  const errors = validator.validate(schema, operation.spec.version, { direction: 'request', closed }, example.value);
  if (errors instanceof Error) return; // A schema ajv cannot compile is the spec linter's business, not ours.
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    // enum-values owns enum mismatches, with the allowed values in its message.
    if (error.keyword === 'enum' || error.keyword === 'const') continue;
    if (error.keyword === 'required' && example.elided) continue;
    if (VALUE_KEYWORDS.has(error.keyword) && isPlaceholder(valueAt(example.value, error.instancePath))) continue;
    report(context, error, example.value, { label, location, position });
  }
}

function report(context: RuleContext, error: ErrorObject, data: unknown, where: { label: string; location: string; position: Position }): void {
  const path = displayPath(error.instancePath);
  const at = error.instancePath ? ` at \`${path}\`` : '';
  const base = { operation: where.label, location: where.location };
  const subject = `${where.label} body ${error.keyword} ${path} ${JSON.stringify(error.params)}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      context.report({
        messageId: 'unknownProperty',
        data: { ...base, property, at, known: knownProperties(error) },
        position: locateKey(context, where.position, property),
        subject,
      });
      return;
    }
    case 'required':
      context.report({ messageId: 'missingProperty', data: { ...base, property: String(error.params.missingProperty), at }, position: where.position, subject });
      return;
    case 'type':
      context.report({
        messageId: 'wrongType',
        data: { ...base, path: path || '(body)', actual: typeName(valueAt(data, error.instancePath)), expected: String(error.params.type).replace(/,/g, ' or ') },
        position: locateKey(context, where.position, lastKey(error.instancePath)),
        subject,
      });
      return;
    default:
      context.report({
        messageId: 'invalid',
        data: { ...base, path: path || '(body)', reason: error.message ?? error.keyword },
        position: locateKey(context, where.position, lastKey(error.instancePath)),
        subject,
      });
  }
}

function knownProperties(error: ErrorObject): string {
  const properties = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  return properties.length > 0 ? properties.map((name) => `\`${name}\``).join(', ') : 'no properties';
}

/** `/budget_limits/daily` → `budget_limits.daily`, `/items/0/id` → `items[0].id`. */
function displayPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function lastKey(pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1).filter((part) => !/^\d+$/.test(part));
  return parts.at(-1)?.replace(/~1/g, '/').replace(/~0/g, '~');
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

/** The position of `"key"` inside the body on the page, or the body's own. */
function locateKey(context: RuleContext, body: Position, key: string | undefined): Position {
  const lines = context.lines;
  if (!lines || !key) return body;
  const start = lines.offsetOf(body.start);
  const end = lines.offsetOf(body.end);
  const needle = JSON.stringify(key);
  const at = lines.source.slice(start, end).indexOf(needle);
  return at === -1 ? body : { start: lines.pointAt(start + at), end: lines.pointAt(start + at + needle.length) };
}

/** The page position `offset` characters into a body (for a JSON syntax error). */
function offsetPosition(context: RuleContext, body: Position, offset: number): Position {
  const lines = context.lines;
  if (!lines) return body;
  const point = lines.pointAt(lines.offsetOf(body.start) + offset);
  return { start: point, end: point };
}
