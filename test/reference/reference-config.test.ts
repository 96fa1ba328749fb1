import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { FatalError } from '../../src/errors.js';
import { applyFilter, kebab, mintlifyMethodPathSlug, mintlifyUrlSlug } from '../../src/reference/filters.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Loads a config file with these lines after `docs` and `specs` (one spec, `s.yaml`). */
async function loadWith(...lines: string[]) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'docspec-reference-')));
  made.push(root);
  writeFileSync(path.join(root, 'docspec.config.yaml'), ['docs: ["a/**"]', 'specs:', '  - path: s.yaml', ...lines, ''].join('\n'));
  return { root, load: () => loadConfig({ cwd: root, knownRules: [] }) };
}

async function fatalOf(...lines: string[]): Promise<string> {
  const { load } = await loadWith(...lines);
  const error = await load().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FatalError);
  return (error as Error).message;
}

describe('reference config', () => {
  it('resolves the prefix without a trailing slash and the spec to an absolute path', async () => {
    const { root, load } = await loadWith('reference:', '  - { preset: fumadocs, prefix: "docs/api/", spec: s.yaml }');
    expect((await load()).reference).toEqual([{ preset: 'fumadocs', prefix: '/docs/api', spec: 's.yaml', specPath: path.join(root, 's.yaml') }]);
  });

  it('names the key of an unknown preset', async () => {
    expect(await fatalOf('reference:', '  - preset: swagger-ui', '    prefix: /api')).toBe(
      'invalid config docspec.config.yaml:5: "reference[0].preset" must be one of "redoc", "mintlify", "docusaurus", "fumadocs", "custom"',
    );
  });

  it('wants a prefix, and a template with preset custom only', async () => {
    expect(await fatalOf('reference:', '  - preset: redoc')).toBe('invalid config docspec.config.yaml:5: missing required key "reference[0].prefix"');
    expect(await fatalOf('reference:', '  - preset: custom', '    prefix: /api')).toBe('invalid config docspec.config.yaml:5: missing required key "reference[0].template"');
    expect(await fatalOf('reference:', '  - preset: mintlify', '    prefix: /api', '    template: "/{tag}"')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].template" is only read with preset "custom"; preset "mintlify" has its own URLs',
    );
    expect(await fatalOf('reference:', '  - preset: custom', '    prefix: /api', '    template: 3')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].template" must be a string or an array of strings',
    );
  });

  it('rejects a template it cannot read, and a spec the config does not list', async () => {
    expect(await fatalOf('reference:', '  - preset: custom', '    prefix: /api', '    template: "/{tags}/{operationId}"')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].template": unknown placeholder {tags} in "/{tags}/{operationId}" (known: {tag}, {operationId}, {summary}, {method}, {path})',
    );
    expect(await fatalOf('reference:', '  - preset: custom', '    prefix: /api', '    template: "/{operationId|camel}"')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].template": unknown filter "camel" in "/{operationId|camel}" (known: raw, slug, kebab, mintlify, redoc)',
    );
    expect(await fatalOf('reference:', '  - preset: custom', '    prefix: /api', '    template: ["/{operationId}", "#{operationId}"]')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].template" mixes page URLs ("/…") and fragments ("#…"); use one reference for each',
    );
    expect(await fatalOf('reference:', '  - preset: redoc', '    prefix: /api', '    spec: other.yaml')).toBe(
      'invalid config docspec.config.yaml:7: "reference[0].spec" names no spec of "specs" ("s.yaml")',
    );
  });
});

describe('URL filters', () => {
  it('kebab splits camelCase, acronyms, digits and separators the way lodash does', () => {
    expect(kebab('createBrowserLoginFlow')).toBe('create-browser-login-flow');
    expect(kebab('getHTTPResponse')).toBe('get-http-response');
    expect(kebab('create_action')).toBe('create-action');
    expect(kebab('List all pets')).toBe('list-all-pets');
    expect(kebab('getV2Users')).toBe('get-v-2-users');
  });

  it("mintlify follows Mintlify's endpoint-URL page: spaces to hyphens, { } ( ) , . ' / removed, lower case, the rest kept", () => {
    expect(mintlifyUrlSlug('Get user')).toBe('get-user');
    expect(mintlifyUrlSlug('Search & List Entities')).toBe('search-&-list-entities');
    expect(mintlifyUrlSlug("Get user's posts (v1.2)")).toBe('get-users-posts-v12');
    expect(mintlifyUrlSlug('Is it up? Yes: now')).toBe('is-it-up?-yes:-now');
    expect(mintlifyMethodPathSlug('get', '/users/{id}/posts')).toBe('get-users-posts');
  });

  it('slug is github-slugger and redoc keeps case', () => {
    expect(applyFilter('Pet Store', 'slug')).toBe('pet-store');
    expect(applyFilter('Pet Store', 'redoc')).toBe('Pet-Store');
  });
});
