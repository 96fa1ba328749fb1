import type { ResolvedConfig } from '../config/types.js';
import type { FileResult } from '../report/types.js';
import { formatMessage, type NavRuleContext, type Rule } from '../rule-api.js';
import type { SiteIndex } from '../site/site-index.js';
import type { SpecIndex } from '../spec/spec-index.js';
import type { Diagnostic, Severity } from '../types.js';
import { readNavFile } from './nav-file.js';

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
export async function lintNavFiles(files: readonly string[], run: NavRun): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const nav = await readNavFile(file);
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
        report: (report) =>
          diagnostics.push({
            ruleId: rule.meta.id,
            severity: report.severity ?? severity,
            message: formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
            file,
            position: report.position,
            subject: report.subject,
            fix: report.fix,
          }),
      };
      rule.checkNav(context);
    }
    diagnostics.sort((a, b) => a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    results.push({ file, diagnostics });
  }
  return results;
}
