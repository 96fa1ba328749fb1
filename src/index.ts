/** The library API: what the CLI, tests and integrations call. */
export { lint, type LintOptions, type LintRun } from './lint/lint.js';
export { runCli, EXIT_OK, EXIT_LINT_ERRORS, EXIT_FATAL } from './cli.js';
export { FatalError } from './errors.js';
export { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type Baseline, type BaselineEntry } from './baseline.js';
export { formatters, getFormatter, countResults } from './report/index.js';
export { allRules } from '../rules/index.js';
export type { Rule, RuleContext, RuleMeta } from './rule-api.js';
export type { AnchorDef, DeprecationNote, Diagnostic, EndpointClaim, HeadingDef, LinkClaim, PageClaims, Position, Severity } from './types.js';
export type { RawConfig, ResolvedConfig } from './config/types.js';
export type { FileResult } from './report/types.js';
