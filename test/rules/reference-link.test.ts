import { anchorExists } from '../../rules/anchor-exists.js';
import { linkTarget } from '../../rules/link-target.js';
import { referenceLink } from '../../rules/reference-link.js';
import type { RawConfig } from '../../src/config/types.js';
import { runRuleTests } from '../helpers/rule-tester.js';

/** Ory Kratos renamed `initializeSelfServiceLoginFlowForBrowsers` to `createBrowserLoginFlow`: the drift this rule is for. */
const spec = `openapi: 3.1.0
info: { title: Kratos, version: '1' }
tags:
  - name: frontend
  - name: identity
paths:
  /self-service/login/browser:
    get:
      operationId: createBrowserLoginFlow
      summary: Create Login Flow for Browsers
      tags: [frontend]
      responses: { '200': { description: ok } }
  /self-service/logout:
    get:
      operationId: updateLogoutFlow
      summary: Update Logout Flow
      tags: [frontend]
      responses: { '200': { description: ok } }
  /admin/identities:
    get:
      operationId: listIdentities
      summary: List Identities
      tags: [identity]
      responses: { '200': { description: ok } }
  /health/{probe}:
    get:
      operationId: isAlive
      responses: { '200': { description: ok } }
`;

const site = { contentDir: 'docs', baseUrl: '/docs' };
const using = (reference: RawConfig['reference']): Partial<RawConfig> => ({ site, reference });
const fumadocs = using([{ preset: 'fumadocs', prefix: '/docs/api' }]);
const mintlify = using([{ preset: 'mintlify', prefix: '/api-reference' }]);
const docusaurus = using([{ preset: 'docusaurus', prefix: '/docs/api/' }]);
const redoc = using([{ preset: 'redoc', prefix: '/docs/api' }]);
const custom = using([{ preset: 'custom', prefix: '/docs/reference', template: '/{tag|slug}/{operationId|kebab}' }]);
const redocPage = { 'api.mdx': '# API reference\n\n## Errors\n' };

