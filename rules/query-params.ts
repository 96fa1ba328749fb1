import { decodeQueryComponent } from '../src/text/percent.js';
import type { Rule, RuleContext } from '../src/rule-api.js';
import { operationInContext } from '../src/lint/sections.js';
import { spellingDifference } from '../src/params/name-spelling.js';
import { baseName, isPlaceholderName, queryKeysOf, specModelsQuery } from '../src/params/query-names.js';
import { locateInside } from '../src/rule-positions.js';
import { formatLocation, type Operation, operationLabel } from '../src/spec/spec-index.js';
import type { EndpointClaim, Position } from '../src/types.js';

export const queryParams: Rule = {
  meta: {
    id: 'query-params',
    description: 'A query parameter in a request example or query parameter table must be one the operation declares.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      unknown: 'Query parameter `{{name}}` is not in the spec for {{operation}}, which declares {{declared}} ({{location}})',
      respelled: 'Query parameter `{{name}}` is `{{expected}}` in the spec, the same name in {{difference}} ({{operation}}, {{location}})',
    },
  },
  check(context) {
    for (const claim of context.endpoints) {
      const keys = Object.keys(claim.query);
      if (keys.length === 0) continue;
      const operations = context.spec.operationsOf(claim.path, claim.method);
      for (const key of keys) check(context, key, operations, () => keyPosition(context, claim, key));
    }
    for (const doc of context.page.queryDocs) {
      const operation = operationInContext(doc.context, context.endpoints, context.spec, context.page.headings);
      if (operation) check(context, doc.name, [operation], () => doc.position);
    }
  },
};

/**
 * Reports a query key none of the operations takes. A spec that declares no query parameter on any
 * operation does not model query strings, and says nothing about them; one that does, and leaves
 * a key out of this operation, disagrees with the page (even when it lists none for it: either
 * the spec misses the parameter or the page invents it, and both are worth a warning).
 */
function check(context: RuleContext, key: string, operations: Operation[], position: () => Position): void {
  const name = decodeQueryComponent(key);
  if (operations.length === 0 || isPlaceholderName(name)) return;
  const operation = operations[0]!;
  if (!specModelsQuery(context.spec.operations, operation.spec)) return;
  const declared = new Set<string>();
  const implied = new Set<string>();
  for (const candidate of operations) {
    const keys = queryKeysOf(candidate);
    if (keys.any) return;
    for (const known of keys.declared) declared.add(known);
    for (const known of keys.implied) implied.add(known);
  }
  const base = baseName(name);
  if ([declared, implied].some((keys) => keys.has(name) || keys.has(base))) return;

  const label = operationLabel(operation);
  const location = formatLocation(operation.location());
  const respelled = [...declared].find((known) => spellingDifference(base, known) !== undefined);
  context.report({
    messageId: respelled ? 'respelled' : 'unknown',
    data: respelled
      ? { name, expected: respelled, difference: spellingDifference(base, respelled)!, operation: label, location }
      : { name, operation: label, declared: declared.size > 0 ? [...declared].join(', ') : 'no query parameter', location },
    position: position(),
    subject: `${label} query ${name}`,
  });
}

/** The key in the example's query string (`?status=` or `&status=`), or the whole example. */
function keyPosition(context: RuleContext, claim: EndpointClaim, key: string): Position {
  const source = context.lines?.source ?? '';
  return locateInside(context.lines, claim.position, key, (offset) => /[?&]/.test(source[offset - 1] ?? '') && /^[=&#\s'"`]|^$/.test(source.slice(offset + key.length, offset + key.length + 1)));
}

