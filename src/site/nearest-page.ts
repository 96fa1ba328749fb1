import path from 'node:path';
import { closest } from '../text/closest.js';
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
  const keys = pageKeys(site);

  // A whole path drifts less than a word: a fifth of it, never fewer than two edits.
  let best: string | undefined = closest(wanted, keys.keys(), (key) => key, Math.max(2, Math.floor(wanted.length / 5)))[0];
  if (!best) {
    const last = wanted.split('/').at(-1);
    const moved = [...keys.keys()].filter((key) => key.split('/').at(-1) === last);
    best = moved.length === 1 ? moved[0] : undefined;
  }
  if (best === undefined) return undefined;

  if (missing.style === 'absolute') {
    const route = best.split('/').filter((segment) => !/^\(.+\)$/.test(segment)).join('/');
    return `${site.baseUrl}/${route}`.replace(/^\/\//, '/') || '/';
  }
  const file = keys.get(best)!;
  const written = url.split(/[?#]/)[0]!;
  let relative = path.relative(path.dirname(from), file).split(path.sep).join('/');
  if (!PAGE_EXTENSION.test(written)) relative = relative.replace(PAGE_EXTENSION, '').replace(/\/index$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const keysBySite = new WeakMap<SiteIndex, Map<string, string>>();

/** Every page's key, computed once per site index: a run may ask for hundreds of suggestions. */
function pageKeys(site: SiteIndex): Map<string, string> {
  let keys = keysBySite.get(site);
  if (!keys) {
    keys = new Map();
    for (const file of site.pageFiles) keys.set(toKey(path.relative(site.contentDir, file)), file);
    keysBySite.set(site, keys);
  }
  return keys;
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
