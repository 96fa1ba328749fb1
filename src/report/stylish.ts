import type { Diagnostic } from '../types.js';
import type { Formatter } from './types.js';
import { countResults, pluralize, relativePath } from './summary.js';

/** The few ANSI styles stylish needs; with colour off every style is the identity. */
interface Styles {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  bold(text: string): string;
}

function ansi(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`);
}

const COLOR: Styles = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  underline: ansi(4, 24),
  bold: ansi(1, 22),
};

const identity = (text: string): string => text;
const PLAIN: Styles = { red: identity, yellow: identity, dim: identity, underline: identity, bold: identity };

/** Column separator, as in ESLint's text-table layout. */
const GAP = '  ';

interface Row {
  position: string;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}

function toRow(diagnostic: Diagnostic): Row {
  const { line, column } = diagnostic.position.start;
  return {
    position: `${line}:${column}`,
    severity: diagnostic.severity === 'error' ? 'error' : 'warning',
    // One diagnostic, one line: a multi-line message would break the table.
    message: diagnostic.message.replace(/\r\n|\r|\n/g, ' '),
    ruleId: diagnostic.ruleId,
  };
}

function widest(values: readonly string[]): number {
  return values.reduce((max, value) => Math.max(max, value.length), 0);
}

/**
 * One file's table. Widths are measured on the plain text and padding is added outside the
 * escape codes, so colour never shifts the columns. The last column is not padded.
 */
function formatTable(rows: readonly Row[], styles: Styles): string {
  const positionWidth = widest(rows.map((row) => row.position));
  const severityWidth = widest(rows.map((row) => row.severity));
  const messageWidth = widest(rows.map((row) => row.message));
  return rows
    .map((row) => {
      const severity = row.severity === 'error' ? styles.red(row.severity) : styles.yellow(row.severity);
      return [
        GAP,
        styles.dim(row.position),
        ' '.repeat(positionWidth - row.position.length),
        GAP,
        severity,
        ' '.repeat(severityWidth - row.severity.length),
        GAP,
        row.message,
        ' '.repeat(messageWidth - row.message.length),
        GAP,
        styles.dim(row.ruleId),
      ].join('');
    })
    .join('\n');
}


/** ESLint-style human output: a table per file with problems, then a summary; '' when clean. */
export const stylish: Formatter = (results, options) => {
  const styles = options.color ? COLOR : PLAIN;
  const counts = countResults(results);
  const total = counts.errorCount + counts.warningCount;
  if (total === 0) return '';

  let output = '';
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    output += `${styles.underline(relativePath(result.file, options.cwd))}\n`;
    output += `${formatTable(result.diagnostics.map(toRow), styles)}\n\n`;
  }

  const summaryColor = counts.errorCount > 0 ? styles.red : styles.yellow;
  const summary =
    `\u2716 ${pluralize(total, 'problem')} ` +
    `(${pluralize(counts.errorCount, 'error')}, ${pluralize(counts.warningCount, 'warning')})`;
  output += `${summaryColor(styles.bold(summary))}\n`;

  if (counts.fixableErrorCount > 0 || counts.fixableWarningCount > 0) {
    const fixable =
      `  ${pluralize(counts.fixableErrorCount, 'error')} and ${pluralize(counts.fixableWarningCount, 'warning')}` +
      ' potentially fixable with the `--fix` option.';
    output += `${summaryColor(styles.bold(fixable))}\n`;
  }
  return output;
};
