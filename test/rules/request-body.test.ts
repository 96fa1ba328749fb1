import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumValues } from '../../rules/enum-values.js';
import { requestBody } from '../../rules/request-body.js';
import { diagnosticsFor, runRuleTests } from '../helpers/rule-tester.js';

const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /workspaces/{id}/budget:
    patch:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BudgetUpdate' }
      responses: { '200': { description: ok } }
  /notes:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [text]
              properties:
                id: { type: string, readOnly: true }
                text: { type: string }
                tags: { type: array, items: { type: string } }
                parent: { $ref: '#/components/schemas/Note' }
      responses: { '201': { description: created } }
components:
  schemas:
    BudgetUpdate:
      type: object
      required: [budget_limits]
      additionalProperties: false
      properties:
        budget_limits:
          type: object
          additionalProperties: false
          properties:
            daily: { type: [integer, 'null'] }
            monthly: { type: [integer, 'null'] }
    Note:
      type: object
      properties:
        text: { type: string }
        parent: { $ref: '#/components/schemas/Note' }
`;
const curl = (path: string, method: string, body: string) => `\`\`\`bash\ncurl -X ${method} https://api.acme.test${path} -d '${body}'\n\`\`\`\n`;
const PATCH = 'PATCH /workspaces/{id}/budget';

runRuleTests(requestBody, {
  spec: spec31,
  valid: [
    { name: 'a body the schema accepts, null where the type allows it', code: curl('/workspaces/ws_1/budget', 'PATCH', '{"budget_limits": {"daily": 5000, "monthly": null}}') },
    { name: 'additional properties are fine where the schema is open', code: curl('/notes', 'POST', '{"text": "hi", "color": "red"}') },
    { name: 'a readOnly property is not required in a request', code: curl('/notes', 'POST', '{"text": "hi"}') },
    { name: 'placeholders do not cause type errors', code: curl('/workspaces/ws_1/budget', 'PATCH', '{"budget_limits": {"daily": "<cents>"}}') },
    { name: 'an elided example is not missing properties', code: '```http\nPOST /notes HTTP/1.1\nHost: api.acme.test\n\n{\n  "tags": ["a", ...],\n  ...\n}\n```\n' },
    { name: 'a circular schema validates', code: curl('/notes', 'POST', '{"text": "a", "parent": {"text": "b", "parent": {"text": "c"}}}') },
    { name: 'a form body is not JSON and not checked', code: '```bash\ncurl -X POST https://api.acme.test/notes -d text=hi\n```\n' },
    { name: 'a JSON block not introduced as a request is not checked', code: '`POST /notes` returns:\n\n```json\n{"id": 1}\n```\n' },
    {
      name: 'a field table that agrees with the schema, nested and array names included',
      code: '## Notes\n\n`POST /notes` takes:\n\n| Field | Type | Required |\n| --- | --- | --- |\n| `text` | string | yes |\n| `tags` | `string[]` | no |\n| `parent.text` | string | no |\n',
    },
    {
      name: 'a parameter table (with an In column) is not a body field table',
      code: '## Notes\n\n`POST /notes`\n\n| Name | In | Type |\n| --- | --- | --- |\n| `limit` | query | integer |\n',
    },
  ],
  invalid: [
    {
      name: 'an unknown property and a missing required one',
      code: curl('/workspaces/ws_1/budget', 'PATCH', '{"budget_limit": 5000}'),
      errors: [
        { line: 2, column: 64, message: `The ${PATCH} request body leaves out the required property \`budget_limits\` (openapi.yaml:6)` },
        { line: 2, column: 65, message: `\`budget_limit\` is not a property of the ${PATCH} request body; the spec has \`budget_limits\` (openapi.yaml:6)` },
      ],
    },
    {
      name: 'a wrong type deep in the body',
      code: curl('/workspaces/ws_1/budget', 'PATCH', '{"budget_limits": {"daily": "5000"}}'),
      errors: [{ line: 2, column: 83, message: `\`budget_limits.daily\` is a string in the example but the spec says integer or null (${PATCH}, openapi.yaml:6)` }],
    },
    {
      name: 'a JSON block introduced as the request body of the section\'s endpoint',
      code: '## Notes\n\nCreate one with `POST /notes`. Request body:\n\n```json\n{"tags": "urgent"}\n```\n',
      errors: [
        { line: 6, column: 1, message: 'The POST /notes request body leaves out the required property `text` (openapi.yaml:13)' },
        { line: 6, column: 2, message: '`tags` is a string in the example but the spec says array (POST /notes, openapi.yaml:13)' },
      ],
    },
    {
      name: 'JSON that does not parse is reported once',
      code: curl('/notes', 'POST', '{"text": "hi" "tags": []}'),
      errors: [{ line: 2, column: 60, message: "The request body of this curl example is not JSON: Expected ',' or '}' after property value" }],
    },
    {
      name: 'a field table that contradicts the schema',
      code: '## Notes\n\nRequest body of `POST /notes`:\n\n| Field | Type | Required |\n| --- | --- | --- |\n| `text` | integer | no |\n| `title` | string | yes |\n',
      errors: [
        { line: 7, column: 12, message: '`text` is documented as integer, but the spec says string (POST /notes request body, openapi.yaml:13)' },
        { line: 7, column: 22, message: '`text` is documented as optional, but the spec makes it required (POST /notes request body, openapi.yaml:13)' },
        { line: 8, column: 4, message: '`title` is documented as a field of the POST /notes request body, but the schema has no such property; it has `id`, `text`, `tags`, `parent` (openapi.yaml:13)' },
      ],
    },
    {
      name: 'config closes open schemas',
      code: curl('/notes', 'POST', '{"text": "hi", "color": "red"}'),
      config: { rules: { 'request-body': ['error', { closed: true }] } },
      errors: [{ line: 2, column: 61, message: '`color` is not a property of the POST /notes request body; the spec has `id`, `text`, `tags`, `parent` (openapi.yaml:13)' }],
    },
  ],
});

