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
