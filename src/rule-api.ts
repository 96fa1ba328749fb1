import type { ResolvedConfig } from './config/types.js';
import type { SpecIndex } from './spec/spec-index.js';
import type { EndpointClaim, Fix, PageClaims, Position, Severity } from './types.js';
import type { PageProblem } from './extract/page.js';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Message templates keyed by message id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  position: Position;
  /** What the finding is about, independent of its line (`POST /cp/workspaces`). */
  subject: string;
  fix?: Fix;
}

export interface RuleContext {
  file: string;
  page: PageClaims;
  /** The page's endpoint claims that are claims about this API (see qualify.ts). */
  endpoints: EndpointClaim[];
  /** Problems the parser or extractors met on this page. */
  problems: PageProblem[];
  spec: SpecIndex;
  config: ResolvedConfig;
  options: Record<string, unknown>;
  report(report: RuleReport): void;
}

/** A rule reads claims and the spec index; it never parses. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
