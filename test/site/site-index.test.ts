import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import type { RawConfig } from '../../src/config/types.js';
import { HostClassifier } from '../../src/extract/url.js';
import { lint } from '../../src/lint/lint.js';
import { PageStore } from '../../src/lint/pages.js';
import { SiteIndex } from '../../src/site/site-index.js';
import { workspace } from '../helpers/workspace.js';

const SPEC = "openapi: 3.1.0\ninfo: { title: Acme, version: '1' }\npaths: {}\n";

const files = {
  'openapi.yaml': SPEC,
  'content/docs/index.mdx': '# Home\n',
  'content/docs/platform/index.mdx': '# Platform\n',
  'content/docs/platform/tasks.mdx': '# Tasks\n\n[a](./auth#keys) [b](/docs/platform/auth#nope)\n',
  'content/docs/platform/auth.mdx': '# Auth\n\n## Keys\n',
  'content/docs/platform/guides/rotate.md': '# Rotate\n',
  'content/docs/(reference)/errors.mdx': '# Errors\n',
  'content/docs/api-reference/intro.mdx': '# API\n',
  'content/docs/docs.json': JSON.stringify({ navigation: { tabs: [{ tab: 'API', openapi: { source: '/openapi.json', directory: 'api-reference' } }] } }),
  'content/docs/logo.png': 'png',
  'README.md': '# Readme\n',
};

async function siteOf(root: string, site: RawConfig['site'] = {}): Promise<{ index: SiteIndex; loads: string[] }> {
  const config = resolveConfig({ docs: ['content/docs/**/*.{md,mdx}'], specs: [{ path: 'openapi.yaml' }], site: { contentDir: 'content/docs', baseUrl: '/docs', slugs: 'github', ...site } }, undefined, root);
  const store = new PageStore(new HostClassifier([]), config.site.slugs);
  const loads: string[] = [];
  const counting = { get: (file: string) => (loads.push(path.relative(root, file)), store.get(file)) };
  const pages = Object.keys(files).filter((name) => /\.mdx?$/.test(name) && name.startsWith('content/')).map((name) => path.join(root, name));
  return { index: await SiteIndex.build(config, pages, counting), loads };
}

describe('SiteIndex.resolve', () => {
  const root = workspace(files);
  const tasks = path.join(root, 'content/docs/platform/tasks.mdx');
  const at = (name: string) => path.join(root, name);

  it('maps URLs and relative paths to page files the Fumadocs way', async () => {
    const { index } = await siteOf(root);
    const resolve = (url: string) => index.resolve(tasks, url);
    expect(resolve('#keys')).toEqual({ kind: 'page', file: tasks });
    expect(resolve('?tab=x')).toEqual({ kind: 'page', file: tasks });
    expect(resolve('/docs')).toEqual({ kind: 'page', file: at('content/docs/index.mdx') });
    expect(resolve('/docs/platform/')).toEqual({ kind: 'page', file: at('content/docs/platform/index.mdx') });
    expect(resolve('/docs/platform/auth.mdx#keys')).toEqual({ kind: 'page', file: at('content/docs/platform/auth.mdx') });
    expect(resolve('/docs/errors')).toEqual({ kind: 'page', file: at('content/docs/(reference)/errors.mdx') });
    expect(resolve('/docs/platform/guides/rotate')).toEqual({ kind: 'page', file: at('content/docs/platform/guides/rotate.md') });
    expect(resolve('./auth')).toEqual({ kind: 'page', file: at('content/docs/platform/auth.mdx') });
    expect(resolve('guides/rotate.md')).toEqual({ kind: 'page', file: at('content/docs/platform/guides/rotate.md') });
    expect(resolve('../platform')).toEqual({ kind: 'page', file: at('content/docs/platform/index.mdx') });
    expect(resolve('../../../README.md')).toEqual({ kind: 'page', file: at('README.md') });
    expect(resolve('/docs/logo.png')).toEqual({ kind: 'file', file: at('content/docs/logo.png') });
    expect(resolve('https://example.com/docs/x')).toEqual({ kind: 'external' });
    expect(resolve('/blog/post')).toEqual({ kind: 'outside' });
    expect(resolve('/docsearch')).toEqual({ kind: 'outside' });
  });

  it('says what is missing and whether it is a folder', async () => {
    const { index } = await siteOf(root);
    expect(index.resolve(tasks, './missing#x')).toEqual({ kind: 'missing', expected: 'page', style: 'relative', attempted: at('content/docs/platform/missing'), folder: false });
    expect(index.resolve(tasks, '/docs/platform/guides')).toEqual({ kind: 'missing', expected: 'page', style: 'absolute', attempted: at('content/docs/platform/guides'), folder: true });
    expect(index.resolve(tasks, '/docs/logo.svg')).toEqual({ kind: 'missing', expected: 'file', style: 'absolute', attempted: at('content/docs/logo.svg'), folder: false });
    expect(index.resolve(tasks, '/docs/releases/v1.2')).toMatchObject({ kind: 'missing', expected: 'page' });
  });

  it('on Mintlify, leaves folder URLs and generated OpenAPI pages unchecked', async () => {
    const { index } = await siteOf(root, { baseUrl: '/', slugs: 'mintlify' });
    expect(index.resolve(tasks, '/platform/guides')).toEqual({ kind: 'unchecked', reason: 'folder' });
    expect(index.resolve(tasks, './guides')).toEqual({ kind: 'unchecked', reason: 'folder' });
    expect(index.resolve(tasks, '/api-reference/users/list-users')).toEqual({ kind: 'unchecked', reason: 'generated' });
    expect(index.resolve(tasks, '/api-reference/intro')).toEqual({ kind: 'page', file: at('content/docs/api-reference/intro.mdx') });
    expect(index.resolve(tasks, '/platform/nope')).toMatchObject({ kind: 'missing' });
  });
});

