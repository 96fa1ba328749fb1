import { hostTier } from '../../rules/host-tier.js';
import type { RawConfig } from '../../src/config/types.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';


const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers:
  - url: https://api.acme.test
  - url: https://{org}.acme.test
    variables: { org: { default: demo } }
paths:
  /orgs:
    post: { x-host-tier: cp, responses: { '201': { description: created } } }
  /workspaces/{id}/billing-mode:
    x-host-tier: tenant
    get: { responses: { '200': { description: ok } } }
    put: { responses: { '200': { description: ok } } }
  /health:
    get: { x-host-tier: [cp, tenant], responses: { '200': { description: ok } } }
  /status:
    servers: [{ url: 'https://api.acme.test' }]
    get: { responses: { '200': { description: ok } } }
`;

const tiers: RawConfig['tiers'] = {
  cp: { servers: ['https://api.acme.test'], hosts: ['api.acme.test', '$CP_URL'], words: ['control plane', 'CP'], pages: ['docs/cp/**'] },
  tenant: { servers: ['https://{org}.acme.test'], hosts: ['*.acme.test', '$TENANT_URL'], words: ['tenant'] },
};

const PUT_LINE = lineOf(spec, '    put:');
const GET_LINE = lineOf(spec, '    get: { responses');
const STATUS_LINE = lineOf(spec, '    get:', lineOf(spec, '/status:'));
const tenantServed = (line: number) => `but the spec serves it on tenant (https://{org}.acme.test, openapi.yaml:${line})`;

runRuleTests(hostTier, {
  spec,
  config: { tiers },
  valid: [
    { name: 'tenant env var host', code: '```bash\ncurl -X PUT "$TENANT_URL/workspaces/ws_1/billing-mode"\n```\n' },
    { name: 'tenant host through a glob', code: '```bash\ncurl https://demo.acme.test/workspaces/ws_1/billing-mode\n```\n' },
    { name: 'an exact host beats a glob that also matches', code: '```bash\ncurl -X POST https://api.acme.test/orgs\n```\n' },
    { name: 'an operation on both tiers accepts either', code: '## Control plane\n\nPoll `GET /health`.\n' },
    { name: 'a tenant Host column', code: '| Method | Path | Host |\n| --- | --- | --- |\n| PUT | `/workspaces/{id}/billing-mode` | tenant |\n' },
    { name: 'no evidence, no tier claim', code: 'Set it with `PUT /workspaces/{id}/billing-mode`.\n' },
    { name: 'words of two tiers in one sentence say nothing', code: 'Unlike the control plane, the tenant host serves `PUT /workspaces/{id}/billing-mode`.\n' },
    { name: 'a lowercase cp is not the control plane', code: 'Run `cp a b`, then the cp step calls `PUT /workspaces/{id}/billing-mode`.\n' },
    { name: 'the host beats a heading that names another tier', code: '## Control plane\n\n```bash\ncurl -X PUT "$TENANT_URL/workspaces/ws_1/billing-mode"\n```\n' },
    {
      name: 'the host beats the page frontmatter',
      code: '---\ndocspec:\n  tier: cp\n---\n\n```bash\ncurl -X PUT https://demo.acme.test/workspaces/ws_1/billing-mode\n```\n',
    },
    {
      name: 'a Host column beats the page frontmatter',
      code: '---\ndocspec: { tier: cp }\n---\n\n| Method | Path | Host |\n| --- | --- | --- |\n| GET | `/workspaces/{id}/billing-mode` | `$TENANT_URL` |\n',
    },
    { name: 'the page beats words in a sentence', code: '---\ndocspec: { tier: tenant }\n---\n\n`GET /workspaces/{id}/billing-mode` is a CP route.\n' },
    {
      name: 'prose claims can be turned off',
      code: '`billing-mode` is a CP route, and so is `PUT /workspaces/{id}/billing-mode`.\n',
      config: { rules: { 'host-tier': ['error', { prose: false }] } },
    },
    { name: 'a route name in a sentence without tier words is no claim', code: 'The `billing-mode` route decides who pays.\n' },
  ],
  invalid: [
    {
      name: 'host of another tier in a curl example',
      code: '```bash\ncurl -X PUT https://api.acme.test/workspaces/ws_1/billing-mode\n```\n',
      errors: [
        {
          line: 2,
          column: 13,
          message: `PUT /workspaces/{id}/billing-mode is documented on cp (host api.acme.test in this curl example) ${tenantServed(PUT_LINE)}`,
        },
      ],
    },
    {
      name: 'env var of another tier',
      code: '```bash\ncurl "$CP_URL/workspaces/ws_1/billing-mode"\n```\n',
      errors: [{ line: 2, column: 7, message: `GET /workspaces/{id}/billing-mode is documented on cp ($CP_URL in this curl example) ${tenantServed(GET_LINE)}` }],
    },
    {
      name: 'Host column',
      code: '| Method | Path | Host |\n| --- | --- | --- |\n| PUT | `/workspaces/{id}/billing-mode` | CP |\n',
      errors: [
        { line: 3, column: 10, message: `PUT /workspaces/{id}/billing-mode is documented on cp (Host column "CP" in this table row) ${tenantServed(PUT_LINE)}` },
      ],
    },
    {
      name: 'page frontmatter',
      code: '---\ndocspec:\n  tier: cp\n---\n\nSet it with `PUT /workspaces/{id}/billing-mode`.\n',
      errors: [
        { line: 6, column: 18, message: `PUT /workspaces/{id}/billing-mode is documented on cp (docspec.tier "cp" in the page frontmatter) ${tenantServed(PUT_LINE)}` },
      ],
    },
    {
      name: 'tiers.<name>.pages glob',
      filename: 'cp/billing.mdx',
      code: 'Set it with `PUT /workspaces/{id}/billing-mode`.\n',
      errors: [
        { line: 1, column: 18, message: `PUT /workspaces/{id}/billing-mode is documented on cp (the page matching tiers.cp.pages "docs/cp/**") ${tenantServed(PUT_LINE)}` },
      ],
    },
    {
      name: 'tier words in the nearest heading',
      code: '## Control plane routes\n\nRead it with `GET /workspaces/{id}/billing-mode`.\n',
      errors: [
        {
          line: 3,
          column: 19,
          message: `GET /workspaces/{id}/billing-mode is documented on cp ("control plane" in the heading "Control plane routes") ${tenantServed(GET_LINE)}`,
        },
      ],
    },
    {
      name: 'a sentence beats the heading',
      code: '## Tenant routes\n\n`GET /workspaces/{id}/billing-mode` is a CP route.\n',
      errors: [{ line: 3, column: 6, message: `GET /workspaces/{id}/billing-mode is documented on cp ("CP" in the same sentence) ${tenantServed(GET_LINE)}` }],
    },
    {
      name: 'a route named in a sentence with a tier word',
      code: 'Note: `billing-mode` is a CP route.\n',
      errors: [
        {
          line: 1,
          column: 8,
          message: `\`billing-mode\` (/workspaces/{id}/billing-mode) is documented on cp ("CP" in the same sentence) ${tenantServed(GET_LINE)}`,
        },
      ],
    },
    {
      name: 'the sentence introducing a code block',
      code: 'Call the control plane:\n\n```http\nGET /workspaces/ws_1/billing-mode HTTP/1.1\n```\n',
      errors: [
        { line: 4, column: 5, message: `GET /workspaces/{id}/billing-mode is documented on cp ("control plane" in the same sentence) ${tenantServed(GET_LINE)}` },
      ],
    },
    {
      name: 'tier from the operation\'s servers',
      code: '```bash\ncurl "$TENANT_URL/status"\n```\n',
      errors: [
        {
          line: 2,
          column: 7,
          message: `GET /status is documented on tenant ($TENANT_URL in this curl example) but the spec serves it on cp (https://api.acme.test, openapi.yaml:${STATUS_LINE})`,
        },
      ],
    },
  ],
});

// One spec per service: Swagger 2.0 for the control plane (host + basePath), OpenAPI 3.0 with a
// `tier` from the config for the tenant service, which names no servers at all.
const cpSpec = `swagger: '2.0'
info: { title: CP, version: '1' }
host: api.acme.test
basePath: /v1
paths:
  /orgs:
    post: { responses: { '201': { description: created } } }
`;
const tenantSpec = `openapi: 3.0.3
info: { title: Tenant, version: '1' }
paths:
  /members:
    get: { responses: { '200': { description: ok } } }
`;

runRuleTests(hostTier, {
  spec: cpSpec,
  specFile: 'cp.yaml',
  files: { 'tenant.yaml': tenantSpec },
  config: {
    specs: [{ path: 'cp.yaml' }, { path: 'tenant.yaml', tier: 'tenant' }],
    tiers: {
      cp: { servers: ['https://api.acme.test/v1'], hosts: ['api.acme.test'] },
      tenant: { hosts: ['*.acme.test'] },
    },
  },
  valid: [
    { name: 'Swagger 2.0 host and basePath give the cp tier', code: '```bash\ncurl -X POST https://api.acme.test/v1/orgs\n```\n' },
    { name: 'the config gives the tenant spec its tier', code: '```bash\ncurl https://demo.acme.test/members\n```\n' },
  ],
  invalid: [
    {
      name: 'a tenant route on the cp host',
      code: '```bash\ncurl https://api.acme.test/members\n```\n',
      errors: [{ line: 2, column: 6, message: 'GET /members is documented on cp (host api.acme.test in this curl example) but the spec serves it on tenant (tenant.yaml:5)' }],
    },
    {
      name: 'a cp route on a tenant host',
      code: '```bash\ncurl -X POST https://demo.acme.test/v1/orgs\n```\n',
      errors: [
        {
          line: 2,
          column: 14,
          message: 'POST /orgs is documented on tenant (host demo.acme.test in this curl example) but the spec serves it on cp (https://api.acme.test/v1, cp.yaml:7)',
        },
      ],
    },
  ],
});
