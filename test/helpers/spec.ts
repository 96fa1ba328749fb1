import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec, type LoadedSpec } from '../../src/spec/load.js';
import { SpecIndex } from '../../src/spec/spec-index.js';
import type { TierConfig } from '../../src/config/types.js';

/** The repository root (test/helpers/../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file under the repository root. */
export function repoFile(relative: string): string {
  return path.join(repoRoot, relative);
}

/**
 * Loads a spec the way `lint()` does: absolute path, display path relative to the repo root.
 * (lint.ts always passes an absolute path; see the suspected-bug note about relative paths.)
 */
export function loadRepoSpec(relative: string, allowRemoteRefs = false): Promise<LoadedSpec> {
  return loadSpec(repoFile(relative), { allowRemoteRefs, displayPath: relative });
}

/** A fresh temporary directory for inline specs. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'docspec-'));
}

/** Writes `text` to `name` inside `dir` (creating subfolders) and returns the absolute path. */
export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Writes an inline spec to a temp dir and loads it, displayed under its bare name. */
export async function loadInlineSpec(name: string, text: string): Promise<LoadedSpec> {
  const file = writeFile(tempDir(), name, text);
  return loadSpec(file, { allowRemoteRefs: false, displayPath: name });
}

export interface IndexOptions {
  tiers?: Record<string, TierConfig>;
  /** Spec tier from the config, keyed by the spec's absolute file. */
  specTiers?: Array<[string, string]>;
}

export function indexOf(specs: LoadedSpec[], options: IndexOptions = {}): SpecIndex {
  return new SpecIndex(specs, { tiers: options.tiers ?? {}, specTiers: new Map(options.specTiers ?? []) });
}

/**
 * The 1-based line of the first line matching `key` that follows the first line matching
 * `anchor`: e.g. anchor `/^  \/pets:$/`, key `/^    get:$/`. Throws when either is missing, so a
 * test can never silently compare against a wrong line.
 */
export function lineAfter(text: string, anchor: RegExp, key: RegExp): number {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => anchor.test(line));
  if (start === -1) throw new Error(`anchor ${anchor} not found`);
  const offset = lines.slice(start + 1).findIndex((line) => key.test(line));
  if (offset === -1) throw new Error(`key ${key} not found after ${anchor}`);
  return start + 1 + offset + 1;
}

/** The 1-based line of the first line matching `pattern`. */
export function lineOfText(text: string, pattern: RegExp): number {
  const index = text.split(/\r?\n/).findIndex((line) => pattern.test(line));
  if (index === -1) throw new Error(`${pattern} not found`);
  return index + 1;
}
