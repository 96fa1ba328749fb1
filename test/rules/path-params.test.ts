import { pathParams } from '../../rules/path-params.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';

// OpenAPI 3.1: whole-segment parameters, a mixed segment, a literal-vs-parameter sibling, a server base path.
const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test/v1' }]
paths:
  /tokens/{tokenId}:
    get: { responses: { '200': { description: ok } } }
  /tokens/me:
    get: { responses: { '200': { description: ok } } }
  /orgs/{orgId}/members/{memberId}:
    delete: { responses: { '204': { description: gone } } }
  /files/{fileId}.json:
    get: { responses: { '200': { description: ok } } }
  /reports/{year}-{month}:
    get: { responses: { '200': { description: ok } } }
`;
const TOKEN = `GET /tokens/{tokenId}, openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/tokens/{tokenId}:'))}`;
const MEMBER = `DELETE /orgs/{orgId}/members/{memberId}, openapi.yaml:${lineOf(spec31, '    delete:')}`;
const FILE = `GET /files/{fileId}.json, openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/files/'))}`;
const REPORT = `GET /reports/{year}-{month}, openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/reports/'))}`;

runRuleTests(pathParams, {
  spec: spec31,
  valid: [
    { name: 'the spec\'s own names in every notation that compares exactly', code: 'Call `GET /tokens/{tokenId}`, `GET /tokens/:tokenId` or `GET /tokens/[tokenId]`.\n' },
    { name: 'a generic id for a one-parameter segment, in any notation', code: 'Call `GET /tokens/:id`, `GET /tokens/{id}`, `GET /tokens/<id>`, `GET /tokens/$ID` or `GET /files/{id}.json`.\n' },
    { name: 'concrete values are no names', code: '```bash\ncurl https://api.acme.test/v1/tokens/tok_123\ncurl https://api.acme.test/v1/files/f_1.json\ncurl https://api.acme.test/v1/reports/2024-05\n```\n' },
    { name: 'a literal segment is not a parameter', code: '```bash\ncurl https://api.acme.test/v1/tokens/me\n```\n' },
    {
      name: 'placeholders and variables follow their own conventions',
      code: '```bash\ncurl "https://api.acme.test/v1/tokens/$TOKEN_ID"\ncurl "https://api.acme.test/v1/tokens/${TOKEN_ID}"\ncurl "https://api.acme.test/v1/tokens/<your-token-id>"\ncurl "https://api.acme.test/v1/tokens/{{token_id}}"\n```\n',
    },
    { name: 'a prefix claim names no one template', code: '```bash\ncurl -X DELETE "https://api.acme.test/v1/orgs/{org}/*"\n```\n' },
    { name: 'a path no template matches is endpoint-exists\' finding', code: 'Call `GET /tokenz/{token}`.\n' },
    { name: 'option generic: true accepts any name', code: 'Call `DELETE /orgs/{org}/members/{user}`.\n', config: { rules: { 'path-params': ['warn', { generic: true }] } } },
    { name: 'option generic: a list of accepted names', code: 'Call `GET /tokens/:key` or `GET /tokens/<KEY>`.\n', config: { rules: { 'path-params': ['warn', { generic: ['id', 'key'] }] } } },
  ],
  invalid: [
    {
      name: 'snake_case for camelCase in a curl URL, at the parameter',
      code: '```bash\ncurl https://api.acme.test/v1/tokens/:token_id\n```\n',
      errors: [{ line: 2, column: 38, endLine: 2, endColumn: 47, message: `Path parameter \`:token_id\` is \`{tokenId}\` in the spec, the same name in snake_case instead of camelCase (${TOKEN})` }],
    },
    {
      name: 'another name, and a case-only difference',
      code: 'Call `GET /tokens/{token}` or `GET /tokens/{TokenId}`.\n',
      errors: [
        { line: 1, column: 19, message: `Path parameter \`{token}\` is \`{tokenId}\` in the spec (${TOKEN})` },
        { line: 1, column: 44, message: `Path parameter \`{TokenId}\` is \`{tokenId}\` in the spec, the same name in PascalCase instead of camelCase (${TOKEN})` },
      ],
    },
    {
      name: 'each parameter of a path, once per mention',
      code: 'Call `DELETE /orgs/{org}/members/{userId}`; then `DELETE /orgs/{org}/members/{memberId}` again.\n',
      errors: [
        { line: 1, column: 20, message: `Path parameter \`{org}\` is \`{orgId}\` in the spec (${MEMBER})` },
        { line: 1, column: 34, message: `Path parameter \`{userId}\` is \`{memberId}\` in the spec (${MEMBER})` },
        { line: 1, column: 64, message: `Path parameter \`{org}\` is \`{orgId}\` in the spec (${MEMBER})` },
      ],
    },
    {
      name: 'a generic id is accepted only alone: an exact notation compares exactly',
      code: 'Call `GET /tokens/:ID`.\n',
      errors: [{ line: 1, column: 19, message: `Path parameter \`:ID\` is \`{tokenId}\` in the spec (${TOKEN})` }],
    },
    {
      name: 'a placeholder with other words',
      code: '```bash\ncurl "https://api.acme.test/v1/tokens/<your-api-key>"\n```\n',
      errors: [{ line: 2, column: 39, message: `Path parameter \`<your-api-key>\` is \`{tokenId}\` in the spec (${TOKEN})` }],
    },
    {
      name: 'names embedded in mixed segments',
      code: 'Fetch `GET /files/{file_id}.json` and `GET /reports/{yyyy}-{month}`; `GET /reports/{id}-{month}` too.\n',
      errors: [
        { line: 1, column: 19, message: `Path parameter \`{file_id}\` is \`{fileId}\` in the spec, the same name in snake_case instead of camelCase (${FILE})` },
        { line: 1, column: 53, message: `Path parameter \`{yyyy}\` is \`{year}\` in the spec (${REPORT})` },
        { line: 1, column: 84, message: `Path parameter \`{id}\` is \`{year}\` in the spec (${REPORT})` },
      ],
    },
    {
      name: 'generic names from the option replace the default',
      code: 'Call `GET /tokens/:id`.\n',
      config: { rules: { 'path-params': ['warn', { generic: ['key'] }] } },
      errors: [{ line: 1, column: 19, message: `Path parameter \`:id\` is \`{tokenId}\` in the spec (${TOKEN})` }],
    },
  ],
});

