import { responseBody } from '../../rules/response-body.js';
import { requestBody } from '../../rules/request-body.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /schedules:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [expression]
              additionalProperties: false
              properties:
                expression: { type: string }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Schedule' }
        '400':
          description: bad
          content:
            application/json:
              schema:
                type: object
                required: [error]
                additionalProperties: false
                properties: { error: { type: string } }
  /schedules/{id}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Schedule' }
components:
  schemas:
    Schedule:
      type: object
      required: [id, expression, enabled]
      properties:
        id: { type: string }
        expression: { type: string }
        enabled: { type: boolean }
        runs: { type: array, items: { type: object, properties: { at: { type: string } } } }
        secret: { type: string, writeOnly: true }
`;
const POST = 'POST /schedules';
const GET = 'GET /schedules/{id}';

// A page where request and response examples alternate: each binds to its own operation and direction.
const alternating = `## Create a schedule

\`\`\`bash
curl -X POST https://api.acme.test/schedules -d '{"expression": "0 * * * *"}'
\`\`\`

\`\`\`json
{"id": "sch_1", "expression": "0 * * * *", "enabled": true}
\`\`\`

## Read a schedule

\`\`\`bash
curl https://api.acme.test/schedules/sch_1
\`\`\`

Response:

\`\`\`json
{"id": "sch_1", "expression": "0 * * * *", "enabled": "yes"}
\`\`\`
`;

runRuleTests(responseBody, {
  spec,
  valid: [
    {
      name: 'an elided response with a truncated array',
      code: 'Read one with `GET /schedules/{id}`. Response:\n\n```json\n{\n  "id": "sch_1",\n  "runs": [{"at": "09:00"}, ...],\n  ...\n}\n```\n',
    },
    { name: 'a writeOnly property is not required in a response', code: '`GET /schedules/{id}` returns:\n\n```json\n{"id": "s", "expression": "x", "enabled": false}\n```\n' },
    { name: 'an open schema accepts an extra field with no near name', code: '`GET /schedules/{id}` returns:\n\n```json\n{"id": "s", "expression": "x", "enabled": false, "owner": "me"}\n```\n' },
    { name: 'a JSON block introduced as a request is not a response', code: '`POST /schedules` request body:\n\n```json\n{"expression": "x"}\n```\n' },
    {
      name: 'an http response answers the request right before it, not another API\'s that a count would skip',
      code: [
        '```http',
        'GET https://api.acme.test/schedules/sch_1 HTTP/1.1',
        '',
        'HTTP/1.1 200 OK',
        '',
        '{"id": "sch_1", "expression": "x", "enabled": true}',
        '',
        '###',
        '',
        'GET https://api.github.com/repos/acme/x HTTP/1.1',
        '',
        'HTTP/1.1 200 OK',
        '',
        '{"full_name": "acme/x"}',
        '',
        '###',
        '',
        'GET https://api.acme.test/schedules/sch_2 HTTP/1.1',
        '```',
        '',
      ].join('\n'),
    },
    {
      name: 'an http response after its request',
      code: '```http\nGET /schedules/sch_1 HTTP/1.1\nHost: api.acme.test\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"id": "sch_1", "expression": "x", "enabled": true}\n```\n',
    },
  ],
  invalid: [
    {
      name: 'alternating examples: the response of the second request is checked against its own schema',
      code: alternating,
      errors: [{ line: 20, column: 44, message: `\`enabled\` is a string in the example but the spec says boolean (${GET} 200, openapi.yaml:32)` }],
    },
    {
      name: 'a stated status code picks its schema',
      code: '`POST /schedules` answers a bad expression with `400`. Response (400):\n\n```json\n{"error": "bad", "detail": "x"}\n```\n',
      errors: [{ line: 4, column: 18, message: `\`detail\` is not a property of the ${POST} 400 response; the spec has \`error\` (openapi.yaml:6)` }],
    },
    {
      name: 'a missing required property',
      code: '`GET /schedules/{id}` returns:\n\n```json\n{"id": "sch_1", "expression": "x"}\n```\n',
      errors: [{ line: 4, column: 1, message: `The ${GET} 200 response example leaves out the required property \`enabled\` (openapi.yaml:32)` }],
    },
    {
      name: 'a name that appears nowhere in the schema, near a real one, is a warning',
      code: '`GET /schedules/{id}` returns:\n\n```json\n{"id": "s", "cron_expr": "x", "expression": "x", "enabled": true}\n```\n',
      errors: [{ line: 4, column: 13, message: `\`cron_expr\` appears nowhere in the ${GET} 200 response schema; did you mean \`expression\`? (openapi.yaml:32)` }],
    },
    {
      name: 'a field table for an operation without a request body describes its response',
      code: '## Read a schedule\n\n`GET /schedules/{id}` returns a schedule:\n\n| Property | Type |\n| --- | --- |\n| `id` | string |\n| `enabled` | string |\n',
      errors: [{ line: 8, column: 15, message: `\`enabled\` is documented as string, but the spec says boolean (${GET} 200 response, openapi.yaml:32)` }],
    },
    {
      name: 'an http response body with a wrong type',
      code: '```http\nGET /schedules/sch_1 HTTP/1.1\nHost: api.acme.test\n\nHTTP/1.1 200 OK\n\n{"id": 7, "expression": "x", "enabled": true}\n```\n',
      errors: [{ line: 7, column: 2, message: `\`id\` is an integer in the example but the spec says string (${GET} 200, openapi.yaml:32)` }],
    },
  ],
});

