import path from 'node:path';
import { globby } from 'globby';
import type { ResolvedConfig } from '../config/types.js';

/** Every page the config's `docs` globs name, minus `ignore` and .gitignore'd files, sorted. */
export async function collectPages(config: ResolvedConfig): Promise<string[]> {
  const files = await globby(config.docs, {
    cwd: config.rootDir,
    ignore: config.ignore,
    gitignore: true,
    absolute: true,
    onlyFiles: true,
  });
  return files.map((file) => path.normalize(file)).sort();
}
