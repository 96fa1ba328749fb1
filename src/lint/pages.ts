import { readFile } from 'node:fs/promises';
import type { SlugFlavour } from '../config/types.js';
import { parsePage, PageParseError, syntaxOf } from '../docs/parse.js';
import { describeIoError } from '../errors.js';
import type { ExtractContext } from '../extract/context.js';
import { extractPage, type ExtractedPage } from '../extract/page.js';
import { LineIndex } from '../extract/positions.js';
import type { HostClassifier } from '../extract/url.js';
import { PageCache } from './page-cache.js';
import { rewriteMintlifyHeadingIds } from '../site/mintlify-ids.js';

/**
 * Reads, parses and extracts pages on demand, once each. Rules that need another page (its
 * headings, for a link) ask here, so a run over a few files still sees the whole tree without
 * parsing pages nobody asks about.
 */
export class PageStore {
  private readonly pages = new Map<string, Promise<ExtractedPage>>();

  constructor(
    private readonly hosts: HostClassifier,
    private readonly slugs: SlugFlavour = 'github',
    private readonly cache?: PageCache,
  ) {}

  get(file: string): Promise<ExtractedPage> {
    let page = this.pages.get(file);
    if (!page) {
      page = this.load(file);
      this.pages.set(file, page);
    }
    return page;
  }

  private async load(file: string): Promise<ExtractedPage> {
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      return failed(file, `Cannot read page: ${describeIoError(error)}`, { line: 1, column: 1 });
    }
    if (!this.cache) return extractSource(file, source, this.hosts, this.slugs);
    const hash = PageCache.hash(source);
    const cached = this.cache.get(file, hash);
    if (cached) return { ...cached, lines: new LineIndex(source) };
    const extracted = extractSource(file, source, this.hosts, this.slugs);
    this.cache.set(file, hash, extracted);
    return extracted;
  }
}

/** Parses and extracts one page's text; a page that does not parse yields a problem, never a throw. */
export function extractSource(file: string, source: string, hosts: HostClassifier, slugs: SlugFlavour = 'github'): ExtractedPage {
  try {
    const syntax = syntaxOf(file);
    // Mintlify reads `## Title {#id}` before MDX does; the same-length rewrite keeps every offset.
    if (slugs === 'mintlify' && syntax === 'mdx') source = rewriteMintlifyHeadingIds(source);
    const tree = parsePage(source, syntax);
    const context: ExtractContext = { file, lines: new LineIndex(source), hosts, slugs };
    return { ...extractPage(tree, context), lines: context.lines };
  } catch (error) {
    if (error instanceof PageParseError) return failed(file, error.message, error.point);
    throw error;
  }
}

function failed(file: string, message: string, point: { line: number; column: number }): ExtractedPage {
  return {
    claims: { file, endpoints: [], routeMentions: [], headerDocs: [], enums: [], jsonBlocks: [], statuses: [], fieldTables: [], directives: [], queryDocs: [], headings: [], anchors: [], links: [], frontmatter: {} },
    problems: [{ message, position: { start: point, end: point } }],
    unparsed: true,
  };
}
