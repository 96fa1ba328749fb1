import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FATAL, EXIT_LINT_ERRORS, EXIT_OK, runCli } from '../src/cli.js';
import { packageVersion } from '../src/package-info.js';
import { ruleIds } from '../rules/index.js';
import { applyFixes } from '../src/fix.js';
import { SMALL_CONFIG, SMALL_SPEC, workspace } from './helpers/workspace.js';

async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

const CLEAN_PAGE = 'List them with `GET /users`.\n';
const BAD_PAGE = 'Remove one with `DELETE /users/{id}`.\n';

function project(pages: Record<string, string>, config = SMALL_CONFIG) {
  return workspace({ 'docspec.config.yaml': config, 'openapi.yaml': SMALL_SPEC, ...pages });
}

describe('exit codes', () => {
  it('exits 0 with no output when the docs agree with the spec', async () => {
    expect(await cli(project({ 'docs/a.mdx': CLEAN_PAGE }))).toEqual({ code: EXIT_OK, stdout: '', stderr: '' });
  });

  it('exits 1 and prints the stylish report on lint errors', async () => {
    const result = await cli(project({ 'docs/a.mdx': BAD_PAGE }));
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    expect(result.stdout).toBe(
      [
        'docs/a.mdx',
        '  1:25  error  DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)  endpoint-exists',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 with one line naming the file when the spec is missing', async () => {
    const root = workspace({ 'docspec.config.yaml': SMALL_CONFIG, 'docs/a.mdx': CLEAN_PAGE });
    expect(await cli(root)).toEqual({ code: EXIT_FATAL, stdout: '', stderr: 'docspec: cannot read spec openapi.yaml: no such file\n' });
  });

  it('exits 2 when the spec is not OpenAPI', async () => {
    const root = workspace({ 'docspec.config.yaml': SMALL_CONFIG, 'openapi.yaml': 'info: {}\npaths: {}\n', 'docs/a.mdx': CLEAN_PAGE });
    const result = await cli(root);
    expect(result.code).toBe(EXIT_FATAL);
    expect(result.stderr).toMatch(/^docspec: invalid spec openapi\.yaml: .+\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 2 on a config with an unknown key, naming the file, line and key', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE }, `${SMALL_CONFIG}tierz: {}\n`);
    expect(await cli(root)).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: 'docspec: invalid config docspec.config.yaml:4: unknown key "tierz"\n',
    });
  });

  it('exits 2 when a tier\'s servers match no server of the specs, naming the tier', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE }, `${SMALL_CONFIG}tiers:\n  cp:\n    servers: ["https://api.acme.tset"]\n`);
    expect(await cli(root)).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: "docspec: invalid config docspec.config.yaml: tiers.cp.servers match no server in the specs (the specs' servers: https://api.acme.test)\n",
    });
  });

  it('exits 2 when the docs globs match no page', async () => {
    const root = workspace({ 'docspec.config.yaml': SMALL_CONFIG, 'openapi.yaml': SMALL_SPEC, 'content/a.mdx': CLEAN_PAGE });
    expect(await cli(root)).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: 'docspec: invalid config docspec.config.yaml: "docs" (docs/**/*.{md,mdx}) matches no page under .\n',
    });
  });

  it('exits 2 when no config is found', async () => {
    const root = workspace({ 'docs/a.mdx': CLEAN_PAGE });
    const result = await cli(path.join(root, 'docs'));
    expect(result.code).toBe(EXIT_FATAL);
    expect(result.stderr).toMatch(/^docspec: no docspec config found in .*docs or above/);
  });

  it('exits 2 on an unknown option and on a bad format', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE });
    expect(await cli(root, '--bogus')).toEqual({ code: EXIT_FATAL, stdout: '', stderr: "docspec: unknown option '--bogus'\n" });
    const format = await cli(root, '--format', 'xml');
    expect(format.code).toBe(EXIT_FATAL);
    expect(format.stderr).toBe("docspec: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, github, sarif.\n");
  });

  it('exits 2 on a --rule for a rule that does not exist', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE });
    const result = await cli(root, '--rule', 'no-such-rule:off');
    expect(result.code).toBe(EXIT_FATAL);
    expect(result.stderr).toBe(`docspec: unknown rule "no-such-rule" (known rules: ${ruleIds.join(', ')})\n`);
  });

  it('exits 2 when a given file does not exist', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE });
    expect(await cli(root, 'docs/missing.mdx')).toEqual({ code: EXIT_FATAL, stdout: '', stderr: 'docspec: no such file: docs/missing.mdx\n' });
  });
});

