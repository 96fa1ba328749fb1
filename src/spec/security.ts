import type { SpecVersion } from './load.js';
import type { RefResolver } from './refs.js';

/** How a security scheme's credential travels on the wire. */
export interface WireCredential {
  in: 'header' | 'query' | 'cookie' | 'none';
  /** Header, query or cookie name (`Authorization`, `X-API-Key`). */
  name: string;
  /** For `Authorization`: the auth scheme (`Bearer`, `Basic`, `Digest`). */
  authScheme?: string;
}

export interface SecuritySchemeRef {
  /** The scheme's key in components.securitySchemes / securityDefinitions. */
  name: string;
  type: string;
  description?: string;
  wire: WireCredential;
}

/** One security requirement object: every scheme in it is needed together (AND). */
export type SecurityAlternative = SecuritySchemeRef[];

/**
 * The effective security of an operation: its own `security` when present (an empty array removes
 * the root's), else the root's. Each alternative is OR-ed; an empty list means no credential.
 */
export function securityOf(
  version: SpecVersion,
  document: Record<string, any>,
  operation: Record<string, any>,
  refs: RefResolver,
): SecurityAlternative[] {
  const requirements = Array.isArray(operation.security) ? operation.security : Array.isArray(document.security) ? document.security : [];
  const definitions: Record<string, unknown> =
    (version === '2.0' ? document.securityDefinitions : document.components?.securitySchemes) ?? {};
  return (requirements as unknown[])
    .filter((requirement): requirement is Record<string, unknown> => typeof requirement === 'object' && requirement !== null)
    .map((requirement) =>
      Object.keys(requirement).map((name) => describeScheme(name, refs.resolve(definitions[name])?.value)),
    );
}

function describeScheme(name: string, scheme: Record<string, any> | undefined): SecuritySchemeRef {
  const type = typeof scheme?.type === 'string' ? scheme.type : 'unknown';
  return { name, type, description: scheme?.description, wire: wireOf(scheme) };
}

function wireOf(scheme: Record<string, any> | undefined): WireCredential {
  switch (scheme?.type) {
    case 'apiKey': {
      const place = scheme.in === 'query' || scheme.in === 'cookie' ? scheme.in : 'header';
      return { in: place, name: String(scheme.name ?? '') };
    }
    case 'http':
      return { in: 'header', name: 'Authorization', authScheme: capitalise(String(scheme.scheme ?? 'bearer')) };
    case 'basic': // Swagger 2.0
      return { in: 'header', name: 'Authorization', authScheme: 'Basic' };
    case 'oauth2':
    case 'openIdConnect':
      // The spec leaves the header open; every client and server in practice sends a bearer token.
      return { in: 'header', name: 'Authorization', authScheme: 'Bearer' };
    default:
      return { in: 'none', name: '' };
  }
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();
}
