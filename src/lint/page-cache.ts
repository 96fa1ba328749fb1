import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedPage } from '../extract/page.js';

interface CacheFile {
  key: string;
  pages: Record<string, { hash: string; page: Omit<ExtractedPage, 'lines'> }>;
}

/**
 * Extracted pages keyed by the hash of their text, kept between runs (`--cache`). Parsing is
 * nearly all of a run's cost and hashing almost none, so a warm run re-parses only the pages that
 * changed. The whole cache is dropped when docspec's extraction code or anything extraction
 * depends on (API hosts, slug flavour) changes.
 */
export class PageCache {
  private data: CacheFile;
  private dirty = false;

  private constructor(
    private readonly file: string,
    key: string,
    data: CacheFile | undefined,
  ) {
    this.data = data && data.key === key ? data : { key, pages: {} };
  }

  static async open(file: string, key: string): Promise<PageCache> {
    let data: CacheFile | undefined;
    try {
      data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    } catch {
      // No cache yet, or one from a crashed run: start empty.
      data = undefined;
    }
    return new PageCache(file, key, data);
  }

  static hash(text: string): string {
    return createHash('sha1').update(text).digest('hex');
  }

  get(page: string, hash: string): Omit<ExtractedPage, 'lines'> | undefined {
    const entry = this.data.pages[page];
    return entry?.hash === hash ? entry.page : undefined;
  }

  set(page: string, hash: string, extracted: ExtractedPage): void {
    const { lines: _lines, ...stored } = extracted;
    this.data.pages[page] = { hash, page: stored };
    this.dirty = true;
  }

  /** Writes the cache through a temporary file, so an interrupted run leaves the old one intact. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(this.data));
    await rename(temporary, this.file);
    this.dirty = false;
  }
}
