import { endpointExists } from '../../rules/endpoint-exists.js';
import { enumValues } from '../../rules/enum-values.js';
import { statusCode } from '../../rules/status-code.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';

// Page bindings: Mintlify `openapi:`/`api:` frontmatter, docspec's `operationId:`, Fumadocs `<APIPage>`.
const spec = `openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /tasks:
    get:
      operationId: listTasks
      parameters:
        - { name: state, in: query, schema: { type: string, enum: [open, done] } }
      responses: { '200': { description: ok } }
    post:
      operationId: createTask
      responses: { '201': { description: created } }
  /tasks/{id}:
    patch:
      operationId: updateTask
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                state: { type: string, enum: [open, done, archived] }
      responses: { '200': { description: ok }, '404': { description: missing } }
  /shared:
    get:
      operationId: getShared
      responses: { '200': { description: ok } }
`;
const other = `openapi: 3.0.3
info: { title: Reports, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /shared:
    get:
      operationId: getSharedReport
      responses: { '200': { description: ok } }
  /reports:
    get:
      operationId: listReports
      responses: { '200': { description: ok } }
`;
const TASKS = lineOf(spec, '  /tasks:');
const TASKS_GET = lineOf(spec, '    get:');
const TASKS_POST = lineOf(spec, '    post:');
const TASK = lineOf(spec, '  /tasks/{id}:');
const TASK_PATCH = lineOf(spec, '    patch:');
const SHARED_GET = lineOf(spec, '    get:', lineOf(spec, '  /shared:'));
const OTHER_SHARED_GET = lineOf(other, '    get:');
const suite = { spec, files: { 'other.yaml': other }, config: { specs: [{ path: 'openapi.yaml' }, { path: 'other.yaml' }] } };

runRuleTests(endpointExists, {
  ...suite,
  valid: [
    { name: 'Mintlify openapi: without a spec file', code: '---\nopenapi: get /tasks\n---\n\n# Tasks\n' },
    { name: 'Mintlify openapi: with a spec file, by file name', code: '---\nopenapi: "/api-reference/other.yaml GET /shared"\n---\n' },
    { name: 'a spec file the config does not name falls back to every spec', code: '---\nopenapi: "published.json PATCH /tasks/{id}"\n---\n' },
    { name: 'Mintlify api: on an API host', code: '---\napi: "POST https://api.acme.test/tasks"\n---\n' },
    { name: 'api: on another company\'s host is not a claim', code: '---\napi: "GET https://api.github.com/tasks/x"\n---\n' },
    { name: 'operationId: names one operation', code: '---\noperationId: createTask\n---\n' },
    { name: 'operationId: with a spec file', code: '---\noperationId: "other.yaml listReports"\n---\n' },
    { name: 'Fumadocs APIPage with literal operations', code: '<APIPage document={"./openapi.yaml"} operations={[{ path: \'/tasks\', method: \'get\' }, { path: "/tasks/{id}", method: "patch" }]} />\n' },
    { name: 'APIPage props computed at runtime are skipped', code: 'export const ops = [];\n\n<APIPage operations={ops} webhooks={ops} />\n' },
    { name: 'other JSX components are not bindings', code: '<ApiCard operations={[{ path: \'/nope\', method: \'get\' }]} />\n' },
  ],
  invalid: [
    {
      name: 'openapi: with a path the spec lacks',
      code: '---\nopenapi: get /taskz\n---\n',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 20, message: `The page's binding openapi: get /taskz matches no path in openapi.yaml, other.yaml; did you mean GET /tasks (openapi.yaml:${TASKS_GET})?` }],
    },
    {
      name: 'openapi: with a method the path does not allow',
      code: '---\ntitle: Delete\nopenapi: delete /tasks\n---\n',
      errors: [{ line: 3, column: 10, message: `The page's binding openapi: delete /tasks names no operation: /tasks allows GET, POST (openapi.yaml:${TASKS})` }],
    },
    {
      name: 'openapi: naming a path two specs have, without a spec file',
      code: '---\nopenapi: GET /shared\n---\n',
      errors: [{ line: 2, column: 10, message: `The page's binding openapi: GET /shared matches 2 operations (openapi.yaml:${SHARED_GET}, other.yaml:${OTHER_SHARED_GET}); name the spec file in the binding` }],
    },
    {
      name: 'openapi: naming a spec that lacks the path',
      code: '---\nopenapi: "other.yaml GET /tasks"\n---\n',
      errors: [{ line: 2, column: 10, message: "The page's binding openapi: other.yaml GET /tasks matches no path in other.yaml" }],
    },
    {
      name: 'api: with a method the path does not allow',
      code: '---\napi: DELETE https://api.acme.test/tasks/t_1\n---\n',
      errors: [{ line: 2, column: 6, message: `The page's binding api: DELETE https://api.acme.test/tasks/t_1 names no operation: /tasks/{id} allows PATCH (openapi.yaml:${TASK})` }],
    },
    {
      name: 'operationId: naming no operation, with the closest ids',
      code: '---\noperationId: createTsk\n---\n',
      errors: [{ line: 2, column: 14, message: `The page's binding operationId: createTsk names no operation in openapi.yaml, other.yaml; did you mean createTask (openapi.yaml:${TASKS_POST})?` }],
    },
    {
      name: 'operationId: in a spec that does not have it',
      code: '---\noperationId: "other.yaml createTask"\n---\n',
      errors: [{ line: 2, column: 14, message: "The page's binding operationId: other.yaml createTask names no operation in other.yaml" }],
    },
    {
      name: 'APIPage operation with a path the spec lacks, at the operation object',
      code: '# Tasks\n\n<APIPage document={"./openapi.yaml"} operations={[{ path: \'/tasks\', method: \'get\' }, { path: \'/task/{id}\', method: \'patch\' }]} />\n',
      errors: [{ line: 3, column: 86, message: `The page's binding <APIPage> operation PATCH /task/{id} matches no path in openapi.yaml; did you mean PATCH /tasks/{id} (openapi.yaml:${TASK_PATCH})?` }],
    },
  ],
});

