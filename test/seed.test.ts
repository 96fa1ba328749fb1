import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/lint.js';
import { packageRoot } from '../src/package-info.js';

const seed = path.join(packageRoot, 'fixtures/molecule-platform');
const spec = 'fixtures/molecule-platform/spec/management.yaml';
const scopedRoles =
  'did you mean #scoped-roles--coming-soon (the heading "Scoped roles — coming soon", line 44)? GitHub slugs keep a hyphen for each space around the dropped "—"';
const DEPROVISION = 'provision secret as Authorization: Bearer AND admin token as X-Molecule-Admin-Token';

async function findings(state: 'before' | 'after') {
  const run = await lint({ cwd: packageRoot, configFile: path.join(seed, state, 'docspec.config.yaml') });
  return run.results.flatMap((result) =>
    result.diagnostics.map((d) => ({
      file: path.relative(path.join(seed, state, 'content/docs/platform'), d.file),
      line: d.position.start.line,
      column: d.position.start.column,
      ruleId: d.ruleId,
      message: d.message,
    })),
  );
}

/**
 * The seed scenario: a docs section before and after a real review. Every mistake the rules can
 * see today is asserted exactly; MISTAKES.md in the fixture lists all of them and which rule owns
 * each. `after/` must stay clean with every rule on.
 */
