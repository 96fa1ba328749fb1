import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { regex as GITHUB_REMOVED } from 'github-slugger/regex.js';
import type { SlugFlavour } from '../config/types.js';

/** Turns heading text into a page's anchor ids, numbering duplicates the way one renderer does. */
export interface Slugger {
  /** The id of the next heading with this text; registers it, so a duplicate gets a suffix. */
  slug(text: string): string;
}

/** The renderer named in messages for each flavour. */
export const FLAVOUR_NAMES: Record<SlugFlavour, string> = { github: 'GitHub', mintlify: 'Mintlify' };

/** A fresh slugger for one page (duplicates are counted per page). */
export function createSlugger(flavour: SlugFlavour): Slugger {
  if (flavour === 'mintlify') return new MintlifySlugger();
  // github-slugger is what GitHub, Fumadocs (remark-heading) and Docusaurus (createSlugger) use:
  // `a`, `a-1`, `a-2`, dodging literal headings such as `A-1`.
  return new GithubSlugger();
}

/** The slug of `text` on its own, without numbering. */
export function slugOf(text: string, flavour: SlugFlavour): string {
  return flavour === 'mintlify' ? mintlifySlug(text) : githubSlug(text);
}

/**
 * Mintlify's auto ids as its docs state them (mintlify.com/docs create/text, "Automatic anchor
 * IDs"; guides/linking): lowercase, whitespace becomes `-`, `&` and `/` are kept, `.` becomes `-`,
 * a straight apostrophe becomes `’` and is kept, parentheses and `:` are dropped. `?` dropped is
 * second-hand (`mint export` output quoted in lancedb/docs#353). Not run against Mintlify's
 * renderer, whose source is not public; what the docs do not cover (symbols, emoji, runs of
 * spaces) follows github-slugger.
 */
const MINTLIFY_KEPT = new Set(['&', '/', '’']);

export function mintlifySlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/'/g, '’')
    .replace(/\./g, '-')
    .replace(/\s/g, '-')
    .replace(GITHUB_REMOVED, (removed) => (MINTLIFY_KEPT.has(removed) ? removed : ''));
}

/** Mintlify numbers the second `a` on a page `a-2`, the third `a-3` (page-wide, nested components included). */
class MintlifySlugger implements Slugger {
  private readonly seen = new Set<string>();
  private readonly counters = new Map<string, number>();

  slug(text: string): string {
    const base = mintlifySlug(text);
    let result = base;
    let counter = this.counters.get(base) ?? 1;
    while (this.seen.has(result)) {
      counter += 1;
      result = `${base}-${counter}`;
    }
    this.counters.set(base, counter);
    this.seen.add(result);
    return result;
  }
}
