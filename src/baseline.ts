import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeIoError, FatalError } from './errors.js';
import { relativePath } from './report/summary.js';
import type { FileResult } from './report/types.js';

/**
 * One known finding. It is keyed by rule, file and subject (`PATCH /workspaces/{id}`, `#anchor`),
 * never by line or count: moving text keeps it matched, and a finding about something new is
 * never absorbed by an old one.
 */
export interface BaselineEntry {
  rule: string;
  /** Relative to the baseline file's folder, with `/`. */
  file: string;
  subject: string;
  /** The message when the entry was written, for people reading the file; not matched. */
  message: string;
}

export interface Baseline {
  /** Absolute path of the baseline file. */
  file: string;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  results: FileResult[];
  /** Findings the baseline holds, left out of the results. */
  suppressed: number;
  /** Entries for linted files that no finding matched any more: fixed, and ready to drop. */
  stale: BaselineEntry[];
}

const FORMAT = 'docspec-baseline';
const VERSION = 1;

export async function readBaseline(file: string, display: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (create it with --update-baseline)' : '';
    throw new FatalError(`cannot read baseline ${display}: ${describeIoError(error)}${hint}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FatalError(`invalid baseline ${display}: ${(error as Error).message}`);
  }
  const findings = (data as { findings?: unknown })?.findings;
  if ((data as { format?: unknown })?.format !== FORMAT || !Array.isArray(findings)) {
    throw new FatalError(`invalid baseline ${display}: expected {"format": "${FORMAT}", "findings": [...]} as --update-baseline writes it`);
  }
  const entries: BaselineEntry[] = [];
  for (const [index, entry] of findings.entries()) {
    const { rule, file: entryFile, subject, message } = (entry ?? {}) as Record<string, unknown>;
    if (typeof rule !== 'string' || typeof entryFile !== 'string' || typeof subject !== 'string') {
      throw new FatalError(`invalid baseline ${display}: findings[${index}] needs string "rule", "file" and "subject"`);
    }
    entries.push({ rule, file: entryFile, subject, message: typeof message === 'string' ? message : '' });
  }
  return { file, entries };
}

/** Leaves out of the results every finding the baseline holds, and names the entries nothing matched. */
export function applyBaseline(results: FileResult[], baseline: Baseline): BaselineOutcome {
  const folder = path.dirname(baseline.file);
  const known = new Map(baseline.entries.map((entry) => [keyOf(entry), entry]));
  const matched = new Set<string>();
  let suppressed = 0;
  const kept = results.map((result) => {
    const file = relativePath(result.file, folder);
    const diagnostics = result.diagnostics.filter((diagnostic) => {
      const key = keyOf({ rule: diagnostic.ruleId, file, subject: diagnostic.subject });
      if (!known.has(key)) return true;
      matched.add(key);
      suppressed += 1;
      return false;
    });
    return { ...result, diagnostics };
  });
  // Only entries of files this run looked at can be known to be fixed (a pre-commit run lints a few).
  const linted = new Set(results.map((result) => relativePath(result.file, folder)));
  const stale = baseline.entries.filter((entry) => linted.has(entry.file) && !matched.has(keyOf(entry)));
  return { results: kept, suppressed, stale };
}

/**
 * The baseline for this run's findings. Entries of files the run did not lint are kept from the
 * previous baseline, so updating it from a run over a few files does not forget the rest.
 */
export function updatedBaseline(results: FileResult[], file: string, previous?: Baseline): Baseline {
  const folder = path.dirname(file);
  const linted = new Set(results.map((result) => relativePath(result.file, folder)));
  const entries = new Map<string, BaselineEntry>();
  for (const entry of previous?.entries ?? []) if (!linted.has(entry.file)) entries.set(keyOf(entry), entry);
  for (const result of results) {
    const relative = relativePath(result.file, folder);
    for (const diagnostic of result.diagnostics) {
      const entry = { rule: diagnostic.ruleId, file: relative, subject: diagnostic.subject, message: diagnostic.message };
      if (!entries.has(keyOf(entry))) entries.set(keyOf(entry), entry);
    }
  }
  const sorted = [...entries.values()].sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.subject, b.subject));
  return { file, entries: sorted };
}

/** Writes the baseline atomically, one finding per line so that diffs of it review well. */
export async function writeBaseline(baseline: Baseline): Promise<void> {
  const lines = baseline.entries.map((entry) => `    ${JSON.stringify(entry)}`);
  const text = `{\n  "format": "${FORMAT}",\n  "version": ${VERSION},\n  "findings": [\n${lines.join(',\n')}${lines.length > 0 ? '\n' : ''}  ]\n}\n`;
  const temporary = `${baseline.file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, baseline.file);
  } catch (error) {
    throw new FatalError(`cannot write baseline ${baseline.file}: ${describeIoError(error)}`);
  }
}

function keyOf(entry: Pick<BaselineEntry, 'rule' | 'file' | 'subject'>): string {
  return `${entry.rule}\0${entry.file}\0${entry.subject}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