const bound = '---\nopenapi: patch /tasks/{id}\n---\n\n';
const where = `PATCH /tasks/{id}, openapi.yaml:${TASK_PATCH}`;
runRuleTests(enumValues, {
  ...suite,
  valid: [
    { name: 'a complete list on a bound page', code: `${bound}Set \`state: open|done|archived\`.\n` },
    { name: 'a section that names another endpoint is not the bound one', code: `${bound}## Listing\n\nCall \`GET /tasks\` first.\n\nSet \`state: open|done\`.\n` },
    { name: 'a list complete for the operationId binding', code: '---\noperationId: listTasks\n---\n\nFilter with `state: open|done`.\n' },
    { name: 'a page bound to two operations binds nothing', code: '---\noperationId: listTasks\n---\n\n<APIPage operations={[{ path: \'/tasks/{id}\', method: \'patch\' }]} />\n\nSet `state: open|done`.\n' },
  ],
  invalid: [
    {
      name: 'an enum list on a bound page is checked against the bound operation',
      code: `${bound}## Request\n\nSet \`state: open|done\`.\n`,
      errors: [{ line: 7, column: 13, message: `\`state\` is listed as open|done; the spec also allows archived (${where})` }],
      output: `${bound}## Request\n\nSet \`state: open|done|archived\`.\n`,
    },
    {
      name: 'an operationId binding gives context too',
      code: '---\noperationId: updateTask\n---\n\nThe `state` is one of `open`, `closed`.\n',
      errors: [
        { line: 5, column: 24, message: `\`state\` is listed as open, closed; the spec also allows done, archived (${where})` },
        { line: 5, column: 32, message: `\`closed\` is not a value of \`state\` for PATCH /tasks/{id}; allowed: open, done, archived (openapi.yaml:${TASK_PATCH})` },
      ],
    },
  ],
});

