import { distance } from 'fastest-levenshtein';
import type { DocPath, DocSegment, HttpMethod } from '../types.js';
import type { Operation, PathEntry } from './spec-index.js';
import { wordsOf } from '../params/name-spelling.js';
import { splitTemplate } from './path-trie.js';

export interface Suggestion {
  entry: PathEntry;
  /** Characters of the documented path's literal segments the entry accounts for. */
  shared: number;
  /** Share of the documented path's literal characters the entry accounts for, 0..1. */
  overlap: number;
  /** The entry has an operation for the documented method (or none was documented). */
  methodOk: boolean;
}

/**
 * Spec paths that look like the one documented. Paths drift by prefix (`/cp/...` to `/api/v1/...`)
 * and by verb segments moving into the method (`/workspaces/{id}/deprovision` to
 * `DELETE /workspaces/{id}`) more than by resource name. So an entry scores the length of the
 * documented literal segments it holds (a near-typo counts, less) or that its operation's
 * operationId or summary names; entries that allow the documented method come first, then the
 * closest by edit distance.
 */
export function nearestEntries(
  /** One entry per template. */
  entries: readonly PathEntry[],
  path: DocPath,
  method: HttpMethod | null,
  limit = 3,
  /** Leading segments to leave out of the score (a prefix every spec path shares). */
  skipLeading = 0,
  /** Leading segments most spec paths start with (`api`): sharing one says nothing about resemblance. */
  common: ReadonlySet<string> = new Set(),
): Suggestion[] {
  const literals = path.segments
    .slice(skipLeading)
    .flatMap((segment) => (segment.kind === 'literal' && !common.has(segment.value.toLowerCase()) ? [segment.value.toLowerCase()] : []));
  const total = literals.reduce((sum, segment) => sum + segment.length, 0);
  if (total === 0) return [];
  const shape = shapeOf(path.segments);
  const ranked: Array<Suggestion & { lengthGap: number; edit: number }> = [];
  for (const entry of entries) {
    const facts = factsOf(entry);
    const operation = method ? entry.operations.get(method) : undefined;
    const names = operation ? namesOf(operation) : [];
    const shared = literals.reduce((sum, segment) => sum + sharedWeight(segment, facts.literals, names), 0);
    if (shared === 0) continue;
    const edit = Math.min(...facts.forms.map((form) => distance(shape, form.shape)));
    const lengthGap = Math.min(...facts.forms.map((form) => Math.abs(form.segments.length - path.segments.length)));
    ranked.push({ entry, shared, overlap: Math.min(1, shared / total), methodOk: method === null || operation !== undefined, lengthGap, edit });
  }
  ranked.sort(
    (a, b) =>
      Number(b.methodOk) - Number(a.methodOk) ||
      b.shared - a.shared ||
      a.lengthGap - b.lengthGap ||
      a.edit - b.edit ||
      a.entry.template.localeCompare(b.entry.template),
  );
  return ranked.slice(0, limit).map(({ entry, shared, overlap, methodOk }) => ({ entry, shared, overlap, methodOk }));
}

function sharedWeight(segment: string, pathSegments: string[], names: string[]): number {
  let best = 0;
  for (const candidate of pathSegments) {
    if (candidate === segment) return segment.length;
    if (segment.length >= 5 && candidate.length >= 5) {
      const edits = distance(segment, candidate);
      if (edits <= 2) best = Math.max(best, segment.length - 2 * edits);
    }
  }
  // A segment the operation is named after (`deprovision` -> deprovisionWorkspace) counts half:
  // it says what the old path did, not where it lives.
  if (best === 0 && segment.length >= 4 && names.includes(segment)) best = Math.ceil(segment.length / 2);
  return best;
}

/** What ranking asks of a spec path, worked out once per entry: every unmatched claim compares itself with every path. */
interface EntryFacts {
  /** The full path's literal segments, lowercase. */
  literals: string[];
  /** The full path and the template (without the server's base path), split and shaped. */
  forms: Array<{ segments: string[]; shape: string }>;
}

const facts = new WeakMap<PathEntry, EntryFacts>();

function factsOf(entry: PathEntry): EntryFacts {
  let known = facts.get(entry);
  if (!known) {
    const full = splitTemplate(entry.fullPath);
    known = {
      literals: full.filter((segment) => !segment.includes('{')).map((segment) => segment.toLowerCase()),
      forms: [...new Set([entry.fullPath, entry.template])].map((template) => ({ segments: splitTemplate(template), shape: entryShape(template) })),
    };
    facts.set(entry, known);
  }
  return known;
}

const names = new WeakMap<Operation, string[]>();

/** Lowercase words of an operation's operationId and summary. */
function namesOf(operation: Operation): string[] {
  let words = names.get(operation);
  if (!words) {
    words = wordsOf(`${operation.operationId ?? ''} ${operation.summary ?? ''}`);
    names.set(operation, words);
  }
  return words;
}

function shapeOf(segments: DocSegment[]): string {
  return `/${segments.map((segment) => (segment.kind === 'param' ? '{}' : segment.value.toLowerCase())).join('/')}`;
}

function entryShape(template: string): string {
  return template.toLowerCase().replace(/\{[^}]*\}/g, '{}');
}

/**
 * The spec path this one is a one-segment typo of (`/api/v1/management/responsez`), if any:
 * same length, every other segment agreeing, the odd one out at most two edits from the spec's.
 */
export function typoEntry(entries: readonly PathEntry[], path: DocPath): PathEntry | undefined {
  for (const entry of entries) {
    if (factsOf(entry).forms.some((form) => isOneTypoAway(path.segments, form.segments))) return entry;
  }
  return undefined;
}

function isOneTypoAway(segments: DocSegment[], template: string[]): boolean {
  if (segments.length !== template.length) return false;
  let typos = 0;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    const expected = template[index]!;
    const isParam = expected.includes('{');
    if (segment.kind === 'param') {
      if (!isParam) return false;
      continue;
    }
    if (isParam || segment.value === expected) continue;
    if (segment.value.length < 5 || expected.length < 5 || distance(segment.value.toLowerCase(), expected.toLowerCase()) > 2) return false;
    typos += 1;
  }
  return typos === 1;
}
