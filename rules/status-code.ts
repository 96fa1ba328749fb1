import type { Rule } from '../src/rule-api.js';
import { operationsInContext } from '../src/lint/sections.js';
import { formatLocation, type Operation } from '../src/spec/spec-index.js';

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
      if (operations.some((operation) => answers(operation, claim.code))) continue;
      const operation = operations[0]!;
      context.report({
        messageId: 'unknown',
        data: {
          code: claim.code,
          operation: `${operation.method.toUpperCase()} ${operation.path}`,
          listed: operation.responses.join(', '),
          location: formatLocation(operation.location()),
        },
        position: claim.position,
        subject: `${operation.method.toUpperCase()} ${operation.path} ${claim.code}`,
      });
    }
  },
};

/** A response list answers a code with the code itself, its range (`4XX`) or `default`. */
function answers(operation: Operation, code: string): boolean {
  return operation.responses.some((response) => response === code || response.toUpperCase() === `${code[0]}XX` || response === 'default');
}
