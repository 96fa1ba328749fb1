import { describe, expect, it } from 'vitest';
import { endpointExists } from '../rules/endpoint-exists.js';
import type { RawConfig } from '../src/config/types.js';
import { diagnosticsFor } from './helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
paths:
  /users:
    get: { responses: { '200': { description: ok } } }
`;

async function linesReported(code: string, filename = 'page.mdx'): Promise<number[]> {
  const diagnostics = await diagnosticsFor(endpointExists, { spec }, { code, filename });
  return diagnostics.map((diagnostic) => diagnostic.line);
}

/** Every diagnostic as `line:column ruleId severity? message`, with unused comments reported at `severity`. */
async function reported(code: string, severity: 'warn' | 'error' | 'off' = 'warn', rules: RawConfig['rules'] = {}): Promise<string[]> {
  const diagnostics = await diagnosticsFor(endpointExists, { spec, config: { reportUnusedDirectives: severity, rules } }, { code });
  return diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.message}`);
}

describe('inline disable comments', () => {
  it('disable-next-line in MDX, for the named rule, with a reason', async () => {
    const code = '{/* docspec-disable-next-line endpoint-exists -- removed next release */}\n`DELETE /users`\n\n`PUT /users`\n';
    expect(await linesReported(code)).toEqual([4]);
  });

  it('disable-next-line in Markdown', async () => {
    expect(await linesReported('<!-- docspec-disable-next-line -->\n`DELETE /users`\n\n`PUT /users`\n', 'page.md')).toEqual([4]);
  });

  it('a comment naming another rule does not silence this one', async () => {
    expect(await linesReported('{/* docspec-disable-next-line host-tier */}\n`DELETE /users`\n')).toEqual([2]);
  });

  it('disable … enable ranges, and disable-line', async () => {
    const code = [
      '`DELETE /users`',
      '',
      '{/* docspec-disable endpoint-exists */}',
      '',
      '`DELETE /users`',
      '',
      '{/* docspec-enable endpoint-exists */}',
      '',
      '`PUT /users` {/* docspec-disable-line */}',
      '',
      '`PATCH /users`',
      '',
    ].join('\n');
    expect(await linesReported(code)).toEqual([1, 11]);
  });

  it('a comment in a table cell silences its row, in MDX and in Markdown, and is no part of the cell', async () => {
    const table = (comment: string) => `| Method | Path | Note |\n| --- | --- | --- |\n| DELETE | /users | ${comment} |\n| PUT | /users ${comment} | |\n| PATCH | /users | |\n`;
    expect(await linesReported(table(''))).toEqual([3, 4, 5]);
    expect(await linesReported(table('{/* docspec-disable-line endpoint-exists */}'))).toEqual([5]);
    expect(await linesReported(table('<!-- docspec-disable-line endpoint-exists -->'), 'page.md')).toEqual([5]);
  });

  it('a disable without enable runs to the end of the page', async () => {
    expect(await linesReported('`PUT /users`\n\n<!-- docspec-disable -->\n\n`DELETE /users`\n', 'page.md')).toEqual([1]);
  });
});

describe('unused disable comments', () => {
  it('a comment that silences a problem is used, and nothing more is said', async () => {
    expect(await reported('{/* docspec-disable-next-line endpoint-exists */}\n`DELETE /users`\n')).toEqual([]);
  });

  it('a comment naming a rule that reports nothing there is unused', async () => {
    expect(await reported('Intro.\n\n  {/* docspec-disable-next-line endpoint-exists -- fixed since */}\n`GET /users`\n')).toEqual([
      '3:3 unused-directive Unused docspec-disable-next-line comment: no problem was reported here by endpoint-exists',
    ]);
  });

  it('a comment for every rule that silences nothing, and a disable range', async () => {
    expect(await reported('`GET /users` {/* docspec-disable-line */}\n\n{/* docspec-disable */}\n\n`GET /users`\n')).toEqual([
      '1:14 unused-directive Unused docspec-disable-line comment: no problem was reported here',
      '3:1 unused-directive Unused docspec-disable comment: no problem was reported here',
    ]);
  });

  it('only the ids of a comment that silenced nothing are named', async () => {
    expect(await reported('{/* docspec-disable-next-line endpoint-exists host-tier */}\n`DELETE /users`\n', 'warn', { 'host-tier': 'error' })).toEqual([
      '1:1 unused-directive Unused docspec-disable-next-line comment: no problem was reported here by host-tier',
    ]);
  });

  it('a rule id docspec does not have is named, even where the comment is used for another id', async () => {
    expect(await reported('{/* docspec-disable-next-line endpoint-exist endpoint-exists */}\n`DELETE /users`\n')).toEqual([
      '1:1 unused-directive docspec-disable-next-line names `endpoint-exist`, which is no docspec rule',
    ]);
  });

  it('a comment for a rule that is off in this run is not known to be stale', async () => {
    expect(await reported('{/* docspec-disable-next-line host-tier */}\n`GET /users`\n')).toEqual([]);
  });

  it('reportUnusedDirectives sets the severity, off turns the report off', async () => {
    const code = '{/* docspec-disable-next-line endpoint-exists */}\n`GET /users`\n';
    const run = await diagnosticsFor(endpointExists, { spec, config: { reportUnusedDirectives: 'error' } }, { code });
    expect(run.map((diagnostic) => diagnostic.ruleId)).toEqual(['unused-directive']);
    expect(await reported(code, 'off')).toEqual([]);
  });
});
