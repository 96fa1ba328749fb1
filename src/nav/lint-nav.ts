import type { ResolvedConfig } from '../config/types.js';
import type { FileResult } from '../report/types.js';
import { runGuarded, sortDiagnostics, toDiagnostic, type NavRuleContext, type Rule } from '../rule-api.js';
import type { SiteIndex } from '../site/site-index.js';
import type { SpecIndex } from '../spec/spec-index.js';
import type { Diagnostic, Severity } from '../types.js';
import type { NavFile } from './nav-file.js';

export interface NavRun {
  rules: ReadonlyArray<{ rule: Rule; severity: Exclude<Severity, 'off'>; options: Record<string, unknown> }>;
  spec: SpecIndex;
  site?: SiteIndex;
  config: ResolvedConfig;
}

/**
 * Lints navigation files with the rules that read them (`checkNav`). A navigation file is not a
 * page, but its findings are a file's findings like a page's, so every formatter shows them.
 * JSON has no comments, so no inline directive can silence them.
 */
export function lintNavFiles(navs: readonly NavFile[], run: NavRun): FileResult[] {
  const results: FileResult[] = [];
  for (const nav of navs) {
    const file = nav.file;
    const diagnostics: Diagnostic[] = [];
    for (const { rule, severity, options } of run.rules) {
      if (!rule.checkNav) continue;
      const context: NavRuleContext = {
        file,
        nav,
        spec: run.spec,
        site: run.site,
        config: run.config,
        options,
        report: (report) => diagnostics.push(toDiagnostic(rule, severity, file, report)),
      };
      runGuarded(rule, file, diagnostics, 'file', () => rule.checkNav!(context));
    }
    sortDiagnostics(diagnostics);
    results.push({ file, diagnostics });
  }
  return results;
}