describe('options', () => {
  it('--rule turns a rule off or down to a warning', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    expect((await cli(root, '--rule', 'endpoint-exists:off')).code).toBe(EXIT_OK);
    const warned = await cli(root, '--rule', 'endpoint-exists:warn');
    expect(warned.code).toBe(EXIT_OK);
    expect(warned.stdout).toContain('1:25  warning  DELETE /users/{id}');
  });

  it('--max-warnings fails the run when warnings exceed it', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    expect((await cli(root, '--rule', 'endpoint-exists:warn', '--max-warnings', '1')).code).toBe(EXIT_OK);
    const over = await cli(root, '--rule', 'endpoint-exists:warn', '--max-warnings', '0');
    expect(over.code).toBe(EXIT_LINT_ERRORS);
    expect(over.stderr).toBe('docspec found too many warnings (maximum: 0).\n');
  });

  it('--quiet drops warnings from the report', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    expect(await cli(root, '--rule', 'endpoint-exists:warn', '--quiet')).toEqual({ code: EXIT_OK, stdout: '', stderr: '' });
  });

  it('--format json prints ESLint-shaped results for every linted page', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.mdx': CLEAN_PAGE });
    const result = await cli(root, '--format', 'json');
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        filePath: 'docs/a.mdx',
        messages: [
          {
            ruleId: 'endpoint-exists',
            severity: 2,
            message: 'DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)',
            line: 1,
            column: 25,
            endLine: 1,
            endColumn: 36,
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      { filePath: 'docs/b.mdx', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });

  it('--format github annotates and appends the job summary to the file io.env names', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.mdx': CLEAN_PAGE });
    let stdout = '';
    const code = await runCli(['--format', 'github'], {
      cwd: root,
      stdout: (text) => (stdout += text),
      stderr: () => {},
      isTTY: false,
      env: { GITHUB_STEP_SUMMARY: 'summary.md' },
    });
    expect(code).toBe(EXIT_LINT_ERRORS);
    expect(stdout).toBe(
      '::error file=docs/a.mdx,line=1,endLine=1,col=25,endColumn=36,title=endpoint-exists::' +
        'DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)\n',
    );
    expect(readFileSync(path.join(root, 'summary.md'), 'utf8')).toBe(
      [
        '## docspec',
        '',
        '\u2716 1 problem (1 error, 0 warnings) in 1 file.',
        '',
        '| Location | Severity | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| docs/a.mdx:1 | error | endpoint-exists | DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8) |',
        '',
      ].join('\n'),
    );
  });

  it('--format sarif prints a SARIF log with the result', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    const result = await cli(root, '--format', 'sarif');
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'endpoint-exists',
      ruleIndex: ruleIds.indexOf('endpoint-exists'),
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/a.mdx' }, region: { startLine: 1, startColumn: 25, endLine: 1, endColumn: 36 } } }],
    });
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    const result = await cli(root, '--format', 'json', '--output', 'report.json');
    expect(result).toEqual({ code: EXIT_LINT_ERRORS, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  it('given files, reports only on those pages', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.mdx': BAD_PAGE });
    const result = await cli(root, '--format', 'json', 'docs/b.mdx');
    expect(JSON.parse(result.stdout).map((entry: { filePath: string }) => entry.filePath)).toEqual(['docs/b.mdx']);
  });

  it('given a glob, reports on the docs pages it matches and skips files outside the docs globs', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.md': CLEAN_PAGE, 'README.md': BAD_PAGE });
    const result = await cli(root, '--format', 'json', '**/*.md');
    expect(JSON.parse(result.stdout).map((entry: { filePath: string }) => entry.filePath)).toEqual(['docs/b.md']);
    expect(result.code).toBe(EXIT_OK);
  });

  it('--config names the config file explicitly', async () => {
    const root = workspace({ 'conf/lint.yaml': 'docs: ["../docs/*.mdx"]\nspecs: [{ path: ../openapi.yaml }]\n', 'openapi.yaml': SMALL_SPEC, 'docs/a.mdx': BAD_PAGE });
    const result = await cli(root, '--config', 'conf/lint.yaml');
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    expect(result.stdout).toContain('docs/a.mdx\n  1:25  error');
  });

  it('--stats reports what was read on stderr', async () => {
    const root = project({ 'docs/a.mdx': CLEAN_PAGE, 'docs/b.mdx': 'Nothing here.\n' });
    const result = await cli(root, '--stats');
    expect(result.stderr).toBe('docspec: 2 of 2 pages linted; 1 endpoint mentions, 1 checked as claims against 2 operations\n');
  });

  it('--version and --help print and exit 0', async () => {
    const root = project({});
    expect(await cli(root, '--version')).toEqual({ code: EXIT_OK, stdout: `${packageVersion}\n`, stderr: '' });
    const help = await cli(root, '--help');
    expect(help.code).toBe(EXIT_OK);
    for (const flag of ['--config', '--format', '--output', '--max-warnings', '--rule', '--quiet', '--no-color', '--stats', '--fix']) {
      expect(help.stdout).toContain(flag);
    }
  });
});

