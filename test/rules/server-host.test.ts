import { serverHost } from '../../rules/server-host.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';

// OpenAPI 3.1: a root server, a server with an enum variable, a path item with its own server.
const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers:
  - url: https://api.console.acme.sh/v1
  - url: https://{region}.acme.sh/v1
    variables: { region: { default: eu, enum: [eu, us] } }
paths:
  /orders:
    get: { responses: { '200': { description: ok } } }
  /reports:
    servers: [{ url: 'https://reports.acme.sh' }]
    get: { responses: { '200': { description: ok } } }
`;
const ORDERS = `openapi.yaml:${lineOf(spec31, '    get:')}`;
const REPORTS = `openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/reports:'))}`;
const ORDER_SERVERS = 'https://api.console.acme.sh/v1, https://{region}.acme.sh/v1';

runRuleTests(serverHost, {
  spec: spec31,
  config: { hosts: ['*.acme.sh', '*.acme.com', 'sandbox.acme.com', 'http://staging.acme.com/'] },
  valid: [
    { name: 'a server host and a host the pattern takes', code: '```bash\ncurl https://api.console.acme.sh/v1/orders\ncurl https://us.acme.sh/v1/orders\ncurl https://ap.acme.sh/v1/orders\n```\n' },
    { name: 'a default port is no other host', code: '```bash\ncurl https://api.console.acme.sh:443/v1/orders\n```\n' },
    { name: 'a path item\'s own server', code: '```bash\ncurl https://reports.acme.sh/reports\n```\n' },
    { name: 'hosts the config lists one by one count as servers', code: '```bash\ncurl https://sandbox.acme.com/v1/orders\ncurl https://staging.acme.com/v1/orders\n```\n' },
    {
      name: 'variables, placeholders and localhost are not checked',
      code: '```bash\ncurl "$API_URL/v1/orders"\ncurl "https://<your-org>.acme.com/v1/orders"\ncurl "https://${ORG}.acme.com/v1/orders"\ncurl http://localhost:8080/v1/orders\n```\n',
      config: { hosts: ['*.acme.sh', '*.acme.com', '$API_URL', 'localhost:8080'] },
    },
    { name: 'a relative path with a Host header is not an example URL\'s host', code: '```http\nGET /v1/orders HTTP/1.1\nHost: api.acme.com\n```\n' },
    { name: 'a path no operation matches is endpoint-exists\' finding', code: '```bash\ncurl https://api.acme.com/v1/ordres\n```\n' },
    { name: 'someone else\'s host is no claim', code: '```bash\ncurl https://api.github.com/v1/orders\n```\n' },
  ],
  invalid: [
    {
      name: 'a host the config calls this API that no server of the operation has',
      code: 'List them:\n\n```bash\ncurl https://api.console.acme.com/v1/orders \\\n  -H "Accept: application/json"\n```\n',
      errors: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 34,
          message: `GET /orders is documented on host api.console.acme.com (this curl example) but the spec serves it from ${ORDER_SERVERS} (${ORDERS})`,
        },
      ],
    },
    {
      name: 'another operation\'s server',
      code: "```js\nawait fetch('https://api.console.acme.sh/reports');\n```\n",
      errors: [{ line: 2, column: 22, message: `GET /reports is documented on host api.console.acme.sh (this fetch call) but the spec serves it from https://reports.acme.sh (${REPORTS})` }],
    },
    {
      name: 'a URL in a table row and in inline code',
      code: '| Method | URL |\n| --- | --- |\n| GET | `https://eu.acme.com/v1/orders` |\n\nOr `GET https://reports.acme.com/reports`.\n',
      errors: [
        { line: 3, column: 18, message: `GET /orders is documented on host eu.acme.com (this table row) but the spec serves it from ${ORDER_SERVERS} (${ORDERS})` },
        { line: 5, column: 17, message: `GET /reports is documented on host reports.acme.com (this URL) but the spec serves it from https://reports.acme.sh (${REPORTS})` },
      ],
    },
  ],
});

