import path from 'node:path';
import type { Diagnostic } from '../types.js';
import type { FileResult } from './types.js';

// Shared by the formatters and the CLI's other reports: problem counts, plurals and display paths.

/** Problem counts, named as in ESLint's JSON output. A diagnostic is fixable when it carries a `fix`. */
export interface ResultCounts {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function emptyCounts(): ResultCounts {
  return { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

function addDiagnostic(counts: ResultCounts, diagnostic: Diagnostic): void {
  const fixable = diagnostic.fix !== undefined;
  if (diagnostic.severity === 'error') {
    counts.errorCount += 1;
    if (fixable) counts.fixableErrorCount += 1;
  } else {
    counts.warningCount += 1;
    if (fixable) counts.fixableWarningCount += 1;
  }
}

/** Counts for one file. */
export function countFileResult(result: FileResult): ResultCounts {
  const counts = emptyCounts();
  for (const diagnostic of result.diagnostics) addDiagnostic(counts, diagnostic);
  return counts;
}

/** Counts over the whole run. */
export function countResults(results: readonly FileResult[]): ResultCounts {
  const counts = emptyCounts();
  for (const result of results) {
    for (const diagnostic of result.diagnostics) addDiagnostic(counts, diagnostic);
  }
  return counts;
}

/** `3 problems`, `1 problem`; `many` for words that do not just take an `s` (`entries`). */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `file` relative to `cwd` with forward slashes on every platform, as both formatters print it. */
export function relativePath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
