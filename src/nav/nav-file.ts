import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseOperationRef } from '../extract/endpoint-claim.js';
import type { PageProblem } from '../extract/page.js';
import { LineIndex } from '../extract/positions.js';
import type { Position } from '../types.js';
import { member, parseJsonSource, type JsonNode } from './json-source.js';

/**
 * One entry of a navigation file that names something docspec can check:
 * - `page`: a page (or, in Fumadocs, a folder) by path — relative to the `meta.json`'s folder in
 *   Fumadocs, to the content folder in Mintlify;
 * - `folder`: a Fumadocs extraction `"...folder"`, which must be a folder;
 * - `excluded`: a Fumadocs exclusion `"!name"`, which must name an item of the folder;
 * - `operation`: a Mintlify `"GET /path"` / `"spec.json GET /path"` entry, a page generated from the spec.
 */
export interface NavEntry {
  kind: 'page' | 'folder' | 'excluded' | 'operation';
  /** The entry as written in the file. */
  written: string;
  /** What it names: a path for pages and folders, the path of an operation. */
  target: string;
  method?: string;
  /** For an operation: the spec file the entry names, else the nearest `openapi` source around it. */
  spec?: string;
  position: Position;
}

export interface NavFile {
  file: string;
  format: 'fumadocs' | 'mintlify';
  entries: NavEntry[];
  /** The file is not JSON: reported as parse-error. */
  problems: PageProblem[];
}

export const MINTLIFY_NAV_FILES = ['docs.json', 'mint.json'];

export async function readNavFile(file: string): Promise<NavFile> {
  const format = MINTLIFY_NAV_FILES.includes(path.basename(file)) ? 'mintlify' : 'fumadocs';
  const text = await readFile(file, 'utf8');
  const lines = new LineIndex(text);
  const parsed = parseJsonSource(text);
  if ('error' in parsed) {
    const point = lines.pointAt(parsed.error.offset);
    return { file, format, entries: [], problems: [{ message: `Cannot parse ${path.basename(file)}: ${parsed.error.message}`, position: { start: point, end: point } }] };
  }
  const at = (node: JsonNode): Position => ({ start: lines.pointAt(node.range[0]), end: lines.pointAt(node.range[1]) });
  const entries = format === 'mintlify' ? mintlifyEntries(member(parsed.root, 'navigation'), at) : fumadocsEntries(parsed.root, at);
  return { file, format, entries, problems: [] };
}


/**
 * Fumadocs `meta.json` `pages`: `"guide"`, `"../x/page"` are pages or folders, `"...folder"`
 * extracts a folder's items, `"!name"` excludes one. Separators `"---Label---"`, rest items
 * `"..."`/`"z...a"` and links `"[Text](url)"`/`"[Icon][Text](url)"` name no file.
 */
function fumadocsEntries(root: JsonNode, at: (node: JsonNode) => Position): NavEntry[] {
  const pages = member(root, 'pages');
  if (pages?.type !== 'array') return [];
  const entries: NavEntry[] = [];
  for (const item of pages.items) {
    if (item.type !== 'string') continue;
    const written = item.value;
    const value = written.trim();
    if (value === '' || /^---.*---$/.test(value) || value === '...' || value === 'z...a' || /^(\[[^\]]*\])+\(.*\)$/.test(value)) continue;
    const position = at(item);
    if (value.startsWith('...')) entries.push({ kind: 'folder', written, target: value.slice(3), position });
    else if (value.startsWith('!')) entries.push({ kind: 'excluded', written, target: value.slice(1), position });
    else entries.push({ kind: 'page', written, target: value, position });
  }
  return entries;
}

/**
 * Mintlify `navigation`, at any depth (tabs, anchors, groups, versions, languages…): every string
 * in a `pages` array is a page path or an operation; objects in it are nested groups. An
 * `openapi` key (a path, or `{ source }`) is the default spec of the operation entries below it.
 */
function mintlifyEntries(navigation: JsonNode | undefined, at: (node: JsonNode) => Position): NavEntry[] {
  const entries: NavEntry[] = [];
  const walk = (node: JsonNode | undefined, spec: string | undefined, inPages: boolean): void => {
    if (!node) return;
    if (node.type === 'array') {
      for (const item of node.items) walk(item, spec, inPages);
      return;
    }
    if (node.type === 'string') {
      if (!inPages) return;
      const operation = parseOperationRef(node.value);
      if (operation) entries.push({ kind: 'operation', written: node.value, target: operation.path, method: operation.method, spec: operation.spec ?? spec, position: at(node) });
      else entries.push({ kind: 'page', written: node.value, target: node.value.trim(), position: at(node) });
      return;
    }
    if (node.type !== 'object') return;
    const source = member(node, 'openapi');
    const own = source?.type === 'string' ? source.value : (() => {
      const nested = member(source, 'source');
      return nested?.type === 'string' ? nested.value : undefined;
    })();
    for (const entry of node.entries) {
      if (entry.key === 'openapi') continue;
      walk(entry.value, own ?? spec, entry.key === 'pages');
    }
  };
  walk(navigation, undefined, false);
  return entries;
}
