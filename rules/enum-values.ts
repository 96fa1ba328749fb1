import { decodeQueryComponent } from '../src/text/percent.js';
import type { Rule, RuleContext } from '../src/rule-api.js';
import { isPlaceholder } from '../src/extract/json-example.js';
import { operationsInContext } from '../src/lint/sections.js';
import type { OperationEnum } from '../src/spec/operation-enums.js';
import { formatLocation, type Operation, operationLabel } from '../src/spec/spec-index.js';
import type { EndpointClaim, EnumClaim, Position } from '../src/types.js';
import { locateKey } from '../src/validation/example-errors.js';

/** Where an enum lives, to prefer a request's own enum over a response's of the same name. */
const PLACE_ORDER: Array<OperationEnum['in']> = ['body', 'query', 'path', 'header', 'cookie', 'response'];

interface Found {
  operation: Operation;
  site: OperationEnum;
}

export const enumValues: Rule = {
  meta: {
    id: 'enum-values',
    description: 'Values the page gives for a field must be values of the spec\'s enum, and a list presented as complete must hold them all.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      unknownValue: '`{{value}}` is not a value of `{{field}}` for {{operation}}; allowed: {{allowed}} ({{location}})',
      incomplete: '`{{field}}` is listed as {{listed}}; the spec also allows {{missing}} ({{operation}}, {{location}})',
    },
  },
  check(context) {
    for (const claim of context.page.enums) checkList(context, claim);
    for (const claim of context.endpoints) {
      checkQuery(context, claim);
      checkBody(context, claim);
    }
  },
};

function checkList(context: RuleContext, claim: EnumClaim): void {
  const found = enumFor(context, claim.field, operationsInContext(claim.context, context.endpoints, context.spec, context.page.headings));
  if (!found) return;
  const { operation, site } = found;
  const allowed = site.values.map(String);
  for (const { value, position } of claim.values) {
    if (value === 'null' && site.nullable) continue;
    if (!allowed.includes(value)) reportUnknown(context, value, claim.field, found, position);
  }
  if (!claim.complete) return;
  const listed = new Set(claim.values.map(({ value }) => value));
  const missing = allowed.filter((value) => !listed.has(value));
  if (missing.length === 0) return;
  context.report({
    messageId: 'incomplete',
    data: {
      field: claim.field,
      listed: claim.values.map(({ value }) => value).join(claim.list?.separator.trim() || ', '),
      missing: missing.join(', '),
      operation: operationLabel(operation),
      location: formatLocation(operation.location()),
    },
    position: claim.position,
    subject: `${operationLabel(operation)} ${site.path || site.name} list`,
    // Completing the list is certain only where the page wrote it as one editable run of text.
    fix: claim.list
      ? {
          range: claim.list.range,
          text: [...claim.values.map(({ value }) => value), ...missing].map((value) => `${claim.list!.quote}${value}${claim.list!.quote}`).join(claim.list.separator),
        }
      : undefined,
  });
}

function checkQuery(context: RuleContext, claim: EndpointClaim): void {
  const entries = Object.entries(claim.query);
  if (entries.length === 0) return;
  const operations = context.spec.operationsOf(claim.path, claim.method);
  for (const [name, value] of entries) {
    if (!value || isPlaceholder(value)) continue;
    const found = firstSite(context, operations, (site) => site.in === 'query' && site.name === name);
    if (found && !found.site.values.map(String).includes(decodeQueryComponent(value))) {
      reportUnknown(context, value, name, found, claim.position);
    }
  }
}

/** Single values in a JSON request example, each checked against the request body's enum at its path. */
function checkBody(context: RuleContext, claim: EndpointClaim): void {
  if (!claim.bodyJson?.ok || !claim.method) return;
  const operations = context.spec.operationsOf(claim.path, claim.method);
  for (const [path, value] of leaves(claim.bodyJson.value, '')) {
    if (value === null || typeof value === 'object' || isPlaceholder(value)) continue;
    const found = firstSite(context, operations, (site) => site.in === 'body' && site.path === path);
    if (found && !found.site.values.some((allowed) => allowed === value)) {
      reportUnknown(context, String(value), path, found, locateKey(context.lines, claim.bodyPosition ?? claim.position, value));
    }
  }
}

function reportUnknown(context: RuleContext, value: string, field: string, { operation, site }: Found, position: Position): void {
  context.report({
    messageId: 'unknownValue',
    data: {
      value,
      field,
      operation: operationLabel(operation),
      allowed: site.values.map(String).join(', '),
      location: formatLocation(operation.location()),
    },
    position,
    subject: `${operationLabel(operation)} ${site.path || site.name} ${value}`,
  });
}

/**
 * The enum a field name means: in the operations the statement is about, by path (`budget_limits.daily`)
 * or property name (`mode`); without operations in context, by name across the spec, but only
 * when every enum of that name allows the same values.
 */
function enumFor(context: RuleContext, field: string, operations: Operation[]): Found | undefined {
  const matches = (site: OperationEnum) => site.path === field || site.name === field;
  if (operations.length > 0) return firstSite(context, operations, matches);
  const named = context.spec.schemas.enumsNamed(field.split('.').at(-1)!).filter(({ site }) => matches(site));
  if (named.length === 0) return undefined;
  const signature = (found: Found) => JSON.stringify([...found.site.values.map(String)].sort());
  return named.every((found) => signature(found) === signature(named[0]!)) ? named[0] : undefined;
}

function firstSite(context: RuleContext, operations: Operation[], matches: (site: OperationEnum) => boolean): Found | undefined {
  const found = operations.flatMap((operation) => context.spec.schemas.enumsOf(operation).filter(matches).map((site) => ({ operation, site })));
  found.sort((a, b) => PLACE_ORDER.indexOf(a.site.in) - PLACE_ORDER.indexOf(b.site.in));
  return found[0];
}

/** Leaf values of a JSON example by dotted path, arrays as `[]` (`items[].status`). */
function* leaves(value: unknown, path: string): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* leaves(item, `${path}[]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) yield* leaves(child, path ? `${path}.${key}` : key);
  } else {
    yield [path, value];
  }
}