// The same alternating page seen by request-body: only the request is checked, and it is valid.
runRuleTests(requestBody, {
  spec,
  valid: [{ name: 'request-body reads only the requests of an alternating page', code: alternating }],
  invalid: [
    {
      name: 'on an alternating page, a wrong request is the request\'s finding, not the response\'s',
      code: alternating.replace('{"expression": "0 * * * *"}', '{"expr": "0 * * * *"}'),
      errors: [
        { line: 4, column: 50, message: 'The POST /schedules request body leaves out the required property `expression` (openapi.yaml:6)' },
        { line: 4, column: 51, message: '`expr` is not a property of the POST /schedules request body; the spec has `expression` (openapi.yaml:6)' },
      ],
    },
  ],
});

runRuleTests(responseBody, {
  spec: `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths:
  /things/{id}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [name], properties: { name: { type: string, nullable: true } } }
`,
  valid: [{ name: 'OAS 3.0: nullable allows null', code: '`GET /things/{id}` returns:\n\n```json\n{"name": null}\n```\n' }],
  invalid: [
    {
      name: 'OAS 3.0: a wrong type',
      code: '`GET /things/{id}` returns:\n\n```json\n{"name": 5}\n```\n',
      errors: [{ line: 4, column: 2, message: '`name` is an integer in the example but the spec says string (GET /things/{id} 200, openapi.yaml:5)' }],
    },
  ],
});

runRuleTests(responseBody, {
  spec: `swagger: '2.0'
info: { title: Pets, version: '1' }
host: api.pets.test
paths:
  /pets/{id}:
    get:
      responses:
        '200':
          description: ok
          schema: { type: object, required: [name], properties: { name: { type: string } } }
`,
  valid: [{ name: 'Swagger 2.0: a response schema', code: '`GET /pets/{id}` returns:\n\n```json\n{"name": "Rex"}\n```\n' }],
  invalid: [
    {
      name: 'Swagger 2.0: a missing required property',
      code: '`GET /pets/{id}` returns:\n\n```json\n{}\n```\n',
      errors: [{ line: 4, column: 1, message: 'The GET /pets/{id} 200 response example leaves out the required property `name` (openapi.yaml:6)' }],
    },
  ],
});
