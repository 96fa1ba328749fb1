import type { JsonExample } from './extract/json-example.js';
import type { QueryParamDoc } from './extract/query-docs.js';

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
  /** Written with a host (a full URL, an http request with a Host header): the server's base path must be in it. */
  absolute?: boolean;
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
  /** Where the body text is on the page. */
  bodyPosition?: Position;
  /** The body read as a JSON example, when it looks like JSON (starts with `{` or `[`). */
  bodyJson?: JsonExample;
  /** For a table row: each column's header (lowercase) and the cell's text, for later evidence (Host, Credential). */
  row?: Record<string, string>;
  /** Where `host` came from: the URL itself, or a Host header or column next to a relative path. */
  hostFrom?: 'url' | 'hint';
  /** Set when the page is bound to this operation (frontmatter `openapi:`/`api:`, `<APIPage>`): see extract/bindings.ts. */
  binding?: EndpointBinding;
  context: ClaimContext;
}

/** How a page names the operation it documents, for the claim that binding becomes. */
export interface EndpointBinding {
  via: 'openapi' | 'api' | 'operationId' | 'APIPage';
  /** The spec file the binding names (`openapi.json`, `./spec/api.yaml`), as written. */
  spec?: string;
  /** The binding as written (`openapi: get /x`), for messages. */
  written: string;
}

/**
 * A page bound to a webhook of an OpenAPI 3.1 spec: Mintlify `openapi: "webhook taskCreated"`,
 * a Fumadocs `<APIPage webhooks={[{ name: 'taskCreated', method: 'post' }]} />`.
 */
export interface WebhookBinding {
  kind: 'webhook';
  name: string;
  /** Lower-case; absent when the binding names only the webhook (Mintlify). */
  method?: string;
  spec?: string;
  written: string;
  position: Position;
}

/** A page bound to an operation by id in its frontmatter (`operationId: createTask`). */
export interface OperationIdBinding {
  kind: 'operation-id';
  operationId: string;
  spec?: string;
  written: string;
  position: Position;
}

