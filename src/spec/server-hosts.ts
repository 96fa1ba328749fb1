import { isExampleDomain, isLoopbackHost } from '../extract/url.js';
import type { Operation } from './spec-index.js';

/**
 * A host a spec's server names only as a stand-in for the real one: loopback, or a reserved example
 * domain, which spec templates and generators put in `servers` by default.
 */
function isStandIn(host: string): boolean {
  const normalised = normaliseHost(host);
  return isLoopbackHost(normalised) || isExampleDomain(normalised);
}

/**
 * Whether an operation's servers serve a concrete host: `served` when a server's host is it (with
 * each variable set to its default or an enum value) or its pattern takes it (`{org}.example.com`
 * takes any value for `{org}`). `unknown` when the spec does not say where the operation lives: a
 * server names no host (a relative URL, Swagger 2.0 without `host`: wherever the spec is served),
 * or every server is a stand-in (`localhost`, `api.example.com`). Else `elsewhere`; a stand-in
 * next to real servers (a local development server) is left out.
 */
export function hostServing(operations: readonly Operation[], host: string): 'served' | 'unknown' | 'elsewhere' {
  const wanted = normaliseHost(host);
  let realServers = 0;
  let relative = false;
  for (const server of operations.flatMap((operation) => operation.servers)) {
    const names = server.hostPattern ? [server.hostPattern, ...server.hosts] : server.hosts;
    if (names.length === 0) relative = true;
    if (names.length === 0 || names.every(isStandIn)) continue;
    realServers += 1;
    if (server.hosts.some((candidate) => normaliseHost(candidate) === wanted)) return 'served';
    if (server.hostPattern && hostPatternRegex(server.hostPattern).test(wanted)) return 'served';
  }
  return relative || realServers === 0 ? 'unknown' : 'elsewhere';
}

/** Lowercase, without a scheme, a path or the scheme's default port (`:443`, `:80`). */
export function normaliseHost(host: string): string {
  return host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/:(443|80)$/, '')
    .toLowerCase();
}

const hostPatterns = new Map<string, RegExp>();

/** `*.example.com` (a server host with its variables as `*`): each `*` takes any text but a slash. Compiled once per pattern. */
function hostPatternRegex(pattern: string): RegExp {
  let regex = hostPatterns.get(pattern);
  if (!regex) {
    const source = normaliseHost(pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    regex = new RegExp(`^${source}$`);
    hostPatterns.set(pattern, regex);
  }
  return regex;
}
