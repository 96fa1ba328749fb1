import { distance } from 'fastest-levenshtein';

/** The edit distance within which a word is a typo of another: a third of its length, never fewer than two edits. */
export function typoReach(wanted: string): number {
  return Math.max(2, Math.floor(wanted.length / 3));
}

/**
 * The candidates nearest to `wanted` by case-insensitive edit distance, every one tied for nearest,
 * in the order given — or none when the nearest is further than `within` edits.
 */
export function closest<T>(wanted: string, candidates: Iterable<T>, textOf: (candidate: T) => string, within = Number.POSITIVE_INFINITY): T[] {
  const lower = wanted.toLowerCase();
  let best: T[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(lower, textOf(candidate).toLowerCase());
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance) {
      best.push(candidate);
    }
  }
  return bestDistance <= within ? best : [];
}