describe('a broken page among good ones', () => {
  it('reports parse-error at the parser position and still lints the other pages', async () => {
    const root = project({
      'docs/a.mdx': BAD_PAGE,
      'docs/broken.mdx': '# Title\n\nSome <Callout type="warn">\n\ntext {unclosed\n',
      'docs/c.mdx': BAD_PAGE,
    });
    const result = await cli(root, '--format', 'json');
    const report = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    expect(report.map((entry) => [entry.filePath, entry.messages.map((m) => m.ruleId)])).toEqual([
      ['docs/a.mdx', ['endpoint-exists']],
      ['docs/broken.mdx', ['parse-error']],
      ['docs/c.mdx', ['endpoint-exists']],
    ]);
    const [problem] = report[1]!.messages;
    expect({ line: problem!.line, column: problem!.column }).toEqual({ line: 5, column: 15 });
    expect(problem!.message).toMatch(/^Cannot parse MDX: /);
  });

  it('reports a frontmatter YAML error at its page line', async () => {
    const root = project({ 'docs/a.md': '---\ntitle: ok\ndescription: [unclosed\n---\n\n# Page\n' });
    const result = await cli(root, '--format', 'json');
    const [entry] = JSON.parse(result.stdout);
    expect(entry.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([['parse-error', 4]]);
  });
});

describe('--baseline', () => {
  const read = (root: string) => JSON.parse(readFileSync(path.join(root, 'docspec-baseline.json'), 'utf8'));

  it('--update-baseline records the findings by rule, file and subject, and a run against it is clean', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.mdx': CLEAN_PAGE });
    expect(await cli(root, '--update-baseline')).toEqual({
      code: EXIT_OK,
      stdout: '',
      stderr: 'docspec: wrote 1 finding to docspec-baseline.json\ndocspec: 1 known problem in docspec-baseline.json not shown\n',
    });
    expect(read(root)).toEqual({
      format: 'docspec-baseline',
      version: 1,
      findings: [{ rule: 'endpoint-exists', file: 'docs/a.mdx', subject: 'DELETE /users/{}', message: 'DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)' }],
    });
    expect(await cli(root, '--baseline')).toEqual({ code: EXIT_OK, stdout: '', stderr: 'docspec: 1 known problem in docspec-baseline.json not shown\n' });
  });

  it('a known finding that moved stays known; a new one is reported', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    await cli(root, '--update-baseline');
    writeFileSync(path.join(root, 'docs/a.mdx'), `# Users\n\nPatch one with \`PATCH /users/{id}\`.\n\n${BAD_PAGE}`);
    const result = await cli(root, '--baseline', 'docspec-baseline.json');
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    expect(result.stdout).toContain('3:23  error  PATCH /users/{id} is not in the spec');
    expect(result.stdout).not.toContain('DELETE');
  });

  it('says when entries no longer occur, and --update-baseline drops them', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    await cli(root, '--update-baseline');
    writeFileSync(path.join(root, 'docs/a.mdx'), CLEAN_PAGE);
    expect(await cli(root, '--baseline')).toEqual({
      code: EXIT_OK,
      stdout: '',
      stderr: 'docspec: 1 baseline entry no longer found; run with --update-baseline to drop them\n',
    });
    await cli(root, '--update-baseline');
    expect(read(root).findings).toEqual([]);
  });

  it('updating from a run over some files keeps the entries of the others', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/b.mdx': BAD_PAGE });
    await cli(root, '--update-baseline');
    writeFileSync(path.join(root, 'docs/b.mdx'), CLEAN_PAGE);
    await cli(root, '--update-baseline', 'docs/b.mdx');
    expect(read(root).findings.map((entry: { file: string }) => entry.file)).toEqual(['docs/a.mdx']);
  });

  it('a missing or malformed baseline exits 2 with one line', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    expect(await cli(root, '--baseline')).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: 'docspec: cannot read baseline docspec-baseline.json: no such file (create it with --update-baseline)\n',
    });
    writeFileSync(path.join(root, 'known.json'), '{"format": "docspec-baseline", "findings": [{"rule": "endpoint-exists"}]}');
    expect(await cli(root, '--baseline', 'known.json')).toEqual({
      code: EXIT_FATAL,
      stdout: '',
      stderr: 'docspec: invalid baseline known.json: findings[0] needs string "rule", "file" and "subject"\n',
    });
  });
});

