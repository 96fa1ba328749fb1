import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { generateFixture } from './generate.js';
import { lint } from '../src/lint/lint.js';
import { collectGarbage } from './timing.js';
import { readFile } from 'node:fs/promises';
import { parsePage, syntaxOf } from '../src/docs/parse.js';
const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-s-'));
const f = generateFixture(root, { seed: 20250601, pages: Number(process.env.P ?? 250), operations: 200 });
const base = async (files: string[]) => { for (const file of files) parsePage(await readFile(file, 'utf8'), syntaxOf(file)); };
const tasks: Record<string, () => Promise<unknown>> = {
  baseN: () => base(f.pagesN.files), base2N: () => base(f.pages2N.files),
  fullN: () => lint({ cwd: root, configFile: f.config }), full2N: () => lint({ cwd: root, configFile: f.config2n }),
};
const res: Record<string, number[]> = {};
for (let i = 0; i < Number(process.env.R ?? 4); i++) for (const [k, t] of Object.entries(tasks)) {
  if (!process.env.NOGC) collectGarbage(); const c = process.cpuUsage(); const s = performance.now(); await t(); const cu = process.cpuUsage(c); (res[k] ??= []).push(Math.round(performance.now() - s)); (res[k+"_cpu"] ??= []).push(Math.round((cu.user+cu.system)/1000));
}
console.log(res);
rmSync(root, { recursive: true, force: true });
