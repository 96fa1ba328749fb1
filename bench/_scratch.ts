import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { generateFixture } from './generate.js';
import { lint } from '../src/lint/lint.js';
import { collectGarbage } from './timing.js';
import { readFile } from 'node:fs/promises';
import { parsePage, syntaxOf } from '../src/docs/parse.js';
const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-s-'));
const f = generateFixture(root, { seed: 20250601, pages: 400, operations: 200 });
const which = process.argv[2] ?? 'full';
for (let i = 0; i < 6; i++) {
  collectGarbage();
  const t = performance.now();
  if (which === 'base') { for (const file of f.pagesN.files) parsePage(await readFile(file, 'utf8'), syntaxOf(file)); }
  else if (which === 'spec') { await lint({ cwd: root, configFile: f.config, files: [f.pagesN.files[0]!] }); }
  else if (which === 'spec4') { await lint({ cwd: root, configFile: f.config4m, files: [f.pagesN.files[0]!] }); }
  else await lint({ cwd: root, configFile: which === '2n' ? f.config2n : which === '4m' ? f.config4m : f.config });
  console.log(which, i, Math.round(performance.now() - t), 'heap MB', Math.round(process.memoryUsage().heapUsed / 1e6));
}
rmSync(root, { recursive: true, force: true });
