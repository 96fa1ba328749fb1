import type { Operation } from './spec-index.js';

/**
 * Whether an operation's servers serve a concrete host: `served` when a server's host is it (with
 * each variable set to its default or an enum value) or its pattern takes it (`{org}.example.com`
 * takes any value for `{org}`); `unknown` when some server names no host (a relative URL,
 * Swagger 2.0 without `host`), so the spec does not say; else `elsewhere`.
 */
export function hostServing(operations: readonly Operation[], host: string): 'served' | 'unknown' | 'elsewhere' {
  const wanted = normaliseHost(host);
  let unknown = false;
  for (const server of operations.flatMap((operation) => operation.servers)) {
    if (server.hosts.length === 0 && !server.hostPattern) {
      unknown = true;
      continue;
    }
    if (server.hosts.some((candidate) => normaliseHost(candidate) === wanted)) return 'served';
    if (server.hostPattern && hostPatternRegex(server.hostPattern).test(wanted)) return 'served';
  }
  return unknown ? 'unknown' : 'elsewhere';
}

/** Lowercase, without a scheme, a path or the scheme's default port (`:443`, `:80`). */
export function normaliseHost(host: string): string {
  return host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/:(443|80)$/, '')
    .toLowerCase();
}

/** `*.example.com` (a server host with its variables as `*`): each `*` takes any text but a slash. */
function hostPatternRegex(pattern: string): RegExp {
  const source = normaliseHost(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}