/** The prose around a claim, for evidence that lives in words (tier names in a heading or sentence). */
export interface ClaimContext {
  /** The first line of the block holding the claim (paragraph, table row, list, code block): claims in one block belong together. */
  block?: number;
  /** The first line of the block right before this one ("The call returns `200`." after its example). */
  after?: number;
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
export interface EnumValue {
  value: string;
  position: Position;
}

/**
 * Values a page lists for a field: `mode: a|b|c`, "`mode` is one of `a`, `b`", a Values column, a
 * list after "one of:". Lists presented like these claim to be complete.
 */
export interface EnumClaim {
  kind: 'enum';
  /** The field as written (`mode`, `budget_limits.daily`). */
  field: string;
  values: EnumValue[];
  complete: boolean;
  notation: 'pipe' | 'one-of' | 'table' | 'list';
  position: Position;
  /** For a pipe list: where it is in the page source and how it is written, to complete it in place. */
  list?: { range: [number, number]; separator: string; quote: string };
  context: ClaimContext;
}

/**
 * A JSON example in a ```json block, with what the text around it says it is: a request body
 * ("Request body:", "Send:") or a response ("Response:", "Returns:").
 */
export interface JsonBlockClaim {
  kind: 'json-block';
  text: string;
  position: Position;
  role: 'request' | 'response' | 'unknown';
  json: JsonExample;
  /** A ```json block, or the body of a response in an ```http block. */
  source: 'json' | 'http';
  /** For an http response: where the URL of the request it answers is (that request's claim has this position). */
  requestPosition?: Position;
  /** A status code written next to a response (`200 OK`, "Response (201)"). */
  status?: string;
  context: ClaimContext;
}

/** A row of a field table: a body field the page documents, with its type and whether it is required. */
export interface FieldRow {
  name: string;
  position: Position;
  type?: string;
  typePosition?: Position;
  required?: boolean;
  requiredPosition?: Position;
}

/**
 * A table that documents body fields: a Field/Property/Name column with a Type or Required column.
 * `direction` is what the heading or the sentence before it says ("Request body", "Response").
 */
export interface FieldTableClaim {
  kind: 'field-table';
  rows: FieldRow[];
  direction: 'request' | 'response' | 'unknown';
  position: Position;
  context: ClaimContext;
}

/** A status code a page states for an operation: "returns `409`", `{} → 400`, a Status column. */
export interface StatusClaim {
  kind: 'status';
  code: string;
  position: Position;
  context: ClaimContext;
}

export interface HeaderDoc {
  kind: 'header-doc';
  name: string;
  position: Position;
  source: 'table' | 'list';
  context: ClaimContext;
}

export interface HeadingDef {
  kind: 'heading';
  depth: number;
  /** The heading's text as the renderer flattens it, without an explicit-id suffix. */
  text: string;
  /** The heading's anchor id on the site: its explicit id, else its slug (numbered when a duplicate). */
  slug: string;
  explicitId?: string;
  position: Position;
}

/** An id a page defines outside its heading slugs: a JSX or HTML `id`, an `<a name>`, a Mintlify accordion title. */
export interface AnchorDef {
  kind: 'anchor';
  id: string;
  source: 'jsx' | 'html' | 'component';
  position: Position;
}

export interface LinkClaim {
  kind: 'link';
  url: string;
  /** The URL as written on the page, or the whole link when the text could not be found. */
  position: Position;
  source: 'markdown' | 'definition' | 'jsx' | 'html';
  /** The text after `#`, as written (not decoded), when the URL has one. */
  fragment?: string;
  /** Where that text is in the page source (offsets, end exclusive), for a fix that rewrites it. */
  fragmentSpan?: { range: [number, number]; position: Position };
}

/**
 * Words on a page that tell readers an operation is going away ("Deprecated", "will be removed",
 * "use … instead"). They rarely name the operation, so what a note speaks for follows from where
 * it stands.
 */
export interface DeprecationNote {
  kind: 'deprecation-note';
  /** The words that make it a note, as written. */
  words: string;
  source: 'frontmatter' | 'heading' | 'text' | 'component' | 'table-row';
  position: Position;
  /**
   * `page`: the frontmatter speaks for the whole page. `row`: a table row that names an endpoint
   * speaks for that row. `section`: a hint ("legacy", "use … instead") speaks for what is in its
   * section — from the nearest heading above it to the next heading of the same or a higher level —
   * or in a section around it. `section-and-subsections`: a heading, or text that says so outright,
   * also speaks for the sections inside its own.
   */
  scope: 'page' | 'row' | 'section' | 'section-and-subsections';
}

/** An inline comment that turns rules off for a line, the next line, or a range of lines. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids; empty for every rule. */
  rules: string[];
  line: number;
  /** Where the comment starts on its line, for a report on the directive itself (an unused one). */
  column: number;
  endLine: number;
}

/** Everything extracted from one page, once, and shared by every rule. */
export interface PageClaims {
  file: string;
  endpoints: EndpointClaim[];
  routeMentions: RouteMention[];
  headerDocs: HeaderDoc[];
  enums: EnumClaim[];
  jsonBlocks: JsonBlockClaim[];
  statuses: StatusClaim[];
  fieldTables: FieldTableClaim[];
  directives: Directive[];
  queryDocs: QueryParamDoc[];
  headings: HeadingDef[];
  anchors: AnchorDef[];
  links: LinkClaim[];
  frontmatter: Record<string, unknown>;
  /** `operationId:` frontmatter bindings; absent in pages extracted before bindings existed. */
  operationIds?: OperationIdBinding[];
  /** Present when the page binds to webhooks. */
  webhooks?: WebhookBinding[];
  /** Deprecation notes, in document order; absent when the page has none. */
  deprecationNotes?: DeprecationNote[];
}
