import type { ResolvedConfig } from './config/types.js';
import { docPathShape } from './extract/doc-path.js';
import type { SpecIndex } from './spec/spec-index.js';
import type { Diagnostic, EndpointClaim, Fix, PageClaims, Position, Severity } from './types.js';
import type { PageProblem } from './extract/page.js';
import type { LineIndex } from './extract/positions.js';
import type { SiteIndex } from './site/site-index.js';
import type { NavFile } from './nav/nav-file.js';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Message templates keyed by message id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /**
   * The rule reads other pages (link targets, their headings): the pipeline builds the site index
   * before rules run, and only when an active rule says so.
   */
  needsSite?: boolean;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  position: Position;
  /** What the finding is about, independent of its line (`POST /cp/workspaces`). */
  subject: string;
  fix?: Fix;
  /** A weaker finding than the rule's own (a hint within an error rule): never raises the configured severity. */
  severity?: 'warn';
}

export interface RuleContext {
  file: string;
  page: PageClaims;
  /** The page's endpoint claims that are claims about this API (see qualify.ts). */
  endpoints: EndpointClaim[];
  /** Problems the parser or extractors met on this page. */
  problems: PageProblem[];
  /** The page's text by line, to point inside a claim; absent for a page that could not be read. */
  lines?: LineIndex;
  spec: SpecIndex;
  /** The docs as a site (URLs, pages, their ids); present when an active rule has `needsSite`. */
  site?: SiteIndex;
  config: ResolvedConfig;
  options: Record<string, unknown>;
  report(report: RuleReport): void;
}

/** What a rule sees of a navigation file (`meta.json`, `docs.json`): its entries, not a page. */
export interface NavRuleContext {
  file: string;
  nav: NavFile;
  spec: SpecIndex;
  site?: SiteIndex;
  config: ResolvedConfig;
  options: Record<string, unknown>;
  report(report: RuleReport): void;
}

/** A rule reads claims and the spec index; it never parses. It checks pages, navigation files, or both. */
export interface Rule {
  meta: RuleMeta;
  /** Called once per page. */
  check?(context: RuleContext): void;
  /** Called once per navigation file (see src/nav/). */
  checkNav?(context: NavRuleContext): void;
}

/** A rule's report as a diagnostic of `file`, with the message filled in and the severity the run gives the rule. */
export function toDiagnostic(rule: Rule, severity: Exclude<Severity, 'off'>, file: string, report: RuleReport): Diagnostic {
  return {
    ruleId: rule.meta.id,
    // A report may be weaker than its rule (a hint within an error rule), never stronger.
    severity: report.severity ?? severity,
    message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
    file,
    position: report.position,
    subject: report.subject,
    fix: report.fix,
  };
}

/** Diagnostics in report order: by line, column, rule, then message, so two runs print the same. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.position.start.line - b.position.start.line ||
      a.position.start.column - b.position.start.column ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * Runs one rule over one file. A rule that throws costs only its own findings on this file: the
 * failure becomes a diagnostic of the file, and the other rules and files are still checked.
 */
export function runGuarded(rule: Rule, file: string, diagnostics: Diagnostic[], what: 'page' | 'file', run: () => void): void {
  try {
    run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      ruleId: rule.meta.id,
      severity: 'error',
      message: `docspec failed while checking this ${what} (${reason}); please report it with the ${what}`,
      file,
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      subject: `internal ${rule.meta.id}`,
    });
  }
}

/**
 * What an endpoint claim is about, for subjects (baselines, SARIF fingerprints): its method and the
 * path's shape with parameter names blanked, so renaming `{id}` in the page keeps the finding's key.
 */
export function claimSubject(claim: Pick<EndpointClaim, 'method' | 'path'>): string {
  return `${claim.method?.toUpperCase() ?? 'ANY'} ${docPathShape(claim.path)}`;
}
