/** 1-based line and column, as editors and ESLint show them. */
export interface Point {
  line: number;
  column: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'off' | 'warn' | 'error';

/** A single-range text replacement in a page, applied by --fix and shown in JSON output. */
export interface Fix {
  /** Character offsets in the page source, end exclusive. */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** Absolute path of the page. */
  file: string;
  position: Position;
  /**
   * What the finding is about, independent of line numbers (`POST /cp/workspaces`, `#anchor`).
   * Keys baselines and fingerprints.
   */
  subject: string;
  fix?: Fix;
}

/** Where on the page a claim comes from. */
export type ClaimSource = 'curl' | 'http' | 'fetch' | 'inline' | 'table' | 'component' | 'frontmatter' | 'prose';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** One segment of a documented path after normalisation. */
export type DocSegment =
  | { kind: 'literal'; value: string }
  /** `{id}`, `:id`, `<id>`, `$ID`, `${ID}`, `[id]`, `{{id}}`: a parameter with the name as written. */
  | { kind: 'param'; name: string; raw: string };

export interface DocPath {
  /** The path as written on the page (without host, query or fragment). */
  raw: string;
  segments: DocSegment[];
  /** A trailing `/*`: the claim holds if some operation lives under the prefix. */
  prefix: boolean;
}

/** The host part of an example URL, as written. */
export interface HostRef {
  raw: string;
  /** `$CP_URL` / `${CP_URL}` / `{WEBAPP_URL}` style variable name, when the host is one. */
  variable?: string;
  /** A concrete host name (lowercase, with port if written). */
  hostname?: string;
  /** True for `<your-org>.example.com` style placeholders and variables. */
  placeholder: boolean;
}

export interface HeaderMention {
  name: string;
  value: string;
  position: Position;
}

/**
 * Why text was read as an endpoint: a request example (curl, http, fetch), a method written next
 * to the path, a table row with a method column, or only a path (the weakest).
 */
export type EndpointEvidence = 'request' | 'method' | 'table' | 'path';

export interface EndpointClaim {
  kind: 'endpoint';
  source: ClaimSource;
  evidence: EndpointEvidence;
  position: Position;
  /** Null when the page names a path with no method. */
  method: HttpMethod | null;
  path: DocPath;
  host?: HostRef;
  /** Whose host it is: a configured or spec host, a placeholder, or none written (a relative path). */
  hostKind: 'api' | 'placeholder' | 'relative';
  /** The whole URL or `METHOD /path` text as written, for messages. */
  text: string;
  headers: HeaderMention[];
  query: Record<string, string>;
  /** Raw request body text as written (curl -d, http block body, fetch body). */
  body?: string;
  /** For a table row: each column's header (lowercase) and the cell's text, for later evidence (Host, Credential). */
  row?: Record<string, string>;
  /** Where `host` came from: the URL itself, or a Host header or column next to a relative path. */
  hostFrom?: 'url' | 'hint';
  context: ClaimContext;
}

/** The prose around a claim, for evidence that lives in words (tier names in a heading or sentence). */
export interface ClaimContext {
  /** The nearest heading above the claim. */
  heading?: { text: string; line: number };
  /** The sentence holding the claim, or for a code block the sentence that introduces it. */
  sentence?: string;
}

/**
 * A route named in running text by its last path segment (`llm-billing-mode`), in a sentence that
 * names a host tier: "`llm-billing-mode` is a CP route". Rules resolve the name against the spec.
 */
export interface RouteMention {
  kind: 'route-mention';
  name: string;
  position: Position;
  context: ClaimContext;
}

/**
 * A request header a page documents in a header table (Header/Name column) or a list of headers
 * under a "Headers" heading. Rules bind it to the endpoint documented in the same section.
 */
export interface HeaderDoc {
  kind: 'header-doc';
  name: string;
  position: Position;
  /** What a Required column says, when there is one. */
  required?: boolean;
  source: 'table' | 'list';
  context: ClaimContext;
}

export interface HeadingDef {
  kind: 'heading';
  depth: number;
  text: string;
  slug: string;
  explicitId?: string;
  position: Position;
}

export interface LinkClaim {
  kind: 'link';
  url: string;
  position: Position;
  source: 'markdown' | 'definition' | 'jsx' | 'html';
}

/** Everything extracted from one page, once, and shared by every rule. */
export interface PageClaims {
  file: string;
  endpoints: EndpointClaim[];
  routeMentions: RouteMention[];
  headerDocs: HeaderDoc[];
  headings: HeadingDef[];
  links: LinkClaim[];
  frontmatter: Record<string, unknown>;
}