describe('seed scenario: molecule-platform', () => {
  it('reports every planted mistake in before/ that the current rules cover', async () => {
    expect(await findings('before')).toEqual([
      {
        file: 'auth-model.mdx',
        line: 11,
        column: 67,
        ruleId: 'anchor-exists',
        message: `#scoped-roles-coming-soon matches no GitHub heading slug or id in this page; ${scopedRoles}`,
      },
      {
        file: 'getting-started.mdx',
        line: 42,
        column: 25,
        ruleId: 'endpoint-exists',
        message: `POST /cp/workspaces/provision matches no path in the spec; did you mean POST /api/v1/workspaces (${spec}:133)?`,
      },
      {
        file: 'getting-started.mdx',
        line: 63,
        column: 16,
        ruleId: 'header-required',
        message: `This curl example of DELETE /api/v1/workspaces/{id} sends no credential the operation accepts; it accepts ${DEPROVISION} (${spec}:161)`,
      },
      {
        file: 'getting-started.mdx',
        line: 64,
        column: 7,
        ruleId: 'auth-scheme',
        message: `DELETE /api/v1/workspaces/{id} does not accept the Org API Key ($ORG_API_KEY in the Authorization header); it accepts ${DEPROVISION} (${spec}:161)`,
      },
      {
        file: 'getting-started.mdx',
        line: 65,
        column: 7,
        ruleId: 'header-known',
        message: `X-Molecule-Org-Id is not a header of DELETE /api/v1/workspaces/{id}: the spec declares Authorization, X-Molecule-Admin-Token (${spec}:161)`,
      },
      {
        file: 'reference.mdx',
        line: 17,
        column: 11,
        ruleId: 'endpoint-exists',
        message: `POST /cp/workspaces/provision matches no path in the spec; did you mean POST /api/v1/workspaces (${spec}:133)?`,
      },
      {
        file: 'reference.mdx',
        line: 18,
        column: 13,
        ruleId: 'endpoint-exists',
        message: `DELETE /cp/workspaces/{id}/deprovision matches no path in the spec; did you mean DELETE /api/v1/workspaces/{id} (${spec}:161)?`,
      },
      {
        file: 'reference.mdx',
        line: 19,
        column: 10,
        ruleId: 'host-tier',
        message: `GET /admin/workspaces/{id}/llm-billing-mode is documented on cp (Host column "CP" in this table row) but the spec serves it on tenant (https://{org}.moleculesai.app, ${spec}:34)`,
      },
      {
        file: 'reference.mdx',
        line: 20,
        column: 10,
        ruleId: 'host-tier',
        message: `PUT /admin/workspaces/{id}/llm-billing-mode is documented on cp (Host column "CP" in this table row) but the spec serves it on tenant (https://{org}.moleculesai.app, ${spec}:54)`,
      },
      {
        file: 'tasks.mdx',
        line: 11,
        column: 71,
        ruleId: 'enum-values',
        message: `\`mode\` is listed as platform_managed|byok; the spec also allows disabled (PUT /admin/workspaces/{id}/llm-billing-mode, ${spec}:54)`,
      },
      {
        file: 'tasks.mdx',
        line: 15,
        column: 13,
        ruleId: 'header-required',
        message: `This curl example of PUT /admin/workspaces/{id}/llm-billing-mode leaves out the required header X-Molecule-Org-Id (${spec}:54)`,
      },
      {
        file: 'tasks.mdx',
        line: 15,
        column: 13,
        ruleId: 'host-tier',
        message: `PUT /admin/workspaces/{id}/llm-billing-mode is documented on cp (host api.moleculesai.app in this curl example) but the spec serves it on tenant (https://{org}.moleculesai.app, ${spec}:54)`,
      },
      {
        file: 'tasks.mdx',
        line: 16,
        column: 7,
        ruleId: 'auth-scheme',
        message: `PUT /admin/workspaces/{id}/llm-billing-mode does not accept the CP admin token ($CP_ADMIN_TOKEN in the Authorization header); it accepts Org API Key as Authorization: Bearer (${spec}:54)`,
      },
      {
        file: 'tasks.mdx',
        line: 21,
        column: 86,
        ruleId: 'reference-link',
        message: `\`setBillingMode\` is not an operationId under tag \`billing\` in ${spec}; did you mean \`setLlmBillingMode\` (/docs/api/billing/setLlmBillingMode)?`,
      },
      {
        file: 'tasks.mdx',
        line: 25,
        column: 66,
        ruleId: 'anchor-exists',
        message: `#scoped-roles-coming-soon matches no GitHub heading slug or id in platform/auth-model.mdx; ${scopedRoles}`,
      },
      {
        file: 'tasks.mdx',
        line: 36,
        column: 7,
        ruleId: 'request-body',
        message: `The PATCH /workspaces/{id}/budget request body leaves out the required property \`budget_limits\` (${spec}:107)`,
      },
      {
        file: 'tasks.mdx',
        line: 36,
        column: 8,
        ruleId: 'request-body',
        message: `\`budget_limit\` is not a property of the PATCH /workspaces/{id}/budget request body; the spec has \`budget_limits\` (${spec}:107)`,
      },
      {
        file: 'tasks.mdx',
        line: 70,
        column: 17,
        ruleId: 'endpoint-exists',
        message: `DELETE /cp/workspaces/ws_123/deprovision matches no path in the spec; did you mean DELETE /api/v1/workspaces/{id} (${spec}:161)?`,
      },
    ]);
  });

  it('fixes both #scoped-roles-coming-soon links to the lines after/ has', async () => {
    const run = await lint({ cwd: packageRoot, configFile: path.join(seed, 'before', 'docspec.config.yaml'), files: ['fixtures/molecule-platform/before/content/docs/**/*.mdx'] });
    const fixed = run.results.flatMap((result) =>
      result.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'anchor-exists')
        .map((diagnostic) => {
          const source = readFileSync(result.file, 'utf8');
          const { range, text } = diagnostic.fix!;
          const line = (source.slice(0, range[0]) + text + source.slice(range[1])).split('\n')[diagnostic.position.start.line - 1];
          // after/ may have moved the line (tasks.mdx gained one above it), so look for it anywhere.
          const after = readFileSync(result.file.replace(`${path.sep}before${path.sep}`, `${path.sep}after${path.sep}`), 'utf8').split('\n');
          return [path.basename(result.file), source.slice(range[0], range[1]), text, after.includes(line!)];
        }),
    );
    expect(fixed).toEqual([
      ['auth-model.mdx', 'scoped-roles-coming-soon', 'scoped-roles--coming-soon', true],
      ['tasks.mdx', 'scoped-roles-coming-soon', 'scoped-roles--coming-soon', true],
    ]);
  });

  it('finds nothing in after/', async () => {
    expect(await findings('after')).toEqual([]);
  });

  it('reads every endpoint the after/ pages document as a claim the rules see', async () => {
    // Guards against a silent extractor: the clean result above must come from matched claims.
    const run = await lint({ cwd: packageRoot, configFile: path.join(seed, 'after', 'docspec.config.yaml') });
    expect(run.results.map((result) => path.basename(result.file))).toEqual([
      'auth-model.mdx',
      'getting-started.mdx',
      'index.mdx',
      'reference.mdx',
      'tasks.mdx',
    ]);
    // 16 table rows, 9 curl examples, 1 http block and 6 inline mentions: all of them checked.
    expect(run.stats).toEqual({ pages: 5, reportedPages: 5, endpointMentions: 32, endpointClaims: 32, operations: 16 });
  });
});
