import { linkTarget } from '../../rules/link-target.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
paths: {}
`;

/** A Fumadocs-style tree under docs/ (served at /docs); the page under test is platform/tasks.mdx. */
const pages = {
  'index.mdx': '# Home\n',
  'platform/index.mdx': '# Platform\n',
  'platform/getting-started.mdx': '# Getting started\n',
  'platform/auth-model.mdx': '# Auth model\n',
  'platform/guides/rotate-keys.md': '# Rotate keys\n',
  '(reference)/errors.mdx': '# Errors\n',
  'assets/openapi.json': '{}\n',
  'changelog/2024.mdx': '# 2024\n',
};
const file = 'platform/tasks.mdx';
const mintlify = { site: { contentDir: 'docs', baseUrl: '/docs', slugs: 'mintlify' as const } };

runRuleTests(linkTarget, {
  spec,
  config: { site: { contentDir: 'docs', baseUrl: '/docs' }, ignore: ['docs/changelog/**'] },
  pages,
  valid: [
    { name: 'relative, without extension (Fumadocs and Mintlify resolve it from the page\'s folder)', filename: file, code: '[x](./getting-started)\n' },
    { name: 'relative, bare name', filename: file, code: '[x](getting-started)\n' },
    { name: 'relative, with the extension', filename: file, code: '[x](./getting-started.mdx)\n' },
    { name: 'relative, a .md page in a subfolder', filename: file, code: '[x](guides/rotate-keys.md)\n' },
    { name: 'relative, up a folder to an index page', filename: file, code: '[x](../platform) [y](../index.mdx)\n' },
    { name: 'site-absolute', filename: file, code: '[x](/docs/platform/getting-started)\n' },
    { name: 'site-absolute with the extension and a trailing slash', filename: file, code: '[x](/docs/platform/getting-started.mdx) [y](/docs/platform/auth-model/)\n' },
    { name: 'site-absolute folder and root index pages', filename: file, code: '[x](/docs/platform) [y](/docs) [z](/docs/)\n' },
    { name: 'a route group adds no URL segment', filename: file, code: '[x](/docs/errors)\n' },
    { name: 'a relative path through the route group folder', filename: file, code: '[x](../(reference)/errors.mdx)\n' },
    { name: 'a page ignored by the config is still on the site', filename: file, code: '[x](/docs/changelog/2024)\n' },
    { name: 'a non-page file only has to exist', filename: file, code: '[spec](../assets/openapi.json) [same](/docs/assets/openapi.json)\n' },
    { name: 'query strings and fragments are not part of the path', filename: file, code: '[x](./getting-started?tab=npm#install) [y](?tab=npm) [z](#here)\n' },
    { name: 'a percent-encoded path', filename: file, code: '[x](./getting%2Dstarted)\n' },
    { name: 'JSX href on any component, and a reference definition', filename: file, code: '<Card href="/docs/platform/auth-model" />\n\n[model][m]\n\n[m]: ./auth-model\n' },
    { name: 'HTML href in a .md page', filename: 'platform/notes.md', code: '<a href="./getting-started">start</a>\n' },
    { name: 'external URLs are never fetched', filename: file, code: '[a](https://example.com/missing) [b](mailto:x@example.com) [c](//cdn.example.com/x.js) <https://example.com>\n' },
    { name: 'site-absolute URLs outside baseUrl belong to the rest of the web app', filename: file, code: '[blog](/blog/launch) [api](/api/v1/users)\n' },
    { name: 'a relative link out of the docs tree to a file that exists', filename: file, code: '[spec](../../openapi.yaml)\n' },
    { name: 'a JSX href that is an expression is not read', filename: file, code: '<Card href={base + "/missing"} />\n' },
    { name: 'Mintlify: a folder URL redirects to its first page', filename: file, code: '[x](/docs/platform/guides) [y](./guides)\n', config: mintlify },
  ],
  invalid: [
    {
      name: 'a relative typo, with the nearest page written the same way',
      filename: file,
      code: 'See [Getting started](./getting-startd).\n',
      errors: [
        {
          line: 1,
          column: 23,
          endColumn: 39,
          message: './getting-startd points to no page: platform/getting-startd{.mdx,.md,/index.mdx} does not exist; did you mean ./getting-started?',
        },
      ],
    },
    {
      name: 'a site-absolute typo',
      filename: file,
      code: '[x](/docs/platform/auth-modle#credentials)\n',
      errors: [
        {
          line: 1,
          column: 5,
          message: '/docs/platform/auth-modle#credentials points to no page: platform/auth-modle{.mdx,.md,/index.mdx} does not exist; did you mean /docs/platform/auth-model?',
        },
      ],
    },
    {
      name: 'a page that moved to another folder',
      filename: file,
      code: '[x](/docs/platform/rotate-keys)\n',
      errors: [
        {
          line: 1,
          column: 5,
          message: '/docs/platform/rotate-keys points to no page: platform/rotate-keys{.mdx,.md,/index.mdx} does not exist; did you mean /docs/platform/guides/rotate-keys?',
        },
      ],
    },
    {
      name: 'a typo in the URL of a page inside a route group',
      filename: file,
      code: '[x](/docs/erors)\n',
      errors: [{ line: 1, column: 5, message: '/docs/erors points to no page: erors{.mdx,.md,/index.mdx} does not exist; did you mean /docs/errors?' }],
    },
    {
      name: 'a wrong extension',
      filename: file,
      code: '[x](./auth-model.md)\n',
      errors: [{ line: 1, column: 5, message: './auth-model.md points to no page: platform/auth-model.md does not exist; did you mean ./auth-model.mdx?' }],
    },
    {
      name: 'nothing close',
      filename: file,
      code: '<Card title="Billing" href="/docs/billing/invoices" />\n',
      errors: [{ line: 1, column: 29, message: '/docs/billing/invoices points to no page: billing/invoices{.mdx,.md,/index.mdx} does not exist' }],
    },
    {
      name: 'a folder without an index page (Fumadocs serves no page there)',
      filename: file,
      code: '[x](/docs/platform/guides)\n',
      errors: [{ line: 1, column: 5, message: '/docs/platform/guides points to a folder with no index page: platform/guides/index{.mdx,.md} does not exist' }],
    },
    {
      name: 'a missing file',
      filename: file,
      code: '[spec](../assets/openapi.yaml) ![not a link](./missing.png)\n',
      errors: [{ line: 1, column: 8, message: '../assets/openapi.yaml points to no file: assets/openapi.yaml does not exist' }],
    },
    {
      name: 'a relative link out of the docs tree to nothing',
      filename: file,
      code: '[readme](../../README.md)\n',
      errors: [{ line: 1, column: 10, message: '../../README.md points to no page: ../README.md does not exist' }],
    },
    {
      name: 'a reference definition and an HTML href in a .md page',
      filename: 'platform/notes.md',
      code: '[a][ref] <a href="/docs/nowhere">b</a>\n\n[ref]: ./nowhere\n',
      errors: [
        { line: 1, column: 19, message: '/docs/nowhere points to no page: nowhere{.mdx,.md,/index.mdx} does not exist' },
        { line: 3, column: 8, message: './nowhere points to no page: platform/nowhere{.mdx,.md,/index.mdx} does not exist' },
      ],
    },
  ],
});
