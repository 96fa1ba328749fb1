import { authScheme } from '../../rules/auth-scheme.js';
import { headerKnown } from '../../rules/header-known.js';
import { headerRequired } from '../../rules/header-required.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';


// OpenAPI 3.1: two AND-ed schemes on deprovision, two alternatives on secrets, a public health check.
const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
security: [{ orgKey: [] }]
paths:
  /workspaces/{id}:
    delete:
      security: [{ provisionSecret: [], adminToken: [] }]
      responses: { '204': { description: gone } }
  /workspaces/{id}/billing:
    put:
      parameters:
        - { name: X-Org-Id, in: header, required: true, schema: { type: string } }
        - { name: Idempotency-Key, in: header, schema: { type: string } }
      responses: { '200': { description: ok } }
  /workspaces/{id}/secrets:
    get:
      security: [{ workspaceToken: [] }, { orgKey: [] }]
      responses: { '200': { description: ok } }
  /health:
    get:
      security: []
      responses: { '200': { description: ok } }
  /session:
    get:
      security: [{ session: [] }]
      responses: { '200': { description: ok } }
components:
  securitySchemes:
    orgKey: { type: http, scheme: bearer }
    provisionSecret: { type: http, scheme: bearer }
    workspaceToken: { type: http, scheme: bearer }
    adminToken: { type: apiKey, in: header, name: X-Admin-Token }
    session: { type: apiKey, in: cookie, name: sid }
`;
const DELETE_LINE = lineOf(spec31, '    delete:');
const PUT_LINE = lineOf(spec31, '    put:');
const SECRETS_LINE = lineOf(spec31, '    get:', lineOf(spec31, '/secrets:'));
const HEALTH_LINE = lineOf(spec31, '    get:', lineOf(spec31, '/health:'));
const DEPROVISION = 'provision secret as Authorization: Bearer AND admin token as X-Admin-Token';

const credentials = { orgKey: ['Org API Key', '$ORG_API_KEY', 'mola_…'], workspaceToken: ['workspace token'] };

runRuleTests(headerKnown, {
  spec: spec31,
  valid: [
    { name: 'declared header parameters and standard headers', code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing -H "X-Org-Id: org_1" -H "Idempotency-Key: k1" -H "Content-Type: application/json" -H "accept: */*"\n```\n' },
    { name: 'headers sent by the security schemes, case-insensitive', code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "authorization: Bearer $S" -H "x-admin-token: $T"\n```\n' },
    { name: 'a header on an unknown path is left to endpoint-exists', code: '```bash\ncurl https://api.acme.test/nope -H "X-Whatever: 1"\n```\n' },
    {
      name: 'a header table in a section that documents two operations binds to neither',
      code: '## Workspaces\n\n`DELETE /workspaces/{id}` and `PUT /workspaces/{id}/billing`.\n\n| Header | Required |\n| --- | --- |\n| `X-Trace` | no |\n',
    },
  ],
  invalid: [
    {
      name: 'a header table on a page bound to an operation, with no endpoint of its own',
      code: '---\nopenapi: DELETE /workspaces/{id}\n---\n\n## Headers\n\n| Header | Required |\n| --- | --- |\n| `X-Bogus` | no |\n',
      errors: [{ line: 9, column: 4, message: 'X-Bogus is not a header of DELETE /workspaces/{id}: the spec declares Authorization, X-Admin-Token (openapi.yaml:7)' }],
    },
    {
      name: 'a header the operation neither declares nor gets from its security',
      code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 \\\n  -H "Authorization: Bearer $S" \\\n  -H "X-Org-Id: org_42"\n```\n',
      errors: [{ line: 4, column: 7, message: `X-Org-Id is not a header of DELETE /workspaces/{id}: the spec declares Authorization, X-Admin-Token (openapi.yaml:${DELETE_LINE})` }],
    },
    {
      name: 'a public operation declares no header',
      code: '```http\nGET /health HTTP/1.1\nHost: api.acme.test\nX-Api-Key: k\n```\n',
      errors: [{ line: 4, column: 1, message: `X-Api-Key is not a header of GET /health: the spec declares no header (openapi.yaml:${HEALTH_LINE})` }],
    },
    {
      name: 'a header table in the endpoint\'s section',
      code: '## Set billing\n\nCall `PUT /workspaces/{id}/billing` with:\n\n| Header | Required |\n| --- | --- |\n| `X-Org-Id` | yes |\n| `X-Tenant` | yes |\n',
      errors: [{ line: 8, column: 4, message: `X-Tenant is not a header of PUT /workspaces/{id}/billing: the spec declares X-Org-Id, Idempotency-Key, Authorization (openapi.yaml:${PUT_LINE})` }],
    },
    {
      name: 'a header table under its own sub-heading binds to the parent section\'s endpoint',
      code: '## Set billing\n\nCall `PUT /workspaces/{id}/billing`.\n\n### Headers\n\n| Header | Required |\n| --- | --- |\n| `X-Tenant` | yes |\n',
      errors: [{ line: 9, column: 4, message: `X-Tenant is not a header of PUT /workspaces/{id}/billing: the spec declares X-Org-Id, Idempotency-Key, Authorization (openapi.yaml:${PUT_LINE})` }],
    },
    {
      name: 'a list of headers under a Headers heading',
      code: '## Headers\n\n`PUT /workspaces/{id}/billing` takes:\n\n- `X-Org-Id`: the organisation\n- `X-Region`: where to bill\n',
      errors: [{ line: 6, column: 4, message: `X-Region is not a header of PUT /workspaces/{id}/billing: the spec declares X-Org-Id, Idempotency-Key, Authorization (openapi.yaml:${PUT_LINE})` }],
    },
  ],
});

runRuleTests(headerRequired, {
  spec: spec31,
  valid: [
    { name: 'both AND-ed credentials', code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "Authorization: Bearer $P" -H "X-Admin-Token: $A"\n```\n' },
    { name: 'one of two alternatives', code: '```bash\ncurl https://api.acme.test/workspaces/ws_1/secrets -H "Authorization: Bearer $WORKSPACE_TOKEN"\n```\n' },
    { name: 'security: [] needs no credential', code: '```bash\ncurl https://api.acme.test/health\n```\n' },
    { name: 'a cookie credential sent as a Cookie header', code: '```bash\ncurl https://api.acme.test/session -H "Cookie: sid=abc; theme=dark"\n```\n' },
    { name: 'a fetch call may build headers elsewhere', code: "```js\nawait fetch('https://api.acme.test/workspaces/ws_1/billing', { method: 'PUT' });\n```\n" },
    { name: 'required header and root credential', code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing -H "X-Org-Id: o" -H "Authorization: Bearer $K"\n```\n' },
  ],
  invalid: [
    {
      name: 'only one of two AND-ed credentials',
      code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "Authorization: Bearer $P"\n```\n',
      errors: [{ line: 2, column: 16, message: `This curl example of DELETE /workspaces/{id} sends no credential the operation accepts; it accepts ${DEPROVISION} (openapi.yaml:${DELETE_LINE})` }],
    },
    {
      name: 'a missing required header parameter',
      code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing -H "Authorization: Bearer $K"\n```\n',
      errors: [{ line: 2, column: 13, message: `This curl example of PUT /workspaces/{id}/billing leaves out the required header X-Org-Id (openapi.yaml:${PUT_LINE})` }],
    },
    {
      name: 'Basic where the scheme wants a bearer token',
      code: '```bash\ncurl https://api.acme.test/workspaces/ws_1/secrets -u user:pass\n```\n',
      errors: [
        {
          line: 2,
          column: 6,
          message: `This curl example of GET /workspaces/{id}/secrets sends no credential the operation accepts; it accepts workspace token as Authorization: Bearer OR org key as Authorization: Bearer (openapi.yaml:${SECRETS_LINE})`,
        },
      ],
    },
    {
      name: 'an http block with no credential',
      code: '```http\nGET /session HTTP/1.1\nHost: api.acme.test\n```\n',
      errors: [{ line: 2, column: 5, message: `This http example of GET /session sends no credential the operation accepts; it accepts session as cookie sid (openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/session:'))})` }],
    },
  ],
});

