import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { queryParams } from '../../rules/query-params.js';
import { parsePage } from '../../src/docs/parse.js';
import { LineIndex } from '../../src/extract/positions.js';
import { extractQueryTable } from '../../src/extract/query-docs.js';
import { HostClassifier } from '../../src/extract/url.js';
import { page, span } from '../helpers/page.js';
import { lineOf, runRuleTests } from '../helpers/rule-tester.js';

// OpenAPI 3.1: scalar, array and deepObject parameters, an exploded object, an apiKey in the query,
// a bearer scheme, an operation with no query parameter.
const spec31 = `openapi: 3.1.0
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test/v1' }]
paths:
  /orders:
    get:
      parameters:
        - { name: status, in: query, schema: { type: string } }
        - { name: pageSize, in: query, schema: { type: integer } }
        - { name: ids, in: query, schema: { type: array, items: { type: string } } }
        - { name: filter, in: query, style: deepObject, schema: { type: object, properties: { region: { type: string } } } }
        - { name: page, in: query, schema: { $ref: '#/components/schemas/Page' } }
      security: [{ bearer: [] }]
      responses: { '200': { description: ok } }
  /orders/{id}:
    get:
      security: [{ queryKey: [] }]
      responses: { '200': { description: ok } }
    delete: { responses: { '204': { description: gone } } }
  /search:
    get:
      parameters:
        - { name: q, in: query, schema: { type: string } }
        - { name: facets, in: query, schema: { type: object, additionalProperties: { type: string } } }
      responses: { '200': { description: ok } }
components:
  schemas:
    Page:
      type: object
      properties: { cursor: { type: string }, limit: { type: integer } }
  securitySchemes:
    bearer: { type: http, scheme: bearer }
    queryKey: { type: apiKey, in: query, name: api_key }
`;
const ORDERS = `openapi.yaml:${lineOf(spec31, '    get:')}`;
const ORDER_DELETE = `openapi.yaml:${lineOf(spec31, '    delete:')}`;
const ORDER_GET = `openapi.yaml:${lineOf(spec31, '    get:', lineOf(spec31, '/orders/{id}:'))}`;
const ORDERS_DECLARED = 'status, pageSize, ids, filter, page, cursor, limit';

runRuleTests(queryParams, {
  spec: spec31,
  valid: [
    { name: 'declared parameters, arrays and deepObject keys', code: '```bash\ncurl "https://api.acme.test/v1/orders?status=open&pageSize=5&ids[]=a&ids=b&filter[region]=eu"\n```\n' },
    { name: 'properties of an exploded object parameter', code: 'Page with `GET /orders?cursor=abc&limit=10`.\n' },
    { name: 'the query name of an apiKey scheme, and a bearer token in the URI', code: '```bash\ncurl "https://api.acme.test/v1/orders/o_1?api_key=$KEY"\ncurl "https://api.acme.test/v1/orders?access_token=$TOKEN"\n```\n' },
    { name: 'an open object parameter takes any key', code: '```bash\ncurl "https://api.acme.test/v1/search?q=shoes&color=red&size=42"\n```\n' },
    { name: 'placeholder keys', code: '```bash\ncurl "https://api.acme.test/v1/orders?<param>=<value>&{key}=1&$NAME=2&...=3"\n```\n' },
    { name: 'values are not this rule\'s business', code: '```bash\ncurl "https://api.acme.test/v1/orders?status=nonsense"\n```\n' },
    { name: 'an encoded key', code: '```bash\ncurl "https://api.acme.test/v1/orders?filter%5Bregion%5D=eu"\n```\n' },
    { name: 'a path no operation matches is endpoint-exists\' finding', code: '```bash\ncurl "https://api.acme.test/v1/ordrs?foo=1"\n```\n' },
    { name: 'a method the path does not allow is endpoint-exists\' finding', code: 'Call `PATCH /orders?foo=1`.\n' },
  ],
  invalid: [
    {
      name: 'an undeclared key in a curl URL, at the key',
      code: '```bash\ncurl "https://api.acme.test/v1/orders?state=open&status=open"\n```\n',
      errors: [{ line: 2, column: 39, endLine: 2, endColumn: 44, message: `Query parameter \`state\` is not in the spec for GET /orders, which declares ${ORDERS_DECLARED} (${ORDERS})` }],
    },
    {
      name: 'another spelling of a declared name',
      code: '```bash\ncurl "https://api.acme.test/v1/orders?page_size=5&Status=open"\n```\n',
      errors: [
        { line: 2, column: 39, message: `Query parameter \`page_size\` is \`pageSize\` in the spec, the same name in snake_case instead of camelCase (GET /orders, ${ORDERS})` },
        { line: 2, column: 51, message: `Query parameter \`Status\` is \`status\` in the spec, the same name in another case (GET /orders, ${ORDERS})` },
      ],
    },
    {
      name: 'an operation that declares no query parameter, in a spec that models them',
      code: '```bash\ncurl -X DELETE "https://api.acme.test/v1/orders/o_1?force=true"\n```\n',
      errors: [{ line: 2, column: 53, message: `Query parameter \`force\` is not in the spec for DELETE /orders/{id}, which declares no query parameter (${ORDER_DELETE})` }],
    },
    {
      name: 'a key in inline code, without a method: every operation at the path is asked',
      code: 'The order page is `/orders/{id}?expand=items`.\n',
      errors: [{ line: 1, column: 33, message: `Query parameter \`expand\` is not in the spec for GET /orders/{id}, which declares api_key (${ORDER_GET})` }],
    },
  ],
});

