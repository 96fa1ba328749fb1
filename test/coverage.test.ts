import { describe, expect, it } from 'vitest';
import { EXIT_FATAL, EXIT_LINT_ERRORS, EXIT_OK, runCli } from '../src/cli.js';
import { workspace } from './helpers/workspace.js';

async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

const SPEC = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers:
  - url: https://api.acme.test
paths:
  /users:
    get: { operationId: listUsers, responses: { '200': { description: ok } } }
    post: { responses: { '201': { description: created } } }
  /users/{id}:
    get: { responses: { '200': { description: ok } } }
    delete: { deprecated: true, responses: { '204': { description: gone } } }
  /health:
    get: { responses: { '200': { description: ok } } }
`;

const CONFIG = `docs: ["docs/**/*.{md,mdx}"]
specs:
  - path: openapi.yaml
`;

function project(pages: Record<string, string>) {
  return workspace({ 'docspec.config.yaml': CONFIG, 'openapi.yaml': SPEC, ...pages });
}

const PAGES = {
  // A method and path, twice on one page and once on another; a curl example.
  'docs/users.mdx': 'List them with `GET /users`, again `GET /users`.\n\n```bash\ncurl -X DELETE https://api.acme.test/users/42\n```\n',
  'docs/more.mdx': '# More\n\n`GET /users` once more.\n',
  // A bare path names no operation; a page bound by frontmatter documents its operation.
  'docs/paths.mdx': 'The `/health` route.\n',
  'docs/reference/get-user.mdx': '---\nopenapi: GET /users/{id}\n---\n',
};

describe('docspec coverage', () => {
  it('lists undocumented operations with their spec line, then documented ones with a page, then the share', async () => {
    expect(await cli(project(PAGES), 'coverage')).toEqual({
      code: EXIT_OK,
      stdout: [
        'Not documented (2):',
        '  POST /users                    openapi.yaml:8',
        '  GET /health                    openapi.yaml:13',
        '',
        'Documented (3):',
        '  GET /users                     docs/more.mdx:3 (+1 more)',
        '  GET /users/{id}                docs/reference/get-user.mdx:2',
        '  DELETE /users/{id} deprecated  docs/users.mdx:4',
        '',
        '3 of 5 operations documented (60%)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--format json gives every operation with its pages; --undocumented keeps only the rest', async () => {
    const root = project(PAGES);
    const all = JSON.parse((await cli(root, 'coverage', '--format', 'json')).stdout);
    expect(all).toMatchObject({ total: 5, documented: 3, percent: 60 });
    expect(all.operations[0]).toEqual({
      method: 'GET',
      path: '/users',
      operationId: 'listUsers',
      deprecated: false,
      spec: 'openapi.yaml',
      line: 7,
      pages: [
        { file: 'docs/more.mdx', line: 3 },
        { file: 'docs/users.mdx', line: 1 },
      ],
    });
    expect(all.operations.find((operation: { method: string }) => operation.method === 'DELETE')).toMatchObject({ deprecated: true });
    const missing = JSON.parse((await cli(root, 'coverage', '--format', 'json', '--undocumented')).stdout);
    expect(missing.operations.map((operation: { method: string; path: string }) => `${operation.method} ${operation.path}`)).toEqual(['POST /users', 'GET /health']);
  });

  it('counts only the pages given, and a Mintlify docs.json operation entry documents its operation', async () => {
    const root = workspace({
      'docspec.config.yaml': CONFIG,
      'openapi.yaml': SPEC,
      'docs/docs.json': JSON.stringify({ navigation: { pages: ['users', 'POST /users'] } }, null, 2),
      ...PAGES,
    });
    const { stdout } = await cli(root, 'coverage', '--undocumented');
    expect(stdout).toBe(['Not documented (1):', '  GET /health  openapi.yaml:13', '', '4 of 5 operations documented (80%)', ''].join('\n'));
    const some = await cli(root, 'coverage', '--undocumented', 'docs/more.mdx');
    expect(some.stdout.split('\n').at(-2)).toBe('2 of 5 operations documented (40%)');
  });

  it('a docs.json openapi directory documents every operation of the spec its source names', async () => {
    const docsJson = ['{', '  "navigation": {', '    "tabs": [', '      { "tab": "API", "openapi": { "source": "/api/openapi.yaml", "directory": "api" } }', '    ]', '  }', '}', ''].join('\n');
    const root = workspace({ 'docspec.config.yaml': CONFIG, 'openapi.yaml': SPEC, 'docs/docs.json': docsJson, 'docs/a.mdx': 'Call `GET /users`.\n' });
    expect((await cli(root, 'coverage')).stdout).toBe(
      [
        'Documented (5):',
        '  GET /users                     docs/a.mdx:1 (+1 more)',
        '  POST /users                    docs/docs.json:4 (generated under /api)',
        '  GET /users/{id}                docs/docs.json:4 (generated under /api)',
        '  DELETE /users/{id} deprecated  docs/docs.json:4 (generated under /api)',
        '  GET /health                    docs/docs.json:4 (generated under /api)',
        '',
        '5 of 5 operations documented (100%)',
        '',
      ].join('\n'),
    );
  });

  it('--min exits 1 below the share and says so; a bad --min is a usage error', async () => {
    const root = project(PAGES);
    const low = await cli(root, 'coverage', '--min', '75');
    expect(low.code).toBe(EXIT_LINT_ERRORS);
    expect(low.stderr).toBe('docspec: 60% of operations are documented, below --min 75%\n');
    expect((await cli(root, 'coverage', '--min', '60%')).code).toBe(EXIT_OK);
    expect(await cli(root, 'coverage', '--min', 'lots')).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: "docspec: option '--min <percent>' argument 'lots' is invalid. must be a percentage from 0 to 100\n",
    });
  });
});
