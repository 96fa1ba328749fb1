import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby, isDynamicPattern } from 'globby';
import { allRules, ruleIds } from '../../rules/index.js';
import { loadConfig, resolveConfig } from '../config/load.js';
import type { RawConfig, ResolvedConfig } from '../config/types.js';
import { validateConfig } from '../config/validate.js';
import { collectPages } from '../docs/collect.js';
import { FatalError } from '../errors.js';
import type { FileResult } from '../report/types.js';
import { runGuarded, sortDiagnostics, toDiagnostic, type Rule, type RuleContext } from '../rule-api.js';
import { loadSpec, relativeDisplay } from '../spec/load.js';
import { SpecIndex, serverUrlMatch } from '../spec/spec-index.js';
import { SiteIndex } from '../site/site-index.js';
import type { Diagnostic, Severity } from '../types.js';
import { apiHostClassifier } from './hosts.js';
import { PageCache } from './page-cache.js';
import { extractorFingerprint } from '../package-info.js';
import { PageStore } from './pages.js';
import { applyDirectives } from './directives.js';
import { apiEndpoints, ignoredEndpoints } from './qualify.js';
import { generatedPrefix, specOfSource, withSiteReferences } from '../reference/site-references.js';
import { readMintlifySite } from '../site/mintlify-site.js';
import { CoverageCollector, type OperationCoverage } from '../coverage.js';
import { operationIdClaims } from './bindings.js';
import { collectNavFiles } from '../nav/collect.js';
import { lintNavFiles } from '../nav/lint-nav.js';
import { MINTLIFY_NAV_FILES, readNavFile } from '../nav/nav-file.js';

export interface LintOptions {
  /** Working directory: config search starts here, output paths are relative to it. Default: process.cwd(). */
  cwd?: string;
  /** Config file path (`--config`). */
  configFile?: string;
  /** A config given inline instead of a file; relative paths in it resolve against `cwd`. */
  config?: RawConfig;
  /**
   * Files or globs to report on (the pre-commit case). The whole docs tree is still known, so
   * cross-page checks see every page; only these files get diagnostics.
   */
  files?: string[];
  /** Severity overrides (`--rule id:severity`), applied over the config. */
  ruleOverrides?: Record<string, Severity>;
  /** How `docspec-disable` comments that silence nothing are reported (`--report-unused-directives`), over the config. */
  reportUnusedDirectives?: Severity;
  /** Also work out which pages document which operation (`docspec coverage`). */
  coverage?: boolean;
  /**
   * Keep extracted pages between runs in this file (`--cache`), so a warm run re-parses only the
   * pages whose text changed. Relative to `cwd`.
   */
  cacheFile?: string;
}

export interface LintStats {
  /** Pages the config's globs name. */
  pages: number;
  /** Pages reported on (all, or the given files). */
  reportedPages: number;
  /** Endpoint mentions extracted from the reported pages. */
  endpointMentions: number;
  /** Of those, the ones the rules treat as claims about this API. */
  endpointClaims: number;
  operations: number;
}

export interface LintRun {
  results: FileResult[];
  config: ResolvedConfig;
  stats: LintStats;
  /** Every operation with the linted pages that document it, when `coverage` was asked for. */
  coverage?: OperationCoverage[];
}

