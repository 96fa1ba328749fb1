import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/lint.js';
import { fingerprintOf } from '../src/package-info.js';
import { SMALL_CONFIG, SMALL_SPEC, workspace } from './helpers/workspace.js';

const messages = async (root: string) =>
  (await lint({ cwd: root, cacheFile: '.cache/pages.json' })).results.flatMap((result) => result.diagnostics.map((d) => `${path.basename(d.file)}:${d.position.start.line} ${d.message}`));

describe('--cache', () => {
  it('gives the same findings from the cache as from parsing, and re-reads a page whose text changed', async () => {
    const root = workspace({
      'docspec.config.yaml': SMALL_CONFIG,
      'openapi.yaml': SMALL_SPEC,
      'docs/a.mdx': 'Remove one with `DELETE /users/{id}`.\n',
      'docs/b.md': 'List them with `GET /users`.\n',
    });
    const cold = await messages(root);
    expect(cold).toEqual(['a.mdx:1 DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)']);
    const cache = JSON.parse(readFileSync(path.join(root, '.cache/pages.json'), 'utf8'));
    expect(Object.keys(cache.pages).map((file) => path.basename(file)).sort()).toEqual(['a.mdx', 'b.md']);

    expect(await messages(root)).toEqual(cold);

    writeFileSync(path.join(root, 'docs/b.md'), 'Then `PATCH /users`.\n');
    expect(await messages(root)).toEqual([...cold, 'b.md:1 PATCH /users is not in the spec: the path allows GET (openapi.yaml:6)']);
  });

  it('drops cached pages when what extraction depends on changes (the API hosts)', async () => {
    const root = workspace({
      'docspec.config.yaml': SMALL_CONFIG,
      'openapi.yaml': SMALL_SPEC,
      'docs/a.mdx': '```bash\ncurl -X DELETE https://api.other.com/users/1\n```\n',
    });
    expect(await messages(root)).toEqual([]);
    writeFileSync(path.join(root, 'docspec.config.yaml'), `${SMALL_CONFIG}hosts: ["api.other.com"]\n`);
    expect(await messages(root)).toEqual(['a.mdx:2 DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)']);
  });
});

describe('the extractor fingerprint', () => {
  it('changes with any module that shapes cached claims, in subfolders and single files too, and with nothing else', () => {
    const root = workspace({
      'extract/page.ts': 'a',
      'extract/notations/curl.ts': 'b',
      'docs/parse.ts': 'c',
      'lint/pages.ts': 'd',
      'lint/lint.ts': 'e',
      'rules/x.ts': 'f',
    });
    let previous = fingerprintOf(root);
    expect(fingerprintOf(root)).toBe(previous);
    for (const file of ['extract/notations/curl.ts', 'docs/parse.ts', 'lint/pages.ts']) {
      writeFileSync(path.join(root, file), 'changed');
      const now = fingerprintOf(root);
      expect(now, file).not.toBe(previous);
      previous = now;
    }
    const after = previous;
    writeFileSync(path.join(root, 'lint/lint.ts'), 'changed');
    writeFileSync(path.join(root, 'rules/x.ts'), 'changed');
    expect(fingerprintOf(root)).toBe(after);
  });
});
