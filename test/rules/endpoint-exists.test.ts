import { endpointExists } from '../../rules/endpoint-exists.js';
import { runRuleTests } from '../helpers/rule-tester.js';

// Line numbers of the path keys below are part of the expected messages.
const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers:
  - url: https://api.acme.test/v1
paths:
  /users:
    get: { responses: { '200': { description: ok } } }
    post: { responses: { '201': { description: created } } }
  /users/me:
    get: { responses: { '200': { description: ok } } }
  /users/{userId}:
    get: { responses: { '200': { description: ok } } }
    patch: { responses: { '200': { description: ok } } }
    delete: { responses: { '204': { description: gone } } }
  /users/{userId}/keys/{keyId}:
    delete: { responses: { '204': { description: gone } } }
  /orders/{orderId}.json:
    get: { responses: { '200': { description: ok } } }
  /admin/reports:
    get: { responses: { '200': { description: ok } } }
`;

runRuleTests(endpointExists, {
  spec,
  valid: [
    { name: 'inline method and literal path', code: 'Call `GET /users/me` to read yourself.\n' },
    { name: 'server base path and another parameter name', code: 'Use `GET /v1/users/{id}`.\n' },
    { name: 'curl on the API host with a concrete id', code: '```bash\ncurl https://api.acme.test/v1/users/usr_123\n```\n' },
    { name: 'table row with :param notation', code: '| Method | Path |\n| --- | --- |\n| PATCH | `/users/:userId` |\n' },
    { name: '<param> and $VAR notations', code: '`DELETE /users/<user-id>/keys/$KEY_ID`\n' },
    { name: 'concrete value in a mixed segment', code: '`GET /orders/ord_1.json`\n' },
    { name: 'prefix claim with a matching prefix', code: '| Method | Path |\n| --- | --- |\n| GET | `/admin/*` |\n' },
    { name: 'another company\'s API is not a claim', code: '```bash\ncurl -X DELETE https://api.github.com/user/repos\n```\n' },
    { name: 'a file path is not a claim', code: 'Edit `/etc/hosts` first.\n' },
    { name: 'a route of another service with no resemblance is not a claim', code: 'The hub serves `GET /hub/feedback-records`.\n' },
    {
      name: 'http block with a Host header, in a .md page',
      filename: 'guide.md',
      code: '```http\nGET /v1/users HTTP/1.1\nHost: api.acme.test\n```\n',
    },
    { name: 'fetch with a template-literal URL', code: "```js\nawait fetch(`${API}/v1/users/${id}`, { method: 'PATCH' });\n```\n" },
  ],
  invalid: [
    {
      name: 'method the path does not allow',
      code: 'Then `PUT /users/me` with the new name.\n',
      // The literal template wins over `/users/{userId}`, as in the server's router.
      errors: [{ line: 1, column: 11, message: 'PUT /users/me is not in the spec: the path allows GET (openapi.yaml:9)' }],
    },
    {
      name: 'unknown path on the API host: a one-segment typo names the one path it misspells',
      code: '```bash\ncurl https://api.acme.test/v1/userz/usr_123\n```\n',
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 44,
          message:
            'GET /v1/userz/usr_123 matches no path in the spec; did you mean GET /v1/users/{userId} (openapi.yaml:12)?',
        },
      ],
    },
    {
      name: 'unknown path with nothing alike',
      code: '| Method | Path |\n| --- | --- |\n| DELETE | `/users/{userId}/tokens/{tokenId}` |\n',
      errors: [{ line: 3, column: 13, message: 'DELETE /users/{userId}/tokens/{tokenId} matches no path in openapi.yaml' }],
    },
    {
      name: 'prefix claim with nothing under it',
      code: '| Method | Path |\n| --- | --- |\n| GET | `/admin/audit/*` |\n',
      errors: [{ line: 3, column: 10, message: 'No operation in the spec lives under /admin/audit/*' }],
    },
    {
      name: 'http request line with a wrong method',
      code: '```http\nPOST /v1/users/me HTTP/1.1\nHost: api.acme.test\n```\n',
      errors: [{ line: 2, column: 6, message: 'POST /users/me is not in the spec: the path allows GET (openapi.yaml:9)' }],
    },
    {
      name: 'the path holding the documented resource is suggested, without a verb when it lacks the method',
      code: '```bash\ncurl https://api.acme.test/v1/people/usr_123/keys\n```\n',
      errors: [
        {
          line: 2,
          column: 6,
          message:
            'GET /v1/people/usr_123/keys matches no path in the spec; did you mean /v1/users/{userId}/keys/{keyId} (openapi.yaml:15)?',
        },
      ],
    },
    {
      name: 'a URL that leaves out the server\'s base path',
      code: '```bash\ncurl https://api.acme.test/users/me\n```\n',
      errors: [{ line: 2, column: 6, message: 'GET /users/me matches no path in the spec; did you mean GET /v1/users/me (openapi.yaml:10)?' }],
    },
    {
      name: 'a drifted prefix is caught by resemblance',
      code: 'Create one with `POST /v2/users`.\n',
      errors: [{ line: 1, column: 23, message: 'POST /v2/users matches no path in the spec; did you mean POST /v1/users (openapi.yaml:8)?' }],
    },
  ],
});
