import type { Operation, SpecIndex } from '../spec/spec-index.js';
import type { ClaimContext, EndpointClaim, HeadingDef } from '../types.js';
import { pageOperation } from './bindings.js';

/**
 * The operations something written without an endpoint of its own is about (an enum list, a status
 * code, a header or query parameter table): the endpoints in its own block (paragraph, table row),
 * else in the code block right before it, else in its section when the section documents one path.
 * A sub-section that names no endpoint (`### Errors` under `## Create a webhook`) belongs to the
 * nearest section around it that names one; when none does, a page bound to one operation
 * (`openapi: GET /x`) documents that one. A section naming several paths gives none: binding there
 * would be a guess.
 */
export function operationsInContext(context: ClaimContext, endpoints: readonly EndpointClaim[], spec: SpecIndex, headings: readonly HeadingDef[]): Operation[] {
  const pick = (claims: readonly EndpointClaim[]) => [...new Set(claims.flatMap((claim) => spec.operationsOf(claim.path, claim.method)))];
  if (context.block !== undefined) {
    const inBlock = pick(endpoints.filter((claim) => claim.context.block === context.block));
    if (inBlock.length > 0) return inBlock;
  }
  if (context.after !== undefined) {
    const before = pick(endpoints.filter((claim) => claim.context.block === context.after));
    if (before.length > 0) return before;
  }
  for (const line of sectionLines(context.heading?.line, headings)) {
    const inSection = pick(endpoints.filter((claim) => claim.context.heading?.line === line));
    if (inSection.length === 0) continue;
    return new Set(inSection.map((operation) => `${operation.spec.file}\0${operation.path}`)).size === 1 ? inSection : [];
  }
  // Nothing on the page closer to it names an operation: a page bound to one documents that one.
  const bound = pageOperation(endpoints, spec);
  return bound ? [bound] : [];
}

/** The one operation something is about (a header or query parameter names a single operation's), see operationsInContext. */
export function operationInContext(context: ClaimContext, endpoints: readonly EndpointClaim[], spec: SpecIndex, headings: readonly HeadingDef[]): Operation | undefined {
  const operations = operationsInContext(context, endpoints, spec, headings);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The heading line of a section, then those of the sections around it, innermost first. */
function sectionLines(line: number | undefined, headings: readonly HeadingDef[]): number[] {
  if (line === undefined) return [];
  const lines = [line];
  let index = headings.findIndex((heading) => heading.position.start.line === line);
  while (index > 0) {
    const depth = headings[index]!.depth;
    do index -= 1;
    while (index >= 0 && headings[index]!.depth >= depth);
    if (index >= 0) lines.push(headings[index]!.position.start.line);
  }
  return lines;
}

/** A section's lines: from its heading to the line before the next heading of the same or a higher level. */
export interface SectionRange {
  start: number;
  /** Exclusive; infinite for the last section of its level. */
  end: number;
}

/**
 * The innermost section a line is in. Text before the first heading belongs to the page as a
 * whole, which holds every section.
 */
export function sectionAt(line: number, headings: readonly HeadingDef[]): SectionRange {
  let index = -1;
  for (let i = 0; i < headings.length && headings[i]!.position.start.line <= line; i += 1) index = i;
  if (index < 0) return { start: 1, end: Number.POSITIVE_INFINITY };
  const heading = headings[index]!;
  const next = headings.slice(index + 1).find((candidate) => candidate.depth <= heading.depth);
  return { start: heading.position.start.line, end: next?.position.start.line ?? Number.POSITIVE_INFINITY };
}

/** `outer` is `inner` or a section around it (sections nest or are apart, never overlap). */
export function sectionHolds(outer: SectionRange, inner: SectionRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
