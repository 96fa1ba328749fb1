import { statSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import type { ResolvedConfig } from '../config/types.js';
import type { ExtractedPage } from '../extract/page.js';
import type { AnchorDef, EndpointClaim, HeadingDef, PageClaims } from '../types.js';
import { isExternalUrl, parseLinkUrl } from './link-url.js';
import { readMintlifySite, type MintlifyOpenapiDirectory, type MintlifySite } from './mintlify-site.js';
import { isPageFile, RouteTable } from './routes.js';

/** Where a link leads. */
export type LinkTarget =
  /** `https:`, `mailto:`…: never fetched or checked. */
  | { kind: 'external' }
  /** A site-absolute URL outside `site.baseUrl` (`/blog/x` on a site at `/docs`): another app's route, not checked. */
  | { kind: 'outside' }
  /** A page of the docs (`.md`/`.mdx`), which exists; `file` is the linking page itself for `#frag`. */
  | { kind: 'page'; file: string }
  /** Any other file (an image, a `.json`), which exists. */
  | { kind: 'file'; file: string }
  /**
   * A URL the site serves without a file docspec can read: on Mintlify, a folder URL (it redirects
   * to the folder's first page) and a page generated from an OpenAPI spec (`openapi.directory`).
   */
  | { kind: 'unchecked'; reason: 'folder' | 'generated' }
  | MissingTarget;

export interface MissingTarget {
  kind: 'missing';
  /** A page when the link names no extension or `.md`/`.mdx`, else a file. */
  expected: 'page' | 'file';
  /** How the link is written: site-absolute (`/docs/x`) or relative to the page (`./x`). */
  style: 'absolute' | 'relative';
  /** The absolute path the link names, as written (an extensionless page path has no extension). */
  attempted: string;
  /** The path is a folder, with no index page in it. */
  folder: boolean;
}

/** The ids one page defines, computed once and shared by every page that links there. */
export interface PageAnchors {
  ids: Set<string>;
  headings: HeadingDef[];
  anchors: AnchorDef[];
  /**
   * The page's `openapi:` bindings: a Mintlify page bound to an operation renders the operation's
   * fields, each with an anchor of its own (`#body-name`), below the page's own content.
   */
  specBindings: EndpointClaim[];
  /** The page is bound by `api:` frontmatter: its fields are hand-written components whose anchors docspec does not know. */
  manualFields: boolean;
}

/** Loads pages on demand (the run's PageStore), so each is parsed once whoever asks. */
export interface PageSource {
  get(file: string): Promise<ExtractedPage>;
}

/**
 * The docs as a site: which URL is which page file (Fumadocs/Mintlify routing under
 * `site.contentDir` and `site.baseUrl`) and which ids each linked page defines. Built in the lint
 * pipeline before rules run, only when an active rule needs other pages; rules only look up.
 *
 * Resolution:
 * - `#frag` is the page itself; `?query` is ignored.
 * - `/docs/x/page` (under `baseUrl`) is the page whose route is `x/page`: `index` files are their
 *   folder's URL, `.md`/`.mdx` may be written or left out, route groups `(name)/` do not count. A
 *   URL that is no route but names a file under `contentDir` (`/docs/openapi.json`) is that file.
 * - `./page`, `../x/page.mdx` are file paths from the linking page's folder, as Fumadocs and
 *   Mintlify resolve them: an extensionless path may be `page.mdx`, `page.md` or `page/index.mdx`.
 *   A relative path that leaves the content folder (`../../README.md`) is still a file in the
 *   repository, as on GitHub: it must exist.
 * - Site-absolute URLs outside `baseUrl` are other parts of the web app and are not checked.
 * - On Mintlify a folder URL redirects to the folder's first page (mintlify/mint#114), and pages
 *   under an `openapi.directory` of `docs.json` are generated: neither is reported.
 */
export class SiteIndex {
  private readonly routes: RouteTable;
  private readonly base: string;
  private readonly resolved = new Map<string, LinkTarget>();
  private readonly kinds = new Map<string, 'file' | 'dir' | 'none'>();
  private readonly loaded = new Map<string, PageAnchors | null>();

  constructor(
    readonly config: ResolvedConfig,
    /** Every page file of the site. */
    readonly pageFiles: string[],
    private readonly pages: PageSource,
    private readonly mintlify: MintlifySite = { openapiDirectories: [] },
  ) {
    this.routes = new RouteTable(pageFiles, config.site.contentDir);
    this.base = config.site.baseUrl.replace(/\/+$/, '');
  }

  /** The site's pages: every `.md`/`.mdx` under the content folder (ignored pages are still on the site) and every linted page. */
  static async build(config: ResolvedConfig, docsPages: string[], pages: PageSource): Promise<SiteIndex> {
    const content = await globby('**/*.{md,mdx}', {
      cwd: config.site.contentDir,
      ignore: ['**/node_modules/**'],
      gitignore: true,
      absolute: true,
      onlyFiles: true,
    });
    const files = new Set([...content.map((file) => path.normalize(file)), ...docsPages]);
    const mintlify = config.site.slugs === 'mintlify' ? await readMintlifySite(config.site.contentDir) : undefined;
    return new SiteIndex(config, [...files].sort(), pages, mintlify);
  }

  /** The `openapi` blocks of a Mintlify site's docs.json that generate pages under a directory. */
  get openapiDirectories(): readonly MintlifyOpenapiDirectory[] {
    return this.mintlify.openapiDirectories;
  }

  get contentDir(): string {
    return this.config.site.contentDir;
  }

  /** The URL prefix of the content folder, without a trailing slash ('' for `/`). */
  get baseUrl(): string {
    return this.base;
  }

  /** Where a link written on `from` leads. Memoised per folder and URL. */
  resolve(from: string, url: string): LinkTarget {
    if (isExternalUrl(url)) return { kind: 'external' };
    const { path: linkPath } = parseLinkUrl(url);
    if (linkPath === '') return { kind: 'page', file: from };
    const key = linkPath.startsWith('/') ? linkPath : `${path.dirname(from)}\0${linkPath}`;
    let target = this.resolved.get(key);
    if (!target) {
      target = linkPath.startsWith('/') ? this.resolveAbsolute(linkPath) : this.resolveRelative(from, linkPath);
      this.resolved.set(key, target);
    }
    return target;
  }

  /** The ids of a page, once it is loaded; undefined when it is not, or when it did not parse (its ids are unknown). */
  anchorsOf(file: string): PageAnchors | undefined {
    return this.loaded.get(file) ?? undefined;
  }

  /** Loads every page the given page links to with a fragment, and the page itself, before rules run. */
  async prepare(page: PageClaims): Promise<void> {
    await this.load(page.file);
    for (const link of page.links) {
      if (link.fragment === undefined) continue;
      const target = this.resolve(page.file, link.url);
      if (target.kind === 'page') await this.load(target.file);
    }
  }

  /** A file as messages show it: relative to the content folder. */
  display(file: string): string {
    return path.relative(this.contentDir, file).split(path.sep).join('/');
  }

  private async load(file: string): Promise<void> {
    if (this.loaded.has(file)) return;
    const page = await this.pages.get(file);
    const { headings, anchors } = page.claims;
    if (page.unparsed) {
      this.loaded.set(file, null);
      return;
    }
    const ids = new Set([...headings.map((heading) => heading.slug), ...anchors.map((anchor) => anchor.id)]);
    const specBindings = page.claims.endpoints.filter((claim) => claim.binding?.via === 'openapi');
    const manualFields = page.claims.endpoints.some((claim) => claim.binding?.via === 'api');
    this.loaded.set(file, { ids, headings, anchors, specBindings, manualFields });
  }

  private resolveAbsolute(linkPath: string): LinkTarget {
    if (this.base !== '' && linkPath !== this.base && !linkPath.startsWith(`${this.base}/`)) return { kind: 'outside' };
    const rest = linkPath.slice(this.base.length).replace(/^\/+|\/+$/g, '');
    const route = rest.replace(/\.mdx?$/i, '');
    const page = this.routes.fileOf(route);
    if (page) return { kind: 'page', file: page };
    const file = path.join(this.contentDir, rest);
    if (rest !== '' && this.kindOf(file) === 'file') return isPageFile(file) ? { kind: 'page', file } : { kind: 'file', file };
    return this.unseen(route) ?? { kind: 'missing', expected: expectedKind(rest), style: 'absolute', attempted: file, folder: this.kindOf(file) === 'dir' };
  }

  private resolveRelative(from: string, linkPath: string): LinkTarget {
    const file = path.resolve(path.dirname(from), linkPath);
    if (this.kindOf(file) === 'file') return isPageFile(file) ? { kind: 'page', file } : { kind: 'file', file };
    const expected = expectedKind(linkPath);
    if (expected === 'page' && !isPageFile(file)) {
      for (const candidate of [`${file}.mdx`, `${file}.md`, path.join(file, 'index.mdx'), path.join(file, 'index.md')]) {
        if (this.kindOf(candidate) === 'file') return { kind: 'page', file: candidate };
      }
    }
    const relative = path.relative(this.contentDir, file);
    const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
    const unseen = inside ? this.unseen(relative.split(path.sep).join('/').replace(/\.mdx?$/i, '')) : undefined;
    return unseen ?? { kind: 'missing', expected, style: 'relative', attempted: file, folder: this.kindOf(file) === 'dir' };
  }

  /** A route the site serves from no file docspec can read (Mintlify only). */
  private unseen(route: string): LinkTarget | undefined {
    if (this.config.site.slugs !== 'mintlify') return undefined;
    if (this.routes.hasPagesUnder(route)) return { kind: 'unchecked', reason: 'folder' };
    if (this.mintlify.openapiDirectories.some(({ directory }) => route === directory || route.startsWith(`${directory}/`))) {
      return { kind: 'unchecked', reason: 'generated' };
    }
    return undefined;
  }

  /** What is at a path: a file, a folder or nothing, looked up once per run. */
  kindOf(file: string): 'file' | 'dir' | 'none' {
    let kind = this.kinds.get(file);
    if (!kind) {
      try {
        const stat = statSync(file);
        kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'none';
      } catch {
        kind = 'none';
      }
      this.kinds.set(file, kind);
    }
    return kind;
  }
}

/** A path with no extension (`v1.2` has none: an extension starts with a letter), or `.md`/`.mdx`, names a page; anything else (`.png`, `.json`) a file. */
function expectedKind(linkPath: string): 'page' | 'file' {
  const last = linkPath.replace(/\/+$/, '').split('/').at(-1) ?? '';
  const extension = /\.([A-Za-z][A-Za-z0-9]*)$/.exec(last)?.[1];
  return extension === undefined || /^mdx?$/i.test(extension) ? 'page' : 'file';
}
