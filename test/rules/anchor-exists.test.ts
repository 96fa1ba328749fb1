import { anchorExists } from '../../rules/anchor-exists.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
paths: {}
`;

/**
 * A small Fumadocs-style tree under docs/ (served at /docs): the page under test is
 * platform/tasks.mdx unless a case names another file.
 */
const pages = {
  'platform/auth-model.mdx': [
    '---',
    'title: Auth model',
    '---',
    '',
    '## Credentials',
    '',
    '## Two credentials at once',
    '',
    '## Scoped roles — coming soon',
    '',
    '## Service accounts [#robots]',
    '',
    '## Legacy keys {/* #old-keys */}',
    '',
    '<a id="rotation" />',
    '',
  ].join('\n'),
  'platform/index.mdx': '## Overview\n',
  '(guides)/quickstart.mdx': '## Install\n\n## Install\n',
  'reference/legacy.md': '## Old API {#old-api}\n\n<a name="v1"></a>\n',
  'reference/broken.mdx': '## Fine\n\nAn expression {that never closes\n',
  'reference/openapi.json': '{}\n',
};

const file = 'platform/tasks.mdx';
const authModel = 'platform/auth-model.mdx';
const suggestion = (fragment: string, id: string, what: string, page = 'this page') =>
  `#${fragment} matches no GitHub heading slug or id in ${page}; did you mean #${id} (${what})?`;

