import type { Rule } from '../src/rule-api.js';
import { declaredHeaders, STANDARD_HEADERS } from '../src/auth/headers.js';
import { formatLocation, type Operation, operationLabel } from '../src/spec/spec-index.js';
import type { Position } from '../src/types.js';
import { operationInContext } from '../src/lint/sections.js';

export const headerKnown: Rule = {
  meta: {
    id: 'header-known',
    description: 'A header in a request example or header table must be one the operation declares or its security schemes send.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unknown: '{{header}} is not a header of {{operation}}: the spec declares {{declared}} ({{location}})',
    },
  },
  check(context) {
    const report = (name: string, operations: Operation[], position: Position) => {
      const lower = name.toLowerCase();
      if (STANDARD_HEADERS.has(lower) || operations.length === 0) return;
      const declared = new Map<string, string>();
      for (const operation of operations) for (const [key, display] of declaredHeaders(operation)) declared.set(key, display);
      if (declared.has(lower)) return;
      const operation = operations[0]!;
      context.report({
        messageId: 'unknown',
        data: {
          header: name,
          operation: operationLabel(operation),
          declared: declared.size > 0 ? [...declared.values()].join(', ') : 'no header',
          location: formatLocation(operation.location()),
        },
        position,
        subject: `${operationLabel(operation)} ${lower}`,
      });
    };

    for (const claim of context.endpoints) {
      if (!claim.method || claim.headers.length === 0) continue;
      const operations = context.spec.operationsOf(claim.path, claim.method);
      for (const header of claim.headers) report(header.name, operations, header.position);
    }
    for (const doc of context.page.headerDocs) {
      const operation = operationInContext(doc.context, context.endpoints, context.spec, context.page.headings);
      if (operation) report(doc.name, [operation], doc.position);
    }
  },
};
