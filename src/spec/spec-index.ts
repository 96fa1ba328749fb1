import { HTTP_METHODS, type DocPath, type HttpMethod } from '../types.js';
import type { TierConfig } from '../config/types.js';
import type { LoadedSpec } from './load.js';
import { PathTrie } from './path-trie.js';
import { securityOf, type SecurityAlternative } from './security.js';
import { serversOf, type ServerInfo } from './servers.js';
import { resolveParameters, type ParameterInfo } from './parameters.js';
import { nearestEntries, typoEntry, type Suggestion } from './nearest.js';
import { SchemaIndex } from './operation-enums.js';
import { escapeRegex } from '../text/regex.js';

export interface SpecLocation {
  /** The spec file as the config names it. */
  file: string;
  line?: number;
}

/** `spec.yaml:42`, or the file alone when the line is unknown. */
export function formatLocation(location: SpecLocation): string {
  return location.line ? `${location.file}:${location.line}` : location.file;
}

/** `GET /users/{id}`: an operation as messages and subjects name it. */
export function operationLabel(operation: Pick<Operation, 'method' | 'path'>): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/**
 * The response of an operation that answers a status code: the code itself (`404`), else its
 * range (`4XX`), else `default`, as OpenAPI orders them.
 */
export function responseFor(operation: Pick<Operation, 'responses'>, status: string): string | undefined {
  const codes = operation.responses;
  return codes.find((code) => code === status) ?? codes.find((code) => code.toUpperCase() === `${status[0]}XX`) ?? codes.find((code) => code === 'default');
}

export interface Operation {
  spec: LoadedSpec;
  /** The file the operation object lives in (a split spec's path file): its `$ref`s are relative to it. */
  file: string;
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
  cookieParams: ParameterInfo[];
  security: SecurityAlternative[];
  /** False when neither the operation nor the root says anything about security (as opposed to `security: []`). */
  securityDeclared: boolean;
  /** The request body object (OAS 3) or body parameter schema (Swagger 2.0), refs unresolved below the top. */
  requestBody?: Record<string, any>;
  /** The file the request body object lives in: its schema's `$ref`s are relative to it. */
  requestBodyFile?: string;
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
  /** The template without its server base path: it matches a path written without a host only. */
  relativeOnly: boolean;
}

export interface SpecIndexOptions {
  tiers: Record<string, TierConfig>;
  /** Tier given to every operation of a spec in the config (`specs[].tier`), keyed by spec file. */
  specTiers: Map<string, string>;
  /** The docs' content folder: a site path in a binding (`/api/openapi.json`) names a file below it. */
  siteRoot?: string;
}

/**
 * Everything the rules ask of the specs, computed once per run: operations by path template,
 * reachable through a segment trie, across every spec in the config.
 */
export class SpecIndex {
  readonly operations: Operation[] = [];
  readonly entries: PathEntry[] = [];
  private readonly trie = new PathTrie<PathEntry>();
  private distinctEntries?: PathEntry[];
  private readonly matched = new WeakMap<DocPath, PathEntry[]>();
  private commonSegments?: Set<string>;

  /** Schemas and enums of the operations, resolved on first use. */
  readonly schemas: SchemaIndex = new SchemaIndex(this);

  constructor(
    readonly specs: LoadedSpec[],
    private readonly options: SpecIndexOptions,
  ) {
    for (const spec of specs) this.addSpec(spec);
  }

  /** The path entries (one per spec that has the template) that a documented path names. */
  match(path: DocPath): PathEntry[] {
    // Every rule asks about the same claims: match each documented path once.
    let entries = this.matched.get(path);
    if (!entries) {
      const found = this.trie.match(path);
      entries = path.absolute ? found.filter((entry) => !entry.relativeOnly) : found;
      this.matched.set(path, entries);
    }
    return entries;
  }

  /** The docs' content folder, where site paths to a spec (`/api/openapi.json`) point; see SpecIndexOptions. */
  get siteRoot(): string | undefined {
    return this.options.siteRoot;
  }

  hasPrefix(path: DocPath): boolean {
    return this.trie.hasPrefix(path);
  }

  /** The operations a documented method and path name: the one for the method, or every one at the path when no method is given. */
  operationsOf(path: DocPath, method: HttpMethod | null): Operation[] {
    return this.match(path).flatMap((entry) => {
      if (!method) return [...entry.operations.values()];
      const operation = entry.operations.get(method);
      return operation ? [operation] : [];
    });
  }

  /**
   * "Did you mean" candidates for a path no template matches. Every path below the point where the
   * documented path leaves the spec's shares that prefix equally, so only what follows is compared.
   */
  suggest(path: DocPath, method: HttpMethod | null, limit = 2): Suggestion[] {
    // A URL that leaves out the server's base path: name the full path it meant.
    const withoutBase = path.absolute ? this.trie.match(path).filter((entry) => entry.relativeOnly) : [];
    if (withoutBase.length > 0) {
      const full = this.templates().filter((entry) => withoutBase.some((short) => short.spec === entry.spec && short.template === entry.template));
      return full.slice(0, limit).map((entry) => ({ entry, shared: Number.POSITIVE_INFINITY, overlap: 1, methodOk: method === null || entry.operations.has(method) }));
    }
    const typo = this.typoOf(path);
    if (typo) return [{ entry: typo, shared: Number.POSITIVE_INFINITY, overlap: 1, methodOk: method === null || typo.operations.has(method) }];
    return nearestEntries(this.templates(), path, method, limit, this.prefixReach(path).depth, this.common());
  }

