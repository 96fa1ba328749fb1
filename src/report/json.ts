import type { Diagnostic } from '../types.js';
import type { FileResult, Formatter } from './types.js';
import { countFileResult, relativePath } from './summary.js';

/** One message in ESLint's JSON result shape. */
export interface JsonMessage {
  ruleId: string;
  /** 1 = warning, 2 = error, as in ESLint. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

/** One file in ESLint's JSON result shape (the fields DESIGN.md lists). */
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function toJsonMessage(diagnostic: Diagnostic): JsonMessage {
  const message: JsonMessage = {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity === 'error' ? 2 : 1,
    message: diagnostic.message,
    line: diagnostic.position.start.line,
    column: diagnostic.position.start.column,
    endLine: diagnostic.position.end.line,
    endColumn: diagnostic.position.end.column,
  };
  if (diagnostic.fix !== undefined) {
    message.fix = { range: [diagnostic.fix.range[0], diagnostic.fix.range[1]], text: diagnostic.fix.text };
  }
  return message;
}

function toJsonResult(result: FileResult, cwd: string): JsonResult {
  return {
    filePath: relativePath(result.file, cwd),
    messages: result.diagnostics.map(toJsonMessage),
    ...countFileResult(result),
  };
}

/** ESLint-compatible JSON: every file (clean ones too), in the order given, compact, newline-terminated. */
export const json: Formatter = (results, options) =>
  `${JSON.stringify(results.map((result) => toJsonResult(result, options.cwd)))}\n`;
