import picomatch from 'picomatch';
import type { HostRef } from '../types.js';

export interface SplitUrl {
  host?: HostRef;
  /** The path as written, from its leading slash, without query or fragment. '' when the URL has none. */
  path: string;
  /** Offset of the path inside the URL text. */
  pathOffset: number;
  query: Record<string, string>;
}

/** Host-shaped variables: `$CP_URL`, `${CP_URL}`, `{WEBAPP_URL}`, `{{baseUrl}}`. */
const VARIABLE_HOST = /^(?:\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)|\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}|\{([A-Za-z_][\w.-]*)\})/;

/**
 * Splits an example URL as written in docs into host, path and query. Understands scheme-less
 * hosts (`api.example.com/v1/x`), variable hosts (`$TENANT_URL/x`, `https://${HOST}/x`) and
 * placeholders (`https://<your-org>.example.com/x`).
 */
export function splitUrl(url: string): SplitUrl {
  let rest = url.trim();
  let offset = url.indexOf(rest);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    offset += scheme[0].length;
  }

  let host: HostRef | undefined;
  const variable = VARIABLE_HOST.exec(rest);
  if (variable) {
    const name = variable[1] ?? variable[2] ?? variable[3] ?? variable[4]!;
    // A variable may be followed by more host text (`${ORG}.example.com`): keep it in the raw host.
    const end = hostEnd(rest, variable[0].length);
    host = { raw: rest.slice(0, end), variable: end === variable[0].length ? name : undefined, placeholder: true };
    if (end !== variable[0].length) host.hostname = rest.slice(0, end).toLowerCase();
    rest = rest.slice(end);
    offset += end;
  } else if (scheme || looksLikeBareHost(rest)) {
    const end = hostEnd(rest, 0);
    const raw = rest.slice(0, end);
    host = { raw, hostname: raw.toLowerCase(), placeholder: /[<>{}$]/.test(raw) };
    rest = rest.slice(end);
    offset += end;
  }

  const fragment = rest.indexOf('#');
  if (fragment !== -1) rest = rest.slice(0, fragment);
  const question = rest.indexOf('?');
  const queryText = question === -1 ? '' : rest.slice(question + 1);
  const path = question === -1 ? rest : rest.slice(0, question);
  return { host, path, pathOffset: offset, query: parseQuery(queryText) };
}

function hostEnd(text: string, from: number): number {
  let index = from;
  let depth = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '<' || char === '{') depth += 1;
    else if (char === '>' || char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === '/' || char === '?' || char === '#' || /\s/.test(char))) break;
    index += 1;
  }
  return index;
}

/** `api.example.com/v1/x` or `localhost:3000/x`: a first segment with a dot or port and no leading slash. */
function looksLikeBareHost(text: string): boolean {
  const first = text.split(/[/?#]/)[0] ?? '';
  return /^(localhost|[\w<>{}-]+(\.[\w<>{}-]+)+)(:\d+)?$/i.test(first) && text.length > first.length;
}

function parseQuery(text: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (!text) return query;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    query[key] = eq === -1 ? '' : pair.slice(eq + 1);
  }
  return query;
}

export type HostKind = 'api' | 'placeholder' | 'foreign';

/**
 * Decides whose API an example URL calls. Hosts and variables the config or the spec names are
 * the API; reserved example domains, localhost and unknown variables are placeholders (a claim
 * only when the path looks like the spec's); any other host is someone else's API.
 */
export class HostClassifier {
  private readonly matchers: Array<(host: string) => boolean>;
  private readonly variables: Set<string>;

  constructor(patterns: Iterable<string>) {
    const hostPatterns: string[] = [];
    this.variables = new Set();
    for (const pattern of patterns) {
      const variable = VARIABLE_HOST.exec(pattern);
      if (variable && variable[0].length === pattern.length) {
        this.variables.add(variable[1] ?? variable[2] ?? variable[3] ?? variable[4]!);
      } else {
        hostPatterns.push(normaliseHostPattern(pattern));
      }
    }
    this.matchers = hostPatterns.map((pattern) => picomatch(pattern, { nocase: true, dot: true }));
    this.signature = JSON.stringify([[...new Set(hostPatterns)].sort(), [...this.variables].sort()]);
  }

  /** What the classification depends on, to key cached extractions. */
  readonly signature: string;

  classify(host: HostRef): HostKind {
    if (host.variable) return this.variables.has(host.variable) ? 'api' : 'placeholder';
    const hostname = host.hostname ?? host.raw.toLowerCase();
    const concrete = concreteHost(hostname);
    if (this.matchers.some((matches) => matches(concrete) || matches(withoutPort(concrete)))) return 'api';
    if (host.placeholder || isPlaceholderHost(withoutPort(concrete))) return 'placeholder';
    return 'foreign';
  }
}

/** `<your-org>.example.com`, `${ORG}.example.com`: a host with its placeholders as one concrete value, to match host globs. */
export function concreteHost(host: string): string {
  return host.replace(/<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|\{[^}]*\}/g, 'placeholder');
}

function normaliseHostPattern(pattern: string): string {
  return pattern
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/\{[^}]*\}/g, '*')
    .toLowerCase();
}

function withoutPort(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** The developer's own machine: loopback and "any interface" addresses, with or without a port. */
export function isLoopbackHost(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(:\d+)?$/.test(host);
}

/** Reserved example domains (RFC 2606), with or without a port. */
export function isExampleDomain(host: string): boolean {
  return /(^|\.)example\.(com|org|net)(:\d+)?$/.test(host);
}

/** Hosts that stand for "your server" in docs: reserved example domains, loopback, obvious placeholders. */
function isPlaceholderHost(host: string): boolean {
  return (
    isLoopbackHost(host) ||
    isExampleDomain(host) ||
    /\.(test|example|invalid|localhost)$/.test(host) ||
    /(^|[.-])your[-_]?/.test(host) ||
    /(^|[.-])my[-_]?(domain|host|server|app|org|company|instance|site|api)/.test(host) ||
    host.includes('placeholder')
  );
}
