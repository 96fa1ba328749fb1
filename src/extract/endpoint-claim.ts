import { HTTP_METHODS, type ClaimSource, type EndpointClaim, type EndpointEvidence, type HeaderMention, type HttpMethod, type Position } from '../types.js';
import { isElided, parseDocPath } from './doc-path.js';
import { splitUrl, type HostClassifier } from './url.js';

export interface EndpointInput {
  source: ClaimSource;
  evidence: EndpointEvidence;
  method: string | null;
  /** URL or path as written. */
  url: string;
  /** Position of the URL text; the path inside it is located from here. */
  position: Position;
  headers?: HeaderMention[];
  body?: string;
  /** A `Host:` header or host column that supplies the host when the URL has none. */
  hostHint?: string;
}

/**
 * Turns a method and URL as written into an endpoint claim, or null when the text is not a claim
 * about this API: another company's host, a URL with no path, a docs link.
 */
export function buildEndpointClaim(input: EndpointInput, hosts: HostClassifier): EndpointClaim | null {
  const split = splitUrl(input.url);
  const host = split.host ?? (input.hostHint ? splitUrl(`https://${input.hostHint}/`).host : undefined);
  const hostFrom = split.host ? 'url' : host ? 'hint' : undefined;
  const hostKind = host ? hosts.classify(host) : 'relative';
  if (hostKind === 'foreign') return null;
  if (!split.path.startsWith('/')) return null;
  const path = parseDocPath(split.path);
  if (hostFrom === 'url' || (hostFrom === 'hint' && input.source === 'http')) path.absolute = true;
  if ((path.segments.length === 0 && !path.prefix) || isElided(path)) return null;
  if (looksLikeFile(split.path)) return null;
  return {
    kind: 'endpoint',
    source: input.source,
    evidence: input.evidence,
    position: input.position,
    method: toMethod(input.method),
    path,
    host,
    hostFrom,
    hostKind,
    text: input.method ? `${input.method.toUpperCase()} ${input.url}` : input.url,
    headers: input.headers ?? [],
    query: split.query,
    body: input.body,
    context: {},
  };
}

/** `GET|PUT|…`: the HTTP methods OpenAPI names, as a regex alternation, for patterns that find `METHOD /path`. */
export const METHOD_WORDS = HTTP_METHODS.map((method) => method.toUpperCase()).join('|');

const OPERATION_REF = new RegExp(`^(?:(\\S+)\\s+)?(${METHOD_WORDS})\\s+(\\/\\S*)$`, 'i');

/**
 * Mintlify's way to name an operation, in `openapi:` frontmatter and docs.json entries: `GET /path`
 * or `spec.json GET /path` (a spec file, a method OpenAPI knows, a path). Anything else is no
 * operation (a page path, a webhook, a typo in the method).
 */
export function parseOperationRef(text: string): { spec?: string; method: HttpMethod; path: string } | undefined {
  const match = OPERATION_REF.exec(text.trim());
  if (!match) return undefined;
  return { ...(match[1] !== undefined ? { spec: match[1] } : {}), method: match[2]!.toLowerCase() as HttpMethod, path: match[3]! };
}

export function toMethod(value: string | null | undefined): HttpMethod | null {
  const lower = value?.toLowerCase();
  return lower && (HTTP_METHODS as readonly string[]).includes(lower) ? (lower as HttpMethod) : null;
}

/** Static files and pages (`/logo.png`, `/docs/intro.md`) are never API paths. */
function looksLikeFile(path: string): boolean {
  return /\.(png|jpe?g|gif|svg|webp|ico|css|js|mjs|map|html?|mdx?|pdf|zip|txt|xml|woff2?)$/i.test(path);
}