runRuleTests(anchorExists, {
  spec,
  config: { site: { contentDir: 'docs', baseUrl: '/docs' } },
  pages,
  valid: [
    { name: 'same page', filename: file, code: '## Setup\n\nSee [setup](#setup).\n' },
    { name: 'same page, a duplicate heading numbered -1', filename: file, code: '## Setup\n\n## Setup\n\nSee [the second](#setup-1).\n' },
    { name: 'the em-dash slug written right', filename: file, code: '## Scoped roles — coming soon\n\n[x](#scoped-roles--coming-soon)\n' },
    { name: 'site-absolute link to another page', filename: file, code: '[x](/docs/platform/auth-model#credentials)\n' },
    { name: 'relative link without extension', filename: file, code: '[x](./auth-model#two-credentials-at-once)\n' },
    { name: 'relative link with extension, through the parent folder', filename: file, code: '[x](../platform/auth-model.mdx#credentials)\n' },
    { name: 'site-absolute link with the extension written', filename: file, code: '[x](/docs/platform/auth-model.mdx#credentials)\n' },
    { name: 'a folder URL is its index page', filename: file, code: '[x](/docs/platform#overview)\n' },
    { name: 'a route group adds no URL segment', filename: file, code: '[x](/docs/quickstart#install-1)\n' },
    { name: 'Fumadocs [#id]', filename: file, code: '[x](./auth-model#robots)\n' },
    { name: 'Docusaurus {/* #id */} in MDX', filename: file, code: '[x](./auth-model#old-keys)\n' },
    { name: 'Docusaurus {#id} in Markdown', filename: file, code: '[x](/docs/reference/legacy#old-api)\n' },
    { name: 'a JSX id', filename: file, code: '[x](./auth-model#rotation)\n' },
    { name: 'an HTML name anchor in Markdown', filename: file, code: '[x](../reference/legacy.md#v1)\n' },
    { name: 'JSX href on any component', filename: file, code: '<Card title="Auth" href="/docs/platform/auth-model#credentials" />\n' },
    {
      name: 'HTML href and a name anchor in a .md page',
      filename: 'platform/notes.md',
      code: '<a name="top-of-notes"></a>\n\n<a href="./auth-model.mdx#credentials">auth</a> and <a href="#top-of-notes">up</a>\n',
    },
    { name: 'a reference definition', filename: file, code: 'See [the model][auth].\n\n[auth]: ./auth-model#credentials\n' },
    { name: 'a link in a table cell', filename: file, code: '| Page |\n| --- |\n| [auth](./auth-model#credentials) |\n' },
    { name: '#top and an empty fragment scroll to the top of any page', filename: file, code: '[top](#top) [Top](#TOP) [also](#)\n' },
    { name: 'GitHub line anchors on a GitHub-flavoured site', filename: file, code: '[line](#L20) [range](#L19C5-L21C11)\n' },
    { name: 'a percent-encoded or raw non-ASCII slug', filename: file, code: '## Café\n\n[a](#caf%C3%A9) [b](#café)\n' },
    { name: 'external URLs are never checked', filename: file, code: '[a](https://example.com/x#nowhere) [b](mailto:a@example.com) <https://example.com/#x>\n' },
    { name: 'a fragment on a non-page file is not checked', filename: file, code: '[spec](../reference/openapi.json#/paths)\n' },
    { name: 'the ids of a page that does not parse are unknown, so not checked', filename: file, code: '[x](../reference/broken#anything)\n' },
    { name: 'a site-absolute link outside baseUrl leaves the docs', filename: file, code: '[blog](/blog/post#section)\n' },
    { name: 'a link to a missing page is link-target\'s finding, not this rule\'s', filename: file, code: '[x](./missing#section)\n' },
    {
      name: 'Mintlify: a period becomes a hyphen',
      filename: file,
      code: '## React.js\n\n[x](#react-js)\n',
      config: { site: { contentDir: 'docs', baseUrl: '/docs', slugs: 'mintlify' } },
    },
    {
      name: 'Mintlify: an accordion is an anchor by its title',
      filename: file,
      code: '<Accordion title="Installation steps">x</Accordion>\n\n[x](#installation-steps)\n',
      config: { site: { contentDir: 'docs', baseUrl: '/docs', slugs: 'mintlify' } },
    },
  ],
  invalid: [
    {
      name: 'the em-dash mistake on the same page, fixed',
      filename: file,
      code: '## Scoped roles — coming soon\n\nSee [scoped roles](#scoped-roles-coming-soon).\n',
      errors: [
        {
          line: 3,
          column: 21,
          endColumn: 45,
          message: `${suggestion('scoped-roles-coming-soon', 'scoped-roles--coming-soon', 'the heading "Scoped roles — coming soon", line 1')} GitHub slugs keep a hyphen for each space around the dropped "—"`,
        },
      ],
      output: '## Scoped roles — coming soon\n\nSee [scoped roles](#scoped-roles--coming-soon).\n',
    },
    {
      name: 'the em-dash mistake across pages, site-absolute',
      filename: file,
      code: 'See [Scoped roles](/docs/platform/auth-model#scoped-roles-coming-soon).\n',
      errors: [
        {
          line: 1,
          column: 46,
          message: `${suggestion('scoped-roles-coming-soon', 'scoped-roles--coming-soon', 'the heading "Scoped roles — coming soon", line 9', authModel)} GitHub slugs keep a hyphen for each space around the dropped "—"`,
        },
      ],
      output: 'See [Scoped roles](/docs/platform/auth-model#scoped-roles--coming-soon).\n',
    },
    {
      name: 'an emoji the slug drops leaves a leading hyphen',
      filename: file,
      code: '## 🚀 Launch\n\n[x](#launch)\n',
      errors: [{ line: 3, column: 6, message: `${suggestion('launch', '-launch', 'the heading "🚀 Launch", line 1')} GitHub slugs keep a hyphen for each space around the dropped "🚀"` }],
      output: '## 🚀 Launch\n\n[x](#-launch)\n',
    },
    {
      name: 'two spaces make two hyphens',
      filename: 'platform/notes.md',
      code: '## Step  two\n\n[x](#step-two)\n',
      errors: [{ line: 3, column: 6, message: `${suggestion('step-two', 'step--two', 'the heading "Step  two", line 1')} GitHub slugs keep a hyphen for every space` }],
      output: '## Step  two\n\n[x](#step--two)\n',
    },
    {
      name: 'an explicit id written with other hyphens is fixed, without a word about slugs',
      filename: file,
      code: '<a id="old--name" />\n\n[x](#old-name)\n',
      errors: [{ line: 3, column: 6, message: suggestion('old-name', 'old--name', 'the id "old--name", line 1') }],
      output: '<a id="old--name" />\n\n[x](#old--name)\n',
    },
    {
      name: 'a case-only difference, in a JSX href',
      filename: file,
      code: '<Card title="Auth" href="./auth-model#Credentials" />\n',
      errors: [{ line: 1, column: 39, message: `${suggestion('Credentials', 'credentials', 'the heading "Credentials", line 5', authModel)} Anchors are case-sensitive` }],
      output: '<Card title="Auth" href="./auth-model#credentials" />\n',
    },
    {
      name: 'punctuation the slug drops, percent-encoded',
      filename: file,
      code: '## What features are free?\n\nAll [free features](#what-features-are-free%3F).\n',
      errors: [{ line: 3, column: 22, message: `${suggestion('what-features-are-free%3F', 'what-features-are-free', 'the heading "What features are free?", line 1')} GitHub slugs drop "?"` }],
      output: '## What features are free?\n\nAll [free features](#what-features-are-free).\n',
    },
    {
      name: 'the slug of a heading whose explicit id replaces it',
      filename: file,
      code: '[x](./auth-model#service-accounts)\n',
      errors: [{ line: 1, column: 18, message: `${suggestion('service-accounts', 'robots', 'the heading "Service accounts", line 11', authModel)} An explicit id replaces the heading's slug` }],
      output: '[x](./auth-model#robots)\n',
    },
    {
      name: 'a typo gets the nearest slug as a suggestion, without a fix',
      filename: file,
      code: '[x](./auth-model.mdx#credentails)\n',
      errors: [{ line: 1, column: 22, message: suggestion('credentails', 'credentials', 'the heading "Credentials", line 5', authModel) }],
      output: null,
    },
    {
      name: 'a duplicate numbered past the last one',
      filename: file,
      code: '[x](/docs/quickstart#install-2)\n',
      errors: [{ line: 1, column: 22, message: suggestion('install-2', 'install-1', 'the heading "Install", line 3', '(guides)/quickstart.mdx') }],
      output: null,
    },
    {
      name: 'nothing close',
      filename: file,
      code: '## Setup\n\n[x](#billing)\n',
      errors: [{ line: 3, column: 6, message: '#billing matches no GitHub heading slug or id in this page' }],
      output: null,
    },
    {
      name: 'a reference definition and an HTML href in a .md page',
      filename: 'platform/notes.md',
      code: '## Notes\n\n[a][ref] <a href="#Notes">b</a>\n\n[ref]: #note\n',
      errors: [
        { line: 3, column: 20, message: `${suggestion('Notes', 'notes', 'the heading "Notes", line 1')} Anchors are case-sensitive` },
        { line: 5, column: 9, message: suggestion('note', 'notes', 'the heading "Notes", line 1') },
      ],
      output: '## Notes\n\n[a][ref] <a href="#notes">b</a>\n\n[ref]: #note\n',
    },
    {
      name: 'a URL written with an escape has no exact fragment position, so no fix',
      filename: file,
      code: '## Scoped roles — coming soon\n\n[x](#scoped\\-roles-coming-soon)\n',
      errors: [
        {
          line: 3,
          column: 1,
          message: `${suggestion('scoped-roles-coming-soon', 'scoped-roles--coming-soon', 'the heading "Scoped roles — coming soon", line 1')} GitHub slugs keep a hyphen for each space around the dropped "—"`,
        },
      ],
      output: null,
    },
    {
      name: 'Mintlify: no line anchors, and its own slugs in the message',
      filename: file,
      code: '## Fees & billing\n\n[a](#L20) [b](#fees--billing)\n',
      config: { site: { contentDir: 'docs', baseUrl: '/docs', slugs: 'mintlify' } },
      errors: [
        { line: 3, column: 6, message: '#L20 matches no Mintlify heading slug or id in this page' },
        { line: 3, column: 16, message: '#fees--billing matches no Mintlify heading slug or id in this page; did you mean #fees-&-billing (the heading "Fees & billing", line 1)?' },
      ],
      output: null,
    },
  ],
});