runRuleTests(authScheme, {
  spec: spec31,
  config: { credentials },
  valid: [
    { name: 'the placeholder of an accepted scheme', code: '```bash\ncurl https://api.acme.test/workspaces/ws_1/secrets -H "Authorization: Bearer $ORG_API_KEY"\n```\n' },
    { name: 'a scheme named by its key without config ($PROVISION_SECRET, $ADMIN_TOKEN)', code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "Authorization: Bearer $PROVISION_SECRET" -H "X-Admin-Token: $ADMIN_TOKEN"\n```\n' },
    { name: 'an unnamed placeholder says nothing', code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "Authorization: Bearer $TOKEN"\n```\n' },
    { name: 'the text names an accepted credential', code: 'Use a workspace token:\n\n```bash\ncurl https://api.acme.test/workspaces/ws_1/secrets -H "Authorization: Bearer $T"\n```\n' },
  ],
  invalid: [
    {
      name: 'a bearer placeholder of a scheme the operation does not accept',
      code: '```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 \\\n  -H "Authorization: Bearer $ORG_API_KEY"\n```\n',
      errors: [
        {
          line: 3,
          column: 7,
          message: `DELETE /workspaces/{id} does not accept the Org API Key ($ORG_API_KEY in the Authorization header); it accepts ${DEPROVISION} (openapi.yaml:${DELETE_LINE})`,
        },
      ],
    },
    {
      name: 'a token prefix',
      code: '```http\nDELETE /workspaces/ws_1 HTTP/1.1\nHost: api.acme.test\nAuthorization: Bearer mola_3f9c\n```\n',
      errors: [
        {
          line: 4,
          column: 1,
          message: `DELETE /workspaces/{id} does not accept the Org API Key (mola_3f9c in the Authorization header); it accepts ${DEPROVISION} (openapi.yaml:${DELETE_LINE})`,
        },
      ],
    },
    {
      name: 'the sentence that introduces the example names the credential',
      code: 'Deprovisioning takes the Org API Key of the organisation:\n\n```bash\ncurl -X DELETE https://api.acme.test/workspaces/ws_1 -H "Authorization: Bearer $K"\n```\n',
      errors: [
        {
          line: 4,
          column: 16,
          message: `DELETE /workspaces/{id} does not accept the Org API Key ("Org API Key" in the text); it accepts ${DEPROVISION} (openapi.yaml:${DELETE_LINE})`,
        },
      ],
    },
    {
      name: 'a Credential column',
      code: '| Method | Path | Credential |\n| --- | --- | --- |\n| DELETE | `/workspaces/{id}` | Workspace token |\n',
      errors: [
        {
          line: 3,
          column: 13,
          message: `DELETE /workspaces/{id} does not accept the workspace token ("Workspace token" in the credential column); it accepts ${DEPROVISION} (openapi.yaml:${DELETE_LINE})`,
        },
      ],
    },
    {
      name: 'security: [] accepts no credential',
      code: '```bash\ncurl https://api.acme.test/health -H "Authorization: Bearer $ORG_API_KEY"\n```\n',
      errors: [{ line: 2, column: 39, message: `GET /health does not accept the Org API Key ($ORG_API_KEY in the Authorization header); it accepts no credential (openapi.yaml:${HEALTH_LINE})` }],
    },
  ],
});

// Swagger 2.0: securityDefinitions with an apiKey header and basic auth.
const swagger = `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.pets.test
basePath: /v2
securityDefinitions:
  apiKey: { type: apiKey, in: header, name: X-API-Key }
  basicAuth: { type: basic }
security: [{ apiKey: [] }]
paths:
  /pets:
    get:
      parameters: [{ name: X-Tenant, in: header, required: true, type: string }]
      responses: { '200': { description: ok } }
  /admin:
    get:
      security: [{ basicAuth: [] }]
      responses: { '200': { description: ok } }
`;

runRuleTests(headerRequired, {
  spec: swagger,
  valid: [
    { name: 'Swagger 2.0: apiKey header and a required header parameter', code: '```bash\ncurl https://api.pets.test/v2/pets -H "X-API-Key: k" -H "X-Tenant: t"\n```\n' },
    { name: 'Swagger 2.0: basic auth from curl -u', code: '```bash\ncurl -u admin:secret https://api.pets.test/v2/admin\n```\n' },
  ],
  invalid: [
    {
      name: 'Swagger 2.0: missing apiKey header and required header',
      code: '```bash\ncurl https://api.pets.test/v2/pets\n```\n',
      errors: [
        { line: 2, column: 6, message: `This curl example of GET /pets leaves out the required header X-Tenant (openapi.yaml:${lineOf(swagger, '    get:')})` },
        { line: 2, column: 6, message: `This curl example of GET /pets sends no credential the operation accepts; it accepts api key as X-API-Key (openapi.yaml:${lineOf(swagger, '    get:')})` },
      ],
    },
  ],
});

runRuleTests(headerKnown, {
  spec: swagger,
  valid: [{ name: 'Swagger 2.0: the apiKey header and a header parameter', code: '```bash\ncurl https://api.pets.test/v2/pets -H "X-API-Key: k" -H "X-Tenant: t"\n```\n' }],
  invalid: [
    {
      name: 'Swagger 2.0: an undeclared header',
      code: '```bash\ncurl https://api.pets.test/v2/admin -H "X-API-Key: k"\n```\n',
      errors: [{ line: 2, column: 41, message: `X-API-Key is not a header of GET /admin: the spec declares Authorization (openapi.yaml:${lineOf(swagger, '    get:', lineOf(swagger, '/admin:'))})` }],
    },
  ],
});

// A scheme whose derived phrase ("api key") is also a common resource name (`api-keys`).
runRuleTests(authScheme, {
  spec: `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /api-keys/{id}:
    delete:
      security: [{ orgKey: [] }]
      responses: { '204': { description: gone } }
components:
  securitySchemes:
    orgKey: { type: http, scheme: bearer }
    apiKey: { type: apiKey, in: header, name: X-API-Key }
`,
  valid: [{ name: 'a hyphenated resource name is not the credential\'s phrase', code: 'Delete an api-key with:\n\n```bash\ncurl -X DELETE https://api.acme.test/api-keys/k1 -H "Authorization: Bearer $T"\n```\n' }],
  invalid: [
    {
      name: 'the phrase in words names the credential',
      code: 'Delete it with your API key:\n\n```bash\ncurl -X DELETE https://api.acme.test/api-keys/k1\n```\n',
      errors: [{ line: 4, column: 16, message: 'DELETE /api-keys/{id} does not accept the api key ("API key" in the text); it accepts org key as Authorization: Bearer (openapi.yaml:6)' }],
    },
  ],
});
