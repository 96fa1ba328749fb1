import type { SpecIndex } from '../spec/spec-index.js';
import type { EndpointClaim } from '../types.js';

/** Share of a path's literal text a spec path must hold for a method + unknown path to count as a claim. */
const NEAR_OVERLAP = 0.5;

/**
 * Keeps the endpoint claims that are about this API. A URL on a configured or spec host always
 * is. Without one, the path must start like a spec path (`/api/v1/...`), or, when a method or
 * request stands next to it, resemble one closely enough to be a drifted copy; otherwise it is a
 * file path, another service's route, or an example of something else, and stays silent.
 */
export function apiEndpoints(claims: readonly EndpointClaim[], spec: SpecIndex): EndpointClaim[] {
  return claims.filter((claim) => isApiEndpoint(claim, spec));
}

export function isApiEndpoint(claim: EndpointClaim, spec: SpecIndex): boolean {
  if (claim.hostKind === 'api') return true;
  if (spec.startsLikeApiPath(claim.path)) return true;
  if (claim.evidence === 'path' || claim.path.segments[0]?.kind !== 'literal') return false;
  if (spec.match(claim.path).length > 0) return true;
  const [best] = spec.nearest(claim.path, claim.method, 1);
  return best !== undefined && best.overlap >= NEAR_OVERLAP;
}
