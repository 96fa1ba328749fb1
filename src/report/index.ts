import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export { countResults, countFileResult, relativePath } from './summary.js';
export type { ResultCounts } from './summary.js';
export type { JsonMessage, JsonResult } from './json.js';
export type { FileResult, FormatOptions, Formatter } from './types.js';
export type { SarifLog, SarifResult, SarifRule } from './sarif.js';
export { github, json, sarif, stylish };

/** Output formats by the name `--format` takes. */
export const formatters: Record<string, Formatter> = { stylish, json, github, sarif };

/** The formatter for `--format <name>`; an unknown name is a usage error (the CLI exits 2). */
export function getFormatter(name: string): Formatter {
  // Own keys only, so `toString` or `__proto__` are unknown formats rather than prototype members.
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (formatter === undefined) {
    throw new Error(`Unknown format "${name}". Available formats: ${Object.keys(formatters).join(', ')}`);
  }
  return formatter;
}
