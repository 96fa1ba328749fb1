import { navEntry } from '../../rules/nav-entry.js';
import { parseError } from '../../rules/parse-error.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /tasks:
    get:
      responses: { '200': { description: ok } }
  /tasks/{id}:
    patch:
      responses: { '200': { description: ok } }
`;
const other = `openapi: 3.0.3
info: { title: Reports, version: '1' }
paths:
  /tasks:
    get:
      responses: { '200': { description: ok } }
`;
const TASK = lineOf(spec, '  /tasks/{id}:');
const TASKS_GET = lineOf(spec, '    get:');
const OTHER_GET = lineOf(other, '    get:');

// Fumadocs: meta.json lists the items of its folder.
const fumadocsPages = {
  'index.mdx': '# Home\n',
  'guide.mdx': '# Guide\n',
  'platform/tasks.mdx': '# Tasks\n',
  'platform/meta.json': '{ "pages": ["tasks"] }\n',
  'reference/api.md': '# API\n',
};
runRuleTests(navEntry, {
  spec,
  config: { site: { contentDir: 'docs' } },
  pages: fumadocsPages,
  valid: [
    {
      name: 'pages, folders, separators, rest, exclusions, extraction and links',
      filename: 'meta.json',
      code: '{\n  "title": "Docs",\n  "pages": ["index", "guide", "---Platform---", "platform", "...reference", "!guide", "[GitHub](https://github.com/acme)", "[Icon][Text](/x)", "...", "z...a", "./platform/tasks"]\n}\n',
    },
    { name: 'a relative path out of the folder', filename: 'platform/meta.json', code: '{ "pages": ["../guide", "tasks"] }\n' },
    { name: 'a meta.json with no pages key', filename: 'meta.json', code: '{ "title": "Docs", "root": true }\n' },
  ],
  invalid: [
    {
      name: 'a page that does not exist, with the nearest item',
      filename: 'meta.json',
      code: '{\n  "pages": [\n    "index",\n    "guid",\n    "platfrom"\n  ]\n}\n',
      errors: [
        { line: 4, column: 5, endLine: 4, endColumn: 11, message: '"guid" names no page or folder in ./; did you mean "guide"?' },
        { line: 5, column: 5, message: '"platfrom" names no page or folder in ./; did you mean "platform"?' },
      ],
    },
    {
      name: 'a relative path, an exclusion and an extraction that name nothing',
      filename: 'platform/meta.json',
      code: '{ "pages": ["../gide", "!taks", "...nowhere", "zzz-unrelated"] }\n',
      errors: [
        { line: 1, column: 13, message: '"../gide" names no page or folder in ./; did you mean "../guide"?' },
        { line: 1, column: 24, message: '"!taks" names no page or folder in platform/; did you mean "!tasks"?' },
        { line: 1, column: 33, message: '"...nowhere" extracts no folder: platform/ has no folder nowhere' },
        { line: 1, column: 47, message: '"zzz-unrelated" names no page or folder in platform/' },
      ],
    },
  ],
});

// Mintlify: docs.json at the content folder's root; page paths from that root, operations by METHOD /path.
const mintlifyPages = {
  'introduction.mdx': '# Introduction\n',
  'platform/tasks.mdx': '# Tasks\n',
  'api/overview.mdx': '# API\n',
};
runRuleTests(navEntry, {
  spec,
  files: { 'other.yaml': other },
  config: { site: { contentDir: 'docs', slugs: 'mintlify' }, specs: [{ path: 'openapi.yaml' }, { path: 'other.yaml' }] },
  pages: mintlifyPages,
  valid: [
    {
      name: 'pages in tabs and nested groups, operations with a spec file or an openapi source',
      filename: 'docs.json',
      code: JSON.stringify(
        {
          navigation: {
            tabs: [
              { tab: 'Guides', groups: [{ group: 'Start', pages: ['introduction', { group: 'Platform', pages: ['platform/tasks'] }] }] },
              { tab: 'API', openapi: '/api/openapi.yaml', groups: [{ group: 'Tasks', pages: ['api/overview', 'GET /tasks', 'PATCH /tasks/{id}', 'other.yaml GET /tasks'] }] },
            ],
          },
        },
        null,
        2,
      ),
    },
    {
      name: 'index pages, the site root\'s and a folder\'s, by their file names',
      filename: 'docs.json',
      pages: { 'index.mdx': '# Home\n', 'platform/index.mdx': '# Platform\n' },
      code: '{ "navigation": { "pages": ["index", "platform/index", "platform/tasks"] } }\n',
    },
    {
      name: 'legacy mint.json navigation',
      filename: 'mint.json',
      code: '{ "navigation": [{ "group": "Start", "pages": ["introduction", "openapi.yaml GET /tasks"] }], "tabs": [{ "name": "API", "url": "api" }] }\n',
    },
  ],
  invalid: [
    {
      name: 'a page path that matches no page',
      filename: 'docs.json',
      code: '{\n  "navigation": {\n    "groups": [\n      { "group": "Start", "pages": ["introduction", "platform/task", "changelog"] }\n    ]\n  }\n}\n',
      errors: [
        { line: 4, column: 53, endLine: 4, endColumn: 68, message: 'Navigation page "platform/task" matches no page; did you mean "platform/tasks"?' },
        { line: 4, column: 70, message: 'Navigation page "changelog" matches no page' },
      ],
    },
    {
      name: 'operation entries that name no operation',
      filename: 'docs.json',
      code: '{\n  "navigation": {\n    "openapi": "openapi.yaml",\n    "pages": ["DELETE /tasks/{id}", "GET /taskz", "other.yaml PATCH /tasks/{id}"]\n  }\n}\n',
      errors: [
        { line: 4, column: 15, message: `Navigation entry "DELETE /tasks/{id}" names no operation: /tasks/{id} allows PATCH (openapi.yaml:${TASK})` },
        { line: 4, column: 37, message: `Navigation entry "GET /taskz" matches no path in openapi.yaml; did you mean GET /tasks (openapi.yaml:${TASKS_GET})?` },
        { line: 4, column: 51, message: 'Navigation entry "other.yaml PATCH /tasks/{id}" matches no path in other.yaml' },
      ],
    },
    {
      name: 'an operation two specs have, with no spec named',
      filename: 'docs.json',
      code: '{ "navigation": { "pages": ["GET /tasks"] } }\n',
      errors: [{ line: 1, column: 29, message: `Navigation entry "GET /tasks" matches 2 operations (openapi.yaml:${TASKS_GET}, other.yaml:${OTHER_GET}); name the spec file in the entry` }],
    },
  ],
});

// A navigation file that is not JSON is a parse error at the character that breaks it.
runRuleTests(parseError, {
  spec,
  config: { site: { contentDir: 'docs' } },
  pages: { 'guide.mdx': '# Guide\n' },
  valid: [{ name: 'a valid meta.json', filename: 'meta.json', code: '{ "pages": ["guide"] }\n' }],
  invalid: [
    {
      name: 'a trailing comma in meta.json',
      filename: 'meta.json',
      code: '{\n  "pages": [\n    "guide",\n  ]\n}\n',
      errors: [{ line: 4, column: 3, message: 'Cannot parse meta.json: Expected a JSON value, found "]"' }],
    },
    {
      name: 'a docs.json cut short',
      filename: 'docs.json',
      code: '{ "navigation": {\n',
      errors: [{ line: 2, column: 1, message: 'Cannot parse docs.json: Expected a property name in double quotes, found the end of the file' }],
    },
  ],
});
