import path from 'node:path';

const PAGE_EXTENSION = /\.mdx?$/i;

export function isPageFile(file: string): boolean {
  return PAGE_EXTENSION.test(file);
}

/**
 * The route of a page file under the content folder, the way Fumadocs and Mintlify map files to
 * URLs: the path below the folder without its extension, `index` standing for its folder, and
 * Fumadocs route groups (`(group)/`) left out. `platform/index.mdx` → `platform`, the root
 * `index.mdx` → ''. Undefined for a file outside the folder or not a page.
 */
export function routeOf(file: string, contentDir: string): string | undefined {
  if (!isPageFile(file)) return undefined;
  const relative = path.relative(contentDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const segments = relative.replace(PAGE_EXTENSION, '').split(path.sep);
  if (segments.at(-1) === 'index') segments.pop();
  return segments.filter((segment) => !/^\(.+\)$/.test(segment)).join('/');
}

/** Route → page file for every page of the site; the first file wins when two map to one URL. */
export class RouteTable {
  private readonly files = new Map<string, string>();
  private readonly folders = new Set<string>();

  constructor(pages: Iterable<string>, contentDir: string) {
    for (const file of [...pages].sort()) {
      const route = routeOf(file, contentDir);
      if (route === undefined) continue;
      if (!this.files.has(route)) this.files.set(route, file);
      const segments = route.split('/');
      for (let end = 1; end < segments.length; end += 1) this.folders.add(segments.slice(0, end).join('/'));
    }
  }

  fileOf(route: string): string | undefined {
    return this.files.get(route);
  }

  /** Whether some page's route is below this one (`platform` for `platform/tasks`). */
  hasPagesUnder(route: string): boolean {
    return this.folders.has(route);
  }
}