/** Lints the docs the config names against its specs. Throws FatalError when the run cannot happen. */
export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = options.config
    ? resolveConfig(validateConfig(options.config, { display: 'inline config', knownRules: ruleIds }), undefined, cwd)
    : await loadConfig({ configFile: options.configFile, cwd, knownRules: ruleIds });
  for (const [id] of Object.entries(options.ruleOverrides ?? {})) {
    if (!ruleIds.includes(id)) throw new FatalError(`unknown rule "${id}" (known rules: ${ruleIds.join(', ')})`);
  }

  const specs = await Promise.all(
    config.specs.map((entry) =>
      loadSpec(entry.absolutePath, { allowRemoteRefs: config.allowRemoteRefs, displayPath: relativeDisplay(entry.absolutePath, cwd) }),
    ),
  );
  const specTiers = new Map(config.specs.filter((entry) => entry.tier).map((entry) => [entry.absolutePath, entry.tier!]));
  const index = new SpecIndex(specs, { tiers: config.tiers, specTiers, siteRoot: config.site.contentDir });
  checkTierServers(config, index, cwd);

  const allPages = await collectPages(config);
  if (allPages.length === 0) {
    // Like ESLint's "no files matching the pattern": a glob that finds nothing is a config mistake, not a clean run.
    const where = config.file ? relativeDisplay(config.file, cwd) : 'inline config';
    throw new FatalError(`invalid config ${where}: "docs" (${config.docs.join(', ')}) matches no page under ${relativeDisplay(config.rootDir, cwd) || '.'}`);
  }
  const reported = options.files && options.files.length > 0 ? await selectFiles(options.files, cwd, allPages) : allPages;
  const hosts = apiHostClassifier(config, index);
  const cache = options.cacheFile
    ? await PageCache.open(path.resolve(cwd, options.cacheFile), PageCache.hash(JSON.stringify([extractorFingerprint, hosts.signature, config.site.slugs])))
    : undefined;
  const pages = new PageStore(hosts, config.site.slugs, cache);
  const active = activeRules(config, options.ruleOverrides ?? {});
  const isIgnored = ignoredEndpoints(config.ignoreEndpoints);
  // Only what reads the site (links, navigation entries, coverage of docs.json) needs its folder.
  if (active.some(({ rule }) => rule.meta.needsSite) || options.coverage) checkContentDir(config, cwd);
  // Cross-page rules resolve links against the whole tree, even when only a few files are reported on.
  const site = active.some(({ rule }) => rule.meta.needsSite) ? await SiteIndex.build(config, allPages, pages) : undefined;
  // What rules see: the config plus the references a Mintlify site's docs.json declares.
  const ruleConfig = site ? withSiteReferences(config, site, index) : config;

  const directiveOptions = {
    unused: options.reportUnusedDirectives ?? config.reportUnusedDirectives,
    activeRules: new Set(active.map(({ rule }) => rule.meta.id)),
    knownRules: new Set(ruleIds),
  };

  const coverage = options.coverage ? new CoverageCollector(index) : undefined;
  const results: FileResult[] = [];
  const stats: LintStats = { pages: allPages.length, reportedPages: reported.length, endpointMentions: 0, endpointClaims: 0, operations: index.operations.length };
  for (const file of reported) {
    const page = await pages.get(file);
    await site?.prepare(page.claims);
    const diagnostics: Diagnostic[] = [];
    const endpoints = [...apiEndpoints(page.claims.endpoints, index, isIgnored), ...operationIdClaims(page.claims, index)];
    stats.endpointMentions += page.claims.endpoints.length;
    stats.endpointClaims += endpoints.length;
    coverage?.add(file, endpoints);
    for (const { rule, severity, options: ruleOptions } of active) {
      const context: RuleContext = {
        file,
        page: page.claims,
        endpoints,
        problems: page.problems,
        lines: page.lines,
        spec: index,
        site,
        config: ruleConfig,
        options: ruleOptions,
        report: (report) => diagnostics.push(toDiagnostic(rule, severity, file, report)),
      };
      runGuarded(rule, file, diagnostics, 'page', () => rule.check?.(context));
    }
    results.push({ file, diagnostics: sortDiagnostics(applyDirectives(file, diagnostics, page.claims.directives, directiveOptions)) });
  }
  // Navigation files (meta.json, docs.json) are linted after the pages, as files of their own;
  // coverage reads their operation entries. Each is found and read once.
  const lintsNav = active.some(({ rule }) => rule.checkNav);
  const found = lintsNav || coverage ? await collectNavFiles(config.site.contentDir, site?.pageFiles ?? allPages) : [];
  // Only Mintlify's files name operations: coverage alone has no use for meta.json.
  const navFiles = lintsNav ? found : found.filter((file) => MINTLIFY_NAV_FILES.includes(path.basename(file)));
  const navs = new Map(await Promise.all(navFiles.map(async (file) => [file, await readNavFile(file)] as const)));
  const reportedNav = !lintsNav ? [] : options.files && options.files.length > 0 ? await selectFiles(options.files, cwd, navFiles) : navFiles;
  if (reportedNav.length > 0) {
    results.push(...lintNavFiles(reportedNav.map((file) => navs.get(file)!), { rules: active, spec: index, site, config: ruleConfig }));
    results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
  if (coverage) {
    // A docs.json `"GET /path"` entry is a page the site generates for that operation, and an
    // `openapi` directory one for every operation of its spec.
    for (const nav of navs.values()) coverage.addNav(nav);
    const directories = site?.openapiDirectories ?? (config.site.slugs === 'mintlify' ? (await readMintlifySite(config.site.contentDir)).openapiDirectories : []);
    for (const { directory, source, file, line } of directories) {
      const spec = source === undefined ? undefined : specOfSource(source, index);
      if (spec) coverage.addGenerated(spec.file, { file, line, generated: generatedPrefix(config, directory) });
    }
  }
  await cache?.save();
  return { results, config, stats, ...(coverage ? { coverage: coverage.result() } : {}) };
}