describe('SiteIndex.prepare', () => {
  it('loads each page a link with a fragment leads to, once, and no other page', async () => {
    const root = workspace(files);
    const { index, loads } = await siteOf(root);
    const store = new PageStore(new HostClassifier([]));
    const tasks = await store.get(path.join(root, 'content/docs/platform/tasks.mdx'));
    await index.prepare(tasks.claims);
    await index.prepare(tasks.claims);
    expect(loads).toEqual(['content/docs/platform/tasks.mdx', 'content/docs/platform/auth.mdx']);
    expect([...index.anchorsOf(path.join(root, 'content/docs/platform/auth.mdx'))!.ids]).toEqual(['auth', 'keys']);
  });
});

describe('linting a few files (pre-commit)', () => {
  it('resolves links against the whole tree and reports only the given files', async () => {
    const root = workspace({
      ...files,
      'content/docs/platform/other.mdx': '[broken](#nowhere)\n',
    });
    const config: RawConfig = { docs: ['content/docs/**/*.{md,mdx}'], specs: [{ path: 'openapi.yaml' }], site: { contentDir: 'content/docs', baseUrl: '/docs', slugs: 'github' } };
    const run = await lint({ cwd: root, config, files: ['content/docs/platform/tasks.mdx'] });
    expect(run.results.map((result) => [path.relative(root, result.file), result.diagnostics.map((d) => `${d.position.start.line}:${d.position.start.column} ${d.ruleId} ${d.message}`)])).toEqual([
      ['content/docs/platform/tasks.mdx', ['3:42 anchor-exists #nope matches no GitHub heading slug or id in platform/auth.mdx']],
    ]);
  });
});

describe('site config', () => {
  it('stops the run when site.contentDir is not a folder, since every site-absolute link would be reported', async () => {
    const root = workspace({ 'openapi.yaml': SPEC, 'docs/a.mdx': '# A\n' });
    const config: RawConfig = { docs: ['docs/**/*.mdx'], specs: [{ path: 'openapi.yaml' }], site: { contentDir: 'content/docs' } };
    await expect(lint({ cwd: root, config })).rejects.toThrow('invalid config inline config: site.contentDir content/docs is not a folder');
    // Only the rules that read the site (links, navigation files) need it: with them off, the same config runs.
    await expect(lint({ cwd: root, config, ruleOverrides: { 'anchor-exists': 'off', 'link-target': 'off', 'reference-link': 'off', 'nav-entry': 'off' } })).resolves.toBeDefined();
  });
});