// OpenAPI 3.0: path-item parameters; table rows, http requests and fetch calls; two specs with one path.
const spec30 = `openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /workspaces/{workspace_id}/secrets/{key}:
    parameters:
      - { name: workspace_id, in: path, required: true, schema: { type: string } }
      - { name: key, in: path, required: true, schema: { type: string } }
    put: { responses: { '200': { description: ok } } }
`;
const other30 = `openapi: 3.0.3
info: { title: Legacy, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /workspaces/{workspaceId}/secrets/{name}:
    put: { responses: { '200': { description: ok } } }
`;
const SECRET = `PUT /workspaces/{workspace_id}/secrets/{key}, openapi.yaml:${lineOf(spec30, '    put:')}`;

runRuleTests(pathParams, {
  spec: spec30,
  valid: [
    { name: 'a table row with the spec\'s names', code: '| Method | Path |\n| --- | --- |\n| PUT | `/workspaces/{workspace_id}/secrets/{key}` |\n' },
    { name: 'an http request with concrete values', code: '```http\nPUT /workspaces/ws_1/secrets/OPENAI_KEY HTTP/1.1\nHost: api.acme.test\n```\n' },
  ],
  invalid: [
    {
      name: 'camelCase for snake_case in a table row',
      code: '| Method | Path |\n| --- | --- |\n| PUT | `/workspaces/{workspaceId}/secrets/{key}` |\n',
      errors: [{ line: 3, column: 22, message: `Path parameter \`{workspaceId}\` is \`{workspace_id}\` in the spec, the same name in camelCase instead of snake_case (${SECRET})` }],
    },
    {
      name: 'an http request line',
      code: '```http\nPUT /workspaces/:ws/secrets/:key HTTP/1.1\nHost: api.acme.test\n```\n',
      errors: [{ line: 2, column: 17, message: `Path parameter \`:ws\` is \`{workspace_id}\` in the spec (${SECRET})` }],
    },
    {
      name: 'a fetch call',
      code: "```js\nawait fetch(`https://api.acme.test/workspaces/ws_1/secrets/{secret}`, { method: 'PUT' });\n```\n",
      errors: [{ line: 2, column: 60, message: `Path parameter \`{secret}\` is \`{key}\` in the spec (${SECRET})` }],
    },
  ],
});

// Two specs with the same path and other names: a name either of them uses is right.
runRuleTests(pathParams, {
  spec: spec30,
  files: { 'legacy.yaml': other30 },
  config: { specs: [{ path: 'openapi.yaml' }, { path: 'legacy.yaml' }] },
  valid: [
    { name: 'the names of either spec', code: 'Call `PUT /workspaces/{workspaceId}/secrets/{key}` or `PUT /workspaces/{workspace_id}/secrets/{name}`.\n' },
  ],
  invalid: [
    {
      name: 'a name neither spec uses is reported with the first spec\'s',
      code: 'Call `PUT /workspaces/{ws}/secrets/{key}`.\n',
      errors: [{ line: 1, column: 23, message: `Path parameter \`{ws}\` is \`{workspace_id}\` in the spec (${SECRET})` }],
    },
  ],
});

// Swagger 2.0: host + basePath; a URL with the base path and a path written without it.
const spec20 = `swagger: '2.0'
info: { title: Acme, version: '1' }
host: api.acme.test
basePath: /v2
paths:
  /surveys/{surveyId}/responses/{responseId}:
    get:
      parameters:
        - { name: surveyId, in: path, required: true, type: string }
        - { name: responseId, in: path, required: true, type: string }
      responses: { '200': { description: ok } }
`;
const RESPONSE = `GET /surveys/{surveyId}/responses/{responseId}, openapi.yaml:${lineOf(spec20, '    get:')}`;

runRuleTests(pathParams, {
  spec: spec20,
  valid: [
    { name: 'a URL with the base path and the spec\'s names', code: '```bash\ncurl https://api.acme.test/v2/surveys/{surveyId}/responses/{responseId}\n```\n' },
    { name: 'generic ids without the base path', code: 'Call `GET /surveys/:id/responses/:id`.\n' },
  ],
  invalid: [
    {
      name: 'a URL with the base path',
      code: '```bash\ncurl https://api.acme.test/v2/surveys/{survey_id}/responses/{responseId}\n```\n',
      errors: [{ line: 2, column: 39, message: `Path parameter \`{survey_id}\` is \`{surveyId}\` in the spec, the same name in snake_case instead of camelCase (${RESPONSE})` }],
    },
    {
      name: 'a path without the base path',
      code: 'Call `GET /surveys/{surveyId}/responses/{response}`.\n',
      errors: [{ line: 1, column: 41, message: `Path parameter \`{response}\` is \`{responseId}\` in the spec (${RESPONSE})` }],
    },
  ],
});
