import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { FatalError } from '../errors.js';

/** The lines a change adds or edits, per absolute file path. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * The lines changed since the point where `base` and HEAD forked, uncommitted edits included:
 * what a pull request against `base` touches. Read from `git diff --unified=0`; git runs locally
 * and never fetches, so the base must be in the clone (actions/checkout with `fetch-depth: 0`).
 */
export function changedLinesSince(base: string, cwd: string): ChangedLines {
  const root = git(['rev-parse', '--show-toplevel'], cwd, base).trim();
  const forkPoint = git(['merge-base', base, 'HEAD'], cwd, base).trim();
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', forkPoint, '--'], cwd, base);
  return parseUnifiedDiff(diff, root);
}

/** Added and edited lines of a zero-context unified diff; a pure deletion marks the line after it. */
export function parseUnifiedDiff(diff: string, root: string): ChangedLines {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).trim();
      current = undefined;
      if (name === '/dev/null') continue;
      const file = path.join(root, unquote(name).replace(/^b\//, ''));
      current = changed.get(file) ?? new Set<number>();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !current) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    if (count === 0) current.add(Math.max(1, start + 1));
    for (let offset = 0; offset < count; offset += 1) current.add(start + offset);
  }
  return changed;
}

/** git quotes a path with unusual characters in C style: `"b/caf\303\251.mdx"`. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1]!;
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function git(args: string[], cwd: string, base: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : stderr || (error as Error).message;
    throw new FatalError(`cannot find the lines changed since ${base}: ${reason}`);
  }
}
