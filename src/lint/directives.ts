import type { Diagnostic, Directive } from '../types.js';

/**
 * Drops the diagnostics that inline comments turn off: `docspec-disable-line` on its line,
 * `docspec-disable-next-line` on the line after the comment, `docspec-disable` … `docspec-enable`
 * on the lines between (to the end of the page without an `enable`). A comment without rule ids
 * applies to every rule.
 */
export function withoutSuppressed(diagnostics: Diagnostic[], directives: readonly Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  return diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives));
}

function isSuppressed(diagnostic: Diagnostic, directives: readonly Directive[]): boolean {
  const line = diagnostic.position.start.line;
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(diagnostic.ruleId);
  let disabled = false;
  for (const directive of directives) {
    if (directive.line > line) break;
    if (!names(directive)) continue;
    if (directive.kind === 'disable-line' && directive.line <= line && line <= directive.endLine) return true;
    if (directive.kind === 'disable-next-line' && line === directive.endLine + 1) return true;
    if (directive.kind === 'disable' && directive.endLine < line) disabled = true;
    if (directive.kind === 'enable' && directive.endLine < line) disabled = false;
  }
  return disabled;
}
