import type { SpecVersion } from './load.js';

/** A server an operation is served from, with its variables expanded. */
export interface ServerInfo {
  /** The URL as the spec writes it (`https://{org}.example.com/api`). */
  url: string;
  /** Lowercase host names (with port) for every default and enum value of the host's variables. */
  hosts: string[];
  /** The host with each variable as `*`, for matching any value (`*.example.com`). */
  hostPattern?: string;
  /** Path prefixes the server adds before every path template (`/api/v1`), '' for none. */
  basePaths: string[];
}

interface ServerVariable {
  default?: unknown;
  enum?: unknown[];
}

/** The servers of an operation: operation, then path item, then root (OAS 3); host + basePath (Swagger 2.0). */
export function serversOf(
  version: SpecVersion,
  document: Record<string, any>,
  pathItem: Record<string, any>,
  operation: Record<string, any>,
): ServerInfo[] {
  if (version === '2.0') return [swagger2Server(document)];
  const declared = firstNonEmpty(operation.servers, pathItem.servers, document.servers);
  if (!declared) return NO_SERVER;
  // Most operations inherit the root's servers: expand each declared list once, shared by all of them.
  let expanded = expandedLists.get(declared);
  if (!expanded) {
    expanded = declared.filter((server) => typeof server?.url === 'string').map((server) => expandServer(server.url, server.variables ?? {}));
    expandedLists.set(declared, expanded);
  }
  return expanded;
}

const NO_SERVER: ServerInfo[] = [{ url: '/', hosts: [], basePaths: [''] }];
const expandedLists = new WeakMap<object, ServerInfo[]>();

function firstNonEmpty(...candidates: unknown[]): Array<Record<string, any>> | undefined {
  for (const candidate of candidates) {
    if (Array.isArray(candidate) && candidate.length > 0) return candidate;
  }
  return undefined;
}

function swagger2Server(document: Record<string, any>): ServerInfo {
  const host = typeof document.host === 'string' ? document.host.toLowerCase() : undefined;
  const basePath = trimSlash(typeof document.basePath === 'string' ? document.basePath : '');
  const scheme = Array.isArray(document.schemes) && document.schemes.length > 0 ? document.schemes[0] : 'https';
  return {
    url: host ? `${scheme}://${host}${basePath}` : basePath || '/',
    hosts: host ? [host] : [],
    hostPattern: host,
    basePaths: [basePath],
  };
}

export function expandServer(url: string, variables: Record<string, ServerVariable>): ServerInfo {
  const match = /^([a-z][a-z0-9+.-]*:)?\/\/([^/]*)(.*)$/i.exec(url);
  const hostTemplate = match ? match[2]! : undefined;
  const pathTemplate = match ? match[3]! : url;
  return {
    url,
    hosts: hostTemplate ? expandTemplate(hostTemplate, variables).map((host) => host.toLowerCase()) : [],
    hostPattern: hostTemplate ? hostTemplate.replace(/\{[^}]*\}/g, '*').toLowerCase() : undefined,
    basePaths: [...new Set(expandTemplate(pathTemplate, variables).map(trimSlash))],
  };
}

/** Every string the template can take with each variable set to its default or one of its enum values. */
function expandTemplate(template: string, variables: Record<string, ServerVariable>): string[] {
  let results = [''];
  const parts = template.split(/(\{[^}]*\})/);
  for (const part of parts) {
    const variable = /^\{([^}]*)\}$/.exec(part);
    const choices = variable ? valuesOf(variables[variable[1]!]) : [part];
    if (choices.length === 0) return [];
    results = results.flatMap((prefix) => choices.map((choice) => prefix + choice));
  }
  return results;
}

function valuesOf(variable: ServerVariable | undefined): string[] {
  if (!variable) return [];
  const values = new Set<string>();
  if (variable.default !== undefined) values.add(String(variable.default));
  for (const value of variable.enum ?? []) values.add(String(value));
  return [...values];
}

function trimSlash(value: string): string {
  return value.replace(/\/+$/, '');
}
