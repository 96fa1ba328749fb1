import picomatch from 'picomatch';
import { docPathShape } from '../extract/doc-path.js';
import type { SpecIndex } from '../spec/spec-index.js';
import type { EndpointClaim } from '../types.js';

/** A prefix shared by more than this share of the spec's paths (`/api`) does not tie a path to the spec. */
const SPECIFIC_PREFIX_SHARE = 0.5;
/** Share of a path's literal text a spec path must hold for a method + unknown path to be a drifted copy. */
const NEAR_OVERLAP = 0.5;

/**
 * Keeps the endpoint claims that are about this API, so that no rule reports another service's
 * route, a file path or a generic example. A path the spec has is always kept, and so is a URL on
 * a configured or spec host. Otherwise a method or request next to the path must be backed by a
 * leading prefix that only some spec paths share (`/cp/...`, `/api/v1/...`), or by a close
 * resemblance to a spec path; a bare path with no method only counts as a near-typo of one.
 */
export function apiEndpoints(claims: readonly EndpointClaim[], spec: SpecIndex, isIgnored: (path: string) => boolean = () => false): EndpointClaim[] {
  return claims.filter((claim) => !isIgnored(claim.path.raw) && !isIgnored(docPathShape(claim.path)) && isApiEndpoint(claim, spec));
}

/** A test for `ignoreEndpoints` globs, compiled once per run. */
export function ignoredEndpoints(globs: readonly string[]): (path: string) => boolean {
  return globs.length > 0 ? picomatch([...globs]) : () => false;
}

export function isApiEndpoint(claim: EndpointClaim, spec: SpecIndex): boolean {
  const { path } = claim;
  if (path.prefix ? spec.hasPrefix(path) : spec.match(path).length > 0) return true;
  // A page binding (`openapi: GET /x`) names a spec operation by construction: matching none is the finding.
  if (claim.binding) return true;
  // A URL in running text is as likely a web-app page as an API route, even on the API's host.
  const isRequest = claim.evidence !== 'path';
  // RFC 8615 discovery documents belong to the server software, not to the API a spec describes.
  if (path.segments[0]?.kind === 'literal' && path.segments[0].value === '.well-known') return false;
  if (claim.hostKind === 'api' && isRequest) return true;
  if (path.segments[0]?.kind !== 'literal') return false;
  const reach = spec.prefixReach(path);
  const specificPrefix = reach.depth > 0 && reach.share <= SPECIFIC_PREFIX_SHARE;
  if (path.prefix) return isRequest && specificPrefix;
  if (!isRequest) return spec.typoOf(path) !== undefined;
  if (specificPrefix) return true;
  // Leading segments every spec path shares (`/api`) are no evidence of resemblance.
  const [best] = spec.nearest(path, claim.method, 1, reach.depth);
  return best !== undefined && best.overlap >= NEAR_OVERLAP;
}
