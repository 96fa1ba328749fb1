import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from './report/types.js';
import type { Diagnostic, Fix } from './types.js';

/** Applies non-overlapping fixes to a text, last first so earlier offsets stay valid. */
export function applyFixes(source: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let end = -1;
  for (const fix of sorted) {
    // Two fixes of one span would fight; the first wins and the other waits for the next run.
    if (fix.range[0] < end) continue;
    applied.push(fix);
    end = fix.range[1];
  }
  let text = source;
  for (const fix of [...applied].reverse()) text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  return { text, applied };
}

/**
 * Writes every page's fixes (`--fix`): each file is rewritten once, through a temporary file
 * renamed over it, so a crash never leaves half a page. Returns the results without the
 * diagnostics that were fixed. Running it twice changes nothing the second time.
 */
export async function writeFixes(results: FileResult[]): Promise<{ results: FileResult[]; fixed: number }> {
  let fixed = 0;
  const remaining: FileResult[] = [];
  for (const result of results) {
    const withFix = result.diagnostics.filter((diagnostic): diagnostic is Diagnostic & { fix: Fix } => diagnostic.fix !== undefined);
    if (withFix.length === 0) {
      remaining.push(result);
      continue;
    }
    const source = await readFile(result.file, 'utf8');
    const { text, applied } = applyFixes(source, withFix.map((diagnostic) => diagnostic.fix));
    if (text !== source) {
      const temporary = path.join(path.dirname(result.file), `.${path.basename(result.file)}.docspec-${process.pid}.tmp`);
      await writeFile(temporary, text);
      await rename(temporary, result.file);
    }
    fixed += applied.length;
    const done = new Set(applied);
    remaining.push({ ...result, diagnostics: result.diagnostics.filter((diagnostic) => !diagnostic.fix || !done.has(diagnostic.fix)) });
  }
  return { results: remaining, fixed };
}
