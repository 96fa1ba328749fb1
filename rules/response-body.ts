import { distance } from 'fastest-levenshtein';
import { wordsOf } from '../src/params/name-spelling.js';
import type { Rule, RuleContext } from '../src/rule-api.js';
import { operationsInContext } from '../src/lint/sections.js';
import { formatLocation, type Operation, operationLabel, responseFor } from '../src/spec/spec-index.js';
import { FIELD_TABLE_MESSAGES, reportFieldTable } from '../src/validation/field-table.js';
import type { JsonBlockClaim, Position } from '../src/types.js';
import { exampleErrorReport, exampleErrors, locateKey, offsetPosition } from '../src/validation/example-errors.js';

export const responseBody: Rule = {
  meta: {
    id: 'response-body',
    description: 'A JSON response example must be valid against the operation\'s response schema for its status code.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      notJson: 'The {{operation}} response example is not JSON: {{reason}}',
      unknownProperty: '`{{property}}` is not a property of the {{operation}} {{code}} response{{at}}; the spec has {{known}} ({{location}})',
      unlisted: '`{{property}}` appears nowhere in the {{operation}} {{code}} response schema; did you mean `{{suggestion}}`? ({{location}})',
      missingProperty: 'The {{operation}} {{code}} response example{{at}} leaves out the required property `{{property}}` ({{location}})',
      wrongType: '`{{path}}` is {{actual}} in the example but the spec says {{expected}} ({{operation}} {{code}}, {{location}})',
      invalid: '`{{path}}` {{reason}} ({{operation}} {{code}}, {{location}})',
      ...FIELD_TABLE_MESSAGES,
    },
  },
  check(context) {
    const strict = context.options.strict === true;
    for (const block of context.page.jsonBlocks) {
      if (block.role !== 'response') continue;
      const operation = operationOf(context, block);
      if (!operation) continue;
      const code = responseCode(operation, block.status);
      if (!code) continue;
      check(context, operation, code, block, strict);
    }
    for (const table of context.page.fieldTables) {
      const operations = operationsInContext(table.context, context.endpoints, context.spec, context.page.headings);
      const operation = operations.length === 1 ? operations[0]! : undefined;
      if (!operation) continue;
      // A table that does not say which body it describes is the response's only when there is no request body.
      if (table.direction === 'request' || (table.direction === 'unknown' && context.spec.schemas.requestSchema(operation))) continue;
      const code = responseCode(operation, undefined);
      const schema = code && context.spec.schemas.responseSchema(operation, code);
      if (!schema) continue;
      reportFieldTable(context.report, table, schema, {
        operation: operationLabel(operation),
        direction: `${code} response`,
        location: formatLocation(operation.location()),
      });
    }
  },
};

/** The operation a response answers: the request it follows in its http block, or the one its context names. */
function operationOf(context: RuleContext, block: JsonBlockClaim): Operation | undefined {
  if (block.source === 'http') {
    // The request it answers is a claim only when its host is this API's: matched by where it is written.
    const at = block.requestPosition?.start;
    const request = at && context.endpoints.find((claim) => claim.source === 'http' && claim.position.start.line === at.line && claim.position.start.column === at.column);
    const operations = request ? context.spec.operationsOf(request.path, request.method) : [];
    return operations.length === 1 ? operations[0] : undefined;
  }
  const operations = operationsInContext(block.context, context.endpoints, context.spec, context.page.headings);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The response a status code names (`200`, its `2XX` range, `default`), or the 2xx one when the page states none. */
function responseCode(operation: Operation, status: string | undefined): string | undefined {
  const codes = operation.responses;
  if (status) return responseFor(operation, status);
  return codes.find((code) => code === '200') ?? codes.find((code) => /^2\d\d$/.test(code)) ?? codes.find((code) => code.toUpperCase() === '2XX');
}

function check(context: RuleContext, operation: Operation, code: string, block: JsonBlockClaim, strict: boolean): void {
  const schema = context.spec.schemas.responseSchema(operation, code);
  if (!schema) return;
  const data = {
    operation: operationLabel(operation),
    code,
    location: formatLocation(operation.location()),
  };
  const subject = `${data.operation} ${code} response`;
  if (!block.json.ok) {
    context.report({ messageId: 'notJson', data: { ...data, reason: block.json.reason }, position: offsetPosition(context.lines, block.position, block.json.offset), subject: `${subject} json` });
    return;
  }
  const example = block.json.value;
  const errors = context.spec.schemas.validator.validate(schema, operation.spec.version, { direction: 'response', closed: strict }, example);
  if (errors instanceof Error) return;
  for (const error of exampleErrors(errors, example, block.json.elided)) {
    context.report(exampleErrorReport(error, example, { lines: context.lines, position: block.position }, data, subject));
  }
  if (!strict) reportUnlisted(context, schema, example, block.position, data, subject);
}

/**
 * An open schema accepts any extra property, but a name that appears nowhere in the schema while
 * one close to it does (`cron_expr` for `expression`) is most likely a renamed field: a warning.
 */
function reportUnlisted(context: RuleContext, schema: Record<string, any>, example: unknown, position: Position, data: Record<string, string>, subject: string): void {
  const known = propertyNames(schema, new Set(), new Set());
  if (known.size === 0) return;
  for (const key of keysOf(example, new Set())) {
    if (known.has(key)) continue;
    const suggestion = [...known].find((name) => isNear(key, name));
    if (!suggestion) continue;
    context.report({
      messageId: 'unlisted',
      data: { ...data, property: key, suggestion },
      position: locateKey(context.lines, position, key),
      subject: `${subject} unlisted ${key}`,
      severity: 'warn',
    });
  }
}

function propertyNames(schema: unknown, names: Set<string>, seen: Set<unknown>): Set<string> {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return names;
  seen.add(schema);
  const node = schema as Record<string, any>;
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    names.add(name);
    propertyNames(child, names, seen);
  }
  for (const key of ['items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    const child = node[key];
    for (const part of Array.isArray(child) ? child : [child]) propertyNames(part, names, seen);
  }
  return names;
}

function keysOf(value: unknown, keys: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, keys);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      keysOf(child, keys);
    }
  }
  return keys;
}

/** `cron_expr` ~ `expression`, `createdAt` ~ `created_at`, `colour` ~ `color`: the same field under another spelling. */
function isNear(a: string, b: string): boolean {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.join('') === right.join('')) return true;
  if (Math.min(a.length, b.length) >= 5 && distance(a.toLowerCase(), b.toLowerCase()) <= 2) return true;
  // An abbreviation: every word of one starts a word of the other (`expr` → `expression`), at least one of 4+ letters.
  const abbreviates = (short: string[], long: string[]) =>
    short.some((word) => word.length >= 4 && long.some((other) => other !== word && other.startsWith(word)));
  return abbreviates(left, right) || abbreviates(right, left);
}
