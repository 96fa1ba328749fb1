import { statusCode } from '../../rules/status-code.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /workspaces/{id}/billing-mode:
    put:
      responses:
        '200': { description: ok }
        '400': { description: bad }
  /workspaces/{id}:
    delete:
      responses:
        '204': { description: gone }
        4XX: { description: client error }
  /orgs:
    post:
      responses:
        '201': { description: created }
        default: { description: error }
`;

runRuleTests(statusCode, {
  spec,
  valid: [
    { name: 'a listed code in the endpoint\'s sentence', code: '`PUT /workspaces/{id}/billing-mode` returns `200`, and `{}` is rejected with `400`.\n' },
    { name: 'a 4XX range answers any client error', code: 'Calling `DELETE /workspaces/{id}` twice returns `404`.\n' },
    { name: '`default` answers every code', code: '`POST /orgs` fails with 409 when the name is taken.\n' },
    { name: 'numbers that are not statuses', code: '`PUT /workspaces/{id}/billing-mode` allows `500` requests a minute.\n' },
    { name: 'a code with no operation in context', code: 'Most calls return `418`.\n' },
  ],
  invalid: [
    {
      name: 'a code in a sub-section with no endpoint belongs to the section around it',
      code: '## Change the billing mode\n\n`PUT /workspaces/{id}/billing-mode` sets it.\n\n### Errors\n\nA pending change returns `409`.\n',
      errors: [{ line: 7, column: 27, message: '`409` is not a response of PUT /workspaces/{id}/billing-mode; the spec lists 200, 400 (openapi.yaml:6)' }],
    },
    {
      name: 'a code the operation does not list, in the same sentence',
      code: '`PUT /workspaces/{id}/billing-mode` returns `409` when a change is pending.\n',
      errors: [{ line: 1, column: 46, message: '`409` is not a response of PUT /workspaces/{id}/billing-mode; the spec lists 200, 400 (openapi.yaml:6)' }],
    },
    {
      name: 'a sentence right after a request example',
      code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing-mode\n```\n\nThe call returns `204` on success.\n',
      errors: [{ line: 5, column: 19, message: '`204` is not a response of PUT /workspaces/{id}/billing-mode; the spec lists 200, 400 (openapi.yaml:6)' }],
    },
    {
      name: 'plain text "returns 404"',
      code: 'An unknown id in `PUT /workspaces/{id}/billing-mode` returns 404.\n',
      errors: [{ line: 1, column: 62, message: '`404` is not a response of PUT /workspaces/{id}/billing-mode; the spec lists 200, 400 (openapi.yaml:6)' }],
    },
    {
      name: 'a Status column in the endpoint\'s row',
      code: '| Method | Path | Status |\n| --- | --- | --- |\n| DELETE | `/workspaces/{id}` | 204, 500 |\n',
      errors: [{ line: 3, column: 38, message: '`500` is not a response of DELETE /workspaces/{id}; the spec lists 204, 4XX (openapi.yaml:11)' }],
    },
  ],
});

runRuleTests(statusCode, {
  spec: `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things/{id}:
    get:
      responses:
        '200': { description: ok }
        '404': { description: missing }
`,
  valid: [{ name: 'OAS 3.0: a listed code', code: 'An unknown id in `GET /things/{id}` returns `404`.\n' }],
  invalid: [
    {
      name: 'OAS 3.0: a code the operation does not list',
      code: '`GET /things/{id}` returns `410` once a thing is deleted.\n',
      errors: [{ line: 1, column: 29, message: '`410` is not a response of GET /things/{id}; the spec lists 200, 404 (openapi.yaml:5)' }],
    },
  ],
});

runRuleTests(statusCode, {
  spec: `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.pets.test
paths:
  /pets:
    post:
      responses:
        '201': { description: created }
`,
  valid: [{ name: 'Swagger 2.0: a listed code', code: '`POST /pets` returns `201`.\n' }],
  invalid: [
    {
      name: 'Swagger 2.0: a code the operation does not list',
      code: '`POST /pets` returns `200`.\n',
      errors: [{ line: 1, column: 23, message: '`200` is not a response of POST /pets; the spec lists 201 (openapi.yaml:6)' }],
    },
  ],
});
