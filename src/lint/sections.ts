import type { Operation, SpecIndex } from '../spec/spec-index.js';
import type { ClaimContext, EndpointClaim, HeadingDef } from '../types.js';
import { pageOperation } from './bindings.js';

/**
 * The one endpoint a section documents, for something written in that section without an
 * endpoint of its own (a header table, a list of query parameters). A sub-section with no endpoint
 * (`### Headers` under `## Create a webhook`) belongs to its parent's. A section that documents
 * several operations gives none: binding there would be a guess.
 */
export function endpointOfSection(
  context: ClaimContext,
  endpoints: readonly EndpointClaim[],
  spec: SpecIndex,
  headings: readonly HeadingDef[] = [],
): EndpointClaim | undefined {
  const own = endpointUnderHeading(context.heading?.line, endpoints, spec);
  if (own || !context.heading) return own;
  const index = headings.findIndex((heading) => heading.position.start.line === context.heading!.line);
  if (index <= 0) return undefined;
  const depth = headings[index]!.depth;
  const parent = headings.slice(0, index).reverse().find((heading) => heading.depth < depth);
  return parent ? endpointUnderHeading(parent.position.start.line, endpoints, spec) : undefined;
}

function endpointUnderHeading(line: number | undefined, endpoints: readonly EndpointClaim[], spec: SpecIndex): EndpointClaim | undefined {
  if (line === undefined) return undefined;
  const inSection = endpoints.filter((claim) => claim.method && claim.context.heading?.line === line);
  const operations = new Set(inSection.flatMap((claim) => spec.operationsOf(claim.path, claim.method)));
  return operations.size === 1 ? inSection.find((claim) => spec.operationsOf(claim.path, claim.method).length === 1) : undefined;
}

/**
 * The operations a statement in prose is about (an enum list, a status code): the endpoints in
 * its own block (paragraph, table row), else in the code block right before it, else in its
 * section when the section documents one path, else — when the section names no endpoint at
 * all — the operation the page is bound to. Anything looser would be a guess.
 */
export function operationsInContext(context: ClaimContext, endpoints: readonly EndpointClaim[], spec: SpecIndex): Operation[] {
  const pick = (claims: readonly EndpointClaim[]) => [...new Set(claims.flatMap((claim) => spec.operationsOf(claim.path, claim.method)))];
  if (context.block !== undefined) {
    const inBlock = pick(endpoints.filter((claim) => claim.context.block === context.block));
    if (inBlock.length > 0) return inBlock;
  }
  if (context.after !== undefined) {
    const before = pick(endpoints.filter((claim) => claim.context.block === context.after));
    if (before.length > 0) return before;
  }
  const line = context.heading?.line;
  const inSection = line === undefined ? [] : pick(endpoints.filter((claim) => claim.context.heading?.line === line));
  if (inSection.length === 0) {
    // Nothing closer names an operation: a page bound to one (`openapi: GET /x`) documents that one.
    const bound = pageOperation(endpoints, spec);
    return bound ? [bound] : [];
  }
  return new Set(inSection.map((operation) => `${operation.spec.file}\0${operation.path}`)).size === 1 ? inSection : [];
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
