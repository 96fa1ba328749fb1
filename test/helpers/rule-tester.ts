import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import type { RawConfig } from '../../src/config/types.js';
import type { Rule } from '../../src/rule-api.js';
import type { Fix } from '../../src/types.js';
import { allRules } from '../../rules/index.js';

export interface RuleCase {
  name?: string;
  /** The page's text. */
  code: string;
  /** The page's file name, which picks the syntax (`.md` or `.mdx`). Default `page.mdx`. */
  filename?: string;
  /** Config keys for this case, over the suite's. */
  config?: Partial<RawConfig>;
  /**
   * Other pages of the docs tree for this case (path under `docs/` → text), over the suite's:
   * link targets. Only the page under test is reported on, as with files given on the command line.
   */
  pages?: Record<string, string>;
}

export interface ExpectedError {
  line: number;
  column: number;
  message: string;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
  /** The page after applying every fix the rule offers (ESLint's `output`); `null` asserts there is none. */
  output?: string | null;
}

export interface RuleSuite {
  /** The spec, as YAML/JSON text or an object. */
  spec: string | Record<string, unknown>;
  /** File name of the spec (its extension decides how it is read). Default `openapi.yaml`. */
  specFile?: string;
  /** More files beside the spec (other specs of a multi-spec config), by name. */
  files?: Record<string, string>;
  config?: Partial<RawConfig>;
  /** Other pages of the docs tree for every case (path under `docs/` → text). */
  pages?: Record<string, string>;
  valid: Array<RuleCase | string>;
  invalid: InvalidCase[];
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * Runs one rule over small pages against a small spec, the way ESLint's RuleTester does: every
 * valid case yields no diagnostic from the rule, every invalid case exactly the listed ones.
 * Only the rule under test is on, so a case cannot pass or fail because of another rule.
 */
export function runRuleTests(rule: Rule, suite: RuleSuite): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      suite.valid.forEach((entry, index) => {
        const testCase = typeof entry === 'string' ? { code: entry } : entry;
        it(testCase.name ?? `valid #${index + 1}: ${firstLine(testCase.code)}`, async () => {
          expect(await diagnosticsFor(rule, suite, testCase)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      suite.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}: ${firstLine(testCase.code)}`, async () => {
          const actual = await diagnosticsFor(rule, suite, testCase);
          const shaped = actual.map((diagnostic, i) => {
            const wanted = testCase.errors[i];
            return {
              line: diagnostic.line,
              column: diagnostic.column,
              message: diagnostic.message,
              ...(wanted?.endLine !== undefined ? { endLine: diagnostic.endLine } : {}),
              ...(wanted?.endColumn !== undefined ? { endColumn: diagnostic.endColumn } : {}),
            };
          });
          expect(shaped).toEqual(testCase.errors);
          if (testCase.output !== undefined) {
            const fixes = actual.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
            expect(fixes.length > 0 ? applyFixes(testCase.code, fixes) : null).toBe(testCase.output);
          }
        });
      });
    });
  });
}

/** Lints one page with only `rule` on and returns its diagnostics. */
export async function diagnosticsFor(rule: Rule, suite: Omit<RuleSuite, 'valid' | 'invalid'>, testCase: RuleCase) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-rule-'));
  roots.push(root);
  const specFile = suite.specFile ?? 'openapi.yaml';
  const specText = typeof suite.spec === 'string' ? suite.spec : JSON.stringify(suite.spec, null, 2);
  writeFileSync(path.join(root, specFile), specText);
  for (const [name, text] of Object.entries(suite.files ?? {})) writeFileSync(path.join(root, name), text);
  const filename = testCase.filename ?? 'page.mdx';
  const pages = { ...suite.pages, ...testCase.pages };
  for (const [name, text] of [...Object.entries(pages), [filename, testCase.code] as const]) {
    mkdirSync(path.dirname(path.join(root, 'docs', name)), { recursive: true });
    writeFileSync(path.join(root, 'docs', name), text);
  }

  const rules = Object.fromEntries(allRules.map((candidate) => [candidate.meta.id, candidate === rule ? 'error' : 'off'])) as RawConfig['rules'];
  const config: RawConfig = {
    docs: ['docs/**/*.{md,mdx}'],
    specs: [{ path: specFile }],
    // A rule's cases are about the rule: comments it leaves unused are the directive tests' business.
    reportUnusedDirectives: 'off',
    ...suite.config,
    ...testCase.config,
    rules: { ...rules, ...suite.config?.rules, ...testCase.config?.rules },
  };
  const others = Object.keys(pages).length > 0;
  const run = await lint({ cwd: root, config, ...(others ? { files: [path.join('docs', filename)] } : {}) });
  return run.results.flatMap((result) =>
    result.diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.ruleId,
      line: diagnostic.position.start.line,
      column: diagnostic.position.start.column,
      endLine: diagnostic.position.end.line,
      endColumn: diagnostic.position.end.column,
      message: diagnostic.message,
      fix: diagnostic.fix,
    })),
  );
}

/** Applies non-overlapping fixes, last first, so earlier offsets stay valid. */
export function applyFixes(code: string, fixes: Fix[]): string {
  let result = code;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, fix.range[0]) + fix.text + result.slice(fix.range[1]);
  }
  return result;
}

function firstLine(code: string): string {
  const line = code.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The 1-based line of the first line of `text` at or after line `after` that contains `needle`: spec lines in expected messages. */
export function lineOf(text: string, needle: string, after = 0): number {
  return text.split('\n').findIndex((line, index) => index >= after && line.includes(needle)) + 1;
}
