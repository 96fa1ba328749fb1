import type { SpecIndex } from '../spec/spec-index.js';
import type { ClaimContext, EndpointClaim } from '../types.js';

/**
 * The one endpoint a section documents, for something written in that section without an
 * endpoint of its own (a header table, a list of headers). A section that documents several
 * operations gives none: binding there would be a guess.
 */
export function endpointOfSection(context: ClaimContext, endpoints: readonly EndpointClaim[], spec: SpecIndex): EndpointClaim | undefined {
  const line = context.heading?.line;
  if (line === undefined) return undefined;
  const inSection = endpoints.filter((claim) => claim.method && claim.context.heading?.line === line);
  const operations = new Set(inSection.flatMap((claim) => spec.operationsOf(claim.path, claim.method)));
  return operations.size === 1 ? inSection.find((claim) => spec.operationsOf(claim.path, claim.method).length === 1) : undefined;
}