runRuleTests(requestBody, {
  spec: `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                note: { type: string, nullable: true }
                size: { type: integer, minimum: 1, exclusiveMinimum: true }
      responses: { '201': { description: created } }
`,
  valid: [
    { name: 'OAS 3.0: nullable allows null', code: '```http\nPOST /things HTTP/1.1\n\n{"note": null, "size": 2}\n```\n' },
    { name: 'OAS 3.0: a field table that agrees', code: '## Things\n\n`POST /things` body:\n\n| Field | Type |\n| --- | --- |\n| `note` | string or null |\n| `size` | integer |\n' },
  ],
  invalid: [
    {
      name: 'OAS 3.0: a field table with a field the schema lacks',
      code: '## Things\n\n`POST /things` body:\n\n| Field | Type |\n| --- | --- |\n| `weight` | number |\n',
      errors: [{ line: 7, column: 4, message: '`weight` is documented as a field of the POST /things request body, but the schema has no such property; it has `note`, `size` (openapi.yaml:5)' }],
    },
    {
      name: 'OAS 3.0: draft-04 exclusiveMinimum',
      code: '```http\nPOST /things HTTP/1.1\n\n{"size": 1}\n```\n',
      errors: [{ line: 4, column: 2, message: '`size` must be > 1 (POST /things, openapi.yaml:5)' }],
    },
  ],
});

runRuleTests(requestBody, {
  spec: `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.pets.test
paths:
  /pets:
    post:
      parameters:
        - in: body
          name: body
          schema: { type: object, required: [name], properties: { name: { type: string } } }
      responses: { '201': { description: created } }
`,
  valid: [{ name: 'Swagger 2.0: a body parameter schema', code: '```bash\ncurl -X POST https://api.pets.test/pets -d \'{"name": "Rex"}\'\n```\n' }],
  invalid: [
    {
      name: 'Swagger 2.0: a field table that calls a required field optional',
      code: '## Pets\n\n`POST /pets` body:\n\n| Field | Type | Required |\n| --- | --- | --- |\n| `name` | string | no |\n',
      errors: [{ line: 7, column: 21, message: '`name` is documented as optional, but the spec makes it required (POST /pets request body, openapi.yaml:6)' }],
    },
    {
      name: 'Swagger 2.0: a missing required property',
      code: '```bash\ncurl -X POST https://api.pets.test/pets -d \'{}\'\n```\n',
      errors: [{ line: 2, column: 45, message: 'The POST /pets request body leaves out the required property `name` (openapi.yaml:6)' }],
    },
  ],
});

describe('request-body and enum-values never crash on generated examples', () => {
  const enumSpec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [mode]
              additionalProperties: false
              properties:
                mode: { type: string, enum: [a, b] }
                nested: { type: object, properties: { n: { type: [integer, 'null'] } } }
      responses: { '201': { description: created } }
`;
  // Any JSON value, and any text with JSON punctuation and elisions, as a request body or as an enum list.
  const body = fc.oneof(
    fc.json(),
    fc.stringMatching(/^[{}[\]",:.…<>$ a-z0-9|-]{0,40}$/),
  );
  it('yields only well-formed diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.array(fc.stringMatching(/^[a-z_]{1,8}$/), { minLength: 1, maxLength: 4 }), async (text, values) => {
        const code = `Call \`POST /things\` with \`mode: ${values.join('|')}\`.\n\n\`\`\`bash\ncurl -X POST https://api.acme.test/things -d '${text.replace(/'/g, '')}'\n\`\`\`\n`;
        for (const rule of [requestBody, enumValues]) {
          const diagnostics = await diagnosticsFor(rule, { spec: enumSpec }, { code });
          for (const diagnostic of diagnostics) {
            expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            expect(diagnostic.column).toBeGreaterThanOrEqual(1);
            expect(diagnostic.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
