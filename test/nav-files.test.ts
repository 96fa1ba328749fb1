import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/lint.js';
import { getFormatter } from '../src/report/index.js';
import { collectNavFiles } from '../src/nav/collect.js';
import { parseJsonSource } from '../src/nav/json-source.js';

const SPEC = "openapi: 3.0.3\ninfo: { title: Acme, version: '1' }\npaths:\n  /tasks:\n    get:\n      responses: { '200': { description: ok } }\n";
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-nav-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const config = { docs: ['docs/**/*.mdx'], specs: [{ path: 'openapi.yaml' }], site: { contentDir: 'docs' } };

describe('navigation files', () => {
  it('are results of their own, in file order, in the json and stylish formats', async () => {
    const root = workspace({ 'openapi.yaml': SPEC, 'docs/a.mdx': '# A\n', 'docs/meta.json': '{\n  "pages": ["a", "b"]\n}\n', 'docs/z.mdx': '# Z\n' });
    const run = await lint({ cwd: root, config });
    expect(run.results.map((result) => path.relative(root, result.file))).toEqual(['docs/a.mdx', 'docs/meta.json', 'docs/z.mdx']);
    const json = JSON.parse(getFormatter('json')(run.results, { cwd: root, color: false })) as Array<{ filePath: string; messages: unknown[]; errorCount: number }>;
    expect(json[1]).toEqual({
      filePath: 'docs/meta.json',
      messages: [{ ruleId: 'nav-entry', severity: 2, message: '"b" names no page or folder in ./; did you mean "a"?', line: 2, column: 18, endLine: 2, endColumn: 21 }],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(getFormatter('stylish')(run.results, { cwd: root, color: false })).toContain('docs/meta.json\n  2:18  error  "b" names no page or folder in ./; did you mean "a"?  nav-entry\n');
  });

  it('are reported, given files, only when they are among them', async () => {
    const root = workspace({ 'openapi.yaml': SPEC, 'docs/a.mdx': '# A\n', 'docs/meta.json': '{ "pages": ["b"] }\n' });
    expect((await lint({ cwd: root, config, files: ['docs/a.mdx'] })).results.map((result) => path.basename(result.file))).toEqual(['a.mdx']);
    const run = await lint({ cwd: root, config, files: ['docs/meta.json'] });
    expect(run.results.map((result) => [path.basename(result.file), result.diagnostics.length])).toEqual([['meta.json', 1]]);
  });

  it('are the docs.json at the content root and every meta.json in a folder holding pages', async () => {
    const root = workspace({ 'docs/docs.json': '{}', 'docs/mint.json': '{}', 'docs/a/meta.json': '{}', 'docs/a/x.mdx': '', 'docs/fixtures/meta.json': '{}' });
    const pages = [path.join(root, 'docs/a/x.mdx')];
    expect((await collectNavFiles(path.join(root, 'docs'), pages)).map((file) => path.relative(root, file))).toEqual(['docs/a/meta.json', 'docs/docs.json']);
  });
});

describe('parseJsonSource', () => {
  it('keeps every value\'s range', () => {
    const parsed = parseJsonSource('{ "pages": ["a", 1, true, null] }');
    expect(parsed).toEqual({
      root: {
        type: 'object',
        range: [0, 33],
        entries: [
          {
            key: 'pages',
            value: {
              type: 'array',
              range: [11, 31],
              items: [
                { type: 'string', value: 'a', range: [12, 15] },
                { type: 'scalar', value: 1, range: [17, 18] },
                { type: 'scalar', value: true, range: [20, 24] },
                { type: 'scalar', value: null, range: [26, 30] },
              ],
            },
          },
        ],
      },
    });
  });

  it('rejects what JSON.parse rejects, at the offending character', () => {
    expect(parseJsonSource('{"a": 1,}')).toEqual({ error: { message: 'Expected a property name in double quotes, found "}"', offset: 8 } });
    expect(parseJsonSource('{"a": 1} // note')).toEqual({ error: { message: 'Expected the end of the file, found "/"', offset: 9 } });
    expect(parseJsonSource("{'a': 1}")).toEqual({ error: { message: `Expected a property name in double quotes, found "'"`, offset: 1 } });
  });
});