/** A mistyped `site.contentDir` would turn every site-absolute link into a finding, and hide navigation files: say so once instead. */
function checkContentDir(config: ResolvedConfig, cwd: string): void {
  let folder = false;
  try {
    folder = statSync(config.site.contentDir).isDirectory();
  } catch {
    folder = false;
  }
  if (folder) return;
  const where = config.file ? relativeDisplay(config.file, cwd) : 'inline config';
  throw new FatalError(`invalid config ${where}: site.contentDir ${relativeDisplay(config.site.contentDir, cwd)} is not a folder`);
}

/** A tier whose `servers` name no server of any spec is a typo that would silently disable host checks. */
function checkTierServers(config: ResolvedConfig, index: SpecIndex, cwd: string): void {
  const urls = new Set(index.operations.flatMap((operation) => operation.servers.map((server) => server.url)));
  for (const [name, tier] of Object.entries(config.tiers)) {
    const patterns = tier.servers ?? [];
    if (patterns.length === 0) continue;
    if ([...urls].some((url) => patterns.some((pattern) => serverUrlMatch(pattern, url) > 0))) continue;
    const where = config.file ? relativeDisplay(config.file, cwd) : 'inline config';
    const known = urls.size > 0 ? [...urls].sort().join(', ') : 'none';
    throw new FatalError(`invalid config ${where}: tiers.${name}.servers match no server in the specs (the specs' servers: ${known})`);
  }
}

interface ActiveRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

function activeRules(config: ResolvedConfig, overrides: Record<string, Severity>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const configured = config.rules[rule.meta.id];
    const severity = overrides[rule.meta.id] ?? configured?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    active.push({ rule, severity, options: configured?.options ?? {} });
  }
  return active;
}

/** The docs pages among the given files and globs; a path that does not exist is a usage error. */
async function selectFiles(patterns: string[], cwd: string, allPages: string[]): Promise<string[]> {
  const known = new Set(allPages);
  const selected = new Set<string>();
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = await globby(pattern, { cwd, absolute: true, onlyFiles: true });
    } else {
      const absolute = path.resolve(cwd, pattern);
      if (!existsSync(absolute)) throw new FatalError(`no such file: ${pattern}`);
      matches = [absolute];
    }
    for (const match of matches) {
      const normalised = path.normalize(match);
      if (known.has(normalised)) selected.add(normalised);
    }
  }
  return [...selected].sort();
}

