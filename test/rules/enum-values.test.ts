import { enumValues } from '../../rules/enum-values.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';


// OpenAPI 3.1: `mode` is a nullable enum (type list with null), `tier` a oneOf of consts.
const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /workspaces/{id}/billing-mode:
    put:
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BillingMode' }
      responses: { '200': { description: ok } }
  /workspaces:
    get:
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [active, archived] } }
      responses: { '200': { description: ok } }
components:
  schemas:
    BillingMode:
      type: object
      properties:
        mode: { type: [string, 'null'], enum: [platform_managed, byok, disabled, null] }
        tier:
          oneOf:
            - { const: free }
            - { const: team }
        owner: { $ref: '#/components/schemas/Owner' }
    Owner:
      type: object
      properties:
        kind: { type: string, enum: [user, service] }
        parent: { $ref: '#/components/schemas/Owner' }
`;
const PUT = lineOf(spec31, '    put:');
const GET = lineOf(spec31, '    get:');
const where = `PUT /workspaces/{id}/billing-mode, openapi.yaml:${PUT}`;

runRuleTests(enumValues, {
  spec: spec31,
  valid: [
    { name: 'a complete pipe list bound by its paragraph', code: 'Set `mode: platform_managed|byok|disabled` with `PUT /workspaces/{id}/billing-mode`.\n' },
    { name: 'null is not a missing value', code: '`PUT /workspaces/{id}/billing-mode` takes `mode: byok|disabled|platform_managed`; `{"mode": null}` clears it.\n' },
    { name: 'a oneOf of consts, in a one-of sentence', code: 'With `PUT /workspaces/{id}/billing-mode`, `tier` is one of `free` or `team`.\n' },
    { name: 'a lone example value is never incomplete', code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing-mode -d \'{"mode": "byok"}\'\n```\n' },
    { name: 'a placeholder value in a JSON body', code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing-mode -d \'{"mode": "<mode>"}\'\n```\n' },
    { name: 'a query value the parameter allows', code: '```bash\ncurl "https://api.acme.test/workspaces?status=archived"\n```\n' },
    { name: 'a query value percent-encoded', code: '```bash\ncurl "https://api.acme.test/workspaces?status=arch%69ved"\n```\n' },
    { name: 'a field without an enum in context is not checked', code: 'Call `GET /workspaces`: `color: red|blue`.\n' },
    { name: 'an enum through a circular schema', code: 'With `PUT /workspaces/{id}/billing-mode`, `kind` is one of `user` or `service`.\n' },
  ],
  invalid: [
    {
      name: 'a pipe list that misses a value, with the fix',
      code: 'The mode: `mode: platform_managed|byok`. Set it with `PUT /workspaces/{id}/billing-mode`.\n',
      errors: [{ line: 1, column: 18, message: `\`mode\` is listed as platform_managed|byok; the spec also allows disabled (${where})` }],
      output: 'The mode: `mode: platform_managed|byok|disabled`. Set it with `PUT /workspaces/{id}/billing-mode`.\n',
    },
    {
      name: 'a quoted pipe list in a JSON-like example keeps its quotes and spacing in the fix',
      code: 'With `PUT /workspaces/{id}/billing-mode`:\n\n```json\n{"mode": "platform_managed" | "byok"}\n```\n',
      errors: [{ line: 4, column: 10, message: `\`mode\` is listed as platform_managed|byok; the spec also allows disabled (${where})` }],
      output: 'With `PUT /workspaces/{id}/billing-mode`:\n\n```json\n{"mode": "platform_managed" | "byok" | "disabled"}\n```\n',
    },
    {
      name: 'an unknown value in a list',
      code: 'For `PUT /workspaces/{id}/billing-mode`, `tier` is one of `free`, `team` or `enterprise`.\n',
      errors: [{ line: 1, column: 78, message: `\`enterprise\` is not a value of \`tier\` for PUT /workspaces/{id}/billing-mode; allowed: free, team (openapi.yaml:${PUT})` }],
    },
    {
      name: 'a values table under the endpoint\'s section',
      code: '## Billing\n\n`PUT /workspaces/{id}/billing-mode`\n\n| Field | Values |\n| --- | --- |\n| `mode` | `byok`, `free` |\n',
      errors: [
        { line: 7, column: 13, message: `\`mode\` is listed as byok, free; the spec also allows platform_managed, disabled (${where})` },
        { line: 7, column: 21, message: `\`free\` is not a value of \`mode\` for PUT /workspaces/{id}/billing-mode; allowed: platform_managed, byok, disabled (openapi.yaml:${PUT})` },
      ],
    },
    {
      name: 'a list after "one of:"',
      code: '## Billing\n\n`PUT /workspaces/{id}/billing-mode` sets `mode`, one of:\n\n- `platform_managed`\n- `byok`\n',
      errors: [{ line: 5, column: 4, message: `\`mode\` is listed as platform_managed, byok; the spec also allows disabled (${where})` }],
      output: null,
    },
    {
      name: 'a value in a JSON request body',
      code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing-mode -d \'{"mode": "platform"}\'\n```\n',
      errors: [{ line: 2, column: 77, message: `\`platform\` is not a value of \`mode\` for PUT /workspaces/{id}/billing-mode; allowed: platform_managed, byok, disabled (openapi.yaml:${PUT})` }],
    },
    {
      name: 'a malformed escape in a query value is read as written, and the page is still checked',
      code: '```bash\ncurl "https://api.acme.test/workspaces?status=50%"\n```\n\nStatuses: `status: active|archived|deleted`.\n',
      errors: [
        { line: 2, column: 7, message: `\`50%\` is not a value of \`status\` for GET /workspaces; allowed: active, archived (openapi.yaml:${GET})` },
        { line: 5, column: 36, message: `\`deleted\` is not a value of \`status\` for GET /workspaces; allowed: active, archived (openapi.yaml:${GET})` },
      ],
    },
    {
      name: 'a value in a query string',
      code: '```bash\ncurl "https://api.acme.test/workspaces?status=deleted"\n```\n',
      errors: [{ line: 2, column: 7, message: `\`deleted\` is not a value of \`status\` for GET /workspaces; allowed: active, archived (openapi.yaml:${GET})` }],
    },
    {
      name: 'bound by name alone when the name is unambiguous in the spec',
      code: 'Statuses: `status: active|archived|deleted`.\n',
      errors: [{ line: 1, column: 36, message: `\`deleted\` is not a value of \`status\` for GET /workspaces; allowed: active, archived (openapi.yaml:${GET})` }],
    },
  ],
});

