import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { allRules, ruleIds } from '../rules/index.js';
import { FatalError } from '../src/errors.js';
import { packageHomepage, packageRoot, packageVersion } from '../src/package-info.js';
import { countResults, formatters, getFormatter, github, json, sarif, stylish } from '../src/report/index.js';
import type { SarifLog } from '../src/report/index.js';
import { parseUnifiedDiff } from '../src/report/changed-lines.js';
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

/** Options for the github formatter with a summary file set and the summary captured. */
function githubOptions(env: Record<string, string | undefined> = { GITHUB_STEP_SUMMARY: '/tmp/summary.md' }) {
  const summaries: string[] = [];
  const options: FormatOptions = { ...PLAIN, env, appendSummary: (markdown) => summaries.push(markdown) };
  return { options, summaries };
}

describe('github', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints one workflow command per problem, escaping data and properties as @actions/core does', () => {
    const results = [
      file('/repo/docs/a,b:c.md', [
        diag({ line: 3, column: 5, endColumn: 30, message: '100% wrong: a, b\r\nDid you mean GET /v2?', ruleId: 'endpoint-exists' }),
        diag({ line: 8, column: 1, endColumn: 9, severity: 'warn', message: 'Header X-Key', ruleId: 'header-required' }),
      ]),
    ];
    expect(github(results, githubOptions({}).options)).toBe(
      '::error file=docs/a%2Cb%3Ac.md,line=3,endLine=3,col=5,endColumn=30,title=endpoint-exists::' +
        '100%25 wrong: a, b%0D%0ADid you mean GET /v2?\n' +
        '::warning file=docs/a%2Cb%3Ac.md,line=8,endLine=8,col=1,endColumn=9,title=header-required::Header X-Key\n',
    );
  });

  it('leaves out the columns when a problem spans lines, and makes paths relative with /', () => {
    const results = [file('/repo/site/docs/guide.mdx', [diag({ line: 4, column: 7, endLine: 6, endColumn: 2, message: 'Spans' })])];
    expect(github(results, { ...githubOptions({}).options, cwd: '/repo/site' })).toBe(
      '::error file=docs/guide.mdx,line=4,endLine=6,title=endpoint-exists::Spans\n',
    );
  });

  it('annotates at most 10 errors and 10 warnings, errors first in report order, then a notice', () => {
    // Errors and warnings interleaved over two files: 12 errors, 13 warnings.
    const a = Array.from({ length: 14 }, (_, i) => diag({ line: i + 1, column: 1, severity: i % 2 === 0 ? 'error' : 'warn', message: `a${i + 1}` }));
    const b = Array.from({ length: 11 }, (_, i) => diag({ line: i + 1, column: 1, severity: i < 5 ? 'error' : 'warn', message: `b${i + 1}` }));
    const results = [file('/repo/a.md', a), file('/repo/b.md', b)];
    const lines = github(results, githubOptions().options).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(22);
    const messages = lines.slice(0, 20).map((line) => `${line.slice(2, line.indexOf(' '))} ${line.slice(line.lastIndexOf('::') + 2)}`);
    expect(messages).toStrictEqual([
      ...['a1', 'a3', 'a5', 'a7', 'a9', 'a11', 'a13', 'b1', 'b2', 'b3'].map((m) => `error ${m}`),
      ...['a2', 'a4', 'a6', 'a8', 'a10', 'a12', 'a14', 'b6', 'b7', 'b8'].map((m) => `warning ${m}`),
    ]);
    expect(lines[20]).toBe(
      '::notice::5 more problems (2 errors, 3 warnings) not annotated: GitHub shows at most 10 errors and 10 warnings per step. ' +
        'The full list is in the job summary.',
    );
  });

  it('with changed lines, annotates the findings on them first and says so', () => {
    const a = Array.from({ length: 12 }, (_, i) => diag({ line: i + 1, column: 1, message: `a${i + 1}` }));
    const b = [diag({ line: 5, column: 1, endLine: 7, message: 'b5-7' }), diag({ line: 9, column: 1, message: 'b9' })];
    const changedLines = new Map([
      ['/repo/b.md', new Set([6])],
      ['/repo/a.md', new Set([12])],
    ]);
    const lines = github([file('/repo/a.md', a), file('/repo/b.md', b)], { ...githubOptions().options, changedLines }).split('\n');
    expect(lines.slice(0, 10).map((line) => line.slice(line.lastIndexOf('::') + 2))).toStrictEqual(['a12', 'b5-7', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(lines[10]).toBe(
      '::notice::4 more problems (4 errors, 0 warnings) not annotated: GitHub shows at most 10 errors and 10 warnings per step. ' +
        'Findings on lines this change touches (2) were annotated first. The full list is in the job summary.',
    );
  });

  it('adds no notice at exactly 10 errors and 10 warnings, and says there is no summary when none is written', () => {
    const ten = (severity: 'error' | 'warn') => Array.from({ length: 10 }, (_, i) => diag({ line: i + 1, column: 1, severity }));
    const exact = github([file('/repo/a.md', [...ten('error'), ...ten('warn')])], githubOptions().options);
    expect(exact.split('\n')).toHaveLength(21);
    expect(exact).not.toContain('::notice::');

    const { options, summaries } = githubOptions({});
    const over = github([file('/repo/a.md', [...ten('error'), diag({ line: 99, column: 1 })])], options);
    expect(over.split('\n').at(-2)).toBe(
      '::notice::1 more problem (1 error, 0 warnings) not annotated: GitHub shows at most 10 errors and 10 warnings per step. ' +
        'GITHUB_STEP_SUMMARY is not set, so there is no job summary; run docspec without --format github for the full list.',
    );
    expect(summaries).toStrictEqual([]);
  });

  it('appends a Markdown summary of every problem, escaped for a table', () => {
    const results = [
      file('/repo/docs/a.md', [
        diag({ line: 3, column: 5, message: '`mode` is listed as a|b; the spec also allows c_d', ruleId: 'enum-values' }),
        diag({ line: 9, column: 1, severity: 'warn', message: 'Two\nlines with <tag> and *stars* | pipe', ruleId: 'header-required' }),
      ]),
      file('/repo/docs/clean.md', []),
      file('/repo/docs/my_page.md', [diag({ line: 1, column: 1, message: 'Unknown `GET /x|y`' })]),
    ];
    const { options, summaries } = githubOptions();
    github(results, options);
    expect(summaries).toStrictEqual([
      [
        '## docspec',
        '',
        '\u2716 3 problems (2 errors, 1 warning) in 2 files.',
        '',
        '| Location | Severity | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| docs/a.md:3 | error | enum-values | `mode` is listed as a\\|b; the spec also allows c\\_d |',
        '| docs/a.md:9 | warning | header-required | Two<br>lines with \\<tag\\> and \\*stars\\* \\| pipe |',
        '| docs/my\\_page.md:1 | error | endpoint-exists | Unknown `GET /x\\|y` |',
        '',
      ].join('\n'),
    ]);
  });

  it('says in the summary when annotations were capped', () => {
    const { options, summaries } = githubOptions();
    github([file('/repo/a.md', Array.from({ length: 11 }, (_, i) => diag({ line: i + 1, column: 1 })))], options);
    expect(summaries[0]).toContain(
      '\n\nGitHub shows at most 10 error and 10 warning annotations per step, so only the first ones are annotated; ' +
        'this table lists every problem.\n\n| Location |',
    );
    expect(summaries[0]!.split('\n').filter((line) => line.startsWith('| a.md:'))).toHaveLength(11);
  });

  it('prints nothing for a clean run, and the summary says there were no problems', () => {
    const { options, summaries } = githubOptions();
    expect(github([file('/repo/a.md', []), file('/repo/b.md', [])], options)).toBe('');
    expect(github([], options)).toBe('');
    expect(summaries).toStrictEqual(['## docspec\n\nNo problems found in 2 files.\n', '## docspec\n\nNo problems found in 0 files.\n']);
  });

  it('keeps the summary under 1 MiB, cutting whole rows and saying how many are left out', () => {
    const message = 'x'.repeat(300);
    const diagnostics = Array.from({ length: 4000 }, (_, i) => diag({ line: i + 1, column: 1, message, severity: i % 3 === 0 ? 'warn' : 'error' }));
    const { options, summaries } = githubOptions();
    const output = github([file('/repo/docs/big.md', diagnostics)], options);
    const summary = summaries[0]!;
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(1024 * 1024);
    // Full to within a row and the note: rows are cut only when the next one does not fit.
    expect(Buffer.byteLength(summary, 'utf8')).toBeGreaterThan(1024 * 1024 - 1024);
    const rows = summary.split('\n').filter((line) => line.startsWith('| docs/big.md:'));
    expect(rows.length).toBeLessThan(4000);
    expect(rows.every((row) => row.endsWith(` | ${message} |`))).toBe(true);
    expect(rows.at(-1)).toMatch(new RegExp(`^\\| docs/big\\.md:${rows.length} \\|`));
    expect(summary.endsWith(
      `\n\n_${4000 - rows.length} more problems not shown: a job summary must stay under 1 MiB. Run \`docspec --format json\` for the full report._\n`,
    )).toBe(true);
    // The annotations are capped the same way, whatever the summary does.
    expect(output.split('\n')).toHaveLength(22);
  });

  it('writes no summary when GITHUB_STEP_SUMMARY is unset or empty', () => {
    const results = [file('/repo/a.md', [diag({ line: 1, column: 1 })])];
    for (const env of [{}, { GITHUB_STEP_SUMMARY: '' }]) {
      const { options, summaries } = githubOptions(env);
      expect(github(results, options)).toContain('::error ');
      expect(summaries).toStrictEqual([]);
    }
  });

  it('reads process.env when no env is given', () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '/tmp/from-process-env.md');
    const summaries: string[] = [];
    github([file('/repo/a.md', [])], { ...PLAIN, appendSummary: (markdown) => summaries.push(markdown) });
    expect(summaries).toHaveLength(1);
  });

  it('by default appends to the file GITHUB_STEP_SUMMARY names, relative to cwd, and fails clearly when it cannot', () => {
    const dir = mkdtempSync(nodePath.join(os.tmpdir(), 'docspec-summary-'));
    try {
      writeSummaryTwice(dir);
      expect(readFileSync(nodePath.join(dir, 'step.md'), 'utf8')).toBe('before\n## docspec\n\nNo problems found in 1 file.\n## docspec\n\nNo problems found in 1 file.\n');
      const missing = { cwd: dir, color: false, env: { GITHUB_STEP_SUMMARY: 'no/such/folder/step.md' } };
      expect(() => github([file(nodePath.join(dir, 'a.md'), [])], missing)).toThrowError(
        new FatalError('cannot write the job summary to no/such/folder/step.md (GITHUB_STEP_SUMMARY): no such folder'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function writeSummaryTwice(dir: string): void {
  const target = nodePath.join(dir, 'step.md');
  // GitHub creates the file; other steps' tools may already have written to it.
  writeFileSync(target, 'before\n');
  const options: FormatOptions = { cwd: dir, color: false, env: { GITHUB_STEP_SUMMARY: 'step.md' } };
  github([file(nodePath.join(dir, 'a.md'), [])], options);
  github([file(nodePath.join(dir, 'a.md'), [])], options);
}

describe('sarif', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  function run(results: FileResult[], cwd = CWD): SarifLog {
    const output = sarif(results, { cwd, color: false });
    expect(output.endsWith('}\n')).toBe(true);
    expect(output).toBe(`${JSON.stringify(JSON.parse(output), null, 2)}\n`);
    return JSON.parse(output) as SarifLog;
  }

  /** A loose check of the parts of SARIF 2.1.0 that GitHub code scanning requires. */
  function expectValidShape(log: SarifLog): void {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [runEntry] = log.runs;
    expect(typeof runEntry!.tool.driver.name).toBe('string');
    for (const rule of runEntry!.tool.driver.rules) {
      expect(rule.id).toMatch(/^[a-z][a-z-]*$/);
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]) expect(text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    for (const result of runEntry!.results) {
      expect(typeof result.ruleId).toBe('string');
      if (result.ruleIndex !== undefined) expect(runEntry!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^\/|\\|^[a-z]+:/i);
      expect(() => new URL(artifactLocation.uri, 'file:///root/')).not.toThrow();
      for (const value of [region.startLine, region.startColumn, region.endLine, region.endColumn]) {
        expect(Number.isInteger(value) && value >= 1).toBe(true);
      }
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      expect(Object.keys(result.partialFingerprints)).toStrictEqual(['docspec/v1']);
    }
  }

  it('describes the tool and every rule docspec has', () => {
    const log = run([]);
    expectValidShape(log);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('docspec');
    expect(driver.version).toBe(packageVersion);
    expect('informationUri' in driver).toBe(packageHomepage !== undefined);
    expect(driver.rules.map((rule) => rule.id)).toStrictEqual([...ruleIds]);
    const levels = { error: 'error', warn: 'warning', off: 'none' } as const;
    expect(driver.rules).toStrictEqual(
      allRules.map(({ meta }) => ({
        id: meta.id,
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: { text: `${meta.description}\n\nSee docs/rules/${meta.id}.md in the docspec repository for valid and invalid examples.` },
        defaultConfiguration: { level: levels[meta.defaultSeverity] },
      })),
    );
    // The help points at a page that exists.
    for (const rule of driver.rules) expect(existsSync(nodePath.join(packageRoot, 'docs/rules', `${rule.id}.md`))).toBe(true);
    expect(log.runs[0]!.results).toStrictEqual([]);
  });

  it('prints one result per diagnostic with its rule index, level, location and fingerprint', () => {
    const results = [
      file('/repo/docs/api.md', [
        { ...diag({ line: 3, column: 5, endColumn: 30, message: 'Unknown endpoint\nDid you mean?', ruleId: 'endpoint-exists' }), subject: 'POST /v1/widgets' },
        { ...diag({ line: 8, column: 12, endLine: 9, endColumn: 2, severity: 'warn', ruleId: 'anchor-exists', message: 'No #setup' }), subject: '#setup' },
      ]),
      file('/repo/docs/clean.md', []),
    ];
    const log = run(results);
    expectValidShape(log);
    expect(log.runs[0]!.results).toStrictEqual([
      {
        ruleId: 'endpoint-exists',
        ruleIndex: ruleIds.indexOf('endpoint-exists'),
        level: 'error',
        message: { text: 'Unknown endpoint\nDid you mean?' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'docs/api.md' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 30 } } },
        ],
        partialFingerprints: { 'docspec/v1': `${sha256('endpoint-exists\0docs/api.md\0POST /v1/widgets')}:1` },
      },
      {
        ruleId: 'anchor-exists',
        ruleIndex: ruleIds.indexOf('anchor-exists'),
        level: 'warning',
        message: { text: 'No #setup' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'docs/api.md' }, region: { startLine: 8, startColumn: 12, endLine: 9, endColumn: 2 } } },
        ],
        partialFingerprints: { 'docspec/v1': `${sha256('anchor-exists\0docs/api.md\0#setup')}:1` },
      },
    ]);
  });

  it('keys fingerprints by rule, file and subject, not by line', () => {
    const fingerprintOf = (diagnostic: Diagnostic, path = '/repo/docs/a.md') =>
      run([file(path, [diagnostic])]).runs[0]!.results[0]!.partialFingerprints['docspec/v1'];
    const base = { ...diag({ line: 3, column: 5 }), subject: 'GET /v1/widgets' };
    const moved = { ...diag({ line: 40, column: 9, message: 'Reworded' }), subject: 'GET /v1/widgets' };
    expect(fingerprintOf(moved)).toBe(fingerprintOf(base));
    expect(fingerprintOf({ ...base, subject: 'GET /v1/gadgets' })).not.toBe(fingerprintOf(base));
    expect(fingerprintOf({ ...base, ruleId: 'path-params' })).not.toBe(fingerprintOf(base));
    expect(fingerprintOf(base, '/repo/docs/b.md')).not.toBe(fingerprintOf(base));
  });

  it('numbers repeats of one finding on a page so each result has its own fingerprint', () => {
    const results = [file('/repo/docs/a.md', [diag({ line: 1, column: 1 }), diag({ line: 7, column: 1 }), diag({ line: 9, column: 1, ruleId: 'path-params' })])];
    const prints = run(results).runs[0]!.results.map((result) => result.partialFingerprints['docspec/v1']!);
    const hash = sha256('endpoint-exists\0docs/a.md\0GET /v1/widgets');
    expect(prints).toStrictEqual([`${hash}:1`, `${hash}:2`, `${sha256('path-params\0docs/a.md\0GET /v1/widgets')}:1`]);
  });

  it('percent-encodes URIs, leaves out the rule index for an unknown rule, and never emits a 0 position', () => {
    const results = [
      file('/repo/site/docs/my page [id]#1.mdx', [diag({ line: 0, column: 0, endLine: 0, endColumn: 0, ruleId: 'not-a-rule' })]),
    ];
    const log = run(results, '/repo/site');
    expectValidShape(log);
    const [result] = log.runs[0]!.results;
    expect(result!.locations[0]!.physicalLocation).toStrictEqual({
      artifactLocation: { uri: 'docs/my%20page%20%5Bid%5D%231.mdx' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
    expect('ruleIndex' in result!).toBe(false);
    expect(result!.ruleId).toBe('not-a-rule');
  });
});

describe('changed lines', () => {
  it('reads added and edited lines from a zero-context diff; a deletion marks the line after it', () => {
    const diff = [
      'diff --git a/docs/a.mdx b/docs/a.mdx',
      '--- a/docs/a.mdx',
      '+++ b/docs/a.mdx',
      '@@ -3 +3 @@',
      '@@ -10,0 +11,2 @@',
      '@@ -20,2 +21,0 @@',
      'diff --git a/old.md b/old.md',
      '--- a/old.md',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
      '+++ "b/docs/caf\\303\\251 \\"x\\".md"',
      '@@ -0,0 +1 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff, '/repo');
    expect([...changed.entries()].map(([name, lines]) => [name, [...lines]])).toStrictEqual([
      ['/repo/docs/a.mdx', [3, 11, 12, 22]],
      ['/repo/docs/café "x".md', [1]],
    ]);
  });
});
