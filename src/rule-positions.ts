import type { LineIndex } from './extract/positions.js';
import type { Position } from './types.js';

/**
 * Where `needle` is on the page, searching from the start of `within` (a claim's position) up to
 * its end, or to the end of its line when the claim's position is a point. Rules use it to point at
 * the part of a claim they are about (a path segment, a query key, a host) instead of the whole
 * URL; when the text cannot be found (a page without lines, text rewritten by the extractor) the
 * claim's own position is the answer.
 */
export function locateInside(lines: LineIndex | undefined, within: Position, needle: string, predicate?: (offset: number) => boolean): Position {
  const found = offsetInside(lines, within, needle, predicate);
  return found === undefined || !lines ? within : spanAt(lines, found, needle.length);
}

/** The page offset of `needle` inside `within` (see locateInside), or undefined. */
export function offsetInside(lines: LineIndex | undefined, within: Position, needle: string, predicate?: (offset: number) => boolean): number | undefined {
  if (!lines || needle.length === 0) return undefined;
  const start = lines.offsetOf(within.start);
  const pointLike = within.end.line === within.start.line && within.end.column <= within.start.column;
  const end = pointLike ? start + lines.lineText(within.start.line).length - (within.start.column - 1) : lines.offsetOf(within.end);
  const text = lines.source.slice(start, Math.max(end, start));
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!predicate || predicate(start + at)) return start + at;
  }
  return undefined;
}

/** The position of `length` characters from a page offset. */
export function spanAt(lines: LineIndex, offset: number, length: number): Position {
  return { start: lines.pointAt(offset), end: lines.pointAt(offset + length) };
}