runRuleTests(referenceLink, {
  spec,
  config: { site },
  valid: [
    { name: 'fumadocs: /{tag}/{operationId}', config: fumadocs, code: '[login](/docs/api/frontend/createBrowserLoginFlow) and <Card href="/docs/api/identity/listIdentities" />\n' },
    { name: 'fumadocs: a relative link into the reference', filename: 'guides/login.mdx', config: fumadocs, code: '[login](../api/frontend/createBrowserLoginFlow)\n' },
    { name: 'fumadocs: a generated page checked into the tree is an ordinary page', config: fumadocs, pages: { 'api/frontend/oldName.mdx': '# Old\n' }, code: '[old](/docs/api/frontend/oldName)\n' },
    { name: 'fumadocs: the prefix itself and links outside it are not the reference', config: fumadocs, code: '[api](/docs/api) [other](/docs/apis/x) [ext](https://example.com/docs/api/x/y)\n' },
    {
      name: 'mintlify: /{tag}/{summary} slugged, the method and path for an untagged operation without summary, any case',
      config: mintlify,
      code: '[a](/api-reference/frontend/create-login-flow-for-browsers) [b](/api-reference/identity/list-identities) [c](/api-reference/get-health) [d](/api-reference/Identity/List-Identities)\n',
    },
    { name: 'docusaurus: /{kebab(operationId)} and a page per tag', config: docusaurus, code: '[a](/docs/api/create-browser-login-flow) [b](/docs/api/is-alive) [c](/docs/api/frontend)\n' },
    { name: 'redoc: both operation fragments and a tag fragment', config: redoc, pages: redocPage, code: '[a](/docs/api#tag/frontend/operation/createBrowserLoginFlow) [b](/docs/api#operation/listIdentities) [c](/docs/api#tag/identity)\n' },
    { name: 'redoc: other fragments of the page are ordinary anchors', config: redoc, pages: redocPage, code: '[a](/docs/api#errors) [b](/docs/api#section/Authentication)\n' },
    { name: 'custom: /{tag|slug}/{operationId|kebab}', config: custom, code: '[a](/docs/reference/frontend/update-logout-flow)\n' },
    { name: 'no reference configured: nothing to check', code: '[a](/docs/api/frontend/nothing)\n' },
  ],
  invalid: [
    {
      name: 'fumadocs: a stale operationId, with the nearest one under the same tag',
      config: fumadocs,
      code: 'See [login](/docs/api/frontend/initializeSelfServiceLoginFlowForBrowsers).\n',
      errors: [
        {
          line: 1,
          column: 13,
          endColumn: 73,
          message:
            '`initializeSelfServiceLoginFlowForBrowsers` is not an operationId under tag `frontend` in openapi.yaml; did you mean `createBrowserLoginFlow` (/docs/api/frontend/createBrowserLoginFlow)?',
        },
      ],
    },
    {
      name: 'fumadocs: an unknown tag',
      config: fumadocs,
      code: '<Card href="/docs/api/identities/listIdentities" />\n',
      errors: [{ line: 1, column: 13, message: '`identities` is not a tag in openapi.yaml; did you mean `identity` (/docs/api/identity/listIdentities)?' }],
    },
    {
      name: 'fumadocs: an operationId under the wrong tag',
      config: fumadocs,
      code: '[list](/docs/api/frontend/listIdentities)\n',
      errors: [{ line: 1, column: 8, message: '`listIdentities` is not under tag `frontend` in openapi.yaml; its page is /docs/api/identity/listIdentities' }],
    },
    {
      name: 'fumadocs: a URL of no shape the reference has',
      config: fumadocs,
      code: '[x](/docs/api/frontend/createBrowserLoginFlow/extra)\n',
      errors: [{ line: 1, column: 5, message: '/docs/api/frontend/createBrowserLoginFlow/extra matches no URL of the fumadocs reference at /docs/api (/{tag}/{operationId})' }],
    },
    {
      name: 'mintlify: a summary that changed',
      config: mintlify,
      code: '[login](/api-reference/frontend/initialize-login-flow-for-browsers)\n',
      errors: [
        {
          line: 1,
          column: 9,
          message:
            '`initialize-login-flow-for-browsers` is not an operation summary slug under tag `frontend` in openapi.yaml; did you mean `create-login-flow-for-browsers` (Create Login Flow for Browsers) (/api-reference/frontend/create-login-flow-for-browsers)?',
        },
      ],
    },
    {
      name: 'mintlify: a response field of an operation whose responses have no schema',
      config: mintlify,
      code: '[a](/api-reference/identity/list-identities#response-items)\n',
      errors: [{ line: 1, column: 45, message: '`#response-items` is not a response field of GET /admin/identities in openapi.yaml' }],
    },
    {
      name: 'docusaurus: an operationId that is not in kebab-case',
      config: docusaurus,
      code: '[login](/docs/api/createBrowserLoginFlow)\n',
      errors: [
        {
          line: 1,
          column: 9,
          message:
            '`createBrowserLoginFlow` is not an operationId in kebab-case in openapi.yaml; did you mean `create-browser-login-flow` (createBrowserLoginFlow) (/docs/api/create-browser-login-flow)?',
        },
      ],
    },
    {
      name: 'redoc: a stale operationId in a fragment, reported at the fragment',
      config: redoc,
      pages: redocPage,
      code: '[login](/docs/api#operation/initializeSelfServiceLoginFlowForBrowsers)\n',
      errors: [
        {
          line: 1,
          column: 19,
          message:
            '`initializeSelfServiceLoginFlowForBrowsers` is not an operationId in openapi.yaml; did you mean `createBrowserLoginFlow` (/docs/api#operation/createBrowserLoginFlow)?',
        },
      ],
    },
    {
      name: 'redoc: a same-page link on the reference page itself',
      config: redoc,
      filename: 'api.mdx',
      code: '# API reference\n\nSee [logout](#tag/frontend/operation/updateLogoutFlows).\n',
      errors: [
        {
          line: 3,
          column: 15,
          message: '`updateLogoutFlows` is not an operationId under tag `frontend` in openapi.yaml; did you mean `updateLogoutFlow` (/docs/api#tag/frontend/operation/updateLogoutFlow)?',
        },
      ],
    },
    {
      name: 'custom: a slugged tag and a kebab-case operationId',
      config: custom,
      code: '[a](/docs/reference/frontend/update-logout)\n',
      errors: [
        {
          line: 1,
          column: 5,
          message:
            '`update-logout` is not an operationId in kebab-case under tag `frontend` in openapi.yaml; did you mean `update-logout-flow` (updateLogoutFlow) (/docs/reference/frontend/update-logout-flow)?',
        },
      ],
    },
  ],
});

