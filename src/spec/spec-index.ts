import { HTTP_METHODS, type DocPath, type HttpMethod } from '../types.js';
import type { TierConfig } from '../config/types.js';
import type { LoadedSpec } from './load.js';
import { PathTrie } from './path-trie.js';
import { securityOf, type SecurityAlternative } from './security.js';
import { serversOf, type ServerInfo } from './servers.js';
import { resolveParameters, type ParameterInfo } from './parameters.js';
import { nearestEntries, typoEntry, type Suggestion } from './nearest.js';

export interface SpecLocation {
  /** The spec file as the config names it. */
  file: string;
  line?: number;
}

export interface Operation {
  spec: LoadedSpec;
  method: HttpMethod;
  /** The path template as the spec writes it (`/workspaces/{id}`). */
  path: string;
  operationId?: string;
  summary?: string;
  /** Host tiers the operation is served on; empty when nothing says. */
  tiers: string[];
  /** Where the tiers came from, for messages (`x-host-tier`, `servers`, `config`). */
  tierSource?: 'x-host-tier' | 'servers' | 'config';
  servers: ServerInfo[];
  headerParams: ParameterInfo[];
  queryParams: ParameterInfo[];
  pathParams: ParameterInfo[];
  security: SecurityAlternative[];
  /** The request body object (OAS 3) or body parameter schema (Swagger 2.0), refs unresolved below the top. */
  requestBody?: Record<string, any>;
  /** Response codes as the spec writes them (`200`, `4XX`, `default`). */
  responses: string[];
  deprecated: boolean;
  /** The raw operation object. */
  raw: Record<string, any>;
  location: () => SpecLocation;
}

/** All operations at one path template (of one spec), as matched by the trie. */
export interface PathEntry {
  template: string;
  /** The template with the server base path in front, as matched (`/api/v2/responses`). */
  fullPath: string;
  spec: LoadedSpec;
  operations: Map<HttpMethod, Operation>;
  location: () => SpecLocation;
}

export interface SpecIndexOptions {
  tiers: Record<string, TierConfig>;
  /** Tier given to every operation of a spec in the config (`specs[].tier`), keyed by spec file. */
  specTiers: Map<string, string>;
}

/**
 * Everything the rules ask of the specs, computed once per run: operations by path template,
 * reachable through a segment trie, across every spec in the config.
 */
export class SpecIndex {
  readonly operations: Operation[] = [];
  readonly entries: PathEntry[] = [];
  private readonly trie = new PathTrie<PathEntry>();

  constructor(
    readonly specs: LoadedSpec[],
    private readonly options: SpecIndexOptions,
  ) {
    for (const spec of specs) this.addSpec(spec);
  }

  /** The path entries (one per spec that has the template) that a documented path names. */
  match(path: DocPath): PathEntry[] {
    return this.trie.match(path);
  }

  hasPrefix(path: DocPath): boolean {
    return this.trie.hasPrefix(path);
  }

  /**
   * "Did you mean" candidates for a path no template matches. Every path below the point where the
   * documented path leaves the spec's shares that prefix equally, so only what follows is compared.
   */
  suggest(path: DocPath, method: HttpMethod | null, limit = 2): Suggestion[] {
    const typo = this.typoOf(path);
    if (typo) return [{ entry: typo, shared: Number.POSITIVE_INFINITY, overlap: 1, methodOk: method === null || typo.operations.has(method) }];
    return nearestEntries(this.entries, path, method, limit, this.prefixReach(path).depth);
  }

  /** The spec path a documented path is a one-segment typo of, if any (only asked on a miss). */
  typoOf(path: DocPath): PathEntry | undefined {
    return typoEntry(this.entries, path);
  }

  /** Spec paths that look like a documented path no template matches (only asked on a miss). */
  nearest(path: DocPath, method: HttpMethod | null, limit = 3, skipLeading = 0): Suggestion[] {
    return nearestEntries(this.entries, path, method, limit, skipLeading);
  }

  /** How deep the path's leading segments reach into the spec's paths, and the share of paths below. */
  prefixReach(path: DocPath): { depth: number; share: number } {
    return this.trie.prefixReach(path);
  }