// OpenAPI 3.0, a second spec that declares no query parameter anywhere: it does not model query strings.
const plain30 = `openapi: 3.0.3
info: { title: Exports, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /exports:
    get: { responses: { '200': { description: ok } } }
`;

// OpenAPI 3.0 with a path-item parameter and a non-exploded object (one key: its own name).
const spec30b = `openapi: 3.0.3
info: { title: Acme, version: '1' }
servers: [{ url: 'https://api.acme.test' }]
paths:
  /reports:
    parameters:
      - { name: month, in: query, schema: { type: string } }
    get:
      parameters:
        - { name: range, in: query, explode: false, schema: { type: object, properties: { from: { type: string } } } }
      responses: { '200': { description: ok } }
`;
const REPORTS = `openapi.yaml:${lineOf(spec30b, '    get:')}`;

runRuleTests(queryParams, {
  spec: spec30b,
  files: { 'exports.yaml': plain30 },
  config: { specs: [{ path: 'openapi.yaml' }, { path: 'exports.yaml' }] },
  valid: [
    { name: 'a spec that models no query string says nothing about one', code: '```bash\ncurl "https://api.acme.test/exports?month=2024-05"\n```\n' },
    { name: 'a path-item parameter and a non-exploded object', code: '```http\nGET /reports?month=2024-05&range=from,2024-01 HTTP/1.1\nHost: api.acme.test\n```\n' },
  ],
  invalid: [
    {
      name: 'the property of a non-exploded object is no key of its own',
      code: '```http\nGET /reports?from=2024-01 HTTP/1.1\nHost: api.acme.test\n```\n',
      errors: [{ line: 2, column: 14, message: `Query parameter \`from\` is not in the spec for GET /reports, which declares month, range (${REPORTS})` }],
    },
    {
      name: 'a fetch call',
      code: "```js\nconst res = await fetch('https://api.acme.test/reports?months=3');\n```\n",
      errors: [{ line: 2, column: 56, message: `Query parameter \`months\` is not in the spec for GET /reports, which declares month, range (${REPORTS})` }],
    },
  ],
});

// Swagger 2.0: query parameters on the operation, an apiKey in the query, basePath in the URL.
const spec20 = `swagger: '2.0'
info: { title: Acme, version: '1' }
host: api.acme.test
basePath: /v2
securityDefinitions:
  key: { type: apiKey, in: query, name: key }
security: [{ key: [] }]
paths:
  /surveys:
    get:
      parameters:
        - { name: limit, in: query, type: integer }
        - { name: tags, in: query, type: array, items: { type: string }, collectionFormat: multi }
      responses: { '200': { description: ok } }
`;
const SURVEYS = `openapi.yaml:${lineOf(spec20, '    get:')}`;