/** A Mintlify site's docs.json declares its generated reference itself: `openapi: { source, directory }`. */
const docsJson = JSON.stringify({ navigation: { tabs: [{ tab: 'API', openapi: { source: '/api-reference/openapi.yaml', directory: 'api-reference' } }] } });

runRuleTests(referenceLink, {
  spec,
  config: { site: { contentDir: 'docs' } },
  pages: { 'docs.json': docsJson, 'api-reference/introduction.mdx': '# API\n' },
  valid: [
    { name: 'docs.json openapi directory: a generated page is checked without a reference entry', code: '[login](/api-reference/frontend/create-login-flow-for-browsers)\n' },
    { name: 'docs.json openapi directory: a page of the tree under it is an ordinary page', code: '[intro](/api-reference/introduction)\n' },
    {
      name: 'docs.json openapi directory: a reference entry for the same prefix wins',
      config: { reference: [{ preset: 'custom', prefix: '/api-reference', template: '/{operationId}' }] },
      code: '[login](/api-reference/createBrowserLoginFlow)\n',
    },
  ],
  invalid: [
    {
      name: 'docs.json openapi directory: a summary that changed, the tag kept as written',
      code: '[login](/api-reference/Frontend/create-login-flow-for-browser)\n',
      errors: [
        {
          line: 1,
          column: 9,
          message:
            '`create-login-flow-for-browser` is not an operation summary slug under tag `Frontend` in openapi.yaml; did you mean `create-login-flow-for-browsers` (Create Login Flow for Browsers) (/api-reference/Frontend/create-login-flow-for-browsers)?',
        },
      ],
    },
  ],
});

/** Links into a reference are reference-link's alone: the file and anchor rules leave them be. */
runRuleTests(linkTarget, {
  spec,
  config: fumadocs,
  valid: [{ name: 'link-target: a missing page under the reference prefix', code: '[login](/docs/api/frontend/initializeSelfServiceLoginFlowForBrowsers)\n' }],
  invalid: [
    {
      name: 'link-target: a missing page next to the reference is still reported',
      code: '[x](/docs/apis/frontend)\n',
      errors: [{ line: 1, column: 5, message: '/docs/apis/frontend points to no page: apis/frontend{.mdx,.md,/index.mdx} does not exist' }],
    },
  ],
});

runRuleTests(anchorExists, {
  spec,
  config: redoc,
  pages: redocPage,
  valid: [{ name: 'anchor-exists: a Redoc operation fragment is no heading', code: '[login](/docs/api#operation/initializeSelfServiceLoginFlowForBrowsers)\n' }],
  invalid: [
    {
      name: 'anchor-exists: an ordinary fragment of the Redoc page is still checked',
      code: '[errors](/docs/api#errrors)\n',
      errors: [{ line: 1, column: 20, message: '#errrors matches no GitHub heading slug or id in api.mdx; did you mean #errors (the heading "Errors", line 3)?' }],
    },
  ],
});