runRuleTests(statusCode, {
  ...suite,
  valid: [{ name: 'a status the bound operation lists', code: `${bound}Returns \`404\` when the task is gone.\n` }],
  invalid: [
    {
      name: 'a status the bound operation does not list',
      code: `${bound}Returns \`409\` when the task is locked.\n`,
      errors: [{ line: 5, column: 10, message: `\`409\` is not a response of PATCH /tasks/{id}; the spec lists 200, 404 (openapi.yaml:${TASK_PATCH})` }],
    },
  ],
});

/** Webhooks of an OpenAPI 3.1 spec, bound by Mintlify `openapi: webhook <name>` and Fumadocs `<APIPage webhooks>`. */
const hooks = `openapi: 3.1.0
info: { title: Acme, version: '1' }
webhooks:
  taskCreated:
    post:
      responses: { '200': { description: ok } }
  taskDeleted:
    $ref: '#/components/pathItems/TaskDeleted'
components:
  pathItems:
    TaskDeleted:
      post:
        responses: { '200': { description: ok } }
`;

runRuleTests(endpointExists, {
  spec: hooks,
  valid: [
    { name: 'Mintlify openapi: webhook', code: '---\nopenapi: "webhook taskCreated"\n---\n' },
    { name: 'Mintlify openapi: webhook with a spec file', code: '---\nopenapi: "openapi.yaml webhook taskDeleted"\n---\n' },
    { name: 'Fumadocs APIPage webhooks, the path item behind a $ref', code: '<APIPage document="./openapi.yaml" webhooks={[{ name: "taskDeleted", method: "post" }]} />\n' },
  ],
  invalid: [
    {
      name: 'a webhook renamed in the spec',
      code: '---\nopenapi: "webhook taskCreate"\n---\n',
      errors: [
        {
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 30,
          message: `The page's binding openapi: webhook taskCreate names no webhook in openapi.yaml; did you mean taskCreated (openapi.yaml:${lineOf(hooks, '  taskCreated:')})?`,
        },
      ],
    },
    {
      name: 'a webhook method the path item lacks',
      code: '<APIPage webhooks={[{ name: "taskCreated", method: "get" }]} />\n',
      errors: [{ line: 1, column: 21, message: `The page's binding <APIPage> webhook GET taskCreated names no operation: webhook taskCreated has POST (openapi.yaml:${lineOf(hooks, '  taskCreated:')})` }],
    },
  ],
});

runRuleTests(endpointExists, {
  spec: `openapi: 3.0.3
info: { title: Acme, version: '1' }
paths: {}
`,
  valid: [{ name: 'a page with no webhook binding asks nothing of the webhooks', code: '# Hooks\n\nWe call you back.\n' }],
  invalid: [
    {
      name: 'a webhook binding on a spec that declares none',
      code: '---\nopenapi: "webhook taskCreated"\n---\n',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 31, message: "The page's binding openapi: webhook taskCreated names no webhook in openapi.yaml, which declares no webhooks" }],
    },
  ],
});

/** Two specs with one file name: a binding names its spec by its path on the site or in the repository. */
const health = (version: string) => `openapi: 3.1.0
info: { title: Health ${version}, version: '${version}' }
paths:
  /health:
    get: { responses: { '200': { description: ok } } }
`;

runRuleTests(endpointExists, {
  spec: health('0'),
  pages: { 'v1/openapi.yaml': health('1'), 'v2/openapi.yaml': health('2') },
  config: { specs: [{ path: 'docs/v1/openapi.yaml' }, { path: 'docs/v2/openapi.yaml' }] },
  valid: [
    { name: 'a site path below the content folder', code: '---\nopenapi: "/v2/openapi.yaml GET /health"\n---\n' },
    { name: 'the path as the config writes it', code: '---\nopenapi: "docs/v1/openapi.yaml GET /health"\n---\n' },
  ],
  invalid: [
    {
      name: 'the file name alone names both',
      code: '---\nopenapi: "openapi.yaml GET /health"\n---\n',
      errors: [
        {
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 36,
          message: "The page's binding openapi: openapi.yaml GET /health matches 2 operations (docs/v1/openapi.yaml:5, docs/v2/openapi.yaml:5); name the spec file in the binding",
        },
      ],
    },
  ],
});
