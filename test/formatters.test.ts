import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { vi } from 'vitest';
import { allRules, ruleIds } from '../rules/index.js';
import { FatalError } from '../src/errors.js';
import { packageHomepage, packageRoot, packageVersion } from '../src/package-info.js';
import { countResults, formatters, getFormatter, github, json, sarif, stylish } from '../src/report/index.js';
import type { SarifLog } from '../src/report/index.js';
import type { FileResult, FormatOptions } from '../src/report/types.js';
import type { Diagnostic, Fix } from '../src/types.js';

const CWD = '/repo';
const PLAIN: FormatOptions = { cwd: CWD, color: false };
const COLOR: FormatOptions = { cwd: CWD, color: true };
const ANSI = /\u001b\[[0-9;]*m/g;

interface DiagnosticInput {
  ruleId?: string;
  severity?: 'warn' | 'error';
  message?: string;
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
}

function diag(input: DiagnosticInput): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: input.ruleId ?? 'endpoint-exists',
    severity: input.severity ?? 'error',
    message: input.message ?? 'Something is wrong',
    file: input.file ?? '/repo/docs/api.md',
    position: {
      start: { line: input.line, column: input.column },
      end: { line: input.endLine ?? input.line, column: input.endColumn ?? input.column + 1 },
    },
    subject: 'GET /v1/widgets',
  };
  if (input.fix) diagnostic.fix = input.fix;
  return diagnostic;
}

function file(path: string, diagnostics: Diagnostic[]): FileResult {
  return { file: path, diagnostics: diagnostics.map((d) => ({ ...d, file: path })) };
}

