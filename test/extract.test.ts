import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { HostClassifier, splitUrl } from '../src/extract/url.js';
import { apiHostClassifier } from '../src/lint/hosts.js';
import { apiEndpoints, ignoredEndpoints, isApiEndpoint } from '../src/lint/qualify.js';
import { loadSpec } from '../src/spec/load.js';
import { SpecIndex } from '../src/spec/spec-index.js';
import type { EndpointClaim } from '../src/types.js';
import { endpointsOf, extract, page, span, textAt } from './helpers/page.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const managementSpec = path.join(repoRoot, 'fixtures/molecule-platform/spec/management.yaml');

const lit = (value: string) => ({ kind: 'literal', value }) as const;
const param = (name: string, raw: string) => ({ kind: 'param', name, raw }) as const;

function only(claims: EndpointClaim[]): EndpointClaim {
  expect(claims).toHaveLength(1);
  return claims[0]!;
}

// ---------------------------------------------------------------------------
// curl

describe('curl in shell blocks', () => {
  it('reads a multi-line command with continuations: implied POST from -d, headers and body with positions', () => {
    const source = page(
      '# Create a workspace',
      '',
      '```bash',
      'curl https://api.moleculesai.app/api/v1/workspaces \\',
      '  -H "Authorization: Bearer $PROVISION_SECRET" \\',
      "  -H 'Content-Type: application/json' \\",
      `  -d '{"name": "demo"}'`,
      '```',
    );
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'curl',
      evidence: 'request',
      position: span(4, 6, 51),
      method: 'post',
      path: { raw: '/api/v1/workspaces', segments: [lit('api'), lit('v1'), lit('workspaces')], prefix: false, absolute: true },
      host: { raw: 'api.moleculesai.app', hostname: 'api.moleculesai.app', placeholder: false },
      hostKind: 'api',
      hostFrom: 'url',
      context: { heading: { text: 'Create a workspace', line: 1 }, sentence: undefined, block: 3 },
      bodyJson: { ok: true, value: { name: 'demo' }, elided: false },
      bodyPosition: span(7, 7, 23),
      text: 'POST https://api.moleculesai.app/api/v1/workspaces',
      headers: [
        { name: 'Authorization', value: 'Bearer $PROVISION_SECRET', position: span(5, 7, 46) },
        { name: 'Content-Type', value: 'application/json', position: span(6, 7, 37) },
      ],
      query: {},
      body: '{"name": "demo"}',
    });
    expect(textAt(source, claim.position)).toBe('https://api.moleculesai.app/api/v1/workspaces');
    expect(textAt(source, claim.headers[0]!.position)).toBe('Authorization: Bearer $PROVISION_SECRET');
    expect(textAt(source, claim.headers[1]!.position)).toBe('Content-Type: application/json');
  });

  it('takes -X as the method and a $TENANT_URL host as the API, with the query split off the path', () => {
    const source = page(
      '```sh',
      'curl -X DELETE "$TENANT_URL/workspaces/ws_123/secrets/OPENAI_KEY?force=true" -H "Authorization: Bearer $WORKSPACE_TOKEN"',
      '```',
    );
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'curl',
      evidence: 'request',
      position: span(2, 17, 76),
      method: 'delete',
      path: {
        raw: '/workspaces/ws_123/secrets/OPENAI_KEY',
        segments: [lit('workspaces'), lit('ws_123'), lit('secrets'), lit('OPENAI_KEY')],
        prefix: false,
        absolute: true,
      },
      host: { raw: '$TENANT_URL', variable: 'TENANT_URL', placeholder: true },
      hostKind: 'api',
      hostFrom: 'url',
      context: { heading: undefined, sentence: undefined, block: 1 },
      text: 'DELETE $TENANT_URL/workspaces/ws_123/secrets/OPENAI_KEY?force=true',
      headers: [{ name: 'Authorization', value: 'Bearer $WORKSPACE_TOKEN', position: span(2, 82, 120) }],
      query: { force: 'true' },
      body: undefined,
    });
    expect(textAt(source, claim.position)).toBe('$TENANT_URL/workspaces/ws_123/secrets/OPENAI_KEY?force=true');
    expect(textAt(source, claim.headers[0]!.position)).toBe('Authorization: Bearer $WORKSPACE_TOKEN');
  });

  it('gives a curl inside a list item (indented fence) the columns of the page, not of the code value', () => {
    const source = page(
      'Steps:',
      '',
      '1. Create the organisation:',
      '',
      '   ```bash',
      '   curl -X POST "$CP_URL/cp/orgs" \\',
      '     -H "Authorization: Bearer $CP_ADMIN_TOKEN"',
      '   ```',
    );
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('post');
    expect(claim.path.raw).toBe('/cp/orgs');
    expect(claim.host).toEqual({ raw: '$CP_URL', variable: 'CP_URL', placeholder: true });
    expect(claim.hostKind).toBe('api');
    expect(claim.position).toEqual(span(6, 18, 33));
    expect(claim.headers).toEqual([{ name: 'Authorization', value: 'Bearer $CP_ADMIN_TOKEN', position: span(7, 10, 47) }]);
    expect(textAt(source, claim.position)).toBe('$CP_URL/cp/orgs');
    expect(textAt(source, claim.headers[0]!.position)).toBe('Authorization: Bearer $CP_ADMIN_TOKEN');
  });

  it('places a curl in an indented code block (Markdown), which has no fence line, on its own line', () => {
    const source = page('Create one:', '', '    curl -X POST "$CP_URL/cp/orgs" \\', '      -H "Authorization: Bearer $CP_ADMIN_TOKEN"', '', '> ```bash', '> curl "$CP_URL/cp/orgs"', '> ```');
    const [indented, quoted] = endpointsOf(source, '/docs/page.md');
    expect(textAt(source, indented!.position)).toBe('$CP_URL/cp/orgs');
    expect(indented!.position).toEqual(span(3, 19, 34));
    expect(textAt(source, indented!.headers[0]!.position)).toBe('Authorization: Bearer $CP_ADMIN_TOKEN');
    expect(quoted!.position).toEqual(span(7, 9, 24));
  });

  it('reads a prompt-prefixed curl in a console block; an unknown variable host is a placeholder', () => {
    const source = page('```console', '$ curl $OTHER_URL/v1/things', '```');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('get');
    expect(claim.source).toBe('curl');
    expect(claim.host).toEqual({ raw: '$OTHER_URL', variable: 'OTHER_URL', placeholder: true });
    expect(claim.hostKind).toBe('placeholder');
    expect(claim.path.raw).toBe('/v1/things');
    expect(claim.position).toEqual(span(2, 8, 28));
  });

  it('reads curl in a block with no language; localhost is a placeholder host', () => {
    const source = page('```', 'curl http://localhost:8080/workspaces/ws_1/budget', '```');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('get');
    expect(claim.host).toEqual({ raw: 'localhost:8080', hostname: 'localhost:8080', placeholder: false });
    expect(claim.hostKind).toBe('placeholder');
    expect(claim.path.raw).toBe('/workspaces/ws_1/budget');
    expect(claim.position).toEqual(span(2, 6, 50));
  });

  it('reads several commands of one block, each with its own method and line', () => {
    const source = page(
      '```bash',
      'curl -X PUT "$TENANT_URL/workspaces/$WS/secrets/KEY" -d \'{"value":"x"}\'',
      'curl --request GET "$TENANT_URL/org/secrets"',
      '```',
    );
    const claims = endpointsOf(source);
    expect(claims.map((claim) => [claim.method, claim.path.raw, claim.position])).toEqual([
      ['put', '/workspaces/$WS/secrets/KEY', span(2, 14, 52)],
      ['get', '/org/secrets', span(3, 21, 44)],
    ]);
    expect(claims[0]!.path.segments).toEqual([lit('workspaces'), param('WS', '$WS'), lit('secrets'), lit('KEY')]);
    expect(claims[0]!.body).toBe('{"value":"x"}');
  });

  it('makes no claim for a foreign host (api.github.com)', () => {
    expect(endpointsOf(page('```bash', 'curl -H "Accept: application/vnd.github+json" https://api.github.com/repos/octo/docs/issues', '```'))).toEqual([]);
  });

  it('makes no claim for a URL with no path', () => {
    expect(endpointsOf(page('```bash', 'curl https://example.com', '```'))).toEqual([]);
    expect(endpointsOf(page('```bash', 'curl -s https://api.moleculesai.app', '```'))).toEqual([]);
  });

  it('makes no claim for a static file download on the API host', () => {
    expect(endpointsOf(page('```bash', 'curl -O https://api.moleculesai.app/downloads/cli.zip', '```'))).toEqual([]);
  });

  it('reads no curl from a block in another language', () => {
    expect(endpointsOf(page('```python', 'requests.get("https://api.moleculesai.app/cp/orgs")', '# curl https://api.moleculesai.app/cp/orgs', '```'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// ```http

describe('http blocks', () => {
  it('reads the request line and takes the host from the Host header', () => {
    const source = page(
      '```http',
      'PUT /admin/workspaces/ws_123/llm-billing-mode HTTP/1.1',
      'Host: api.moleculesai.app',
      'Authorization: Bearer <workos-session>',
      'Content-Type: application/json',
      '',
      '{"mode": "platform"}',
      '```',
    );
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'http',
      evidence: 'request',
      position: span(2, 5, 46),
      method: 'put',
      path: {
        raw: '/admin/workspaces/ws_123/llm-billing-mode',
        segments: [lit('admin'), lit('workspaces'), lit('ws_123'), lit('llm-billing-mode')],
        prefix: false,
        absolute: true,
      },
      host: { raw: 'api.moleculesai.app', hostname: 'api.moleculesai.app', placeholder: false },
      hostKind: 'api',
      hostFrom: 'hint',
      context: { heading: undefined, sentence: undefined, block: 1 },
      bodyJson: { ok: true, value: { mode: 'platform' }, elided: false },
      bodyPosition: span(7, 1, 21),
      text: 'PUT /admin/workspaces/ws_123/llm-billing-mode',
      headers: [
        { name: 'Host', value: 'api.moleculesai.app', position: span(3, 1, 26) },
        { name: 'Authorization', value: 'Bearer <workos-session>', position: span(4, 1, 39) },
        { name: 'Content-Type', value: 'application/json', position: span(5, 1, 31) },
      ],
      query: {},
      body: '{"mode": "platform"}',
    });
    expect(textAt(source, claim.position)).toBe('/admin/workspaces/ws_123/llm-billing-mode');
  });

  it('makes a relative claim for a request line without a Host header', () => {
    const source = page('Intro', '', '```http', 'GET /cp/admin/orgs?limit=10', '```');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('get');
    expect(claim.host).toBeUndefined();
    expect(claim.hostKind).toBe('relative');
    expect(claim.path.raw).toBe('/cp/admin/orgs');
    expect(claim.query).toEqual({ limit: '10' });
    expect(claim.position).toEqual(span(4, 5, 28));
  });

  it('makes no claim for a response block', () => {
    expect(endpointsOf(page('```http', 'HTTP/1.1 200 OK', 'Content-Type: application/json', '', '{"mode": "platform"}', '```'))).toEqual([]);
  });

  it('reads the request and skips the response that follows it in the same block', () => {
    const source = page('```http', 'DELETE /org/tokens/tok_1', '', 'HTTP/1.1 204 No Content', '```');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('delete');
    expect(claim.path.raw).toBe('/org/tokens/tok_1');
    expect(claim.body).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// fetch

describe('fetch in JS/TS blocks', () => {
  it('reads a template-literal URL, the method, headers and body', () => {
    const source = page(
      '```ts',
      'const res = await fetch(`${TENANT_URL}/workspaces/${id}/budget`, {',
      "  method: 'PATCH',",
      '  headers: { Authorization: `Bearer ${token}` },',
      '  body: JSON.stringify({ limit: 100 }),',
      '});',
      '```',
    );
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'fetch',
      evidence: 'request',
      position: span(2, 26, 63),
      method: 'patch',
      path: { raw: '/workspaces/${id}/budget', segments: [lit('workspaces'), param('id', '${id}'), lit('budget')], prefix: false, absolute: true },
      host: { raw: '${TENANT_URL}', variable: 'TENANT_URL', placeholder: true },
      hostKind: 'api',
      hostFrom: 'url',
      context: { heading: undefined, sentence: undefined, block: 1 },
      bodyPosition: span(5, 9, 39),
      text: 'PATCH ${TENANT_URL}/workspaces/${id}/budget',
      headers: [{ name: 'Authorization', value: 'Bearer ${token}', position: span(4, 14, 46) }],
      query: {},
      body: 'JSON.stringify({ limit: 100 })',
    });
    expect(textAt(source, claim.position)).toBe('${TENANT_URL}/workspaces/${id}/budget');
  });

  it('defaults to GET for a string URL without options', () => {
    const source = page('```js', "fetch('/org/secrets').then((r) => r.json());", '```');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('get');
    expect(claim.hostKind).toBe('relative');
    expect(claim.path.raw).toBe('/org/secrets');
    expect(claim.position).toEqual(span(2, 8, 20));
  });

  it('makes no claim for a foreign host, another object\'s fetch, or a block without fetch', () => {
    expect(endpointsOf(page('```js', "await fetch('https://api.github.com/user');", '```'))).toEqual([]);
    expect(endpointsOf(page('```ts', "await client.fetch('/org/secrets');", '```'))).toEqual([]);
    expect(endpointsOf(page('```ts', "const url = '/org/secrets';", '```'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// inline code

describe('inline code', () => {
  it('reads `METHOD /path` with the position at the path inside the backticks', () => {
    const source = page('Switch the mode with `PUT /admin/workspaces/{id}/llm-billing-mode` on the control plane.');
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'inline',
      evidence: 'method',
      position: span(1, 27, 66),
      method: 'put',
      path: {
        raw: '/admin/workspaces/{id}/llm-billing-mode',
        segments: [lit('admin'), lit('workspaces'), param('id', '{id}'), lit('llm-billing-mode')],
        prefix: false,
      },
      host: undefined,
      hostKind: 'relative',
      hostFrom: undefined,
      context: { heading: undefined, sentence: 'Switch the mode with PUT /admin/workspaces/{id}/llm-billing-mode on the control plane.', block: 1 },
      text: 'PUT /admin/workspaces/{id}/llm-billing-mode',
      headers: [],
      query: {},
      body: undefined,
    });
    expect(textAt(source, claim.position)).toBe('/admin/workspaces/{id}/llm-billing-mode');
  });

  it('reads `METHOD https://host/path` with the position at the URL', () => {
    const source = page('- List them with `GET https://api.moleculesai.app/cp/admin/orgs`.');
    const claim = only(endpointsOf(source));
    expect(claim.method).toBe('get');
    expect(claim.evidence).toBe('method');
    expect(claim.hostKind).toBe('api');
    expect(claim.path.raw).toBe('/cp/admin/orgs');
    expect(claim.text).toBe('GET https://api.moleculesai.app/cp/admin/orgs');
    expect(claim.position).toEqual(span(1, 23, 64));
    expect(textAt(source, claim.position)).toBe('https://api.moleculesai.app/cp/admin/orgs');
  });

  it('finds the path inside double-backtick code spans', () => {
    const source = page('Use `` GET /cp/orgs `` here.');
    const claim = only(endpointsOf(source));
    expect(claim.position).toEqual(span(1, 12, 20));
    expect(textAt(source, claim.position)).toBe('/cp/orgs');
  });

  it('reads a lone path as a path-only claim with no method', () => {
    const source = page('Edit `/etc/hosts` first.');
    const claim = only(endpointsOf(source));
    expect(claim).toMatchObject({ source: 'inline', evidence: 'path', method: null, hostKind: 'relative', text: '/etc/hosts' });
    expect(claim.path).toEqual({ raw: '/etc/hosts', segments: [lit('etc'), lit('hosts')], prefix: false });
    expect(claim.position).toEqual(span(1, 7, 17));
  });

  it('reads a lone URL on an API host (a `<your-org>` placeholder matching a host glob) as a path claim', () => {
    const source = page('See `https://<your-org>.moleculesai.app/workspaces/{id}/budget`.');
    const claim = only(endpointsOf(source));
    expect(claim.evidence).toBe('path');
    expect(claim.method).toBeNull();
    expect(claim.host).toEqual({ raw: '<your-org>.moleculesai.app', hostname: '<your-org>.moleculesai.app', placeholder: true });
    expect(claim.hostKind).toBe('api');
    expect(claim.path.raw).toBe('/workspaces/{id}/budget');
    expect(claim.position).toEqual(span(1, 6, 63));
  });

  it('reads a trailing /* as a prefix claim', () => {
    const claim = only(endpointsOf(page('Everything under `GET /cp/admin/*` needs an admin token.')));
    expect(claim.method).toBe('get');
    expect(claim.path).toEqual({ raw: '/cp/admin/*', segments: [lit('cp'), lit('admin')], prefix: true });
  });

  it('makes no claim for commands, docs URLs on foreign hosts, static files, elided paths or prose', () => {
    const source = page(
      'Run `npm install` and read `https://docs.github.com/en/x`.',
      '',
      'The logo is `/logo.png`, the storage path `/workspaces/.../secrets`, and `GET the list`.',
      '',
      'A word: `workspaces`, a relative path `docs/platform`, and `GET /v1/users is slow`.',
    );
    expect(endpointsOf(source)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// tables

describe('tables', () => {
  it('reads one claim per row of a Method + Path table, keeping every cell in row', () => {
    const source = page(
      '| Method | Path | Auth |',
      '| --- | --- | --- |',
      '| `GET` | `/workspaces/{id}/secrets` | workspace token |',
    );
    const claim = only(endpointsOf(source));
    expect(claim).toEqual({
      kind: 'endpoint',
      source: 'table',
      evidence: 'table',
      position: span(3, 12, 36),
      method: 'get',
      path: { raw: '/workspaces/{id}/secrets', segments: [lit('workspaces'), param('id', '{id}'), lit('secrets')], prefix: false },
      host: undefined,
      hostKind: 'relative',
      hostFrom: undefined,
      context: { heading: undefined, sentence: undefined, block: 3 },
      text: 'GET /workspaces/{id}/secrets',
      headers: [],
      query: {},
      body: undefined,
      row: { method: 'GET', path: '/workspaces/{id}/secrets', auth: 'workspace token' },
    });
    expect(textAt(source, claim.position)).toBe('/workspaces/{id}/secrets');
  });

  it('takes an Endpoint column and the host from a Host column', () => {
    const source = page(
      '| Method | Endpoint | Host |',
      '| --- | --- | --- |',
      '| `DELETE` | `/org/tokens/{id}` | `acme.moleculesai.app` |',
      '| POST | `/cp/orgs` | `api.moleculesai.app` |',
    );
    const claims = endpointsOf(source);
    expect(claims.map((claim) => [claim.method, claim.path.raw, claim.host?.raw, claim.hostKind, claim.position])).toEqual([
      ['delete', '/org/tokens/{id}', 'acme.moleculesai.app', 'api', span(3, 15, 31)],
      ['post', '/cp/orgs', 'api.moleculesai.app', 'api', span(4, 11, 19)],
    ]);
    expect(claims.map((claim) => claim.row)).toEqual([
      { method: 'DELETE', endpoint: '/org/tokens/{id}', host: 'acme.moleculesai.app' },
      { method: 'POST', endpoint: '/cp/orgs', host: 'api.moleculesai.app' },
    ]);
  });

  it('reads a cell that reads `METHOD /path` in a table without a Method column', () => {
    const source = page(
      '| Call | What it does |',
      '| --- | --- |',
      '| `GET /cp/admin/orgs` | Lists every organisation |',
      '| `npm install` | Installs the CLI |',
    );
    const claim = only(endpointsOf(source));
    expect(claim.source).toBe('table');
    expect(claim.evidence).toBe('table');
    expect(claim.method).toBe('get');
    expect(claim.path.raw).toBe('/cp/admin/orgs');
    expect(claim.text).toBe('GET /cp/admin/orgs');
    expect(claim.position).toEqual(span(3, 8, 22));
    expect(textAt(source, claim.position)).toBe('/cp/admin/orgs');
    expect(claim.row).toEqual({ call: 'GET /cp/admin/orgs', 'what it does': 'Lists every organisation' });
  });

  it('points at the path of a plain-text table cell (in .md: in MDX, `{key}` would be an expression)', () => {
    const source = page('| Method | Path | Credential |', '| --- | --- | --- |', '| DELETE | /org/secrets/{key} | org API key |');
    const claim = only(endpointsOf(source, '/docs/page.md'));
    expect(claim.position).toEqual(span(3, 12, 30));
    expect(textAt(source, claim.position)).toBe('/org/secrets/{key}');
  });

  it('makes no claim for a table without Method/Path columns or METHOD /path cells, nor for inline code in it', () => {
    const source = page(
      '| Setting | Value |',
      '| --- | --- |',
      '| hosts file | `/etc/hosts` |',
      '| base path | `/api/v1/workspaces` |',
    );
    expect(endpointsOf(source)).toEqual([]);
  });

  it('skips rows whose path cell is prose or whose method is not a word', () => {
    const source = page(
      '| Method | Path |',
      '| --- | --- |',
      '| GET | /workspaces/{id}/budget (deprecated) |',
      '| — | `/org/secrets` |',
      '| GET | see below |',
    );
    expect(endpointsOf(source)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// headings

describe('headings', () => {
  it('reads a heading that is exactly METHOD /path in plain text', () => {
    const source = page('# Users', '', '### GET /v1/users', '', 'Lists users.');
    const claim = only(endpointsOf(source));
    expect(claim).toMatchObject({
      source: 'prose',
      evidence: 'method',
      method: 'get',
      path: { raw: '/v1/users', segments: [lit('v1'), lit('users')], prefix: false },
      hostKind: 'relative',
      text: 'GET /v1/users',
      headers: [],
      query: {},
    });
    expect(claim.position).toEqual(span(3, 9, 18));
    expect(textAt(source, claim.position)).toBe('/v1/users');
  });

  it('reads a heading in inline code once, as an inline claim', () => {
    const source = page('### `DELETE /org/tokens/{id}`');
    const claim = only(endpointsOf(source));
    expect(claim.source).toBe('inline');
    expect(claim.method).toBe('delete');
    expect(claim.path.raw).toBe('/org/tokens/{id}');
    expect(claim.position).toEqual(span(1, 13, 29));
  });

  it('makes no claim for a heading with more than METHOD /path', () => {
    expect(endpointsOf(page('### GET /v1/users (deprecated)', '', '## Get users'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// positions in nested and unusual containers

describe('positions in containers', () => {
  it('maps a curl in a blockquote to the page columns', () => {
    const source = page('> Note:', '>', '> ```bash', '> curl "$CP_URL/cp/orgs" \\', '>   -H "X-Request-ID: 1"', '> ```');
    const claim = only(endpointsOf(source));
    expect(claim.position).toEqual(span(4, 9, 24));
    expect(claim.headers).toEqual([{ name: 'X-Request-ID', value: '1', position: span(5, 9, 24) }]);
    expect(textAt(source, claim.headers[0]!.position)).toBe('X-Request-ID: 1');
  });

  it('maps a curl inside MDX components to the page columns', () => {
    const source = page('<Tabs>', '  <Tab title="curl">', '    ```bash', '    curl "$CP_URL/cp/orgs"', '    ```', '  </Tab>', '</Tabs>');
    expect(only(endpointsOf(source)).position).toEqual(span(4, 11, 26));
  });

  it('maps an http request and a fetch call inside list items', () => {
    const http = page('1. Send:', '', '   ```http', '   POST /cp/orgs', '   Host: api.moleculesai.app', '   ```');
    const httpClaim = only(endpointsOf(http));
    expect(httpClaim.position).toEqual(span(4, 9, 17));
    expect(httpClaim.headers[0]!.position).toEqual(span(5, 4, 29));
    const js = page('- Or:', '', '  ```js', '  await fetch("/cp/orgs", { method: "POST", headers: { "X-A": "b" } })', '  ```');
    const fetchClaim = only(endpointsOf(js));
    expect(fetchClaim.position).toEqual(span(4, 16, 24));
    expect(fetchClaim.headers).toEqual([{ name: 'X-A', value: 'b', position: span(4, 56, 66) }]);
  });

  it('keeps columns right on a CRLF page', () => {
    const source = 'Intro `GET /cp/orgs`\r\n\r\n```bash\r\ncurl -X POST "$CP_URL/cp/orgs" \\\r\n  -H "X-A: b"\r\n```\r\n';
    const claims = endpointsOf(source);
    expect(claims.map((claim) => [claim.source, claim.method, claim.position])).toEqual([
      ['inline', 'get', span(1, 12, 20)],
      ['curl', 'post', span(4, 15, 30)],
    ]);
    expect(claims[1]!.headers[0]!.position).toEqual(span(5, 7, 13));
  });
});

// ---------------------------------------------------------------------------
// parsing: .md vs .mdx, parse errors, frontmatter

describe('page parsing', () => {
  const arrowsAndComment = page(
    '---',
    'title: Flow',
    '---',
    '',
    '# Flow',
    '',
    'client <- server',
    '',
    '<!-- docspec-disable-next-line endpoint-exists -->',
    'Call `GET /cp/admin/orgs` to list {organisations}.',
  );

  it('parses a .md page with <- arrows, an HTML comment and braces as CommonMark', () => {
    const extracted = extract(arrowsAndComment, '/docs/flow.md');
    expect(extracted.problems).toEqual([]);
    expect(extracted.claims.frontmatter).toEqual({ title: 'Flow' });
    expect(extracted.claims.headings.map((heading) => [heading.text, heading.slug, heading.position.start.line])).toEqual([['Flow', 'flow', 5]]);
    const claim = only(extracted.claims.endpoints);
    expect(claim.method).toBe('get');
    expect(claim.path.raw).toBe('/cp/admin/orgs');
    expect(claim.position).toEqual(span(10, 11, 25));
  });

  it('reports the same text as a .mdx page as a problem at the parser\'s line and column, without throwing', () => {
    // micromark reads block constructs (the HTML comment line) before inline text (the `<-`), so the comment is the error.
    const extracted = extract(arrowsAndComment, '/docs/flow.mdx');
    expect(extracted.claims).toEqual({ file: '/docs/flow.mdx', endpoints: [], routeMentions: [], headerDocs: [], enums: [], jsonBlocks: [], statuses: [], fieldTables: [], directives: [], queryDocs: [], headings: [], anchors: [], links: [], frontmatter: {} });
    expect(extracted.problems).toEqual([
      {
        message:
          'Cannot parse MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
        position: span(9, 2, 2),
      },
    ]);
  });

  it('reports a `<-` arrow in .mdx text at the character after the `<`', () => {
    const extracted = extract(page('---', 'title: Flow', '---', '', '# Flow', '', 'client <- server'), '/docs/arrow.mdx');
    expect(extracted.claims.endpoints).toEqual([]);
    expect(extracted.problems).toEqual([
      {
        message:
          'Cannot parse MDX: Unexpected character `-` (U+002D) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
        position: span(7, 9, 9),
      },
    ]);
  });

  it('reports a mismatched closing tag in .mdx at the closing tag', () => {
    const extracted = extract(page('Intro', '', '<div>', '  hi', '</span>'), '/docs/broken.mdx');
    expect(extracted.claims.endpoints).toEqual([]);
    expect(extracted.problems).toEqual([
      {
        message: 'Cannot parse MDX: Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>` (3:1-3:6)',
        position: span(5, 1, 1),
      },
    ]);
  });

  it('reports an unclosed JSX tag at the tag, from the position the parser writes in its message', () => {
    const extracted = extract(page('# Setup', '', 'Intro.', '', '<Tabs>', '  <Tab title="a">x</Tab>'), '/docs/open.mdx');
    expect(extracted.problems.map((problem) => problem.position.start)).toEqual([{ line: 5, column: 1 }]);
    expect(extracted.problems[0]!.message).toMatch(/^Cannot parse MDX: Expected a closing tag for `<Tabs>` \(5:1-5:7\)/);
  });

  it('reports frontmatter that is not YAML at its page line and still extracts the page', () => {
    const source = page('---', 'title: Secrets', 'description: a: b', '---', '', 'Call `GET /org/secrets`.');
    const extracted = extract(source, '/docs/secrets.mdx');
    expect(extracted.problems).toEqual([{ message: 'Cannot parse frontmatter YAML: bad indentation of a mapping entry', position: span(3, 15, 15) }]);
    expect(extracted.claims.frontmatter).toEqual({});
    expect(only(extracted.claims.endpoints).position).toEqual(span(6, 11, 23));
  });

  it('reports a duplicated frontmatter key at the duplicate, in a .md page too', () => {
    const extracted = extract(page('---', 'title: A', 'sidebar: 2', 'title: B', '---', '', '# A'), '/docs/dup.md');
    expect(extracted.problems).toEqual([{ message: 'Cannot parse frontmatter YAML: duplicated mapping key', position: span(4, 1, 1) }]);
    expect(extracted.claims.headings.map((heading) => heading.text)).toEqual(['A']);
  });

  it('keeps frontmatter that is an object and ignores a non-object one', () => {
    expect(extract(page('---', 'docspec:', '  tier: cp', 'sidebar_position: 3', '---', '', '# A')).claims.frontmatter).toEqual({
      docspec: { tier: 'cp' },
      sidebar_position: 3,
    });
    const list = extract(page('---', '- a', '- b', '---', '', '# A'));
    expect(list.problems).toEqual([]);
    expect(list.claims.frontmatter).toEqual({});
  });
});

// ---------------------------------------------------------------------------
// url.ts

describe('splitUrl', () => {
  it('splits a full URL into host, path, query; drops the fragment', () => {
    expect(splitUrl('https://api.example.com/v1/x?a=1&b#frag')).toEqual({
      host: { raw: 'api.example.com', hostname: 'api.example.com', placeholder: false },
      path: '/v1/x',
      pathOffset: 23,
      query: { a: '1', b: '' },
    });
  });

  it('reads scheme-less hosts and lowercases the host name', () => {
    expect(splitUrl('API.Example.com:8443/v1/x')).toEqual({
      host: { raw: 'API.Example.com:8443', hostname: 'api.example.com:8443', placeholder: false },
      path: '/v1/x',
      pathOffset: 20,
      query: {},
    });
  });

  it('reads variable hosts: $VAR, ${VAR}, {VAR}, {{var}}', () => {
    expect(splitUrl('$CP_URL/cp/orgs')).toEqual({ host: { raw: '$CP_URL', variable: 'CP_URL', placeholder: true }, path: '/cp/orgs', pathOffset: 7, query: {} });
    expect(splitUrl('https://${CP_URL}/cp/orgs')).toEqual({
      host: { raw: '${CP_URL}', variable: 'CP_URL', placeholder: true },
      path: '/cp/orgs',
      pathOffset: 17,
      query: {},
    });
    expect(splitUrl('{WEBAPP_URL}/x').host).toEqual({ raw: '{WEBAPP_URL}', variable: 'WEBAPP_URL', placeholder: true });
    expect(splitUrl('{{baseUrl}}/x')).toMatchObject({ host: { raw: '{{baseUrl}}', variable: 'baseUrl', placeholder: true }, path: '/x', pathOffset: 11 });
  });

  it('keeps a variable followed by more host text as a placeholder host name', () => {
    expect(splitUrl('${ORG}.example.com/x').host).toEqual({ raw: '${ORG}.example.com', hostname: '${org}.example.com', placeholder: true });
    expect(splitUrl('https://<your-org>.example.com/api/x')).toEqual({
      host: { raw: '<your-org>.example.com', hostname: '<your-org>.example.com', placeholder: true },
      path: '/api/x',
      pathOffset: 30,
      query: {},
    });
  });

  it('has no host for a relative path and no path for a bare host', () => {
    expect(splitUrl('/relative/path?x=1')).toEqual({ host: undefined, path: '/relative/path', pathOffset: 0, query: { x: '1' } });
    expect(splitUrl('https://example.com')).toMatchObject({ path: '', host: { hostname: 'example.com' } });
  });
});

describe('HostClassifier', () => {
  const classifier = new HostClassifier(['api.example.com', '*.tenant.example.com', '$CP_URL', 'https://{org}.moleculesai.app']);
  const kind = (url: string) => classifier.classify(splitUrl(url).host!);

  it('classifies configured hosts, globs, server templates and env vars as api', () => {
    expect(kind('https://api.example.com/x')).toBe('api');
    expect(kind('https://API.EXAMPLE.COM/x')).toBe('api');
    expect(kind('https://api.example.com:8443/x')).toBe('api');
    expect(kind('https://acme.tenant.example.com/x')).toBe('api');
    expect(kind('https://acme.moleculesai.app/x')).toBe('api');
    expect(kind('https://<your-org>.moleculesai.app/x')).toBe('api');
    expect(kind('$CP_URL/x')).toBe('api');
    expect(kind('${CP_URL}/x')).toBe('api');
  });

  it('classifies localhost, reserved example domains, your-… hosts and unknown variables as placeholder', () => {
    expect(kind('http://localhost:3000/x')).toBe('placeholder');
    expect(kind('http://127.0.0.1/x')).toBe('placeholder');
    expect(kind('https://www.example.com/x')).toBe('placeholder');
    expect(kind('https://docs.example.org/x')).toBe('placeholder');
    expect(kind('https://svc.test/x')).toBe('placeholder');
    expect(kind('https://your-company.io/x')).toBe('placeholder');
    expect(kind('https://<host>/x')).toBe('placeholder');
    expect(kind('$TENANT_URL/x')).toBe('placeholder');
  });

  it('classifies any other real host as foreign', () => {
    expect(kind('https://api.github.com/x')).toBe('foreign');
    expect(kind('https://docs.github.com/x')).toBe('foreign');
    expect(kind('https://api.example.io/x')).toBe('foreign');
    expect(kind('https://moleculesai.app/x')).toBe('foreign');
  });
});

// ---------------------------------------------------------------------------
// qualify.ts and hosts.ts (need a SpecIndex)

describe('which claims the rules see', () => {
  let index: SpecIndex;
  let tempDir: string;

  beforeAll(async () => {
    index = new SpecIndex([await loadSpec(managementSpec, { allowRemoteRefs: false })], { tiers: {}, specTiers: new Map() });
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'docspec-extract-'));
  });
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

  const claimOf = (source: string) => only(endpointsOf(source));

  it('keeps paths the spec has, with or without a method', () => {
    expect(isApiEndpoint(claimOf(page('`PUT /admin/workspaces/{id}/llm-billing-mode`')), index)).toBe(true);
    expect(isApiEndpoint(claimOf(page('`/workspaces/ws_1/secrets/OPENAI_KEY`')), index)).toBe(true);
  });

  it('rejects a file path that only looks like an endpoint (`/etc/hosts`)', () => {
    expect(isApiEndpoint(claimOf(page('Edit `/etc/hosts`.')), index)).toBe(false);
  });

  it('keeps a request to an API host even when the spec lacks the path', () => {
    expect(isApiEndpoint(claimOf(page('```bash', 'curl https://api.moleculesai.app/v2/unknown', '```')), index)).toBe(true);
  });

  it('rejects a bare URL on the API host that the spec does not have (likely a web-app page)', () => {
    expect(isApiEndpoint(claimOf(page('`https://api.moleculesai.app/settings/profile`')), index)).toBe(false);
  });

  it('keeps a method + unknown path under a prefix only some spec paths share, rejects one with no tie to the spec', () => {
    expect(isApiEndpoint(claimOf(page('`GET /cp/admin/settings`')), index)).toBe(true);
    expect(isApiEndpoint(claimOf(page('`GET /users/me`')), index)).toBe(false);
  });

  it('keeps a bare near-typo of a spec path', () => {
    expect(isApiEndpoint(claimOf(page('`/org/secret`')), index)).toBe(true);
  });

  it('keeps a prefix claim when some operation lives under it', () => {
    expect(isApiEndpoint(claimOf(page('`GET /cp/admin/*`')), index)).toBe(true);
    expect(isApiEndpoint(claimOf(page('`GET /nothing/*`')), index)).toBe(false);
  });

  it('filters a page\'s claims in order', () => {
    const claims = endpointsOf(page('`/etc/hosts`, `GET /cp/orgs`, `GET /users/me`, `DELETE /org/tokens/tok_1`.'));
    expect(claims).toHaveLength(4);
    expect(apiEndpoints(claims, index).map((claim) => claim.text)).toEqual(['GET /cp/orgs', 'DELETE /org/tokens/tok_1']);
  });

  it('drops claims whose path, as written or with parameters as {}, matches an ignoreEndpoints glob', () => {
    const claims = endpointsOf(page('`GET /cp/admin/orgs`, `GET /cp/orgs`, `PUT /workspaces/:id/secrets/:key`, `GET /org/secrets`.'));
    expect(claims).toHaveLength(4);
    expect(apiEndpoints(claims, index, ignoredEndpoints(['/cp/admin/**', '/workspaces/{}/secrets/{}'])).map((claim) => claim.text)).toEqual([
      'GET /cp/orgs',
      'GET /org/secrets',
    ]);
    expect(apiEndpoints(claims, index, ignoredEndpoints(['/org/*'])).map((claim) => claim.text)).toEqual([
      'GET /cp/admin/orgs',
      'GET /cp/orgs',
      'PUT /workspaces/:id/secrets/:key',
    ]);
  });

  it('apiHostClassifier: config hosts, tier hosts and spec server hosts are the API', () => {
    const config = resolveConfig(
      { docs: ['**/*.mdx'], specs: [{ path: 'spec.yaml' }], hosts: ['gateway.internal.dev'], tiers: { cp: { hosts: ['$CP_URL'] } } },
      path.join(tempDir, 'docspec.config.yaml'),
    );
    const classifier = apiHostClassifier(config, index);
    const kind = (url: string) => classifier.classify(splitUrl(url).host!);
    expect(kind('https://gateway.internal.dev/x')).toBe('api');
    expect(kind('$CP_URL/x')).toBe('api');
    expect(kind('https://api.moleculesai.app/x')).toBe('api');
    expect(kind('https://acme.moleculesai.app/x')).toBe('api');
    expect(kind('https://beta.moleculesai.app/x')).toBe('api');
    expect(kind('$TENANT_URL/x')).toBe('placeholder');
    expect(kind('https://api.github.com/x')).toBe('foreign');
  });

  it('apiHostClassifier: a server whose whole host is a variable adds only its default, not every host', async () => {
    const specFile = path.join(tempDir, 'variable-host.yaml');
    writeFileSync(
      specFile,
      [
        'openapi: 3.0.3',
        'info: { title: t, version: "1" }',
        'servers:',
        '  - url: https://{baseurl}/v1',
        '    variables:',
        '      baseurl:',
        '        default: api.acme.io',
        'paths:',
        '  /things:',
        '    get:',
        '      responses:',
        "        '200': { description: ok }",
        '',
      ].join('\n'),
    );
    const variableIndex = new SpecIndex([await loadSpec(specFile, { allowRemoteRefs: false })], { tiers: {}, specTiers: new Map() });
    const config = resolveConfig({ docs: ['**/*.mdx'], specs: [{ path: 'variable-host.yaml' }] }, path.join(tempDir, 'docspec.config.yaml'));
    const classifier = apiHostClassifier(config, variableIndex);
    expect(classifier.classify(splitUrl('https://api.acme.io/v1/things').host!)).toBe('api');
    expect(classifier.classify(splitUrl('https://api.github.com/v1/things').host!)).toBe('foreign');
  });
});

describe('claim context (prose around a claim)', () => {
  it('gives each claim the nearest heading above it and the sentence holding it', () => {
    const source = page(
      '# Billing',
      '',
      '## On the tenant host',
      '',
      'Usage is metered. Read it with `GET /workspaces/{id}/budget` first! Then write it.',
    );
    expect(only(endpointsOf(source)).context).toEqual({
      heading: { text: 'On the tenant host', line: 3 },
      sentence: 'Read it with GET /workspaces/{id}/budget first!',
      block: 5,
    });
  });

  it('gives a code block the last sentence of the paragraph right before it', () => {
    const source = page('Budgets are per workspace. Call the control plane:', '', '```bash', 'curl "$CP_URL/cp/orgs"', '```');
    expect(only(endpointsOf(source)).context).toEqual({ heading: undefined, sentence: 'Call the control plane:', block: 3 });
  });

  it('gives a code block no sentence when something else stands between them', () => {
    const source = page('Call the control plane:', '', '- a list', '', '```bash', 'curl "$CP_URL/cp/orgs"', '```');
    expect(only(endpointsOf(source)).context.sentence).toBeUndefined();
  });

  it('records route names in running text with their sentence, and not other inline code', () => {
    const source = page('## Routes', '', 'Note: `llm-billing-mode` is a CP route; `mode` and `X-Org-Id` are not routes.');
    expect(extract(source).claims.routeMentions).toEqual([
      {
        kind: 'route-mention',
        name: 'llm-billing-mode',
        position: span(3, 8, 24),
        context: { heading: { text: 'Routes', line: 1 }, sentence: 'llm-billing-mode is a CP route; mode and X-Org-Id are not routes.' },
      },
    ]);
  });

  it('marks a path written with a host as absolute: its server base path must be in it', () => {
    const claims = endpointsOf(
      page('```http', 'GET /cp/orgs HTTP/1.1', 'Host: api.moleculesai.app', '```', '', '`GET https://api.moleculesai.app/cp/orgs`', '', '`GET /cp/orgs`'),
    );
    expect(claims.map((claim) => claim.path.absolute)).toEqual([true, true, undefined]);
  });

  it('records where a claim\'s host came from: the URL, or a Host header beside a relative path', () => {
    const claims = endpointsOf(page('```http', 'GET /cp/orgs HTTP/1.1', 'Host: api.moleculesai.app', '```', '', '`GET https://api.moleculesai.app/cp/orgs`'));
    expect(claims.map((claim) => claim.hostFrom)).toEqual(['hint', 'url']);
  });
});

// ---------------------------------------------------------------------------
// deprecation notes

describe('deprecation notes', () => {
  const notesOf = (source: string, file = '/docs/page.mdx') =>
    (extract(source, file).claims.deprecationNotes ?? []).map((note) => ({ source: note.source, words: note.words, line: note.position.start.line, scope: note.scope }));

  it('reads frontmatter, headings, paragraphs, component props and table rows, each with what it speaks for', () => {
    const source = page(
      '---',
      'title: Things',
      'sidebar: { badge: Deprecated }',
      '---',
      '',
      '## Delete a thing (deprecated)',
      '',
      'This call will be',
      'removed in v3; use `DELETE /v2/things/{id}` instead.',
      '',
      '<Callout title="Sunset notice">',
      'Read the migration guide.',
      '</Callout>',
      '',
      '| Method | Path | Status |',
      '| --- | --- | --- |',
      '| GET | `/v1/things/{id}` | Stable |',
      '| DELETE | `/v1/things/{id}` | Obsolete |',
      '',
      '| Property | Value |',
      '| --- | --- |',
      '| Deprecated since | 2024-06-01 |',
    );
    expect(notesOf(source)).toEqual([
      { source: 'frontmatter', words: 'Deprecated', line: 1, scope: 'page' },
      { source: 'heading', words: 'deprecated', line: 6, scope: 'section-and-subsections' },
      { source: 'text', words: 'will be removed', line: 8, scope: 'section-and-subsections' },
      { source: 'component', words: 'Sunset', line: 11, scope: 'section-and-subsections' },
      { source: 'table-row', words: 'Obsolete', line: 18, scope: 'row' },
      { source: 'table-row', words: 'Deprecated', line: 22, scope: 'section-and-subsections' },
    ]);
  });

  it('takes hints (legacy, use … instead) as notes of their own section only, and in the frontmatter only in a title', () => {
    const source = page('---', 'title: Things', 'description: Use the v2 guide instead.', '---', '', '# Things', '', 'The legacy client keeps working.', '', '## Legacy endpoints');
    expect(notesOf(source)).toEqual([
      { source: 'text', words: 'legacy', line: 8, scope: 'section' },
      { source: 'heading', words: 'Legacy', line: 10, scope: 'section-and-subsections' },
    ]);
    expect(notesOf(page('---', 'sidebarTitle: Legacy API', '---', '', 'Text.'))).toEqual([{ source: 'frontmatter', words: 'Legacy', line: 1, scope: 'page' }]);
  });

  it('takes a Deprecated column\'s cell unless it says no, and `deprecated: true` in the frontmatter', () => {
    expect(notesOf(page('| Method | Path | Deprecated |', '| --- | --- | --- |', '| GET | `/a` | no |', '| POST | `/a` | ✓ |'))).toEqual([
      { source: 'table-row', words: 'deprecated', line: 4, scope: 'row' },
    ]);
    expect(notesOf(page('---', 'deprecated: true', '---', '', 'Text.'))).toEqual([{ source: 'frontmatter', words: 'deprecated', line: 1, scope: 'page' }]);
    expect(notesOf(page('---', 'deprecated: false', '---', '', 'Text.'))).toEqual([]);
  });

  it('reads raw HTML by its text, and nothing from code', () => {
    const source = page('<aside class="note">Deprecated: use v2.</aside>', '', '```bash', '# deprecated', 'curl https://api.moleculesai.app/api/v1/workspaces', '```');
    expect(notesOf(source, '/docs/page.md')).toEqual([{ source: 'text', words: 'Deprecated', line: 1, scope: 'section-and-subsections' }]);
  });

  it('leaves the claims of a page with none as they were', () => {
    expect(extract(page('# Title', '', 'Create a workspace with `POST /api/v1/workspaces`.')).claims).not.toHaveProperty('deprecationNotes');
  });
});
