import type { Severity } from '../types.js';

export interface SpecEntry {
  /** Path to the OpenAPI/Swagger document, relative to the config file. */
  path: string;
  /** The host tier every operation of this spec is served on, when the spec itself says none. */
  tier?: string;
}

export interface TierConfig {
  /** Spec server URLs (templates allowed) that belong to this tier. */
  servers?: string[];
  /** Hosts and env vars an example URL may use for this tier (`api.example.com`, `*.example.com`, `$CP_URL`). */
  hosts?: string[];
  /** Words that name the tier in prose and headings (`control plane`, `CP`). */
  words?: string[];
  /** Page globs documented on this tier. */
  pages?: string[];
}

/** Whose heading ids the site renders: github-slugger (GitHub, Fumadocs, Docusaurus) or Mintlify's own. */
export type SlugFlavour = 'github' | 'mintlify';

export interface SiteConfig {
  contentDir?: string;
  baseUrl?: string;
  slugs?: SlugFlavour;
}

/** The generator that renders the API reference from the spec, which decides its URLs. */
export type ReferencePreset = 'redoc' | 'mintlify' | 'docusaurus' | 'fumadocs' | 'custom';

/** A generated API reference on the docs site: where it lives and how it turns operations into URLs. */
export interface ReferenceConfig {
  preset: ReferencePreset;
  /** The URL of the reference as links write it: the folder of its pages (`/api-reference`), or Redoc's one page (`/docs/api`). */
  prefix: string;
  /** The spec it renders, as `specs[].path` names it; default: every spec. */
  spec?: string;
  /** `custom` only: URL templates under the prefix with `{tag}`, `{operationId}`, `{summary}`, `{method}`, `{path}` and filters (`{tag|slug}`). */
  template?: string | string[];
}

export type RuleSetting = Severity | [Severity, Record<string, unknown>];

/** The config file as written (after schema validation). */
export interface RawConfig {
  $schema?: string;
  docs: string[];
  ignore?: string[];
  specs: SpecEntry[];
  hosts?: string[];
  ignoreEndpoints?: string[];
  credentials?: Record<string, string[]>;
  tiers?: Record<string, TierConfig>;
  site?: SiteConfig;
  rules?: Record<string, RuleSetting>;
  allowRemoteRefs?: boolean;
  reference?: ReferenceConfig[];
  reportUnusedDirectives?: Severity;
}

/** The config with every path made absolute and defaults applied. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or undefined for an inline config. */
  file?: string;
  /** The directory globs and relative paths are resolved against. */
  rootDir: string;
  docs: string[];
  ignore: string[];
  specs: Array<SpecEntry & { absolutePath: string }>;
  hosts: string[];
  /** Globs of documented paths that belong to other services; no rule checks them. */
  ignoreEndpoints: string[];
  /** Per security scheme name: the names, placeholders and token prefixes the docs use for its credential. */
  credentials: Record<string, string[]>;
  tiers: Record<string, TierConfig>;
  site: Required<SiteConfig>;
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  allowRemoteRefs: boolean;
  /** How a `docspec-disable` comment that silences nothing is reported. */
  reportUnusedDirectives: Severity;
  /** Generated API references; `prefix` without a trailing slash, `specPath` absolute when `spec` is given. */
  reference: Array<ReferenceConfig & { specPath?: string }>;
}
