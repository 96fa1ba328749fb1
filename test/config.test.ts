import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type LoadConfigOptions } from '../src/config/load.js';
import { FatalError } from '../src/errors.js';

const knownRules = ['endpoint-exists', 'host-tier', 'parse-error'];
const KNOWN = 'known rules: endpoint-exists, host-tier, parse-error';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder (real path, so it compares equal to what the loader resolves) holding the given files. */
function project(files: Record<string, string> = {}): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'docspec-config-')));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

function folder(root: string, relative: string): string {
  const dir = path.join(root, relative);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

const MINIMAL = yaml('docs: ["content/docs/**/*.{md,mdx}"]', 'specs:', '  - path: openapi/management.yaml');

function load(options: Omit<LoadConfigOptions, 'knownRules'>) {
  return loadConfig({ ...options, knownRules });
}

/** The FatalError message of a load that must fail; it is always one line. */
async function fatal(options: Omit<LoadConfigOptions, 'knownRules'>): Promise<string> {
  let error: unknown;
  try {
    await load(options);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(FatalError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

/** The message for one config file's text, loaded from its own folder. */
function fatalFor(text: string, name = 'docspec.config.yaml'): Promise<string> {
  const root = project({ [name]: text });
  return fatal({ cwd: root });
}

// ---------------------------------------------------------------------------

describe('finding the config', () => {
  it('searches upward from a nested folder and resolves paths relative to the config file, with defaults', async () => {
    const root = project({ 'docspec.config.yaml': MINIMAL });
    const config = await load({ cwd: folder(root, 'content/docs/platform') });
    expect(config).toEqual({
      file: path.join(root, 'docspec.config.yaml'),
      rootDir: root,
      docs: ['content/docs/**/*.{md,mdx}'],
      ignore: [],
      specs: [{ path: 'openapi/management.yaml', absolutePath: path.join(root, 'openapi/management.yaml') }],
      hosts: [],
      ignoreEndpoints: [],
      credentials: {},
      tiers: {},
      // With no site.contentDir, the content folder is where the docs globs start.
      site: { contentDir: path.join(root, 'content/docs'), baseUrl: '/', slugs: 'github' },
      rules: {},
      allowRemoteRefs: false,
      reportUnusedDirectives: 'warn',
      reference: [],
    });
    expect(path.isAbsolute(config.file!)).toBe(true);
    expect(path.isAbsolute(config.specs[0]!.absolutePath)).toBe(true);
  });

  it('takes the nearest config on the way up', async () => {
    const root = project({
      'docspec.config.yaml': MINIMAL,
      'site/docspec.config.json': JSON.stringify({ docs: ['pages/**/*.md'], specs: [{ path: '../api/openapi.json', tier: 'cp' }] }),
    });
    const config = await load({ cwd: folder(root, 'site/pages') });
    expect(config.file).toBe(path.join(root, 'site/docspec.config.json'));
    expect(config.rootDir).toBe(path.join(root, 'site'));
    expect(config.docs).toEqual(['pages/**/*.md']);
    expect(config.specs).toEqual([{ path: '../api/openapi.json', tier: 'cp', absolutePath: path.join(root, 'api/openapi.json') }]);
  });

  it('finds docspec.config.yml', async () => {
    const root = project({ 'docspec.config.yml': MINIMAL });
    const config = await load({ cwd: root });
    expect(config.file).toBe(path.join(root, 'docspec.config.yml'));
    expect(config.docs).toEqual(['content/docs/**/*.{md,mdx}']);
  });

  it('reads the "docspec" key of package.json, relative to the package folder', async () => {
    const root = project({
      'package.json': JSON.stringify({ name: 'site', docspec: { docs: ['docs/**/*.mdx'], specs: [{ path: 'spec/api.yaml' }], hosts: ['api.example.com'] } }),
    });
    const config = await load({ cwd: folder(root, 'docs/guides') });
    expect(config.file).toBe(path.join(root, 'package.json'));
    expect(config.rootDir).toBe(root);
    expect(config.docs).toEqual(['docs/**/*.mdx']);
    expect(config.hosts).toEqual(['api.example.com']);
    expect(config.specs).toEqual([{ path: 'spec/api.yaml', absolutePath: path.join(root, 'spec/api.yaml') }]);
  });

  it('passes over a package.json without a "docspec" key', async () => {
    const root = project({ 'docspec.config.yaml': MINIMAL, 'packages/site/package.json': JSON.stringify({ name: 'site' }) });
    const config = await load({ cwd: path.join(root, 'packages/site') });
    expect(config.file).toBe(path.join(root, 'docspec.config.yaml'));
  });

  it('prefers docspec.config.yaml over package.json in the same folder', async () => {
    const root = project({
      'docspec.config.yaml': MINIMAL,
      'package.json': JSON.stringify({ name: 'site', docspec: { docs: ['other/**'], specs: [{ path: 'other.yaml' }] } }),
    });
    const config = await load({ cwd: root });
    expect(config.file).toBe(path.join(root, 'docspec.config.yaml'));
    expect(config.docs).toEqual(['content/docs/**/*.{md,mdx}']);
  });

  it('loads --config relative to cwd, with any file name, and does not search', async () => {
    const root = project({
      'docspec.config.yaml': yaml('docs: ["ignored/**"]', 'specs:', '  - path: ignored.yaml'),
      'config/docs.yaml': yaml('docs: ["../content/**/*.mdx"]', 'specs:', '  - path: ../openapi/api.yaml'),
    });
    const config = await load({ cwd: root, configFile: 'config/docs.yaml' });
    expect(config.file).toBe(path.join(root, 'config/docs.yaml'));
    expect(config.rootDir).toBe(path.join(root, 'config'));
    expect(config.docs).toEqual(['../content/**/*.mdx']);
    expect(config.specs).toEqual([{ path: '../openapi/api.yaml', absolutePath: path.join(root, 'openapi/api.yaml') }]);
  });

  it('loads --config given as an absolute path, whatever the cwd', async () => {
    const root = project({ 'conf/docspec.config.yaml': MINIMAL });
    const elsewhere = project();
    const config = await load({ cwd: elsewhere, configFile: path.join(root, 'conf/docspec.config.yaml') });
    expect(config.file).toBe(path.join(root, 'conf/docspec.config.yaml'));
    expect(config.specs[0]!.absolutePath).toBe(path.join(root, 'conf/openapi/management.yaml'));
  });
});

describe('resolving the config', () => {
  it('reads rules given as a severity and as [severity, options]', async () => {
    const root = project({
      'docspec.config.yaml': yaml(
        'docs: ["a/**"]',
        'specs:',
        '  - path: s.yaml',
        'rules:',
        '  endpoint-exists: warn',
        '  host-tier: ["warn", {}]',
        '  parse-error: ["error", { maxLength: 3 }]',
      ),
    });
    expect((await load({ cwd: root })).rules).toEqual({
      'endpoint-exists': { severity: 'warn', options: {} },
      'host-tier': { severity: 'warn', options: {} },
      'parse-error': { severity: 'error', options: { maxLength: 3 } },
    });
  });

  it('reads a one-item [severity] rule with empty options, and off', async () => {
    const root = project({ 'docspec.config.yaml': yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'rules:', '  endpoint-exists: ["off"]', '  host-tier: off') });
    expect((await load({ cwd: root })).rules).toEqual({
      'endpoint-exists': { severity: 'off', options: {} },
      'host-tier': { severity: 'off', options: {} },
    });
  });

  it('keeps every section as written and fills in what is missing', async () => {
    const root = project({
      'docs-site/docspec.config.yaml': yaml(
        '$schema: ./node_modules/docspec/docspec.schema.json',
        'docs: ["content/docs/**/*.{md,mdx}"]',
        'ignore: ["content/docs/changelog/**"]',
        'specs:',
        '  - path: openapi/management.yaml',
        '    tier: cp',
        '  - path: /abs/tenant.yaml',
        'hosts: ["gateway.example.com", "$API_URL"]',
        'ignoreEndpoints: ["/api/auth/**"]',
        'tiers:',
        '  cp:',
        '    servers: ["https://api.example.com"]',
        '    hosts: ["api.example.com", "$CP_URL"]',
        '    words: ["control plane", "CP"]',
        '  tenant:',
        '    hosts: ["*.example.com"]',
        '    pages: ["content/docs/tenant/**"]',
        'site:',
        '  contentDir: content/docs',
        '  slugs: mintlify',
        'allowRemoteRefs: true',
        'reportUnusedDirectives: error',
      ),
    });
    const rootDir = path.join(root, 'docs-site');
    expect(await load({ cwd: rootDir })).toEqual({
      file: path.join(rootDir, 'docspec.config.yaml'),
      rootDir,
      docs: ['content/docs/**/*.{md,mdx}'],
      ignore: ['content/docs/changelog/**'],
      specs: [
        { path: 'openapi/management.yaml', tier: 'cp', absolutePath: path.join(rootDir, 'openapi/management.yaml') },
        { path: '/abs/tenant.yaml', absolutePath: '/abs/tenant.yaml' },
      ],
      hosts: ['gateway.example.com', '$API_URL'],
      ignoreEndpoints: ['/api/auth/**'],
      credentials: {},
      tiers: {
        cp: { servers: ['https://api.example.com'], hosts: ['api.example.com', '$CP_URL'], words: ['control plane', 'CP'] },
        tenant: { hosts: ['*.example.com'], pages: ['content/docs/tenant/**'] },
      },
      site: { contentDir: path.join(rootDir, 'content/docs'), baseUrl: '/', slugs: 'mintlify' },
      rules: {},
      allowRemoteRefs: true,
      reportUnusedDirectives: 'error',
      reference: [],
    });
  });

  it('reads a content folder holding docs.json as a Mintlify site, unless site.slugs says otherwise', async () => {
    const mintlify = project({ 'docspec.config.yaml': yaml('docs: ["docs/**/*.mdx"]', 'specs:', '  - path: s.yaml'), 'docs/docs.json': '{}' });
    expect((await load({ cwd: mintlify })).site).toEqual({ contentDir: path.join(mintlify, 'docs'), baseUrl: '/', slugs: 'mintlify' });
    const pinned = project({ 'docspec.config.yaml': yaml('docs: ["docs/**/*.mdx"]', 'specs:', '  - path: s.yaml', 'site:', '  slugs: github'), 'docs/docs.json': '{}' });
    expect((await load({ cwd: pinned })).site.slugs).toBe('github');
  });

  it('fills in site.contentDir when only baseUrl is given: the folder the docs globs share', async () => {
    const root = project({ 'docspec.config.yaml': yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'site:', '  baseUrl: /docs') });
    expect((await load({ cwd: root })).site).toEqual({ contentDir: path.join(root, 'a'), baseUrl: '/docs', slugs: 'github' });
    const several = project({ 'docspec.config.yaml': yaml('docs: ["site/docs/**/*.mdx", "site/docs/api/*.md", "README.md"]', 'specs:', '  - path: s.yaml') });
    expect((await load({ cwd: several })).site.contentDir).toBe(several);
    const nested = project({ 'docspec.config.yaml': yaml('docs: ["site/docs/**/*.mdx", "site/docs/api/*.md"]', 'specs:', '  - path: s.yaml') });
    expect((await load({ cwd: nested })).site.contentDir).toBe(path.join(nested, 'site/docs'));
  });
});

// ---------------------------------------------------------------------------

describe('config errors (one line naming the file, the line when known, and the key)', () => {
  it('unknown key, nested, with its line', async () => {
    expect(
      await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'tiers:', '  cp:', '    hostz: ["api.example.com"]')),
    ).toBe('invalid config docspec.config.yaml:6: unknown key "tiers.cp.hostz"');
  });

  it('names a config found above the cwd by its absolute path', async () => {
    const root = project({ 'docspec.config.yaml': yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'tiers:', '  cp:', '    hostz: []') });
    expect(await fatal({ cwd: folder(root, 'content/docs') })).toBe(
      `invalid config ${path.join(root, 'docspec.config.yaml')}:6: unknown key "tiers.cp.hostz"`,
    );
  });

  it('unknown key at the top level is named before the required key it replaces', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specz:', '  - path: s.yaml'))).toBe('invalid config docspec.config.yaml:2: unknown key "specz"');
  });

  it('unknown key in a spec entry', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', '    teir: cp'))).toBe(
      'invalid config docspec.config.yaml:4: unknown key "specs[0].teir"',
    );
  });

  it('wrong types', async () => {
    expect(await fatalFor(yaml('specs:', '  - path: s.yaml', 'docs: content/**/*.mdx'))).toBe('invalid config docspec.config.yaml:3: "docs" must be an array');
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'allowRemoteRefs: "yes"'))).toBe(
      'invalid config docspec.config.yaml:4: "allowRemoteRefs" must be a boolean',
    );
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: 42'))).toBe('invalid config docspec.config.yaml:3: "specs[0].path" must be a string');
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'tiers:', '  cp:', '    servers: [1]'))).toBe(
      'invalid config docspec.config.yaml:6: "tiers.cp.servers[0]" must be a string',
    );
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'rules:', '  endpoint-exists: ["warn", 3]'))).toBe(
      'invalid config docspec.config.yaml:5: "rules.endpoint-exists[1]" must be an object',
    );
  });

  it('a document that is not a mapping', async () => {
    expect(await fatalFor(yaml('- docs'))).toBe('invalid config docspec.config.yaml: "(root)" must be an object');
  });

  it('missing docs, specs, or a spec path', async () => {
    expect(await fatalFor(yaml('specs:', '  - path: s.yaml'))).toBe('invalid config docspec.config.yaml: missing required key "docs"');
    expect(await fatalFor(yaml('docs: ["a/**"]'))).toBe('invalid config docspec.config.yaml: missing required key "specs"');
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - tier: cp'))).toBe('invalid config docspec.config.yaml:3: missing required key "specs[0].path"');
  });

  it('empty lists and strings', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs: []'))).toBe('invalid config docspec.config.yaml:2: "specs" must have at least 1 item');
    expect(await fatalFor(yaml('docs: []', 'specs:', '  - path: s.yaml'))).toBe('invalid config docspec.config.yaml:1: "docs" must have at least 1 item');
    expect(await fatalFor(yaml('docs:', '  - ""', 'specs:', '  - path: s.yaml'))).toBe('invalid config docspec.config.yaml:2: "docs[0]" must not be empty');
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'ignoreEndpoints: ["/api/auth/**", ""]'))).toBe(
      'invalid config docspec.config.yaml:4: "ignoreEndpoints[1]" must not be empty',
    );
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', '    tier: ""'))).toBe(
      'invalid config docspec.config.yaml:4: "specs[0].tier" must not be empty',
    );
  });

  it('unknown slug flavour', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'site:', '  slugs: gitlab'))).toBe(
      'invalid config docspec.config.yaml:5: "site.slugs" must be one of "github", "mintlify"',
    );
  });

  it('bad severity', async () => {
    const base = ['docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'rules:'];
    expect(await fatalFor(yaml(...base, '  endpoint-exists: fatal'))).toBe(
      'invalid config docspec.config.yaml:5: "rules.endpoint-exists" must be "off", "warn", "error" or ["off"|"warn"|"error", {options}]',
    );
    expect(await fatalFor(yaml(...base, '  endpoint-exists: ["fatal"]'))).toBe(
      'invalid config docspec.config.yaml:5: "rules.endpoint-exists[0]" must be one of "off", "warn", "error"',
    );
    expect(await fatalFor(yaml(...base, '  endpoint-exists: ["warn", {}, 3]'))).toBe(
      'invalid config docspec.config.yaml:5: "rules.endpoint-exists" must be "off", "warn", "error" or ["off"|"warn"|"error", {options}]',
    );
  });

  it('bad reportUnusedDirectives', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'reportUnusedDirectives: loud'))).toBe(
      'invalid config docspec.config.yaml:4: "reportUnusedDirectives" must be one of "off", "warn", "error"',
    );
  });

  it('unknown rule id', async () => {
    expect(await fatalFor(yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', 'rules:', '  endpoint-exists: warn', '  no-such-rule: error'))).toBe(
      `invalid config docspec.config.yaml:6: unknown rule "no-such-rule" (${KNOWN})`,
    );
  });

  it('lines in a JSON config file', async () => {
    const text = JSON.stringify({ docs: ['a/**'], specs: [{ path: 's.yaml' }], tiers: { cp: { words: 'CP' } } }, null, 2);
    expect(await fatalFor(text, 'docspec.config.json')).toBe('invalid config docspec.config.json:12: "tiers.cp.words" must be an array');
  });

  it('lines and keys inside the "docspec" key of package.json', async () => {
    const config = { docs: ['content/**/*.mdx'], specs: [{ path: 'spec.yaml' }] };
    expect(await fatalFor(JSON.stringify({ name: 'site', private: true, docspec: { ...config, hostz: [] } }, null, 2), 'package.json')).toBe(
      'invalid config package.json:13: unknown key "hostz"',
    );
    expect(await fatalFor(JSON.stringify({ name: 'site', private: true, docspec: { ...config, rules: { nope: 'warn' } } }, null, 2), 'package.json')).toBe(
      `invalid config package.json:14: unknown rule "nope" (${KNOWN})`,
    );
  });

  it('a --config JSON file whose name merely ends in package.json is the config itself', async () => {
    const root = project({ 'my-package.json': JSON.stringify({ docs: ['content/**/*.mdx'], specs: [{ path: 'spec.yaml' }], hostz: [] }, null, 2) });
    expect(await fatal({ cwd: root, configFile: 'my-package.json' })).toBe('invalid config my-package.json:10: unknown key "hostz"');
  });

  it('YAML syntax error in --config, with its line and column', async () => {
    const root = project({ 'config/docspec.yaml': yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', ' tiers: {}') });
    expect(await fatal({ cwd: root, configFile: 'config/docspec.yaml' })).toBe(
      'cannot read config config/docspec.yaml: bad indentation of a mapping entry (line 4, column 2)',
    );
  });

  it('YAML syntax error in a config found by search names that file', async () => {
    const root = project({ 'docspec.config.yaml': yaml('docs: ["a/**"]', 'specs:', '  - path: s.yaml', ' tiers: {}') });
    expect(await fatal({ cwd: root })).toBe('cannot read config docspec.config.yaml: bad indentation of a mapping entry (line 4, column 2)');
  });

  it('JSON syntax error keeps the parser\'s reason on one line', async () => {
    const root = project({ 'docspec.config.json': '{ "docs": ["a"], }' });
    expect(await fatal({ cwd: root })).toMatch(/^cannot read config docspec\.config\.json: .*(property name|Unexpected token).*position 17/);
  });

  it('a comment-only config, given or found, is empty', async () => {
    const root = project({ 'docspec.config.yaml': '# nothing yet\n' });
    expect(await fatal({ cwd: root, configFile: 'docspec.config.yaml' })).toBe('invalid config docspec.config.yaml: the file is empty');
    expect(await fatal({ cwd: root })).toBe('invalid config docspec.config.yaml: the file is empty');
  });

  it('empty --config file', async () => {
    const root = project({ 'docspec.config.yaml': '' });
    expect(await fatal({ cwd: root, configFile: 'docspec.config.yaml' })).toBe('invalid config docspec.config.yaml: the file is empty');
  });

  it('no config found', async () => {
    const root = project();
    const cwd = folder(root, 'a/b');
    expect(await fatal({ cwd })).toBe(
      `no docspec config found in ${cwd} or above (looked for docspec.config.yaml, docspec.config.yml, docspec.config.json and a "docspec" key in package.json); create one or pass --config`,
    );
  });

  it('--config that does not exist, is a folder, or has no loader', async () => {
    const root = project({ 'conf/readme.txt': 'x', 'docspec.toml': 'docs = []' });
    expect(await fatal({ cwd: root, configFile: 'missing.yaml' })).toBe('cannot read config missing.yaml: no such file');
    expect(await fatal({ cwd: root, configFile: 'conf' })).toBe('cannot read config conf: is a directory');
    expect(await fatal({ cwd: root, configFile: 'docspec.toml' })).toBe('cannot read config docspec.toml: No loader specified for extension ".toml"');
  });
});
