import type { SecurityAlternative } from '../spec/security.js';
import type { Operation } from '../spec/spec-index.js';
import type { EndpointClaim } from '../types.js';

/**
 * Headers any HTTP request may carry whatever the operation declares: content negotiation,
 * caching, conditionals, proxies and tracing. `Idempotency-Key` and the like are not here: they
 * are fine only where the spec declares them.
 */
export const STANDARD_HEADERS: ReadonlySet<string> = new Set(
  [
    'Accept', 'Accept-Charset', 'Accept-Encoding', 'Accept-Language', 'Cache-Control', 'Connection', 'Content-Encoding',
    'Content-Language', 'Content-Length', 'Content-Type', 'Cookie', 'DNT', 'Expect', 'Host', 'If-Match', 'If-Modified-Since',
    'If-None-Match', 'If-Range', 'If-Unmodified-Since', 'Origin', 'Pragma', 'Range', 'Referer', 'TE', 'Upgrade', 'User-Agent',
    'Via', 'X-Requested-With', 'X-Forwarded-For', 'X-Forwarded-Host', 'X-Forwarded-Proto', 'Traceparent', 'Tracestate',
  ].map((name) => name.toLowerCase()),
);

/** The headers an operation takes, by lowercase name: its header parameters and the headers its security schemes send. */
export function declaredHeaders(operation: Operation): ReadonlyMap<string, string> {
  let known = declared.get(operation);
  if (!known) {
    known = collectHeaders(operation);
    declared.set(operation, known);
  }
  return known;
}

/** Every header of every example and table asks about its operation's headers: collect them once per operation. */
const declared = new WeakMap<Operation, Map<string, string>>();

function collectHeaders(operation: Operation): Map<string, string> {
  const headers = new Map<string, string>();
  for (const parameter of operation.headerParams) headers.set(parameter.name.toLowerCase(), parameter.name);
  for (const alternative of operation.security) {
    for (const scheme of alternative) {
      if (scheme.wire.in === 'header' && scheme.wire.name) headers.set(scheme.wire.name.toLowerCase(), scheme.wire.name);
      if (scheme.wire.in === 'cookie') headers.set('cookie', 'Cookie');
    }
  }
  // A spec that says nothing about security leaves the credential header open.
  if (!operation.securityDeclared) headers.set('authorization', 'Authorization');
  return headers;
}

/** True when a request example carries every credential of one security alternative (an empty alternative needs none). */
export function sendsAlternative(alternative: SecurityAlternative, claim: EndpointClaim): boolean {
  const headers = new Map(claim.headers.map((header) => [header.name.toLowerCase(), header.value]));
  return alternative.every((scheme) => {
    const { wire } = scheme;
    switch (wire.in) {
      case 'header': {
        const value = headers.get(wire.name.toLowerCase());
        if (value === undefined) return false;
        // `Authorization: Basic …` does not carry a bearer token, and the other way round.
        return !wire.authScheme || value.trim().toLowerCase().startsWith(wire.authScheme.toLowerCase());
      }
      case 'cookie':
        return (headers.get('cookie') ?? '').split(';').some((pair) => pair.trim().startsWith(`${wire.name}=`));
      case 'query':
        return wire.name in claim.query;
      default:
        return true;
    }
  });
}
