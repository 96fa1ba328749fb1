import { closest, typoReach } from '../text/closest.js';
import type { SlugFlavour } from '../config/types.js';
import type { AnchorDef, HeadingDef } from '../types.js';
import { safeDecode } from '../text/percent.js';
import type { PageAnchors } from './site-index.js';
import { slugOf } from './slugger.js';

/** An id of the target page, with what defines it (for the message). */
export interface Candidate {
  id: string;
  def: HeadingDef | AnchorDef;
}

/**
 * What a fragment that matches no id most likely meant. `case`, `hyphens`, `unslugged` and
 * `explicit` (the fragment is the slug a heading would have without its explicit id) are
 * evident — exactly one id differs from the fragment only in that way — so they carry a fix;
 * `nearest` is the closest id by edit distance, a suggestion only.
 */
export type FragmentVerdict =
  | { kind: 'ok' }
  | { kind: 'case' | 'hyphens' | 'unslugged' | 'explicit' | 'nearest'; candidate: Candidate }
  | { kind: 'none' };

/** GitHub's line anchors on a file view: `#L20`, `#L19-L21`, `#L19C5-L21C11`. */
const LINE_ANCHOR = /^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$/;

/**
 * Checks a link fragment (as written) against a page's ids, the way a browser finds its target:
 * the fragment as written, then percent-decoded, must equal an id exactly (ids are
 * case-sensitive). Always fine: an empty fragment and `#top` (the HTML standard scrolls to the
 * top for both when no element has that id) and, on GitHub-flavoured sites, GitHub line anchors,
 * which markdownlint also allows; Mintlify has no line anchors, so there they are checked.
 */
export function checkFragment(fragment: string, anchors: PageAnchors, flavour: SlugFlavour): FragmentVerdict {
  const decoded = safeDecode(fragment);
  if (anchors.ids.has(fragment) || anchors.ids.has(decoded)) return { kind: 'ok' };
  if (decoded === '' || decoded.toLowerCase() === 'top') return { kind: 'ok' };
  if (flavour === 'github' && LINE_ANCHOR.test(decoded)) return { kind: 'ok' };

  const candidates = candidatesOf(anchors);
  const lower = decoded.toLowerCase();
  const byCase = only(candidates.filter((candidate) => candidate.id.toLowerCase() === lower));
  if (byCase) return { kind: 'case', candidate: byCase };
  const loose = looseHyphens(lower);
  const byHyphens = only(candidates.filter((candidate) => looseHyphens(candidate.id.toLowerCase()) === loose));
  if (byHyphens) return { kind: 'hyphens', candidate: byHyphens };
  const slugged = slugOf(decoded, flavour);
  const bySlug = only(candidates.filter((candidate) => candidate.id === slugged || looseHyphens(candidate.id) === looseHyphens(slugged)));
  if (bySlug) return { kind: 'unslugged', candidate: bySlug };
  const byText = only(
    candidates.filter((candidate) => candidate.def.kind === 'heading' && candidate.def.explicitId !== undefined && looseHyphens(slugOf(candidate.def.text, flavour)) === looseHyphens(slugged)),
  );
  if (byText) return { kind: 'explicit', candidate: byText };

  const [best] = closest(decoded, candidates, (candidate) => candidate.id, typoReach(decoded));
  return best ? { kind: 'nearest', candidate: best } : { kind: 'none' };
}

/** The characters a slug drops from `text` (the `—` of "Scoped roles — coming soon"), for messages. */
export function droppedCharacters(text: string, flavour: SlugFlavour): string[] {
  const dropped = new Set<string>();
  for (const character of text) {
    if (character !== ' ' && character !== '-' && slugOf(character, flavour) === '') dropped.add(character);
  }
  return [...dropped];
}

/**
 * The words a slug dropped whole, whose spaces it kept: the `—` of "Scoped roles — coming soon"
 * (`--`), the `🚀` of "🚀 Launch" (a leading `-`). Empty when the extra hyphen has another cause.
 */
export function droppedBetweenSpaces(text: string, flavour: SlugFlavour): string[] {
  const dropped = new Set<string>();
  for (const match of text.matchAll(/(?:^| )([^ ]+)(?= |$)/g)) {
    if (slugOf(match[1]!, flavour) === '') dropped.add(match[1]!);
  }
  return [...dropped];
}

function candidatesOf(anchors: PageAnchors): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const defs: Array<HeadingDef | AnchorDef> = [...anchors.headings, ...anchors.anchors].sort(
    (a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column,
  );
  for (const def of defs) {
    const id = def.kind === 'heading' ? def.slug : def.id;
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    candidates.push({ id, def });
  }
  return candidates;
}

/** Runs of hyphens as one, none at the ends: what remains when spaces around a dropped character are miscounted. */
function looseHyphens(id: string): string {
  return id.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

function only(candidates: Candidate[]): Candidate | undefined {
  return candidates.length === 1 ? candidates[0] : undefined;
}
