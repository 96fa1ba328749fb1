import path from 'node:path';
import { closest } from '../text/closest.js';
import { routeOf } from './routes.js';
import type { MissingTarget, SiteIndex } from './site-index.js';

const PAGE_EXTENSION = /\.mdx?$/i;

/**
 * The page a broken link most likely meant, written the way the link is written (site-absolute
 * URL or relative path): a near-identical path (a typo), else the only page with the same last
 * segment (a page that moved to another folder). Undefined when nothing is close.
 */
export function nearestPage(site: SiteIndex, from: string, url: string, missing: MissingTarget): string | undefined {
  const wanted = toKey(path.relative(site.contentDir, missing.attempted));
  // A target outside the content folder has no page to be near.
  if (wanted.startsWith('..')) return undefined;
  // A site-absolute URL names routes (route groups left out); a relative link names files.
  const keys = pageKeys(site, missing.style);

  // A whole path drifts less than a word: a fifth of it, never fewer than two edits.
  let best: string | undefined = closest(wanted, keys.keys(), (key) => key, Math.max(2, Math.floor(wanted.length / 5)))[0];
  if (!best) {
    const last = wanted.split('/').at(-1);
    const moved = [...keys.keys()].filter((key) => key.split('/').at(-1) === last);
    best = moved.length === 1 ? moved[0] : undefined;
  }
  if (best === undefined) return undefined;

  if (missing.style === 'absolute') return `${site.baseUrl}/${best}`.replace(/^\/\//, '/') || '/';
  const file = keys.get(best)!;
  const written = url.split(/[?#]/)[0]!;
  let relative = path.relative(path.dirname(from), file).split(path.sep).join('/');
  if (!PAGE_EXTENSION.test(written)) relative = relative.replace(PAGE_EXTENSION, '').replace(/\/index$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const keysBySite = new WeakMap<SiteIndex, Record<MissingTarget['style'], Map<string, string>>>();

/** Every page's route and file key, computed once per site index: a run may ask for hundreds of suggestions. */
function pageKeys(site: SiteIndex, style: MissingTarget['style']): Map<string, string> {
  let keys = keysBySite.get(site);
  if (!keys) {
    keys = { absolute: new Map(), relative: new Map() };
    for (const file of site.pageFiles) {
      const route = routeOf(file, site.contentDir);
      if (route !== undefined && !keys.absolute.has(route)) keys.absolute.set(route, file);
      keys.relative.set(toKey(path.relative(site.contentDir, file)), file);
    }
    keysBySite.set(site, keys);
  }
  return keys[style];
}

/** A page's path below the content folder as a URL would name it: `/` separators, no extension, no `/index`. */
function toKey(relative: string): string {
  return relative
    .split(path.sep)
    .join('/')
    .replace(PAGE_EXTENSION, '')
    .replace(/(?:^|\/)index$/, '')
    .replace(/\/+$/, '');
}
