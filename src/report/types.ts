import type { Diagnostic } from '../types.js';

/** One linted page and its diagnostics, sorted by line, column, rule. */
export interface FileResult {
  /** Absolute path. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface FormatOptions {
  /** Paths in the output are made relative to this directory. */
  cwd: string;
  /** ANSI colours (only on a TTY and never with NO_COLOR; the CLI decides). */
  color: boolean;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;
