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

/** The modules whose code decides what a page's cached claims are: parsing, extraction (subfolders too), headings' ids. */
export const EXTRACTOR_SOURCES = ['docs', 'extract', 'site', path.join('lint', 'pages')];

/**
 * A hash of the code that turns pages into claims (this build's EXTRACTOR_SOURCES), so a cache of
 * extracted pages is dropped whenever that code changes, released or not.
 */
export const extractorFingerprint: string = fingerprintOf(path.dirname(fileURLToPath(import.meta.url)));

export function fingerprintOf(root: string): string {
  const hash = createHash('sha1').update(packageVersion);
  for (const source of EXTRACTOR_SOURCES) {
    const base = path.join(root, source);
    const files = existsSync(base)
      ? readdirSync(base, { recursive: true, encoding: 'utf8' }).map((name) => path.join(base, name))
      : ['.js', '.ts'].map((extension) => `${base}${extension}`).filter((file) => existsSync(file));
    for (const file of files.filter((name) => /\.(js|ts)$/.test(name)).sort()) hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}
