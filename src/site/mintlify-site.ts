import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** An `openapi` block of `docs.json` with a `directory`: Mintlify generates a page per operation of `source` under it. */
export interface MintlifyOpenapiDirectory {
  /** The URL prefix, without slashes at either end (`api-reference`). */
  directory: string;
  /** The spec as docs.json names it (`/api-reference/openapi.json`, a URL), when it does. */
  source?: string;
  /** The file that declares it, and the line of its `directory`. */
  file: string;
  line: number;
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
    const file = path.join(contentDir, name);
    let text: string;
    let config: unknown;
    try {
      text = await readFile(file, 'utf8');
      config = JSON.parse(text);
    } catch {
      continue;
    }
    const directories = new Map<string, MintlifyOpenapiDirectory>();
    collectOpenapiDirectories(config, directories, { file, lines: text.split('\n') });
    return { openapiDirectories: [...directories.values()] };
  }
  return { openapiDirectories: [] };
}

function collectOpenapiDirectories(value: unknown, into: Map<string, MintlifyOpenapiDirectory>, source: { file: string; lines: string[] }): void {
  if (Array.isArray(value)) {
    for (const item of value) collectOpenapiDirectories(item, into, source);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'openapi') {
      for (const entry of Array.isArray(child) ? child : [child]) {
        const { directory, source: specSource } = (entry ?? {}) as { directory?: unknown; source?: unknown };
        const trimmed = typeof directory === 'string' ? directory.replace(/^\/+|\/+$/g, '') : '';
        if (trimmed === '' || into.has(trimmed)) continue;
        const line = lineOfValue(source.lines, 'directory', directory as string);
        into.set(trimmed, { directory: trimmed, ...(typeof specSource === 'string' && specSource !== '' ? { source: specSource } : {}), file: source.file, line });
      }
    } else collectOpenapiDirectories(child, into, source);
  }
}

/** The line where `"key": "value"` is written (1-based); 1 when it is not found as written. */
function lineOfValue(lines: readonly string[], key: string, value: string): number {
  const written = `"${key}"`;
  const index = lines.findIndex((line) => line.includes(written) && line.includes(JSON.stringify(value)));
  return index + 1 || 1;
}
