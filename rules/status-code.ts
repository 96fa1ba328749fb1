import type { Rule } from '../src/rule-api.js';
import { operationsInContext } from '../src/lint/sections.js';
import { formatLocation, operationLabel, responseFor } from '../src/spec/spec-index.js';

export const statusCode: Rule = {
  meta: {
    id: 'status-code',
    description: 'A status code the page states for an operation must be one of its responses.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      unknown: '`{{code}}` is not a response of {{operation}}; the spec lists {{listed}} ({{location}})',
    },
  },
  check(context) {
    for (const claim of context.page.statuses) {
      const operations = operationsInContext(claim.context, context.endpoints, context.spec, context.page.headings);
      // A statement about several operations holds when any of them has the code; all must list responses.
      if (operations.length === 0 || operations.some((operation) => operation.responses.length === 0)) continue;
      if (operations.some((operation) => responseFor(operation, claim.code) !== undefined)) continue;
      const operation = operations[0]!;
      context.report({
        messageId: 'unknown',
        data: {
          code: claim.code,
          operation: operationLabel(operation),
          listed: operation.responses.join(', '),
          location: formatLocation(operation.location()),
        },
        position: claim.position,
        subject: `${operationLabel(operation)} ${claim.code}`,
      });
    }
  },
};
