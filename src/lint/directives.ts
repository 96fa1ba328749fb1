import type { Diagnostic, Directive, Severity } from '../types.js';

/** The report id of a directive that silences nothing: not a rule, so `rules` cannot turn it off; `reportUnusedDirectives` does. */
export const UNUSED_DIRECTIVE = 'unused-directive';

export interface DirectiveOptions {
  /** How a directive that silences nothing is reported. */
  unused: Severity;
  /** Rules that ran: a directive naming a rule that is off in this run is not known to be stale. */
  activeRules: ReadonlySet<string>;
  /** Every rule id docspec has. */
  knownRules: ReadonlySet<string>;
}

/**
 * Drops the diagnostics that inline comments turn off: `docspec-disable-line` on its line,
 * `docspec-disable-next-line` on the line after the comment, `docspec-disable` … `docspec-enable`
 * on the lines between (to the end of the page without an `enable`). A comment without rule ids
 * applies to every rule. Then reports each disable comment, or rule id in one, that silenced
 * nothing, and rule ids docspec does not have: a stale comment would hide the next real problem.
 */
export function applyDirectives(file: string, diagnostics: Diagnostic[], directives: readonly Directive[], options: DirectiveOptions): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  // Per directive, the rule ids (or '' for a comment naming none) that silenced something.
  const used = new Map<Directive, Set<string>>();
  const kept = diagnostics.filter((diagnostic) => {
    const by = suppressor(diagnostic, directives);
    if (!by) return true;
    const ids = used.get(by) ?? new Set<string>();
    ids.add(by.rules.length === 0 ? '' : diagnostic.ruleId);
    used.set(by, ids);
    return false;
  });
  if (options.unused === 'off') return kept;
  return [...kept, ...unusedReports(file, directives, used, options)];
}

/** The directive that silences a diagnostic, if any: a line directive, else the `disable` range still open at its line. */
function suppressor(diagnostic: Diagnostic, directives: readonly Directive[]): Directive | undefined {
  const line = diagnostic.position.start.line;
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(diagnostic.ruleId);
  let range: Directive | undefined;
  for (const directive of directives) {
    if (directive.line > line) break;
    if (!names(directive)) continue;
    if (directive.kind === 'disable-line' && directive.line <= line && line <= directive.endLine) return directive;
    if (directive.kind === 'disable-next-line' && line === directive.endLine + 1) return directive;
    if (directive.kind === 'disable' && directive.endLine < line) range = directive;
    if (directive.kind === 'enable' && directive.endLine < line) range = undefined;
  }
  return range;
}

function unusedReports(file: string, directives: readonly Directive[], used: Map<Directive, Set<string>>, options: DirectiveOptions): Diagnostic[] {
  const severity = options.unused as Exclude<Severity, 'off'>;
  const reports: Diagnostic[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const comment = `docspec-${directive.kind}`;
    const position = { start: { line: directive.line, column: directive.column }, end: { line: directive.line, column: directive.column } };
    const report = (message: string, subject: string) => reports.push({ ruleId: UNUSED_DIRECTIVE, severity, message, file, position, subject });
    const silenced = used.get(directive) ?? new Set<string>();
    if (directive.rules.length === 0) {
      if (silenced.size === 0) report(`Unused ${comment} comment: no problem was reported here`, `${comment}`);
      continue;
    }
    for (const id of directive.rules) {
      if (!options.knownRules.has(id)) report(`${comment} names \`${id}\`, which is no docspec rule`, `${comment} ${id}`);
      else if (options.activeRules.has(id) && !silenced.has(id)) report(`Unused ${comment} comment: no problem was reported here by ${id}`, `${comment} ${id}`);
    }
  }
  return reports;
}
