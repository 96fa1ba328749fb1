import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, found from this module whether it runs from src/ or dist/src/. */
export const packageRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('docspec: cannot find its own package.json');
    dir = parent;
  }
  return dir;
})();

const packageJson = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string; homepage?: unknown };

export const packageVersion: string = packageJson.version;

/** package.json's `homepage`, when it has one (SARIF's `informationUri`). */
export const packageHomepage: string | undefined = typeof packageJson.homepage === 'string' ? packageJson.homepage : undefined;

export const configSchemaPath = path.join(packageRoot, 'docspec.schema.json');

/**
 * A hash of the code that turns pages into claims (this build's extract/ and site/ modules), so a
 * cache of extracted pages is dropped whenever that code changes, released or not.
 */
export const extractorFingerprint: string = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha1').update(packageVersion);
  for (const folder of ['extract', 'site']) {
    const dir = path.join(here, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => /\.(js|ts)$/.test(file)).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex');
})();
