import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What a Mintlify site's `docs.json` (or legacy `mint.json`) says about URLs docspec cannot see as files. */
export interface MintlifySite {
  /** URL prefixes (`api-reference`) under which Mintlify generates one page per OpenAPI operation. */
  openapiDirectories: string[];
}

/**
 * Reads `docs.json`/`mint.json` from the content folder. Only `openapi.directory` entries matter
 * here: Mintlify writes a page per operation under that prefix at build time, so a link there
 * that matches no file may still be a page. A missing or unreadable file means no such prefixes.
 */
export async function readMintlifySite(contentDir: string): Promise<MintlifySite> {
  for (const name of ['docs.json', 'mint.json']) {
    let config: unknown;
    try {
      config = JSON.parse(await readFile(path.join(contentDir, name), 'utf8'));
    } catch {
      continue;
    }
    const directories = new Set<string>();
    collectOpenapiDirectories(config, directories);
    return { openapiDirectories: [...directories] };
  }
  return { openapiDirectories: [] };
}

function collectOpenapiDirectories(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectOpenapiDirectories(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'openapi') {
      for (const entry of Array.isArray(child) ? child : [child]) {
        const directory = (entry as { directory?: unknown } | null)?.directory;
        if (typeof directory === 'string' && directory.replace(/^\/+|\/+$/g, '') !== '') into.add(directory.replace(/^\/+|\/+$/g, ''));
      }
    } else collectOpenapiDirectories(child, into);
  }
}