  private addSpec(spec: LoadedSpec): void {
    const paths: Record<string, unknown> = spec.document.paths ?? {};
    for (const [template, rawItem] of Object.entries(paths)) {
      if (!template.startsWith('/')) continue;
      const resolvedItem = spec.refs.resolve<Record<string, any>>(rawItem);
      if (!resolvedItem || typeof resolvedItem.value !== 'object' || resolvedItem.value === null) continue;
      const pathItem = resolvedItem.value;
      const location = (): SpecLocation => ({ file: spec.displayPath, line: spec.locator.lineOf(['paths', template]) });
      const operations = new Map<HttpMethod, Operation>();
      for (const method of HTTP_METHODS) {
        const raw = pathItem[method];
        if (typeof raw !== 'object' || raw === null) continue;
        const operation = this.buildOperation(spec, template, method, pathItem, raw, resolvedItem.file);
        operations.set(method, operation);
        this.operations.push(operation);
      }
      const basePaths = new Set<string>(['']);
      for (const operation of operations.values()) {
        for (const server of operation.servers) for (const base of server.basePaths) basePaths.add(base);
      }
      if (operations.size === 0) {
        for (const server of serversOf(spec.version, spec.document, pathItem, {})) for (const base of server.basePaths) basePaths.add(base);
      }
      for (const base of basePaths) {
        const fullPath = `${base}${template}`;
        const entry: PathEntry = { template, fullPath, spec, operations, location };
        this.entries.push(entry);
        this.trie.insert(fullPath, entry);
      }
    }
  }

  private buildOperation(
    spec: LoadedSpec,
    template: string,
    method: HttpMethod,
    pathItem: Record<string, any>,
    raw: Record<string, any>,
    file: string,
  ): Operation {
    const parameters = resolveParameters(spec, pathItem, raw, file);
    const servers = serversOf(spec.version, spec.document, pathItem, raw);
    const { tiers, tierSource } = this.tiersOf(spec, pathItem, raw, servers);
    const bodyParam = parameters.find((parameter) => parameter.in === 'body');
    return {
      spec,
      method,
      path: template,
      operationId: typeof raw.operationId === 'string' ? raw.operationId : undefined,
      summary: typeof raw.summary === 'string' ? raw.summary : undefined,
      tiers,
      tierSource,
      servers,
      headerParams: parameters.filter((parameter) => parameter.in === 'header'),
      queryParams: parameters.filter((parameter) => parameter.in === 'query'),
      pathParams: parameters.filter((parameter) => parameter.in === 'path'),
      security: securityOf(spec.version, spec.document, raw, spec.refs),
      requestBody: spec.version === '2.0' ? bodyParam?.raw : spec.refs.resolve(raw.requestBody, file)?.value,
      responses: Object.keys(raw.responses ?? {}),
      deprecated: raw.deprecated === true,
      raw,
      location: () => ({ file: spec.displayPath, line: spec.locator.lineOf(['paths', template, method]) }),
    };
  }

  private tiersOf(
    spec: LoadedSpec,
    pathItem: Record<string, any>,
    raw: Record<string, any>,
    servers: ServerInfo[],
  ): Pick<Operation, 'tiers' | 'tierSource'> {
    const declared = tierList(raw['x-host-tier']) ?? tierList(pathItem['x-host-tier']);
    if (declared) return { tiers: declared, tierSource: 'x-host-tier' };
    const fromServers = new Set<string>();
    for (const [name, tier] of Object.entries(this.options.tiers)) {
      if (servers.some((server) => (tier.servers ?? []).some((pattern) => serverUrlMatches(pattern, server.url)))) {
        fromServers.add(name);
      }
    }
    if (fromServers.size > 0) return { tiers: [...fromServers], tierSource: 'servers' };
    const configured = this.options.specTiers.get(spec.file);
    if (configured) return { tiers: [configured], tierSource: 'config' };
    return { tiers: [] };
  }
}

function tierList(value: unknown): string[] | undefined {
  if (typeof value === 'string' && value.length > 0) return [value];
  if (Array.isArray(value)) {
    const names = value.filter((item): item is string => typeof item === 'string');
    return names.length > 0 ? names : undefined;
  }
  return undefined;
}

/** A config server pattern matches a spec server URL; `{var}` on either side matches any text. */
export function serverUrlMatches(pattern: string, url: string): boolean {
  const normalise = (value: string) => value.replace(/\/+$/, '').toLowerCase();
  const toRegex = (value: string) =>
    new RegExp(`^${normalise(value).split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  const a = normalise(pattern);
  const b = normalise(url);
  return a === b || toRegex(pattern).test(b) || toRegex(url).test(a);
}