describe('stylish', () => {
  it('prints one file with an error and a warning', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({ line: 3, column: 5, message: 'Unknown endpoint POST /v1/widgets', ruleId: 'endpoint-exists' }),
        diag({
          line: 12,
          column: 1,
          severity: 'warn',
          message: 'Header X-Api-Key is not declared',
          ruleId: 'header-declared',
        }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(
      [
        'docs/api.md',
        '  3:5   error    Unknown endpoint POST /v1/widgets  endpoint-exists',
        '  12:1  warning  Header X-Api-Key is not declared   header-declared',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('aligns columns across lines of different widths (line 9 vs line 120)', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({ line: 9, column: 4, message: 'Short', ruleId: 'rule-a' }),
        diag({ line: 120, column: 12, message: 'A longer message', ruleId: 'rule-b' }),
      ]),
    ];
    const output = stylish(results, PLAIN);
    expect(output).toBe(
      [
        'docs/api.md',
        '  9:4     error  Short             rule-a',
        '  120:12  error  A longer message  rule-b',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
    const [, first, second] = output.split('\n');
    for (const token of [['error', 'error'], ['Short', 'A longer'], ['rule-a', 'rule-b']] as const) {
      expect(first!.indexOf(token[0])).toBe(second!.indexOf(token[1]));
    }
  });

  it('prints two files, each with its own column widths, and skips clean files', () => {
    const results = [
      file('/repo/docs/a.md', [diag({ line: 1, column: 1, message: 'First problem', ruleId: 'endpoint-exists' })]),
      file('/repo/docs/clean.md', []),
      file('/repo/docs/b.mdx', [
        diag({ line: 2, column: 10, severity: 'warn', message: 'Anchor #setup not found', ruleId: 'anchor-exists' }),
        diag({ line: 40, column: 3, severity: 'warn', message: 'Broken', ruleId: 'link-exists' }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(
      [
        'docs/a.md',
        '  1:1  error  First problem  endpoint-exists',
        '',
        'docs/b.mdx',
        '  2:10  warning  Anchor #setup not found  anchor-exists',
        '  40:3  warning  Broken                   link-exists',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [[diag({ line: 1, column: 1 })], '✖ 1 problem (1 error, 0 warnings)'],
    [[diag({ line: 1, column: 1, severity: 'warn' })], '✖ 1 problem (0 errors, 1 warning)'],
    [
      [diag({ line: 1, column: 1 }), diag({ line: 2, column: 1 }), diag({ line: 3, column: 1, severity: 'warn' })],
      '✖ 3 problems (2 errors, 1 warning)',
    ],
    [
      [diag({ line: 1, column: 1, severity: 'warn' }), diag({ line: 2, column: 1, severity: 'warn' })],
      '✖ 2 problems (0 errors, 2 warnings)',
    ],
  ])('summary line %#: %s', (diagnostics, summary) => {
    const lines = stylish([file('/repo/docs/api.md', diagnostics)], PLAIN).split('\n');
    expect(lines.at(-2)).toBe(summary);
    expect(lines.at(-1)).toBe('');
    expect(lines.some((line) => line.includes('fixable'))).toBe(false);
  });

  it.each([
    [1, 0, '  1 error and 0 warnings potentially fixable with the `--fix` option.'],
    [0, 1, '  0 errors and 1 warning potentially fixable with the `--fix` option.'],
    [2, 3, '  2 errors and 3 warnings potentially fixable with the `--fix` option.'],
  ])('fixable line with %i fixable errors and %i fixable warnings', (errors, warnings, expected) => {
    const fix: Fix = { range: [0, 1], text: 'x' };
    const diagnostics = [
      ...Array.from({ length: errors }, (_, i) => diag({ line: i + 1, column: 1, fix })),
      ...Array.from({ length: warnings }, (_, i) => diag({ line: i + 10, column: 1, severity: 'warn', fix })),
      diag({ line: 50, column: 1 }), // not fixable: counted as a problem, not as fixable
    ];
    const lines = stylish([file('/repo/docs/api.md', diagnostics)], PLAIN).split('\n');
    const total = errors + warnings + 1;
    expect(lines.at(-3)).toBe(
      `✖ ${total} problems (${errors + 1} error${errors + 1 === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
    );
    expect(lines.at(-2)).toBe(expected);
    expect(lines.at(-1)).toBe('');
  });

  it('prints the exact output of a run with a fixable problem', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({ line: 7, column: 2, message: 'Use #quick-start', ruleId: 'anchor-case', fix: { range: [10, 22], text: '#quick-start' } }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(
      [
        'docs/api.md',
        '  7:2  error  Use #quick-start  anchor-case',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('returns the empty string for a clean run', () => {
    expect(stylish([], PLAIN)).toBe('');
    expect(stylish([file('/repo/docs/a.md', []), file('/repo/docs/b.md', [])], PLAIN)).toBe('');
    expect(stylish([file('/repo/docs/a.md', [])], COLOR)).toBe('');
  });

  it('prints paths relative to cwd', () => {
    const results = [
      file('/repo/site/docs/guide/intro.mdx', [diag({ line: 1, column: 1, message: 'A', ruleId: 'r' })]),
      file('/elsewhere/page.md', [diag({ line: 1, column: 1, message: 'B', ruleId: 'r' })]),
    ];
    expect(stylish(results, { cwd: '/repo/site', color: false })).toBe(
      [
        'docs/guide/intro.mdx',
        '  1:1  error  A  r',
        '',
        '../../elsewhere/page.md',
        '  1:1  error  B  r',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line message on one line', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({ line: 4, column: 1, message: 'Unknown endpoint\nDid you mean GET /v2/widgets?', ruleId: 'endpoint-exists' }),
        diag({ line: 5, column: 1, message: 'Windows\r\nline end', ruleId: 'other' }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(
      [
        'docs/api.md',
        '  4:1  error  Unknown endpoint Did you mean GET /v2/widgets?  endpoint-exists',
        '  5:1  error  Windows line end                                other',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('uses ANSI colour only when color is on, without moving the columns', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({ line: 9, column: 1, message: 'Bad', ruleId: 'rule-a', fix: { range: [0, 1], text: 'x' } }),
        diag({ line: 120, column: 14, severity: 'warn', message: 'Worse message', ruleId: 'rule-b' }),
      ]),
    ];
    const plain = stylish(results, PLAIN);
    const colored = stylish(results, COLOR);
    expect(plain).not.toMatch(/\u001b/);
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[31merror\u001b[39m');
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored).toContain('\u001b[4mdocs/api.md\u001b[24m');
    expect(colored).toContain('\u001b[2mrule-a\u001b[22m');
    expect(colored.replace(ANSI, '')).toBe(plain);
    // Summary is red when there is an error...
    expect(colored.split('\n').find((line) => line.includes('✖'))).toMatch(/^\u001b\[31m/);
    // ...and yellow when there are only warnings.
    const warningsOnly = stylish([file('/repo/docs/api.md', [diag({ line: 1, column: 1, severity: 'warn' })])], COLOR);
    expect(warningsOnly.split('\n').find((line) => line.includes('✖'))).toMatch(/^\u001b\[33m/);
  });
});

describe('json', () => {
  it('prints ESLint result objects, including clean files, fixes and relative paths', () => {
    const results = [
      file('/repo/docs/api.md', [
        diag({
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 30,
          message: 'Unknown endpoint POST /v1/widgets',
          ruleId: 'endpoint-exists',
        }),
        diag({
          line: 8,
          column: 12,
          endLine: 9,
          endColumn: 2,
          severity: 'warn',
          message: 'Anchor #Setup should be #setup',
          ruleId: 'anchor-case',
          fix: { range: [120, 126], text: '#setup' },
        }),
      ]),
      file('/repo/docs/clean.md', []),
      file('/repo/guides/deep/page.mdx', [
        diag({ line: 1, column: 1, endColumn: 4, message: 'Fixable error', ruleId: 'r', fix: { range: [0, 3], text: '' } }),
      ]),
    ];
    const output = json(results, PLAIN);
    expect(output.endsWith('\n')).toBe(true);
    expect(output.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(output)).toStrictEqual([
      {
        filePath: 'docs/api.md',
        messages: [
          {
            ruleId: 'endpoint-exists',
            severity: 2,
            message: 'Unknown endpoint POST /v1/widgets',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 30,
          },
          {
            ruleId: 'anchor-case',
            severity: 1,
            message: 'Anchor #Setup should be #setup',
            line: 8,
            column: 12,
            endLine: 9,
            endColumn: 2,
            fix: { range: [120, 126], text: '#setup' },
          },
        ],
        errorCount: 1,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
      {
        filePath: 'docs/clean.md',
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: 'guides/deep/page.mdx',
        messages: [
          {
            ruleId: 'r',
            severity: 2,
            message: 'Fixable error',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 4,
            fix: { range: [0, 3], text: '' },
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('keeps ESLint key order and the message text as is', () => {
    const results = [file('/repo/a.md', [diag({ line: 2, column: 3, message: 'two\nlines', ruleId: 'r' })])];
    expect(json(results, PLAIN)).toBe(
      '[{"filePath":"a.md","messages":[{"ruleId":"r","severity":2,"message":"two\\nlines","line":2,"column":3,' +
        '"endLine":2,"endColumn":4}],"errorCount":1,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0}]\n',
    );
  });

  it('prints an empty array for no files, and never colours', () => {
    expect(json([], PLAIN)).toBe('[]\n');
    const results = [file('/repo/a.md', [diag({ line: 1, column: 1 })])];
    expect(json(results, COLOR)).toBe(json(results, PLAIN));
  });
});

describe('countResults', () => {
  it('counts errors, warnings and fixable ones over all files', () => {
    const fix: Fix = { range: [0, 0], text: 'x' };
    const results = [
      file('/repo/a.md', [diag({ line: 1, column: 1, fix }), diag({ line: 2, column: 1, severity: 'warn' })]),
      file('/repo/b.md', []),
      file('/repo/c.md', [diag({ line: 1, column: 1, severity: 'warn', fix }), diag({ line: 2, column: 1 })]),
    ];
    expect(countResults(results)).toStrictEqual({
      errorCount: 2,
      warningCount: 2,
      fixableErrorCount: 1,
      fixableWarningCount: 1,
    });
  });
});

describe('getFormatter', () => {
  it('returns the formatter by name', () => {
    expect(getFormatter('stylish')).toBe(stylish);
    expect(getFormatter('json')).toBe(json);
    expect(getFormatter('github')).toBe(github);
    expect(getFormatter('sarif')).toBe(sarif);
    expect(Object.keys(formatters)).toStrictEqual(['stylish', 'json', 'github', 'sarif']);
  });

  it('throws for an unknown name, listing the available formats', () => {
    expect(() => getFormatter('xml')).toThrowError(new Error('Unknown format "xml". Available formats: stylish, json, github, sarif'));
    expect(() => getFormatter('toString')).toThrowError('Unknown format "toString". Available formats: stylish, json, github, sarif');
  });
});
