import { anchorExists } from '../../rules/anchor-exists.js';
import { referenceLink } from '../../rules/reference-link.js';
import type { RawConfig } from '../../src/config/types.js';
import { runRuleTests } from '../helpers/rule-tester.js';

/**
 * Mintlify's field anchors, in the shapes seen on rendered Mintlify API pages: `#parameter-user-id`
 * for `user_id`, `#body-discovery-endpoint` for `discoveryEndpoint`, `#body-messages-content`
 * through an array, `#response-force-show-one-of-0` for a nullable property, `#authorization-x-api-key`.
 */
const spec = `openapi: 3.1.0
info: { title: Tags, version: '1' }
security: [{ apiKey: [] }]
components:
  securitySchemes:
    apiKey: { type: apiKey, in: header, name: x-api-key }
  schemas:
    Tag:
      type: object
      properties:
        id: { type: string }
        forceShow: { oneOf: [{ type: boolean }, { type: 'null' }] }
        metadata:
          type: object
          properties:
            user_id: { type: string }
        labels:
          type: object
          additionalProperties: { type: string }
        children:
          type: array
          items: { $ref: '#/components/schemas/Tag' }
paths:
  /tags/slug/{slug}:
    get:
      operationId: getTagBySlug
      summary: Get tag by slug
      tags: [tags]
      description: |
        Looks a tag up by its slug.

        ## Rate limits
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string } }
        - { name: include_template, in: query, schema: { type: boolean } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Tag' } } } }
  /tags:
    post:
      operationId: createTag
      summary: Create tag
      tags: [tags]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                messages:
                  type: array
                  items:
                    type: object
                    properties:
                      content: { type: string }
                      role: { type: string, enum: [user, assistant] }
                thinking:
                  oneOf:
                    - { type: object, properties: { budget_tokens: { type: integer }, type: { const: enabled } } }
                    - { type: object, properties: { type: { const: disabled } } }
      responses: { '201': { description: created } }
`;

const config: Partial<RawConfig> = { site: { contentDir: 'docs', baseUrl: '', slugs: 'mintlify' }, reference: [{ preset: 'mintlify', prefix: '/api-reference' }] };
/** A page of the tree bound to an operation, as Mintlify sites write their API pages. */
const boundPage = { 'api-reference/create-tag.mdx': '---\nopenapi: "POST /tags"\n---\n\n## Response codes\n' };
const manualPage = { 'api-reference/manual.mdx': "---\napi: 'POST https://api.example.com/tags'\n---\n\n<ParamField body=\"name\" type=\"string\" />\n" };
const generated = '/api-reference/tags/get-tag-by-slug';

runRuleTests(referenceLink, {
  spec,
  config,
  pages: { ...boundPage, ...manualPage },
  valid: [
    {
      name: 'generated page: parameters, credentials and response fields, kebab-cased and nested',
      code: [
        `[a](${generated}#parameter-slug) [b](${generated}#parameter-include-template) [c](${generated}#authorization-x-api-key)`,
        `[d](${generated}#response-id) [e](${generated}#response-metadata-user-id) [f](${generated}#response-children-children-id)`,
        '',
      ].join('\n'),
    },
    { name: 'generated page: a nullable property with and without the one-of marker', code: `[a](${generated}#response-force-show) [b](${generated}#response-force-show-one-of-0)\n` },
    { name: 'generated page: below a map, any key goes', code: `[a](${generated}#response-labels-colour)\n` },
    { name: 'generated page: a heading of the operation description', code: `[a](${generated}#rate-limits)\n` },
    { name: 'generated page: fragments that are no field anchor are not judged', code: `[a](${generated}#overview) [b](${generated}#response)\n` },
    { name: 'page of the tree bound by openapi: fields through arrays and oneOf branches', code: '[a](/api-reference/create-tag#body-messages-content) [b](/api-reference/create-tag#body-thinking-budget-tokens) [c](/api-reference/create-tag#body-messages-role)\n' },
    { name: 'page of the tree bound by openapi: its own headings', code: '[a](/api-reference/create-tag#response-codes)\n' },
    { name: 'a same-page field link on the bound page', filename: 'api-reference/create-tag.mdx', code: '---\nopenapi: "POST /tags"\n---\n\nSend [messages](#body-messages).\n' },
    { name: 'a page bound by api: has hand-written fields, not checked', code: '[a](/api-reference/manual#body-whatever)\n' },
  ],
  invalid: [
    {
      name: 'generated page: a misspelt response field, with the field it means',
      code: `See [forceShow](${generated}#response-force-shwo).\n`,
      errors: [
        {
          line: 1,
          column: 53,
          message:
            '`#response-force-shwo` is not a response field of GET /tags/slug/{slug} in openapi.yaml; did you mean `#response-force-show` (response field forceShow)?',
        },
      ],
    },
    {
      name: 'generated page: a field under the wrong section',
      code: `[slug](${generated}#body-slug)\n`,
      errors: [{ line: 1, column: 44, message: '`#body-slug` is not a request body field of GET /tags/slug/{slug} in openapi.yaml; did you mean `#parameter-slug` (parameter slug)?' }],
    },
    {
      name: 'generated page: a nested field written without its parent',
      code: `[user](${generated}#response-user-id)\n`,
      errors: [
        {
          line: 1,
          column: 44,
          message: '`#response-user-id` is not a response field of GET /tags/slug/{slug} in openapi.yaml; did you mean `#response-metadata-user-id` (response field metadata.user_id)?',
        },
      ],
    },
    {
      name: 'generated page: a field the operation does not have, nothing near enough to suggest',
      code: `[colour](${generated}#response-colour)\n`,
      errors: [{ line: 1, column: 46, message: '`#response-colour` is not a response field of GET /tags/slug/{slug} in openapi.yaml' }],
    },
    {
      name: 'page of the tree bound by openapi: a misspelt body field',
      code: '[content](/api-reference/create-tag#body-messages-contnet)\n',
      errors: [
        {
          line: 1,
          column: 37,
          message: '`#body-messages-contnet` is not a request body field of POST /tags in openapi.yaml; did you mean `#body-messages-content` (request body field messages.content)?',
        },
      ],
    },
    {
      name: 'a credential the operation does not take',
      code: `[key](${generated}#authorization-authorization)\n`,
      errors: [{ line: 1, column: 43, message: '`#authorization-authorization` is not a credential of GET /tags/slug/{slug} in openapi.yaml' }],
    },
  ],
});

/** Field anchors are reference-link's: anchor-exists judges only the bound page's own headings. */
runRuleTests(anchorExists, {
  spec,
  config,
  pages: { ...boundPage, ...manualPage },
  valid: [{ name: 'anchor-exists: field anchors of bound pages are left to reference-link', code: '[a](/api-reference/create-tag#body-nothing) [b](/api-reference/manual#body-whatever)\n' }],
  invalid: [
    {
      name: 'anchor-exists: other fragments of a bound page are its headings',
      code: '[a](/api-reference/create-tag#respnse-codes)\n',
      errors: [{ line: 1, column: 31, message: '#respnse-codes matches no Mintlify heading slug or id in api-reference/create-tag.mdx; did you mean #response-codes (the heading "Response codes", line 5)?' }],
    },
  ],
});
