import type { Diagnostic } from '../types.js';
import type { ChangedLines } from './changed-lines.js';

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
  /** The environment the report is for (`github` reads GITHUB_STEP_SUMMARY); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Where `github` appends its job summary (Markdown). Called only when GITHUB_STEP_SUMMARY is set;
   * default: append to that file (relative to `cwd`).
   */
  appendSummary?: (markdown: string) => void;
  /** Lines the change under review touches (`--diff-base`): `github` annotates findings there first. */
  changedLines?: ChangedLines;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;
