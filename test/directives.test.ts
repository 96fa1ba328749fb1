import { describe, expect, it } from 'vitest';
import { endpointExists } from '../rules/endpoint-exists.js';
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

  it('a disable without enable runs to the end of the page', async () => {
    expect(await linesReported('`PUT /users`\n\n<!-- docspec-disable -->\n\n`DELETE /users`\n', 'page.md')).toEqual([1]);
  });
});
