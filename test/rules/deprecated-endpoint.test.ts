import { deprecatedEndpoint } from '../../rules/deprecated-endpoint.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const spec = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /v1/things/{id}:
    get:
      responses:
        '200': { description: ok }
    delete:
      deprecated: true
      description: Removes a thing. Use \`DELETE /v2/things/{id}\` instead.
      responses:
        '204': { description: gone }
  /v2/things/{id}:
    delete:
      responses:
        '204': { description: gone }
  /v1/things/{id}/archive:
    post:
      deprecated: true
      description: Archives a thing.
      responses:
        '200': { description: ok }
`;

const deleteMessage = 'DELETE /v1/things/{id} is deprecated in the spec (openapi.yaml:10) but the page does not say so; the spec points to DELETE /v2/things/{id} instead';
const archiveMessage = 'POST /v1/things/{id}/archive is deprecated in the spec (openapi.yaml:20) but the page does not say so';

runRuleTests(deprecatedEndpoint, {
  spec,
  valid: [
    { name: 'the claim\'s own sentence', code: '`DELETE /v1/things/{id}` is deprecated; use `DELETE /v2/things/{id}`.\n' },
    { name: '"use … instead" in the sentence', code: 'To remove a thing, use `DELETE /v2/things/{id}` instead of `DELETE /v1/things/{id}`.\n' },
    { name: 'the heading above a request example', code: '## Delete a thing (deprecated)\n\n```bash\ncurl -X DELETE https://api.acme.test/v1/things/thg_1\n```\n' },
    { name: 'a heading that is the claim, noted in its section', code: '## DELETE /v1/things/{id}\n\nThis endpoint will be removed in v3.\n' },
    { name: 'section text after the claim', code: '## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n\nThis endpoint is no longer supported.\n' },
    { name: 'a subsection of the claim\'s section', code: '## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n\n### Migration\n\nThis endpoint is scheduled for removal.\n\n## Next steps\n' },
    { name: 'the intro of a section around the claim\'s', code: '# Things\n\nThe v1 endpoints are deprecated.\n\n## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a callout at the top of the page', code: '<Warning>This version of the API is being phased out.</Warning>\n\n## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a heading around the claim\'s section', code: '## Legacy endpoints\n\n### Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a hint in the claim\'s own section', code: '## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing. New integrations should use `DELETE /v2/things/{id}` instead.\n' },
    { name: 'a Status column', code: '| Method | Path | Status |\n| --- | --- | --- |\n| GET | `/v1/things/{id}` | Stable |\n| DELETE | `/v1/things/{id}` | Deprecated |\n' },
    { name: 'a Deprecated column', code: '| Method | Path | Deprecated |\n| --- | --- | --- |\n| GET | `/v1/things/{id}` | no |\n| DELETE | `/v1/things/{id}` | yes |\n' },
    { name: 'a row that names no endpoint speaks for its section', code: '## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n\n| Property | Value |\n| --- | --- |\n| Status | Sunset on 2025-06-30 |\n' },
    { name: 'a callout component', code: '## Delete a thing\n\n<Warning>\nThis endpoint is obsolete.\n</Warning>\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a callout\'s title', code: '<Callout type="warning" title="Deprecated endpoint">\nSee the v2 guide.\n</Callout>\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a Docusaurus admonition', filename: 'page.md', code: ':::warning\n\nSuperseded by the v2 API.\n\n:::\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a blockquote', code: '> **Deprecated.** Kept for old clients.\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'raw HTML in a .md page', filename: 'page.md', code: '<div class="warning">This endpoint is deprecated.</div>\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'frontmatter deprecated: true', code: '---\ntitle: Delete a thing\ndeprecated: true\n---\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'a frontmatter title', code: '---\ntitle: Delete a thing (deprecated)\n---\n\n`DELETE /v1/things/{id}` removes a thing.\n' },
    { name: 'an operation the spec does not deprecate', code: '`GET /v1/things/{id}` returns a thing and `DELETE /v2/things/{id}` removes it.\n' },
    { name: 'a path without a method', code: 'Things live under `/v1/things/{id}`.\n' },
    { name: 'a page bound by openapi: renders the badge', code: '---\nopenapi: DELETE /v1/things/{id}\n---\n\nRemoves a thing.\n' },
    {
      name: 'examples on a page bound to the operation',
      code: '---\nopenapi: DELETE /v1/things/{id}\n---\n\n```bash\ncurl -X DELETE https://api.acme.test/v1/things/thg_1\n```\n',
    },
    { name: 'an <APIPage> of the operation', code: '<APIPage document="openapi.yaml" operations={[{ path: \'/v1/things/{id}\', method: \'delete\' }]} />\n' },
    { name: 'an api: page with deprecated: true', code: '---\napi: DELETE https://api.acme.test/v1/things/{id}\ndeprecated: true\n---\n\nRemoves a thing.\n' },
    {
      name: 'one noted mention is enough',
      code: '## Delete a thing (deprecated)\n\n`DELETE /v1/things/{id}` removes a thing.\n\n## Cleaning up\n\n```bash\ncurl -X DELETE https://api.acme.test/v1/things/thg_1\n```\n',
    },
  ],
  invalid: [
    { name: 'no note', code: '`DELETE /v1/things/{id}` removes a thing.\n', errors: [{ line: 1, column: 9, message: deleteMessage }] },
    {
      name: 'a request example with no note',
      code: '## Delete a thing\n\n```bash\ncurl -X DELETE https://api.acme.test/v1/things/thg_1\n```\n',
      errors: [{ line: 4, column: 16, message: deleteMessage }],
    },
    {
      name: 'two mentions of one operation: one report, at the first',
      code: '## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n\n```bash\ncurl -X DELETE https://api.acme.test/v1/things/thg_1\n```\n',
      errors: [{ line: 3, column: 9, message: deleteMessage }],
    },
    {
      name: 'a note in a sibling section',
      code: '## Archive a thing\n\n`POST /v1/things/{id}/archive` is deprecated.\n\n## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n',
      errors: [{ line: 7, column: 9, message: deleteMessage }],
    },
    {
      name: 'a hint in the page intro does not reach the sections below it',
      code: 'Looking for bulk deletes? Use the batch guide instead.\n\n## Delete a thing\n\n`DELETE /v1/things/{id}` removes a thing.\n',
      errors: [{ line: 5, column: 9, message: deleteMessage }],
    },
    {
      name: 'a row note speaks for its row only',
      code: '| Method | Path | Status |\n| --- | --- | --- |\n| DELETE | `/v1/things/{id}` | Deprecated |\n| POST | `/v1/things/{id}/archive` | Stable |\n',
      errors: [{ line: 4, column: 11, message: archiveMessage }],
    },
    {
      name: 'a Deprecated column that says no',
      code: '| Method | Path | Deprecated |\n| --- | --- | --- |\n| POST | `/v1/things/{id}/archive` | No |\n',
      errors: [{ line: 3, column: 11, message: archiveMessage }],
    },
    {
      name: 'two deprecated operations, each reported',
      code: '`DELETE /v1/things/{id}` removes a thing; `POST /v1/things/{id}/archive` archives it.\n',
      errors: [
        { line: 1, column: 9, message: deleteMessage },
        { line: 1, column: 49, message: archiveMessage },
      ],
    },
    {
      name: 'an api: page is written by hand',
      code: '---\napi: POST https://api.acme.test/v1/things/{id}/archive\n---\n\nArchives a thing.\n',
      errors: [{ line: 2, column: 6, message: archiveMessage }],
    },
  ],
});

runRuleTests(deprecatedEndpoint, {
  specFile: 'openapi.json',
  spec: {
    openapi: '3.0.3',
    info: { title: 'Acme', version: '1' },
    paths: {
      '/orders/{id}/cancel': { post: { deprecated: true, description: 'Superseded by `POST /orders/{id}/void` and `POST /orders/{id}/refund`.', responses: { 200: { description: 'ok' } } } },
      '/orders/{id}/void': { post: { responses: { 200: { description: 'ok' } } } },
      '/orders/{id}/refund': { post: { responses: { 200: { description: 'ok' } } } },
    },
  },
  valid: [{ name: 'JSON spec: a noted operation', code: '`POST /orders/{id}/cancel` is deprecated.\n' }],
  invalid: [
    {
      name: 'JSON spec: the deprecated key\'s line; no replacement when the description names two',
      code: '`POST /orders/{id}/cancel` cancels an order.\n',
      errors: [{ line: 1, column: 7, message: 'POST /orders/{id}/cancel is deprecated in the spec (openapi.json:10) but the page does not say so' }],
    },
  ],
});

runRuleTests(deprecatedEndpoint, {
  spec: `openapi: 3.1.0
info: { title: Acme, version: '1' }
paths:
  /v1/a:
    get:
      deprecated: true
      description: |
        Lists things. Deprecated: use
        \`GET /v2/a\` instead.
      responses: { '200': { description: ok } }
  /v2/a:
    get:
      responses: { '200': { description: ok } }
  /v1/b:
    get:
      deprecated: true
      description: Replaced by \`GET /v1/a\`.
      responses: { '200': { description: ok } }
`,
  valid: [{ name: 'a note that names the replacement', code: '`GET /v1/a` and `GET /v1/b` are deprecated; use `GET /v2/a` instead.\n' }],
  invalid: [
    {
      name: 'a replacement named across a line break in the description',
      code: '`GET /v1/a` lists things.\n',
      errors: [{ line: 1, column: 6, message: 'GET /v1/a is deprecated in the spec (openapi.yaml:6) but the page does not say so; the spec points to GET /v2/a instead' }],
    },
    {
      name: 'no pointer to a replacement that is deprecated itself',
      code: '`GET /v1/b` lists other things.\n',
      errors: [{ line: 1, column: 6, message: 'GET /v1/b is deprecated in the spec (openapi.yaml:16) but the page does not say so' }],
    },
  ],
});
