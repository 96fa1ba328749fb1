import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { FatalError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import type { ChangedLines } from './changed-lines.js';
import type { FileResult, FormatOptions, Formatter } from './types.js';
import { countResults, pluralize, relativePath } from './summary.js';

// GitHub Actions output: workflow-command annotations for the first findings, and a Markdown job
// summary with all of them (ECOSYSTEM.md §3.3).

/** GitHub shows this many error and this many warning annotations per step and drops the rest. */
export const ANNOTATION_LIMIT = 10;

/** GitHub refuses a step summary of 1 MiB or more; ours stays under it. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** A workflow command's message, escaped as `@actions/core` escapes it. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as `@actions/core` escapes it. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


function annotation(diagnostic: Diagnostic, cwd: string): string {
  const { start, end } = diagnostic.position;
  const properties: Array<[string, string | number]> = [
    ['file', relativePath(diagnostic.file, cwd)],
    ['line', start.line],
    ['endLine', end.line],
  ];
  // GitHub ignores columns on an annotation that spans lines.
  if (start.line === end.line) properties.push(['col', start.column], ['endColumn', end.column]);
  properties.push(['title', diagnostic.ruleId]);
  const command = diagnostic.severity === 'error' ? 'error' : 'warning';
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command} ${props}::${escapeData(diagnostic.message)}\n`;
}

/**
 * Text in a Markdown table cell, shown as written: markup characters escaped and line breaks as
 * `<br>`. Code spans (`` `mode` ``) stay code; inside them only `|` is escaped, which GFM tables
 * unescape before the span is read.
 */
export function escapeMarkdownCell(value: string): string {
  return value
    .split(/(`[^`\r\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : part.replace(/[\\`*_[\]<>|~&]/g, '\\$&')))
    .join('')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The job summary: a heading, the counts, and a table of every finding, under SUMMARY_LIMIT bytes. */
export function jobSummary(results: readonly FileResult[], cwd: string): string {
  const counts = countResults(results);
  const total = counts.errorCount + counts.warningCount;
  let head = '## docspec\n\n';
  if (total === 0) return `${head}No problems found in ${pluralize(results.length, 'file')}.\n`;

  const filesWithProblems = results.filter((result) => result.diagnostics.length > 0).length;
  head +=
    `\u2716 ${pluralize(total, 'problem')} (${pluralize(counts.errorCount, 'error')}, ` +
    `${pluralize(counts.warningCount, 'warning')}) in ${pluralize(filesWithProblems, 'file')}.\n\n`;
  if (counts.errorCount > ANNOTATION_LIMIT || counts.warningCount > ANNOTATION_LIMIT) {
    head +=
      `GitHub shows at most ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step, ` +
      'so only the first ones are annotated; this table lists every problem.\n\n';
  }
  head += '| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n';

  const truncationNote = (left: number): string =>
    `\n_${pluralize(left, 'more problem')} not shown: a job summary must stay under 1 MiB. ` +
    'Run `docspec --format json` for the full report._\n';
  // Room for the note at its longest, so adding it can never push the summary over the limit.
  const reserve = bytes(truncationNote(total));

  let output = head;
  let size = bytes(head);
  let shown = 0;
  outer: for (const result of results) {
    const file = relativePath(result.file, cwd);
    for (const diagnostic of result.diagnostics) {
      const row =
        `| ${escapeMarkdownCell(`${file}:${diagnostic.position.start.line}`)} ` +
        `| ${diagnostic.severity === 'error' ? 'error' : 'warning'} ` +
        `| ${escapeMarkdownCell(diagnostic.ruleId)} ` +
        `| ${escapeMarkdownCell(diagnostic.message)} |\n`;
      const rowSize = bytes(row);
      if (size + rowSize + reserve >= SUMMARY_LIMIT) break outer;
      output += row;
      size += rowSize;
      shown += 1;
    }
  }
  if (shown < total) output += truncationNote(total - shown);
  return output;
}

function defaultAppendSummary(file: string, cwd: string): (markdown: string) => void {
  return (markdown) => {
    try {
      appendFileSync(path.resolve(cwd, file), markdown);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new FatalError(`cannot write the job summary to ${file} (GITHUB_STEP_SUMMARY): ${reason}`);
    }
  };
}

/**
 * GitHub Actions workflow commands: `::error`/`::warning` annotations, at most ANNOTATION_LIMIT of
 * each (errors first; with `changedLines`, those on lines the change touches before the rest,
 * else in report order), then one `::notice::` counting the rest. When GITHUB_STEP_SUMMARY is
 * set, every finding also goes to the job summary. '' when clean.
 */
export const github: Formatter = (results, options: FormatOptions) => {
  const env = options.env ?? process.env;
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const append = options.appendSummary ?? defaultAppendSummary(summaryFile, options.cwd);
    append(jobSummary(results, options.cwd));
  }

  const all = changedFirst(
    results.flatMap((result) => result.diagnostics),
    options.changedLines,
  );
  const errors = all.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = all.filter((diagnostic) => diagnostic.severity !== 'error');
  const shown = [...errors.slice(0, ANNOTATION_LIMIT), ...warnings.slice(0, ANNOTATION_LIMIT)];
  let output = shown.map((diagnostic) => annotation(diagnostic, options.cwd)).join('');

  const moreErrors = Math.max(0, errors.length - ANNOTATION_LIMIT);
  const moreWarnings = Math.max(0, warnings.length - ANNOTATION_LIMIT);
  if (moreErrors + moreWarnings > 0) {
    const touched = options.changedLines ? all.filter((diagnostic) => onChangedLine(diagnostic, options.changedLines!)).length : undefined;
    const first = touched === undefined ? '' : `Findings on lines this change touches (${touched}) were annotated first. `;
    const where = summaryFile
      ? 'The full list is in the job summary.'
      : 'GITHUB_STEP_SUMMARY is not set, so there is no job summary; run docspec without --format github for the full list.';
    const notice =
      `${pluralize(moreErrors + moreWarnings, 'more problem')} (${pluralize(moreErrors, 'error')}, ` +
      `${pluralize(moreWarnings, 'warning')}) not annotated: GitHub shows at most ${ANNOTATION_LIMIT} errors and ` +
      `${ANNOTATION_LIMIT} warnings per step. ${first}${where}`;
    output += `::notice::${escapeData(notice)}\n`;
  }
  return output;
};

/** The findings on changed lines first, each group in report order: the reviewer sees what the change did. */
function changedFirst(diagnostics: Diagnostic[], changed: ChangedLines | undefined): Diagnostic[] {
  if (!changed) return diagnostics;
  const touched = diagnostics.filter((diagnostic) => onChangedLine(diagnostic, changed));
  return touched.length === 0 ? diagnostics : [...touched, ...diagnostics.filter((diagnostic) => !onChangedLine(diagnostic, changed))];
}

function onChangedLine(diagnostic: Diagnostic, changed: ChangedLines): boolean {
  const lines = changed.get(diagnostic.file);
  if (!lines) return false;
  for (let line = diagnostic.position.start.line; line <= diagnostic.position.end.line; line += 1) if (lines.has(line)) return true;
  return false;
}