// OpenAPI 3.0 with tiers: a host of the wrong tier is host-tier's finding; the right tier's glob is not a server.
const spec30 = `openapi: 3.0.3
info: { title: Acme, version: '1' }
servers:
  - url: https://api.acme.test
  - url: https://{org}.tenant.acme.test
    variables: { org: { default: demo } }
paths:
  /orgs:
    post: { x-host-tier: cp, responses: { '201': { description: created } } }
  /members:
    servers: [{ url: '/api' }]
    get: { x-host-tier: tenant, responses: { '200': { description: ok } } }
  /health:
    servers: [{ url: 'http://localhost:8080' }, { url: 'https://api.example.com' }]
    get: { responses: { '200': { description: ok } } }
  /jobs:
    servers: [{ url: 'https://jobs.acme.test' }, { url: 'http://localhost:3000' }]
    get: { responses: { '200': { description: ok } } }
`;
const tiers = {
  cp: { servers: ['https://api.acme.test'], hosts: ['api.acme.test', '*.cp.acme.test'] },
  tenant: { servers: ['https://{org}.tenant.acme.test'], hosts: ['*.tenant.acme.test'] },
};

runRuleTests(serverHost, {
  spec: spec30,
  config: { tiers },
  valid: [
    { name: 'a host of another tier is host-tier\'s finding', code: '```bash\ncurl -X POST https://demo.tenant.acme.test/orgs\n```\n' },
    { name: 'a relative server says nothing about the host', code: '```bash\ncurl https://demo.tenant.acme.test/api/members\n```\n' },
    { name: 'a tier\'s host written out counts as a server', code: '```bash\ncurl https://api.acme.test/jobs\n```\n' },
    { name: 'servers that are only stand-ins (localhost, example.com) say nothing either', code: '```bash\ncurl https://api.acme.test/health\n```\n' },
  ],
  invalid: [
    {
      name: 'a host of the right tier (through a glob) that is not a server',
      code: '```bash\ncurl -X POST https://eu.cp.acme.test/orgs\n```\n',
      errors: [
        {
          line: 2,
          column: 22,
          message: `POST /orgs is documented on host eu.cp.acme.test (this curl example) but the spec serves it from https://api.acme.test, https://{org}.tenant.acme.test (openapi.yaml:${lineOf(spec30, '    post:')})`,
        },
      ],
    },
    {
      name: 'a local development server next to a real one is left out',
      code: '```bash\ncurl https://eu.cp.acme.test/jobs\n```\n',
      errors: [
        {
          line: 2,
          column: 14,
          message: `GET /jobs is documented on host eu.cp.acme.test (this curl example) but the spec serves it from https://jobs.acme.test, http://localhost:3000 (openapi.yaml:${lineOf(spec30, '    get:', lineOf(spec30, '/jobs:'))})`,
        },
      ],
    },
  ],
});

// Swagger 2.0: host + basePath, and a spec without host, which says nothing about hosts.
const spec20 = `swagger: '2.0'
info: { title: Acme, version: '1' }
host: api.acme.test
basePath: /v2
paths:
  /surveys:
    get: { responses: { '200': { description: ok } } }
`;
const noHost20 = `swagger: '2.0'
info: { title: Legacy, version: '1' }
basePath: /legacy
paths:
  /exports:
    get: { responses: { '200': { description: ok } } }
`;

runRuleTests(serverHost, {
  spec: spec20,
  files: { 'legacy.yaml': noHost20 },
  config: { specs: [{ path: 'openapi.yaml' }, { path: 'legacy.yaml' }], hosts: ['*.acme.test'] },
  valid: [
    { name: 'the spec\'s host', code: '```bash\ncurl https://api.acme.test/v2/surveys\n```\n' },
    { name: 'a spec without host', code: '```bash\ncurl https://eu.acme.test/legacy/exports\n```\n' },
  ],
  invalid: [
    {
      name: 'another host',
      code: '```bash\ncurl https://eu.acme.test/v2/surveys\n```\n',
      errors: [{ line: 2, column: 14, message: `GET /surveys is documented on host eu.acme.test (this curl example) but the spec serves it from https://api.acme.test/v2 (openapi.yaml:${lineOf(spec20, '    get:')})` }],
    },
  ],
});