runRuleTests(queryParams, {
  spec: spec20,
  valid: [{ name: 'declared keys, a repeated array key and the apiKey', code: '```bash\ncurl "https://api.acme.test/v2/surveys?limit=10&tags=a&tags=b&key=$KEY"\n```\n' }],
  invalid: [
    {
      name: 'an undeclared key',
      code: '| Method | Endpoint |\n| --- | --- |\n| GET | `/v2/surveys?skip=10` |\n',
      errors: [{ line: 3, column: 22, message: `Query parameter \`skip\` is not in the spec for GET /surveys, which declares limit, tags, key (${SURVEYS})` }],
    },
  ],
});

describe('query parameter tables (src/extract/query-docs.ts)', () => {
  const hosts = new HostClassifier([]);
  const tablesOf = (source: string, heading?: string) => {
    const tree = parsePage(source, 'mdx');
    const lines = new LineIndex(source);
    const tables = tree.children.filter((node): node is Table => node.type === 'table');
    return tables.flatMap((table) => extractQueryTable(table, { file: '/docs/page.mdx', lines, hosts }, { heading: heading ? { text: heading, line: 1 } : undefined }));
  };

  it('reads the rows of a Query Parameter column', () => {
    const source = page('| Query parameter | Type |', '| --- | --- |', '| `status` | string |', '| limit (optional) | integer |');
    expect(tablesOf(source).map(({ name, position }) => ({ name, position }))).toEqual([
      { name: 'status', position: span(3, 4, 10) },
      { name: 'limit', position: span(4, 3, 8) },
    ]);
  });

  it('reads only the rows an In column marks as query', () => {
    const source = page('| Name | In | Type |', '| --- | --- | --- |', '| `id` | path | string |', '| `expand` | query | string |', '| `X-Org` | header | string |');
    expect(tablesOf(source).map(({ name }) => name)).toEqual(['expand']);
  });

  it('reads a Name table under a heading about query parameters, and not under another heading', () => {
    const source = page('| Name | Type |', '| --- | --- |', '| `cursor` | string |', '| `filter[status]` | string |');
    expect(tablesOf(source, 'Query parameters').map(({ name }) => name)).toEqual(['cursor', 'filter[status]']);
    expect(tablesOf(source, 'Request body')).toEqual([]);
  });

  it('skips cells that are not one name', () => {
    const source = page('| Query parameter | Meaning |', '| --- | --- |', '| `?status=open` | an example |', '| see below | |');
    expect(tablesOf(source)).toEqual([]);
  });
});

describe('query-params with query parameter tables', () => {
  runRuleTests(queryParams, {
    spec: spec31,
    valid: [
      {
        name: 'a table in a section that documents two operations binds to neither',
        code: '## Orders\n\n`GET /orders` and `GET /search`.\n\n| Query parameter | Type |\n| --- | --- |\n| `color` | string |\n',
      },
      { name: 'path and header rows of an In column', code: '## Get\n\n`GET /orders/{id}`\n\n| Name | In |\n| --- | --- |\n| `id` | path |\n| `X-Trace` | header |\n' },
    ],
    invalid: [
      {
        name: 'a query parameter table in the endpoint\'s section',
        code: '## List orders\n\n`GET /orders`\n\n| Query parameter | Type |\n| --- | --- |\n| `status` | string |\n| `sort` | string |\n',
        errors: [{ line: 8, column: 4, message: `Query parameter \`sort\` is not in the spec for GET /orders, which declares ${ORDERS_DECLARED} (${ORDERS})` }],
      },
      {
        name: 'a table under its own Query parameters heading binds to the section above',
        code: '## List orders\n\n`GET /orders`\n\n### Query parameters\n\n| Name | Type |\n| --- | --- |\n| `page_size` | integer |\n',
        errors: [{ line: 9, column: 4, message: `Query parameter \`page_size\` is \`pageSize\` in the spec, the same name in snake_case instead of camelCase (GET /orders, ${ORDERS})` }],
      },
      {
        name: 'the query rows of an In column',
        code: '## Get an order\n\n`GET /orders/{id}`\n\n| Name | In |\n| --- | --- |\n| `id` | path |\n| `expand` | query |\n',
        errors: [{ line: 8, column: 4, message: `Query parameter \`expand\` is not in the spec for GET /orders/{id}, which declares api_key (${ORDER_GET})` }],
      },
    ],
  });
});