  /** The spec path a documented path is a one-segment typo of, if any (only asked on a miss; qualifying and suggesting both ask). */
  typoOf(path: DocPath): PathEntry | undefined {
    let typo = this.typos.get(path);
    if (typo === undefined) {
      typo = typoEntry(this.entries, path) ?? null;
      this.typos.set(path, typo);
    }
    return typo ?? undefined;
  }

  private readonly typos = new WeakMap<DocPath, PathEntry | null>();

  /** Spec paths that look like a documented path no template matches (only asked on a miss). */
  nearest(path: DocPath, method: HttpMethod | null, limit = 3, skipLeading = 0): Suggestion[] {
    return nearestEntries(this.templates(), path, method, limit, skipLeading, this.common());
  }

  /** One entry per template, in its full form (`/api/v2/me`, not `/me`), which names it unambiguously. */
  private templates(): PathEntry[] {
    if (!this.distinctEntries) {
      const byTemplate = new Map<string, PathEntry>();
      for (const entry of this.entries) {
        const key = `${entry.spec.file}\0${entry.template}`;
        const known = byTemplate.get(key);
        if (!known || entry.fullPath.length > known.fullPath.length) byTemplate.set(key, entry);
      }
      this.distinctEntries = [...byTemplate.values()];
    }
    return this.distinctEntries;
  }

  /** The leading segments most of the spec's paths share (`api`): sharing them says nothing. */
  private common(): Set<string> {
    this.commonSegments ??= new Set(this.trie.trunk().map((segment) => segment.toLowerCase()));
    return this.commonSegments;
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
      const serverBases = new Set<string>();
      for (const operation of operations.values()) {
        for (const server of operation.servers) for (const base of server.basePaths) serverBases.add(base);
      }
      if (operations.size === 0) {
        for (const server of serversOf(spec.version, spec.document, pathItem, {})) for (const base of server.basePaths) serverBases.add(base);
      }
      // Docs often write a path without the server's base path (`/responses` for `/api/v2/responses`);
      // that short form matches only paths written without a host.
      const relativeOnly = !serverBases.has('');
      for (const base of new Set(['', ...serverBases])) {
        const fullPath = `${base}${template}`;
        const entry: PathEntry = { template, fullPath, spec, operations, location, relativeOnly: base === '' && relativeOnly };
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
    const body = spec.version === '2.0' ? (bodyParam ? { value: bodyParam.raw, file: bodyParam.file } : undefined) : spec.refs.resolve<Record<string, any>>(raw.requestBody, file);
    return {
      spec,
      file,
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
      cookieParams: parameters.filter((parameter) => parameter.in === 'cookie'),
      security: securityOf(spec.version, spec.document, raw, spec.refs),
      securityDeclared: Array.isArray(raw.security) || Array.isArray(spec.document.security),
      requestBody: body?.value,
      requestBodyFile: body?.file,
      responses: Object.keys(raw.responses ?? {}),
      deprecated: raw.deprecated === true,
      raw,
      // An operation in another file of a split spec points at its `$ref` in the root document.
      location: () => ({
        file: spec.displayPath,
        line: spec.locator.lineOf(['paths', template, method]) ?? spec.locator.lineOf(['paths', template]),
      }),
    };
  }

  /** The tiers a server URL is on, matched against the config's tier patterns once per URL. */
  private tiersOfServerUrl(url: string): string[] {
    let tiers = this.serverTiers.get(url);
    if (!tiers) {
      tiers = tiersOfServer(url, this.options.tiers);
      this.serverTiers.set(url, tiers);
    }
    return tiers;
  }

  private readonly serverTiers = new Map<string, string[]>();

  private tiersOf(
    spec: LoadedSpec,
    pathItem: Record<string, any>,
    raw: Record<string, any>,
    servers: ServerInfo[],
  ): Pick<Operation, 'tiers' | 'tierSource'> {
    const declared = tierList(raw['x-host-tier']) ?? tierList(pathItem['x-host-tier']);
    if (declared) return { tiers: declared, tierSource: 'x-host-tier' };
    const fromServers = new Set<string>();
    for (const server of servers) for (const name of this.tiersOfServerUrl(server.url)) fromServers.add(name);
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

/**
 * The tiers whose `servers` name a spec server URL. A pattern written exactly like the URL wins
 * over one that matches through a `{variable}`, so `https://api.example.com` is cp's even though
 * tenant's `https://{org}.example.com` would take any host name.
 */
export function tiersOfServer(url: string, tiers: Record<string, TierConfig>): string[] {
  const exact: string[] = [];
  const wildcard: string[] = [];
  for (const [name, tier] of Object.entries(tiers)) {
    const quality = Math.max(0, ...(tier.servers ?? []).map((pattern) => serverUrlMatch(pattern, url)));
    if (quality === 2) exact.push(name);
    else if (quality === 1) wildcard.push(name);
  }
  return exact.length > 0 ? exact : wildcard;
}

/** 2 when the config pattern is the spec URL, 1 when its `{variables}` make it match, else 0. */
export function serverUrlMatch(pattern: string, url: string): 0 | 1 | 2 {
  const normalise = (value: string) => value.replace(/\/+$/, '').toLowerCase();
  const a = normalise(pattern);
  const b = normalise(url);
  if (a === b) return 2;
  const regex = new RegExp(`^${a.split(/\{[^}]*\}/).map((part) => escapeRegex(part)).join('[^/]+')}$`);
  return regex.test(b) ? 1 : 0;
}