// OpenAPI 3.0 (`nullable`) and Swagger 2.0 (enum on the parameter itself).
runRuleTests(enumValues, {
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
                state: { type: string, nullable: true, enum: [on, off] }
      responses: { '201': { description: created } }
`,
  valid: [{ name: 'OAS 3.0: a complete list of a nullable enum', code: 'Call `POST /things` with `state: on|off`.\n' }],
  invalid: [
    {
      name: 'OAS 3.0: a value the nullable enum does not hold',
      code: 'Call `POST /things` with `state: on|off|auto`.\n',
      errors: [{ line: 1, column: 41, message: '`auto` is not a value of `state` for POST /things; allowed: on, off (openapi.yaml:5)' }],
    },
  ],
});

runRuleTests(enumValues, {
  spec: `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.pets.test
paths:
  /pets:
    get:
      parameters: [{ name: kind, in: query, type: string, enum: [cat, dog] }]
      responses: { '200': { description: ok } }
`,
  valid: [{ name: 'Swagger 2.0: a query value the parameter allows', code: '```bash\ncurl "https://api.pets.test/pets?kind=dog"\n```\n' }],
  invalid: [
    {
      name: 'Swagger 2.0: a query value outside the parameter\'s enum',
      code: '```bash\ncurl "https://api.pets.test/pets?kind=bird"\n```\n',
      errors: [{ line: 2, column: 7, message: '`bird` is not a value of `kind` for GET /pets; allowed: cat, dog (openapi.yaml:6)' }],
    },
  ],
});

/** One component used at two places: both places hold its enum. */
runRuleTests(enumValues, {
  spec: `openapi: 3.1.0
info: { title: Orders, version: '1' }
servers: [{ url: 'https://api.shop.test' }]
paths:
  /orders:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                billing: { $ref: '#/components/schemas/Country' }
                shipping: { $ref: '#/components/schemas/Country' }
      responses: { '201': { description: created } }
components:
  schemas:
    Country: { type: string, enum: [DE, FR] }
`,
  valid: [{ name: 'a shared enum, allowed values at both places', code: '```bash\ncurl -X POST https://api.shop.test/orders -d \'{"billing": "DE", "shipping": "FR"}\'\n```\n' }],
  invalid: [
    {
      name: 'a shared enum checked at its second place too',
      code: '```bash\ncurl -X POST https://api.shop.test/orders -d \'{"billing": "DE", "shipping": "UK"}\'\n```\n',
      errors: [{ line: 2, column: 77, message: '`UK` is not a value of `shipping` for POST /orders; allowed: DE, FR (openapi.yaml:6)' }],
    },
  ],
});
