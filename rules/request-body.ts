import type { Rule, RuleContext } from '../src/rule-api.js';
import type { JsonExample } from '../src/extract/json-example.js';
import { operationsInContext } from '../src/lint/sections.js';
import { formatLocation, type Operation, operationLabel } from '../src/spec/spec-index.js';
import { FIELD_TABLE_MESSAGES, reportFieldTable } from '../src/validation/field-table.js';
import type { Position } from '../src/types.js';
import { exampleErrorReport, exampleErrors, offsetPosition } from '../src/validation/example-errors.js';

/** enum-values owns enum mismatches, with the allowed values in its message. */
const LEFT_TO_ENUM_VALUES = new Set(['enum', 'const']);

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
      ...FIELD_TABLE_MESSAGES,
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
      const operations = operationsInContext(block.context, context.endpoints, context.spec, context.page.headings).filter((operation) => operation.requestBody);
      if (operations.length !== 1) continue;
      check(context, operations[0]!, block.json, block.position, 'JSON block', closed);
    }
    for (const table of context.page.fieldTables) {
      if (table.direction === 'response') continue;
      const operations = operationsInContext(table.context, context.endpoints, context.spec, context.page.headings);
      const operation = operations.length === 1 ? operations[0]! : undefined;
      // A table that does not say which body it describes is the request's when there is one.
      const schema = operation && context.spec.schemas.requestSchema(operation);
      if (!operation || !schema) continue;
      reportFieldTable(context.report, table, schema, {
        operation: operationLabel(operation),
        direction: 'request body',
        location: formatLocation(operation.location()),
      });
    }
  },
};

function check(context: RuleContext, operation: Operation, example: JsonExample, position: Position, notation: string, closed: boolean): void {
  const schema = context.spec.schemas.requestSchema(operation);
  if (!schema) return;
  const label = operationLabel(operation);
  const location = formatLocation(operation.location());
  if (!example.ok) {
    context.report({
      messageId: 'notJson',
      data: { notation, reason: example.reason },
      position: offsetPosition(context.lines, position, example.offset),
      subject: `${label} body json`,
    });
    return;
  }
  const errors = context.spec.schemas.validator.validate(schema, operation.spec.version, { direction: 'request', closed }, example.value);
  if (errors instanceof Error) return; // A schema ajv cannot compile is the spec linter's business, not ours.
  for (const error of exampleErrors(errors, example.value, example.elided, LEFT_TO_ENUM_VALUES)) {
    context.report(exampleErrorReport(error, example.value, { lines: context.lines, position }, { operation: label, location }, `${label} body`));
  }
}