describe('--diff-base', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=docspec', '-c', 'user.email=docspec@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

  it('annotates the findings on lines changed since the ref first', async () => {
    const old = Array.from({ length: 11 }, (_, i) => `Step ${i}: \`DELETE /users/{id}\`.\n`).join('\n');
    const root = project({ 'docs/a.mdx': old });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'docs');
    writeFileSync(path.join(root, 'docs/a.mdx'), `${old}\nNew: \`PATCH /users/{id}\`.\n`);
    const result = await cli(root, '--format', 'github', '--diff-base', 'HEAD');
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^::error file=docs\/a\.mdx,line=23,.*::PATCH \/users\/\{id\} is not in the spec/);
    expect(lines[10]).toContain('Findings on lines this change touches (1) were annotated first.');
  });

  it('a ref git does not know exits 2 with one line', async () => {
    const root = project({ 'docs/a.mdx': BAD_PAGE });
    git(root, 'init', '-q');
    const result = await cli(root, '--format', 'github', '--diff-base', 'origin/nope');
    expect(result.code).toBe(EXIT_FATAL);
    expect(result.stderr).toMatch(/^docspec: cannot find the lines changed since origin\/nope: .+\n$/);
  });
});

describe('--fix', () => {
  const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /things:
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { mode: { type: string, enum: [a, b, c] } } }
      responses: { '201': { description: created } }
`;
  const page = 'Call `POST /things` with `mode: a|b`.\n\nSee [the list](#list-of-modes).\n\n## List of modes\n';

  it('writes the certain fixes, reports what is left, and changes nothing on a second run', async () => {
    const root = workspace({ 'docspec.config.yaml': 'docs: ["docs/*.mdx"]\nspecs: [{ path: openapi.yaml }]\n', 'openapi.yaml': spec, 'docs/a.mdx': page });
    const first = await cli(root, '--fix');
    expect(first).toEqual({ code: EXIT_OK, stdout: '', stderr: '' });
    const fixed = readFileSync(path.join(root, 'docs/a.mdx'), 'utf8');
    expect(fixed).toBe('Call `POST /things` with `mode: a|b|c`.\n\nSee [the list](#list-of-modes).\n\n## List of modes\n');
    expect(await cli(root, '--fix')).toEqual({ code: EXIT_OK, stdout: '', stderr: '' });
    expect(readFileSync(path.join(root, 'docs/a.mdx'), 'utf8')).toBe(fixed);
  });

  it('leaves the page alone without --fix and reports the fixable problem', async () => {
    const root = workspace({ 'docspec.config.yaml': 'docs: ["docs/*.mdx"]\nspecs: [{ path: openapi.yaml }]\n', 'openapi.yaml': spec, 'docs/a.mdx': page });
    const result = await cli(root);
    expect(result.code).toBe(EXIT_LINT_ERRORS);
    expect(result.stdout).toContain('1 error and 0 warnings potentially fixable with the `--fix` option.');
    expect(readFileSync(path.join(root, 'docs/a.mdx'), 'utf8')).toBe(page);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips one that overlaps an earlier fix', () => {
    expect(applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 2], text: 'AB' }, { range: [1, 3], text: 'x' }])).toEqual({
      text: 'ABcdEf',
      applied: [{ range: [0, 2], text: 'AB' }, { range: [4, 5], text: 'E' }],
    });
  });
});

describe('a failing rule', () => {
  it('is reported on its page and the other rules and pages still run', async () => {
    const { allRules } = await import('../rules/index.js');
    const rule = allRules.find((candidate) => candidate.meta.id === 'status-code')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const root = project({ 'docs/a.mdx': BAD_PAGE });
      const result = await cli(root, '--format', 'json');
      const [entry] = JSON.parse(result.stdout);
      expect(entry.messages.map((m: { ruleId: string; message: string }) => [m.ruleId, m.message])).toEqual([
        ['status-code', 'docspec failed while checking this page (boom); please report it with the page'],
        ['endpoint-exists', 'DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)'],
      ]);
    } finally {
      rule.check = original;
    }
  });

  it('on a navigation file, is reported on that file and the run goes on', async () => {
    const { allRules } = await import('../rules/index.js');
    const rule = allRules.find((candidate) => candidate.meta.id === 'nav-entry')!;
    const original = rule.checkNav;
    rule.checkNav = () => {
      throw new Error('boom');
    };
    try {
      const root = project({ 'docs/a.mdx': BAD_PAGE, 'docs/meta.json': '{ "pages": ["a"] }\n' });
      const result = await cli(root, '--format', 'json');
      expect(result.code).toBe(EXIT_LINT_ERRORS);
      expect(JSON.parse(result.stdout).map((entry: { filePath: string; messages: Array<{ ruleId: string; message: string }> }) => [entry.filePath, entry.messages.map((m) => m.message)])).toEqual([
        ['docs/a.mdx', ['DELETE /users/{id} is not in the spec: the path allows GET (openapi.yaml:8)']],
        ['docs/meta.json', ['docspec failed while checking this file (boom); please report it with the file']],
      ]);
    } finally {
      rule.checkNav = original;
    }
  });
});
