import { existsSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import { MINTLIFY_NAV_FILES } from './nav-file.js';

/**
 * The navigation files of the site under `site.contentDir`: Mintlify's `docs.json` (or the legacy
 * `mint.json`, only when there is no `docs.json`, as Mintlify reads them) at its root, and every
 * Fumadocs `meta.json` below it that sits in a folder holding pages — a `meta.json` elsewhere in
 * the tree (a package's, a fixture's) is not navigation. Sorted.
 */
export async function collectNavFiles(contentDir: string, pageFiles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  if (!existsSync(contentDir)) return found;
  const mintlify = MINTLIFY_NAV_FILES.map((name) => path.join(contentDir, name)).find((file) => existsSync(file));
  if (mintlify) found.push(mintlify);
  const metas = await globby('**/meta.json', { cwd: contentDir, ignore: ['**/node_modules/**'], gitignore: true, absolute: true, onlyFiles: true });
  for (const meta of metas) {
    const folder = path.dirname(path.normalize(meta)) + path.sep;
    if (pageFiles.some((page) => page.startsWith(folder))) found.push(path.normalize(meta));
  }
  return found.sort();
}
