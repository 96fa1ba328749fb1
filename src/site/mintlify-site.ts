import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** An `openapi` block of `docs.json` with a `directory`: Mintlify generates a page per operation of `source` under it. */
export interface MintlifyOpenapiDirectory {
  /** The URL prefix, without slashes at either end (`api-reference`). */
  directory: string;
  /** The spec as docs.json names it (`/api-reference/openapi.json`, a URL), when it does. */
  source?: string;
}

/** What a Mintlify site's `docs.json` (or legacy `mint.json`) says about URLs docspec cannot see as files. */
export interface MintlifySite {
  openapiDirectories: MintlifyOpenapiDirectory[];
}

/**
 * Reads `docs.json`/`mint.json` from the content folder. Only `openapi` blocks with a `directory`
 * matter here: Mintlify writes a page per operation under that prefix at build time, so a link
 * there that matches no file may still be a page. A missing or unreadable file means no such prefixes.
 */
export async function readMintlifySite(contentDir: string): Promise<MintlifySite> {
  for (const name of ['docs.json', 'mint.json']) {
    let config: unknown;
    try {
      config = JSON.parse(await readFile(path.join(contentDir, name), 'utf8'));
    } catch {
      continue;
    }
    const directories = new Map<string, MintlifyOpenapiDirectory>();
    collectOpenapiDirectories(config, directories);
    return { openapiDirectories: [...directories.values()] };
  }
  return { openapiDirectories: [] };
}

function collectOpenapiDirectories(value: unknown, into: Map<string, MintlifyOpenapiDirectory>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectOpenapiDirectories(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'openapi') {
      for (const entry of Array.isArray(child) ? child : [child]) {
        const { directory, source } = (entry ?? {}) as { directory?: unknown; source?: unknown };
        const trimmed = typeof directory === 'string' ? directory.replace(/^\/+|\/+$/g, '') : '';
        if (trimmed === '' || into.has(trimmed)) continue;
        into.set(trimmed, { directory: trimmed, ...(typeof source === 'string' && source !== '' ? { source } : {}) });
      }
    } else collectOpenapiDirectories(child, into);
  }
}
