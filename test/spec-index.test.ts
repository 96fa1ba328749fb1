import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { loadSpec, type LoadedSpec } from '../src/spec/load.js';
import { FatalError } from '../src/errors.js';
import { SpecIndex, serverUrlMatch, tiersOfServer, type Operation } from '../src/spec/spec-index.js';
import { expandServer, serversOf } from '../src/spec/servers.js';
import { RefResolver } from '../src/spec/refs.js';
import { SourceLocator } from '../src/spec/source-locator.js';
import { parseDocPath } from '../src/extract/doc-path.js';
import { HTTP_METHODS } from '../src/types.js';
import { indexOf, lineAfter, lineOfText, loadInlineSpec, loadRepoSpec, repoFile, tempDir, writeFile } from './helpers/spec.js';

const SWAGGER2 = 'fixtures/specs/swagger2.yaml';
const OAS30 = 'fixtures/specs/oas30.json';
const SPLIT = 'fixtures/specs/split/openapi.yaml';
const MOLECULE = 'fixtures/molecule-platform/spec/management.yaml';

/** `{ '/pets': ['get', 'post'], … }` in the spec's path order, methods in HTTP_METHODS order. */
function methodsByPath(index: SpecIndex): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const operation of index.operations) (result[operation.path] ??= []).push(operation.method);
  return result;
}

function op(index: SpecIndex, operationId: string): Operation {
  const found = index.operations.filter((operation) => operation.operationId === operationId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Security alternatives as `[[name, type, wire]]`, for one comparable value. */
function securityView(operation: Operation) {
  return operation.security.map((alternative) => alternative.map((scheme) => ({ name: scheme.name, type: scheme.type, wire: scheme.wire })));
}

/** What a documented path matches: [template, fullPath, methods]. */
function matchView(index: SpecIndex, raw: string) {
  return index.match(parseDocPath(raw)).map((entry) => [entry.template, entry.fullPath, [...entry.operations.keys()]]);
}

async function fatalMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FatalError);
    expect((error as Error).name).toBe('FatalError');
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('expected a FatalError, but the spec loaded');
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('loadSpec: fixtures', () => {
  it.each([
    [SWAGGER2, '2.0'],
    [OAS30, '3.0'],
    [SPLIT, '3.1'],
    [MOLECULE, '3.1'],
  ])('%s loads as version %s', async (relative, version) => {
    const spec = await loadRepoSpec(relative);
    expect(spec.version).toBe(version);
    expect(spec.file).toBe(repoFile(relative));
    expect(spec.displayPath).toBe(relative);
  });

  it('displayPath defaults to the file as given', async () => {
    const spec = await loadSpec(repoFile(OAS30), { allowRemoteRefs: false });
    expect(spec.displayPath).toBe(repoFile(OAS30));
  });

  it('keeps local $refs in the document instead of dereferencing', async () => {
    const spec = await loadRepoSpec(OAS30);
    expect(spec.document.paths['/orders'].get.parameters[0].schema).toEqual({ $ref: '#/components/schemas/OrderStatus' });
    const split = await loadRepoSpec(SPLIT);
    expect(split.document.paths['/widgets']).toEqual({ $ref: './paths/widgets.yaml' });
  });

  it.each([
    ['3.0.0', '3.0'],
    ['3.0.4', '3.0'],
    ['3.1.1', '3.1'],
  ])('openapi %s is version %s', async (openapi, version) => {
    const spec = await loadInlineSpec('v.yaml', `openapi: ${openapi}\ninfo: {title: t, version: "1"}\npaths: {}\n`);
    expect(spec.version).toBe(version);
  });
});

describe('loadSpec: fatal errors', () => {
  it('names a missing file', async () => {
    const message = await fatalMessage(
      loadSpec(repoFile('fixtures/specs/missing.yaml'), { allowRemoteRefs: false, displayPath: 'fixtures/specs/missing.yaml' }),
    );
    expect(message).toBe('cannot read spec fixtures/specs/missing.yaml: no such file');
  });

  it('names a directory given as a spec', async () => {
    const message = await fatalMessage(loadSpec(tempDir(), { allowRemoteRefs: false, displayPath: 'specs/' }));
    expect(message).toBe('cannot read spec specs/: is a directory');
  });

  it('uses the file as given when there is no displayPath', async () => {
    const file = path.join(tempDir(), 'gone.yaml');
    const message = await fatalMessage(loadSpec(file, { allowRemoteRefs: false }));
    expect(message).toBe(`cannot read spec ${file}: no such file`);
  });

  it('reports a YAML syntax error with its line and column, without the absolute path', async () => {
    const message = await fatalMessage(loadRepoSpec('fixtures/specs/invalid.yaml'));
    expect(message).toBe('invalid spec fixtures/specs/invalid.yaml: bad indentation of a mapping entry (11:6)');
    expect(message).not.toContain(repoFile('fixtures/specs/invalid.yaml'));
    expect(message).not.toContain('Error parsing');
  });

  it('reports a JSON syntax error with its position', async () => {
    const message = await fatalMessage(loadInlineSpec('bad.json', '{"openapi": "3.0.3", "paths": {,}}'));
    expect(message).toMatch(/^invalid spec bad\.json: expected the node content, but found ',' \(1:32\)/);
  });

  it('refuses a remote $ref unless allowRemoteRefs is set', async () => {
    const message = await fatalMessage(loadRepoSpec('fixtures/specs/remote-ref.yaml'));
    expect(message).toBe(
      'invalid spec fixtures/specs/remote-ref.yaml: remote $ref https://example.com/schemas/thing.yaml refused ' +
        '(set "allowRemoteRefs: true" in the config to fetch it)',
    );
  });

  it('names the missing file of a local external $ref', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'root.yaml', 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: ./nope.yaml\n');
    const message = await fatalMessage(loadSpec(file, { allowRemoteRefs: false, displayPath: 'root.yaml' }));
    expect(message).toMatch(
      new RegExp(`^invalid spec root\\.yaml: Error opening file ${escapeRegex(path.join(dir, 'nope.yaml'))}: ENOENT: no such file or directory`),
    );
  });

  it('rejects a numeric swagger version', async () => {
    const message = await fatalMessage(loadInlineSpec('num.yaml', 'swagger: 2.0\ninfo: {title: t, version: "1"}\npaths: {}\n'));
    expect(message).toBe('invalid spec num.yaml: Swagger version number must be a string (e.g. "2.0") not a number.');
  });

  it('rejects an unsupported OpenAPI version', async () => {
    const message = await fatalMessage(loadInlineSpec('v4.yaml', 'openapi: 4.0.0\ninfo: {title: t, version: "1"}\npaths: {}\n'));
    expect(message).toBe('invalid spec v4.yaml: unsupported version 4.0.0 (docspec reads Swagger 2.0 and OpenAPI 3.0 and 3.1)');
  });

  it('names the missing version key of a YAML file that is not OpenAPI', async () => {
    const message = await fatalMessage(loadRepoSpec('fixtures/specs/not-openapi.yaml'));
    expect(message).toBe('invalid spec fixtures/specs/not-openapi.yaml: no "openapi" or "swagger" version key at the top level');
  });

  it('rejects paths that are not an object', async () => {
    const message = await fatalMessage(loadInlineSpec('arr.yaml', 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: [a]\n'));
    expect(message).toBe('invalid spec arr.yaml: "paths" must be an object');
  });
});

describe('SpecIndex: operations per fixture', () => {
  it('Swagger 2.0: every path and method', async () => {
    const index = indexOf([await loadRepoSpec(SWAGGER2)]);
    expect(index.operations).toHaveLength(7);
    expect(methodsByPath(index)).toEqual({
      '/pets': ['get', 'post'],
      '/pets/{petId}': ['get', 'delete'],
      '/pets/{petId}/photos/{photoId}': ['get'],
      '/stores/mine': ['get'],
      '/stores/{storeId}': ['get'],
    });
    expect(index.operations.map((operation) => operation.operationId)).toEqual([
      'listPets',
      'createPet',
      'getPet',
      'deletePet',
      'getPetPhoto',
      'getMyStore',
      'getStore',
    ]);
  });

  it('OAS 3.0: every path and method, responses and the deprecated flag', async () => {
    const index = indexOf([await loadRepoSpec(OAS30)]);
    expect(index.operations).toHaveLength(9);
    expect(methodsByPath(index)).toEqual({
      '/orders': ['get', 'post'],
      '/orders/{orderId}': ['get', 'delete', 'patch'],
      '/orders/{orderId}/items': ['get'],
      '/users/me': ['get'],
      '/users/{userId}': ['get'],
      '/files/{fileId}.json': ['get'],
    });
    expect(op(index, 'updateOrder').responses).toEqual(['200', '400', '404']);
    expect(op(index, 'cancelOrder').responses).toEqual(['204', '404']);
    expect(index.operations.filter((operation) => operation.deprecated).map((operation) => operation.operationId)).toEqual(['cancelOrder']);
    expect(op(index, 'getOrder').summary).toBe('Get an order');
  });

  it('split 3.1 spec: operations from the referenced path item file', async () => {
    const index = indexOf([await loadRepoSpec(SPLIT)]);
    expect(methodsByPath(index)).toEqual({
      '/widgets': ['get', 'post'],
      '/widgets/{widgetId}': ['get'],
    });
    expect(index.operations.map((operation) => operation.operationId)).toEqual(['listWidgets', 'createWidget', 'getWidget']);
    expect(op(index, 'createWidget').responses).toEqual(['201', '400']);
    expect(op(index, 'listWidgets').queryParams.map((parameter) => parameter.name)).toEqual(['colour']);
  });

  it('molecule spec: 16 operations on 12 paths', async () => {
    const index = indexOf([await loadRepoSpec(MOLECULE)]);
    expect(index.operations).toHaveLength(16);
    expect(methodsByPath(index)).toEqual({
      '/admin/workspaces/{id}/llm-billing-mode': ['get', 'put'],
      '/workspaces/{id}/budget': ['get', 'patch'],
      '/api/v1/workspaces': ['post'],
      '/api/v1/workspaces/{id}': ['delete'],
      '/workspaces/{id}/secrets': ['get'],
      '/workspaces/{id}/secrets/{key}': ['put', 'delete'],
      '/org/secrets': ['get'],
      '/org/secrets/{key}': ['put', 'delete'],
      '/org/tokens': ['post'],
      '/org/tokens/{id}': ['delete'],
      '/cp/orgs': ['post'],
      '/cp/admin/orgs': ['get'],
    });
  });

  it('skips path keys that are not paths and methods that are not HTTP methods', async () => {
    const spec = await loadInlineSpec(
      'odd.yaml',
      `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  x-extension:
    get: {responses: {}}
  /a:
    summary: not an operation
    description: neither
    x-custom: {}
    get:
      responses: {}
    query:
      responses: {}
`,
    );
    const index = indexOf([spec]);
    expect(methodsByPath(index)).toEqual({ '/a': ['get'] });
    expect(HTTP_METHODS).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  });

  it('the request body: OAS 3 object (a $ref resolved) and the Swagger 2.0 body parameter', async () => {
    const oas = indexOf([await loadRepoSpec(OAS30)]);
    expect(op(oas, 'createOrder').requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewOrder' } } },
    });
    expect(op(oas, 'getOrder').requestBody).toBeUndefined();
    const swagger = indexOf([await loadRepoSpec(SWAGGER2)]);
    expect(op(swagger, 'createPet').requestBody).toEqual({
      name: 'pet',
      in: 'body',
      required: true,
      schema: { $ref: '#/definitions/NewPet' },
    });
    const inline = indexOf([
      await loadInlineSpec(
        'rb.yaml',
        `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    post:
      requestBody: {$ref: '#/components/requestBodies/Thing'}
      responses: {}
components:
  requestBodies:
    Thing:
      content:
        application/json:
          schema: {type: object}
`,
      ),
    ]);
    expect(inline.operations[0]!.requestBody).toEqual({ content: { 'application/json': { schema: { type: 'object' } } } });
  });
});

describe('SpecIndex: base paths', () => {
  it('Swagger 2.0 basePath: each template with and without /v2', async () => {
    const index = indexOf([await loadRepoSpec(SWAGGER2)]);
    expect(index.entries.map((entry) => entry.fullPath)).toEqual([
      '/pets',
      '/v2/pets',
      '/pets/{petId}',
      '/v2/pets/{petId}',
      '/pets/{petId}/photos/{photoId}',
      '/v2/pets/{petId}/photos/{photoId}',
      '/stores/mine',
      '/v2/stores/mine',
      '/stores/{storeId}',
      '/v2/stores/{storeId}',
    ]);
    expect(matchView(index, '/v2/pets/123')).toEqual([['/pets/{petId}', '/v2/pets/{petId}', ['get', 'delete']]]);
    expect(matchView(index, '/pets/123')).toEqual([['/pets/{petId}', '/pets/{petId}', ['get', 'delete']]]);
    expect(matchView(index, '/v2/stores/mine')).toEqual([['/stores/mine', '/v2/stores/mine', ['get']]]);
    expect(matchView(index, '/v2/stores/st_1')).toEqual([['/stores/{storeId}', '/v2/stores/{storeId}', ['get']]]);
    expect(matchView(index, '/v1/pets')).toEqual([]);
    expect(op(index, 'listPets').servers).toEqual([
      { url: 'https://api.petstore.test/v2', hosts: ['api.petstore.test'], hostPattern: 'api.petstore.test', basePaths: ['/v2'] },
    ]);
  });

  it('OAS 3.0 server path: each template with and without /api/v1', async () => {
    const index = indexOf([await loadRepoSpec(OAS30)]);
    expect(matchView(index, '/api/v1/orders')).toEqual([['/orders', '/api/v1/orders', ['get', 'post']]]);
    expect(matchView(index, '/orders')).toEqual([['/orders', '/orders', ['get', 'post']]]);
    expect(matchView(index, '/api/v1/orders/ord_1/items')).toEqual([['/orders/{orderId}/items', '/api/v1/orders/{orderId}/items', ['get']]]);
    expect(matchView(index, '/api/v1/users/me')).toEqual([['/users/me', '/api/v1/users/me', ['get']]]);
    expect(matchView(index, '/users/{id}')).toEqual([['/users/{userId}', '/users/{userId}', ['get']]]);
    expect(matchView(index, '/api/v1/files/abc.json')).toEqual([['/files/{fileId}.json', '/api/v1/files/{fileId}.json', ['get']]]);
    expect(matchView(index, '/api/orders')).toEqual([]);
    expect(matchView(index, '/v1/orders')).toEqual([]);
    expect(op(index, 'listOrders').servers).toEqual([
      { url: 'https://api.shop.test/api/v1', hosts: ['api.shop.test'], hostPattern: 'api.shop.test', basePaths: ['/api/v1'] },
    ]);
  });

  it('split spec: a server without a path adds no base path', async () => {
    const index = indexOf([await loadRepoSpec(SPLIT)]);
    expect(index.entries.map((entry) => entry.fullPath)).toEqual(['/widgets', '/widgets/{widgetId}']);
    expect(matchView(index, '/widgets')).toEqual([['/widgets', '/widgets', ['get', 'post']]]);
    expect(matchView(index, '/widgets/w_1')).toEqual([['/widgets/{widgetId}', '/widgets/{widgetId}', ['get']]]);
    expect(op(index, 'getWidget').servers).toEqual([
      { url: 'https://widgets.example.test', hosts: ['widgets.example.test'], hostPattern: 'widgets.example.test', basePaths: [''] },
    ]);
  });

  it('a server variable in the path adds one base path per value; path and operation servers count', async () => {
    const spec = await loadInlineSpec(
      'bases.yaml',
      `openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://api.test/{version}
    variables:
      version: {default: v1, enum: [v1, v2]}
paths:
  /things:
    get: {responses: {}}
  /internal:
    servers:
      - url: /internal-api
    get: {responses: {}}
  /ops:
    get:
      servers:
        - url: https://ops.test/ops/
      responses: {}
  /params-only:
    parameters:
      - {name: q, in: query, schema: {type: string}}
`,
    );
    const index = indexOf([spec]);
    expect(index.entries.map((entry) => entry.fullPath)).toEqual([
      '/things',
      '/v1/things',
      '/v2/things',
      '/internal',
      '/internal-api/internal',
      '/ops',
      '/ops/ops',
      '/params-only',
      '/v1/params-only',
      '/v2/params-only',
    ]);
    expect(matchView(index, '/v2/things')).toEqual([['/things', '/v2/things', ['get']]]);
    expect(matchView(index, '/v3/things')).toEqual([]);
    expect(matchView(index, '/internal-api/internal')).toEqual([['/internal', '/internal-api/internal', ['get']]]);
    expect(matchView(index, '/v1/internal')).toEqual([]);
    expect(matchView(index, '/v1/params-only')).toEqual([['/params-only', '/v1/params-only', []]]);
  });

  it('the same template in two specs matches both entries', async () => {
    const text = (title: string) => `openapi: 3.0.3\ninfo: {title: ${title}, version: "1"}\npaths:\n  /status:\n    get: {responses: {}}\n`;
    const a = await loadInlineSpec('a.yaml', text('a'));
    const b = await loadInlineSpec('b.yaml', text('b'));
    const index = indexOf([a, b]);
    expect(index.match(parseDocPath('/status')).map((entry) => entry.spec.displayPath)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('hasPrefix and prefixReach see both forms of each template', async () => {
    const index = indexOf([await loadRepoSpec(OAS30)]);
    expect(index.hasPrefix(parseDocPath('/api/v1/*'))).toBe(true);
    expect(index.hasPrefix(parseDocPath('/api/*'))).toBe(true);
    expect(index.hasPrefix(parseDocPath('/orders/*'))).toBe(true);
    expect(index.hasPrefix(parseDocPath('/api/v1/orders/ord_1/*'))).toBe(true);
    expect(index.hasPrefix(parseDocPath('/api/v2/*'))).toBe(false);
    expect(index.hasPrefix(parseDocPath('/nope/*'))).toBe(false);
    // 12 entries: 6 templates, each with and without /api/v1.
    expect(index.prefixReach(parseDocPath('/api/v1/nope'))).toEqual({ depth: 2, share: 6 / 12 });
    // /api/v1/orders/{orderId} has itself and .../items below it.
    expect(index.prefixReach(parseDocPath('/api/v1/orders/x/nope'))).toEqual({ depth: 4, share: 2 / 12 });
    expect(index.prefixReach(parseDocPath('/api/v1/orders/x/items/nope'))).toEqual({ depth: 5, share: 1 / 12 });
    expect(index.prefixReach(parseDocPath('/nope'))).toEqual({ depth: 0, share: 1 });
  });
});

describe('SpecIndex: parameters', () => {
  it('Swagger 2.0: path-item $ref parameters, op parameters, type kept on the parameter', async () => {
    const index = indexOf([await loadRepoSpec(SWAGGER2)]);
    const getPet = op(index, 'getPet');
    expect(getPet.pathParams.map((parameter) => [parameter.name, parameter.required, parameter.schema?.type])).toEqual([
      ['petId', true, 'integer'],
    ]);
    expect(op(index, 'getPetPhoto').pathParams.map((parameter) => parameter.name)).toEqual(['petId', 'photoId']);
    expect(op(index, 'createPet').headerParams.map((parameter) => [parameter.name, parameter.required])).toEqual([
      ['X-Idempotency-Key', false],
    ]);
    expect(op(index, 'listPets').queryParams.map((parameter) => [parameter.name, parameter.schema?.enum ?? null])).toEqual([
      ['limit', null],
      ['status', ['available', 'pending', 'sold']],
    ]);
    expect(op(index, 'createPet').pathParams).toEqual([]);
  });

  it('OAS 3.0: path-item header parameter inherited by every operation of the path', async () => {
    const index = indexOf([await loadRepoSpec(OAS30)]);
    for (const operationId of ['getOrder', 'updateOrder', 'cancelOrder']) {
      const operation = op(index, operationId);
      expect(operation.headerParams.map((parameter) => [parameter.name, parameter.required, parameter.description])).toEqual([
        ['X-Request-ID', false, 'Echoed back for tracing.'],
      ]);
      expect(operation.headerParams[0]!.schema).toEqual({ type: 'string', format: 'uuid' });
      expect(operation.pathParams.map((parameter) => parameter.name)).toEqual(['orderId']);
    }
    expect(op(index, 'listOrderItems').headerParams).toEqual([]);
    expect(op(index, 'createOrder').headerParams.map((parameter) => [parameter.name, parameter.required])).toEqual([
      ['Idempotency-Key', true],
    ]);
    expect(op(index, 'listOrders').queryParams.map((parameter) => [parameter.name, parameter.schema])).toEqual([
      ['status', { $ref: '#/components/schemas/OrderStatus' }],
      ['cursor', { type: 'string' }],
    ]);
  });

  it('molecule: $ref parameters at path-item and operation level', async () => {
    const index = indexOf([await loadRepoSpec(MOLECULE)]);
    const billing = op(index, 'setLlmBillingMode');
    expect(billing.headerParams.map((parameter) => [parameter.name, parameter.required])).toEqual([['X-Molecule-Org-Id', true]]);
    expect(billing.pathParams.map((parameter) => parameter.name)).toEqual(['id']);
    expect(op(index, 'setWorkspaceSecret').pathParams.map((parameter) => parameter.name)).toEqual(['id', 'key']);
    expect(op(index, 'getWorkspaceBudget').headerParams).toEqual([]);
  });

  it('operation parameters override the path item (header names case-insensitively); standard headers are ignored', async () => {
    const spec = await loadInlineSpec(
      'params.yaml',
      `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
      - {name: limit, in: query, required: false, schema: {type: integer}}
      - {name: x-trace, in: header, required: false, description: path level, schema: {type: string}}
      - {name: Accept, in: header, schema: {type: string}}
      - {name: limit, in: header, schema: {type: string}}
    get:
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 10}}
        - {name: X-Trace, in: header, required: true, description: op level, schema: {type: string}}
        - {name: content-type, in: header, schema: {type: string}}
        - {name: AUTHORIZATION, in: header, schema: {type: string}}
        - {name: Authorization, in: query, schema: {type: string}}
        - {$ref: '#/components/parameters/Tenant'}
        - {name: session, in: cookie, schema: {type: string}}
      responses: {}
    post:
      responses: {}
components:
  parameters:
    Tenant: {name: X-Tenant, in: header, required: true, schema: {type: string}}
`,
    );
    const index = indexOf([spec]);
    const get = index.operations.find((operation) => operation.method === 'get')!;
    expect(get.headerParams.map((parameter) => [parameter.name, parameter.required, parameter.description])).toEqual([
      ['X-Trace', true, 'op level'],
      ['limit', false, undefined],
      ['X-Tenant', true, undefined],
    ]);
    expect(get.queryParams.map((parameter) => [parameter.name, parameter.required, parameter.schema])).toEqual([
      ['limit', true, { type: 'integer', maximum: 10 }],
      ['Authorization', false, { type: 'string' }],
    ]);
    expect(get.pathParams.map((parameter) => [parameter.name, parameter.required])).toEqual([['id', true]]);
    const post = index.operations.find((operation) => operation.method === 'post')!;
    expect(post.headerParams.map((parameter) => [parameter.name, parameter.description])).toEqual([
      ['x-trace', 'path level'],
      ['limit', undefined],
    ]);
    expect(post.queryParams.map((parameter) => [parameter.name, parameter.required])).toEqual([['limit', false]]);
  });

  it('a path parameter is required even when the spec leaves required out', async () => {
    const spec = await loadInlineSpec(
      'req.yaml',
      `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a/{id}:
    get:
      parameters:
        - {name: id, in: path, schema: {type: string}}
        - {name: q, in: query, schema: {type: string}}
      responses: {}
`,
    );
    const get = indexOf([spec]).operations[0]!;
    expect(get.pathParams.map((parameter) => parameter.required)).toEqual([true]);
    expect(get.queryParams.map((parameter) => parameter.required)).toEqual([false]);
  });
});

describe('SpecIndex: security', () => {
  it('molecule: AND within an alternative, OR between alternatives, wire headers per scheme', async () => {
    const index = indexOf([await loadRepoSpec(MOLECULE)]);
    const bearer = { in: 'header', name: 'Authorization', authScheme: 'Bearer' };
    expect(securityView(op(index, 'deprovisionWorkspace'))).toEqual([
      [
        { name: 'provisionSecret', type: 'http', wire: bearer },
        { name: 'adminToken', type: 'apiKey', wire: { in: 'header', name: 'X-Molecule-Admin-Token' } },
      ],
    ]);
    for (const operationId of ['listWorkspaceSecrets', 'setWorkspaceSecret', 'deleteWorkspaceSecret']) {
      expect(securityView(op(index, operationId))).toEqual([
        [{ name: 'workspaceToken', type: 'http', wire: bearer }],
        [{ name: 'orgApiKey', type: 'http', wire: bearer }],
      ]);
    }
    expect(securityView(op(index, 'createOrgFromTemplate'))).toEqual([
      [{ name: 'workosSession', type: 'apiKey', wire: { in: 'cookie', name: 'wos-session' } }],
    ]);
    expect(securityView(op(index, 'listOrgs'))).toEqual([[{ name: 'cpAdminBearer', type: 'http', wire: bearer }]]);
    expect(securityView(op(index, 'createOrgToken'))).toEqual([
      [{ name: 'adminToken', type: 'apiKey', wire: { in: 'header', name: 'X-Molecule-Admin-Token' } }],
    ]);
    expect(op(index, 'provisionWorkspace').security[0]![0]!.description).toBe(
      'Provision secret, shared by the control plane and the provisioner.',
    );
  });

  it('Swagger 2.0: root security, operation override, basic and apiKey definitions', async () => {
    const index = indexOf([await loadRepoSpec(SWAGGER2)]);
    const apiKey = { name: 'apiKey', type: 'apiKey', wire: { in: 'header', name: 'X-API-Key' } };
    const basic = { name: 'basicAuth', type: 'basic', wire: { in: 'header', name: 'Authorization', authScheme: 'Basic' } };
    expect(securityView(op(index, 'listPets'))).toEqual([[apiKey]]);
    expect(securityView(op(index, 'createPet'))).toEqual([[apiKey], [basic]]);
    expect(securityView(op(index, 'deletePet'))).toEqual([[basic]]);
  });

  it('OAS 3: every scheme type, security: [] and an empty requirement', async () => {
    const spec = await loadInlineSpec(
      'security.yaml',
      `openapi: 3.1.0
info: {title: t, version: "1"}
security:
  - headerKey: []
paths:
  /inherit:
    get: {responses: {}}
  /public:
    get:
      security: []
      responses: {}
  /optional:
    get:
      security:
        - {}
        - queryKey: []
      responses: {}
  /all:
    get:
      security:
        - queryKey: []
        - cookieKey: []
        - bearer: []
        - basic: []
        - digest: []
        - oauth: [read]
        - oidc: []
        - mtls: []
        - undeclared: []
        - byRef: []
      responses: {}
components:
  securitySchemes:
    headerKey: {type: apiKey, in: header, name: X-API-Key}
    queryKey: {type: apiKey, in: query, name: api_key}
    cookieKey: {type: apiKey, in: cookie, name: sid}
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
    basic: {type: http, scheme: Basic}
    digest: {type: http, scheme: DIGEST}
    oauth:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: 'https://auth.test/token', scopes: {read: read}}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://auth.test/.well-known/openid-configuration'}
    mtls: {type: mutualTLS}
    byRef: {$ref: '#/components/securitySchemes/headerKey'}
`,
    );
    const index = indexOf([spec]);
    const byPath = (p: string) => securityView(index.operations.find((operation) => operation.path === p)!);
    expect(byPath('/inherit')).toEqual([[{ name: 'headerKey', type: 'apiKey', wire: { in: 'header', name: 'X-API-Key' } }]]);
    expect(byPath('/public')).toEqual([]);
    expect(byPath('/optional')).toEqual([[], [{ name: 'queryKey', type: 'apiKey', wire: { in: 'query', name: 'api_key' } }]]);
    expect(byPath('/all')).toEqual([
      [{ name: 'queryKey', type: 'apiKey', wire: { in: 'query', name: 'api_key' } }],
      [{ name: 'cookieKey', type: 'apiKey', wire: { in: 'cookie', name: 'sid' } }],
      [{ name: 'bearer', type: 'http', wire: { in: 'header', name: 'Authorization', authScheme: 'Bearer' } }],
      [{ name: 'basic', type: 'http', wire: { in: 'header', name: 'Authorization', authScheme: 'Basic' } }],
      [{ name: 'digest', type: 'http', wire: { in: 'header', name: 'Authorization', authScheme: 'Digest' } }],
      [{ name: 'oauth', type: 'oauth2', wire: { in: 'header', name: 'Authorization', authScheme: 'Bearer' } }],
      [{ name: 'oidc', type: 'openIdConnect', wire: { in: 'header', name: 'Authorization', authScheme: 'Bearer' } }],
      [{ name: 'mtls', type: 'mutualTLS', wire: { in: 'none', name: '' } }],
      [{ name: 'undeclared', type: 'unknown', wire: { in: 'none', name: '' } }],
      [{ name: 'byRef', type: 'apiKey', wire: { in: 'header', name: 'X-API-Key' } }],
    ]);
  });

  it('no security anywhere means no credential', async () => {
    const spec = await loadInlineSpec('open.yaml', 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get: {responses: {}}\n');
    expect(indexOf([spec]).operations[0]!.security).toEqual([]);
  });

  it('Swagger 2.0: apiKey in query, oauth2, security: []', async () => {
    const spec = await loadInlineSpec(
      'sw-security.yaml',
      `swagger: '2.0'
info: {title: t, version: "1"}
securityDefinitions:
  queryKey: {type: apiKey, in: query, name: token}
  oauth: {type: oauth2, flow: application, tokenUrl: 'https://auth.test/token', scopes: {}}
security:
  - oauth: []
paths:
  /a:
    get:
      responses: {'200': {description: ok}}
  /b:
    get:
      security:
        - queryKey: []
      responses: {'200': {description: ok}}
  /c:
    get:
      security: []
      responses: {'200': {description: ok}}
`,
    );
    const index = indexOf([spec]);
    const byPath = (p: string) => securityView(index.operations.find((operation) => operation.path === p)!);
    expect(byPath('/a')).toEqual([[{ name: 'oauth', type: 'oauth2', wire: { in: 'header', name: 'Authorization', authScheme: 'Bearer' } }]]);
    expect(byPath('/b')).toEqual([[{ name: 'queryKey', type: 'apiKey', wire: { in: 'query', name: 'token' } }]]);
    expect(byPath('/c')).toEqual([]);
  });
});

describe('SpecIndex: tiers', () => {
  it('molecule: x-host-tier on every operation', async () => {
    const index = indexOf([await loadRepoSpec(MOLECULE)], {
      tiers: { cp: { servers: ['https://api.moleculesai.app'] }, tenant: { servers: ['https://{org}.moleculesai.app'] } },
    });
    const tiers = Object.fromEntries(index.operations.map((operation) => [operation.operationId, operation.tiers]));
    expect(tiers).toEqual({
      getLlmBillingMode: ['tenant'],
      setLlmBillingMode: ['tenant'],
      getWorkspaceBudget: ['tenant'],
      updateWorkspaceBudget: ['tenant'],
      provisionWorkspace: ['cp'],
      deprovisionWorkspace: ['cp'],
      listWorkspaceSecrets: ['tenant'],
      setWorkspaceSecret: ['tenant'],
      deleteWorkspaceSecret: ['tenant'],
      listOrgSecrets: ['tenant'],
      setOrgSecret: ['tenant'],
      deleteOrgSecret: ['tenant'],
      createOrgToken: ['tenant'],
      revokeOrgToken: ['tenant'],
      createOrgFromTemplate: ['cp'],
      listOrgs: ['cp'],
    });
    expect(new Set(index.operations.map((operation) => operation.tierSource))).toEqual(new Set(['x-host-tier']));
  });

  const tierSpec = `openapi: 3.0.3
info: {title: t, version: "1"}
servers:
  - url: https://cp.example.net/v1
paths:
  /op-beats-path:
    x-host-tier: tenant
    get:
      x-host-tier: cp
      responses: {}
    post:
      responses: {}
  /list:
    get:
      x-host-tier: [cp, tenant]
      responses: {}
  /empty-tier:
    get:
      x-host-tier: ''
      responses: {}
  /tenant-path:
    servers:
      - url: https://{org}.example.com/v1
        variables: {org: {default: acme}}
    get:
      responses: {}
    put:
      servers:
        - url: https://internal.example.org
      responses: {}
  /concrete-tenant:
    get:
      servers:
        - url: https://acme.example.com/v1/
      responses: {}
  /root:
    get:
      responses: {}
`;
  const tierConfig = {
    cp: { servers: ['https://CP.example.net/v1/'] },
    tenant: { servers: ['https://{tenant}.example.com/v1'] },
  };
  const tiersView = (index: SpecIndex) =>
    Object.fromEntries(index.operations.map((operation) => [`${operation.method} ${operation.path}`, [operation.tiers, operation.tierSource ?? null]]));

  it('x-host-tier (operation, then path item), then servers, then the config spec tier', async () => {
    const spec = await loadInlineSpec('tiers.yaml', tierSpec);
    const index = indexOf([spec], { tiers: tierConfig, specTiers: [[spec.file, 'ops']] });
    expect(tiersView(index)).toEqual({
      'get /op-beats-path': [['cp'], 'x-host-tier'],
      'post /op-beats-path': [['tenant'], 'x-host-tier'],
      'get /list': [['cp', 'tenant'], 'x-host-tier'],
      'get /empty-tier': [['cp'], 'servers'],
      'get /tenant-path': [['tenant'], 'servers'],
      'put /tenant-path': [['ops'], 'config'],
      'get /concrete-tenant': [['tenant'], 'servers'],
      'get /root': [['cp'], 'servers'],
    });
  });

  it('without matching config servers the config spec tier applies; without it, no tier', async () => {
    const spec = await loadInlineSpec('tiers.yaml', tierSpec);
    const withSpecTier = indexOf([spec], { specTiers: [[spec.file, 'ops']] });
    expect(tiersView(withSpecTier)['get /root']).toEqual([['ops'], 'config']);
    expect(tiersView(withSpecTier)['get /tenant-path']).toEqual([['ops'], 'config']);
    expect(tiersView(withSpecTier)['get /list']).toEqual([['cp', 'tenant'], 'x-host-tier']);
    const bare = indexOf([spec]);
    expect(tiersView(bare)['get /root']).toEqual([[], null]);
    expect(tiersView(bare)['get /op-beats-path']).toEqual([['cp'], 'x-host-tier']);
    // The spec tier is keyed by the spec's file: another file's tier does not apply.
    const other = indexOf([spec], { specTiers: [['/elsewhere/spec.yaml', 'ops']] });
    expect(tiersView(other)['get /root']).toEqual([[], null]);
  });

  it('Swagger 2.0 host and basePath match config servers', async () => {
    const spec = await loadRepoSpec(SWAGGER2);
    const index = indexOf([spec], { tiers: { store: { servers: ['https://api.petstore.test/v2'] } } });
    expect(new Set(index.operations.map((operation) => `${operation.tiers.join(',')}:${operation.tierSource}`))).toEqual(new Set(['store:servers']));
  });

  it.each([
    ['https://{org}.example.com', 'https://acme.example.com', 1],
    ['https://{org}.example.com', 'https://{tenant}.example.com', 1],
    ['https://acme.example.com/', 'https://{tenant}.example.com', 0],
    ['https://{a}.example.com', 'https://{a}.example.com', 2],
    ['https://API.example.com', 'https://api.example.com/', 2],
    ['https://api.example.com', 'https://api.example.com/v1', 0],
    ['https://{org}.example.com', 'https://acme.example.org', 0],
    ['https://{org}.example.com/v1', 'https://acme.example.com/v1/x', 0],
  ])('serverUrlMatch(%s, %s) is %s', (pattern, url, expected) => {
    expect(serverUrlMatch(pattern, url)).toBe(expected);
  });

  it('an exact server pattern wins over one that matches through a variable', () => {
    const tiers = { cp: { servers: ['https://api.example.com'] }, tenant: { servers: ['https://{org}.example.com'] } };
    expect(tiersOfServer('https://api.example.com', tiers)).toEqual(['cp']);
    expect(tiersOfServer('https://{org}.example.com', tiers)).toEqual(['tenant']);
    expect(tiersOfServer('https://acme.example.com', tiers)).toEqual(['tenant']);
    expect(tiersOfServer('https://other.test', tiers)).toEqual([]);
  });
});

describe('servers', () => {
  it('expandServer: variables in host and path, defaults and enums, port, lowercase hosts', () => {
    expect(
      expandServer('https://{org}.Example.com:{port}/api/{version}', {
        org: { default: 'acme', enum: ['acme', 'beta'] },
        port: { default: 443 },
        version: { default: 'v1', enum: ['v1', 'v2'] },
      }),
    ).toEqual({
      url: 'https://{org}.Example.com:{port}/api/{version}',
      hosts: ['acme.example.com:443', 'beta.example.com:443'],
      hostPattern: '*.example.com:*',
      basePaths: ['/api/v1', '/api/v2'],
    });
  });

  it('expandServer: relative URL, trailing slash, unset variable', () => {
    expect(expandServer('/api/v1/', {})).toEqual({ url: '/api/v1/', hosts: [], hostPattern: undefined, basePaths: ['/api/v1'] });
    expect(expandServer('https://api.example.com/', {})).toEqual({
      url: 'https://api.example.com/',
      hosts: ['api.example.com'],
      hostPattern: 'api.example.com',
      basePaths: [''],
    });
    expect(expandServer('https://{org}.example.com', {})).toEqual({
      url: 'https://{org}.example.com',
      hosts: [],
      hostPattern: '*.example.com',
      basePaths: [''],
    });
  });

  it('serversOf: operation, then path item, then root; an empty list falls through', () => {
    const document = { servers: [{ url: 'https://root.test' }] };
    const pathItem = { servers: [{ url: 'https://path.test' }] };
    expect(serversOf('3.0', document, pathItem, { servers: [{ url: 'https://op.test' }] }).map((server) => server.url)).toEqual(['https://op.test']);
    expect(serversOf('3.0', document, pathItem, { servers: [] }).map((server) => server.url)).toEqual(['https://path.test']);
    expect(serversOf('3.1', document, {}, {}).map((server) => server.url)).toEqual(['https://root.test']);
    expect(serversOf('3.0', {}, {}, {})).toEqual([{ url: '/', hosts: [], basePaths: [''] }]);
  });

  it('serversOf: Swagger 2.0 host, basePath and scheme', () => {
    expect(serversOf('2.0', { host: 'API.x.test', schemes: ['http'] }, {}, {})).toEqual([
      { url: 'http://api.x.test', hosts: ['api.x.test'], hostPattern: 'api.x.test', basePaths: [''] },
    ]);
    expect(serversOf('2.0', { basePath: '/v2/' }, {}, {})).toEqual([{ url: '/v2', hosts: [], hostPattern: undefined, basePaths: ['/v2'] }]);
    expect(serversOf('2.0', {}, {}, {})).toEqual([{ url: '/', hosts: [], hostPattern: undefined, basePaths: [''] }]);
  });
});

describe('SpecIndex: source locations', () => {
  it('Swagger 2.0 (YAML): every operation and path entry points at its key line', async () => {
    const spec = await loadRepoSpec(SWAGGER2);
    const text = fs.readFileSync(spec.file, 'utf8');
    const index = indexOf([spec]);
    for (const operation of index.operations) {
      const expected = lineAfter(text, new RegExp(`^  ${escapeRegex(operation.path)}:$`), new RegExp(`^    ${operation.method}:$`));
      expect(operation.location()).toEqual({ file: SWAGGER2, line: expected });
    }
    for (const entry of index.entries) {
      expect(entry.location()).toEqual({ file: SWAGGER2, line: lineOfText(text, new RegExp(`^  ${escapeRegex(entry.template)}:$`)) });
    }
  });

  it('OAS 3.0 (JSON): every operation points at its key line', async () => {
    const spec = await loadRepoSpec(OAS30);
    const text = fs.readFileSync(spec.file, 'utf8');
    const index = indexOf([spec]);
    expect(index.operations).toHaveLength(9);
    for (const operation of index.operations) {
      const expected = lineAfter(text, new RegExp(`^    "${escapeRegex(operation.path)}": \\{$`), new RegExp(`^      "${operation.method}": \\{$`));
      expect(operation.location()).toEqual({ file: OAS30, line: expected });
    }
  });

  it('molecule (YAML): every operation points at its key line', async () => {
    const spec = await loadRepoSpec(MOLECULE);
    const text = fs.readFileSync(spec.file, 'utf8');
    const index = indexOf([spec]);
    for (const operation of index.operations) {
      const expected = lineAfter(text, new RegExp(`^  ${escapeRegex(operation.path)}:$`), new RegExp(`^    ${operation.method}:$`));
      expect(operation.location()).toEqual({ file: MOLECULE, line: expected });
    }
  });

  it('split spec: an operation written in the root file, and the path entry of a referenced path item', async () => {
    const spec = await loadRepoSpec(SPLIT);
    const text = fs.readFileSync(spec.file, 'utf8');
    const index = indexOf([spec]);
    expect(op(index, 'getWidget').location()).toEqual({
      file: SPLIT,
      line: lineAfter(text, /^ {2}\/widgets\/\{widgetId\}:$/, /^ {4}get:$/),
    });
    const widgets = index.entries.find((entry) => entry.template === '/widgets')!;
    expect(widgets.location()).toEqual({ file: SPLIT, line: lineOfText(text, /^ {2}\/widgets:$/) });
  });

  it('split spec: an operation from another file points at its path\'s $ref and resolves refs from its own file', async () => {
    const spec = await loadRepoSpec(SPLIT);
    const text = fs.readFileSync(spec.file, 'utf8');
    const index = indexOf([spec]);
    const list = index.operations.find((operation) => operation.path === '/widgets' && operation.method === 'get')!;
    expect(list.location()).toEqual({ file: SPLIT, line: lineOfText(text, /^ {2}\/widgets:$/) });
    expect(list.file).toBe(repoFile('fixtures/specs/split/paths/widgets.yaml'));
  });

  it('loads a spec given by a relative path with its local $refs intact', async () => {
    const cwd = process.cwd();
    process.chdir(repoFile('.'));
    try {
      const spec = await loadSpec('fixtures/specs/swagger2.yaml', { allowRemoteRefs: false });
      const index = indexOf([spec]);
      expect(spec.file).toBe(repoFile('fixtures/specs/swagger2.yaml'));
      expect(op(index, 'getPet').pathParams.map((parameter) => parameter.name)).toEqual(['petId']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('SourceLocator: maps, sequences and misses', () => {
    const text = 'a:\n  b:\n    - x: 1\n    - y: 2\n  "c/d": 3\n';
    const locator = new SourceLocator(text, 'inline.yaml');
    expect(locator.lineOf(['a'])).toBe(1);
    expect(locator.lineOf(['a', 'b'])).toBe(2);
    expect(locator.lineOf(['a', 'b', '1'])).toBe(4);
    expect(locator.lineOf(['a', 'b', '1', 'y'])).toBe(4);
    expect(locator.lineOf(['a', 'c/d'])).toBe(5);
    expect(locator.lineOf(['a', 'nope'])).toBeUndefined();
    expect(locator.lineOf(['a', 'b', '5'])).toBeUndefined();
    expect(locator.lineOf([])).toBeUndefined();
    const json = new SourceLocator('{\n  "paths": {\n    "/a": {\n      "get": {}\n    }\n  }\n}\n', 'inline.json');
    expect(json.lineOf(['paths', '/a', 'get'])).toBe(4);
  });
});

describe('RefResolver', () => {
  let circular: LoadedSpec;
  beforeAll(async () => {
    circular = await loadInlineSpec(
      'circular.yaml',
      `openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
    B:
      $ref: '#/components/schemas/A'
    Self:
      $ref: '#/components/schemas/Self'
    X:
      $ref: '#/components/schemas/Y'
    Y:
      $ref: '#/components/schemas/Z'
    Z:
      $ref: '#/components/schemas/X'
    Start:
      $ref: '#/components/schemas/Middle'
    Middle:
      $ref: '#/components/schemas/End'
    End:
      type: string
`,
    );
  });

  it('a circular $ref chain resolves to undefined without hanging', () => {
    expect(circular.refs.resolve({ $ref: '#/components/schemas/A' })).toBeUndefined();
    expect(circular.refs.resolve(circular.document.components.schemas.B)).toBeUndefined();
    expect(circular.refs.resolve({ $ref: '#/components/schemas/Self' })).toBeUndefined();
    expect(circular.refs.resolve({ $ref: '#/components/schemas/X' })).toBeUndefined();
  });

  it('follows a chain of $refs to the value', () => {
    expect(circular.refs.resolve({ $ref: '#/components/schemas/Start' })).toEqual({ value: { type: 'string' }, file: circular.file });
  });

  it('returns a node that is no $ref as it is', () => {
    expect(circular.refs.resolve('text')).toEqual({ value: 'text', file: circular.file });
    expect(circular.refs.resolve({ type: 'object' }, '/some/file.yaml')).toEqual({ value: { type: 'object' }, file: '/some/file.yaml' });
  });

  it('a $ref to nothing resolves to undefined', () => {
    expect(circular.refs.resolve({ $ref: '#/components/schemas/Nope' })).toBeUndefined();
    expect(circular.refs.resolve({ $ref: './nope.yaml#/x' })).toBeUndefined();
  });

  it('follows $refs across split files, each relative to the file it is written in', async () => {
    const spec = await loadRepoSpec(SPLIT);
    const item = spec.refs.resolve(spec.document.paths['/widgets']);
    expect(item?.file).toBe(repoFile('fixtures/specs/split/paths/widgets.yaml'));
    expect(Object.keys(item!.value)).toEqual(['get', 'post']);
    const colour = spec.refs.resolve(item!.value.get.parameters[0].schema, item!.file);
    expect(colour).toEqual({ value: { type: 'string', enum: ['red', 'green', 'blue'] }, file: repoFile('fixtures/specs/split/schemas.yaml') });
    const newWidget = spec.refs.resolve({ $ref: '../schemas.yaml#/NewWidget' }, item!.file);
    const nested = spec.refs.resolve(newWidget!.value.properties.colour, newWidget!.file);
    expect(nested?.value).toEqual({ type: 'string', enum: ['red', 'green', 'blue'] });
  });

  it('memoises lookups and guards cycles with a stub lookup', () => {
    const gets: string[] = [];
    const store: Record<string, unknown> = {
      '/spec/root.yaml#/a': { $ref: 'other.yaml#/b' },
      '/spec/other.yaml#/b': { value: 1 },
      '/spec/root.yaml#/loop': { $ref: '#/loop' },
    };
    const resolver = new RefResolver('/spec/root.yaml', {
      get(ref: string) {
        gets.push(ref);
        if (!(ref in store)) throw new Error(`missing ${ref}`);
        return store[ref];
      },
    });
    expect(resolver.resolve({ $ref: '#/a' })).toEqual({ value: { value: 1 }, file: '/spec/other.yaml' });
    expect(resolver.resolve({ $ref: '#/a' })).toEqual({ value: { value: 1 }, file: '/spec/other.yaml' });
    expect(resolver.resolve({ $ref: 'other.yaml#/b' }, '/spec/root.yaml')).toEqual({ value: { value: 1 }, file: '/spec/other.yaml' });
    expect(gets).toEqual(['/spec/root.yaml#/a', '/spec/other.yaml#/b']);
    expect(resolver.resolve({ $ref: '#/loop' })).toBeUndefined();
    expect(resolver.resolve({ $ref: '#/missing' })).toBeUndefined();
    expect(resolver.resolve({ $ref: '#/missing' })).toBeUndefined();
    expect(gets).toEqual(['/spec/root.yaml#/a', '/spec/other.yaml#/b', '/spec/root.yaml#/loop', '/spec/root.yaml#/missing']);
  });
});

describe('SpecIndex: suggestions', () => {
  let index: SpecIndex;
  beforeAll(async () => {
    index = indexOf([await loadRepoSpec(MOLECULE)]);
  });

  it('POST /cp/workspaces/provision -> /api/v1/workspaces', () => {
    const suggestions = index.suggest(parseDocPath('/cp/workspaces/provision'), 'post');
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions[0]!.entry.fullPath).toBe('/api/v1/workspaces');
    expect(suggestions[0]!.methodOk).toBe(true);
  });

  it('DELETE /cp/workspaces/{id}/deprovision -> /api/v1/workspaces/{id}', () => {
    const suggestions = index.suggest(parseDocPath('/cp/workspaces/{id}/deprovision'), 'delete');
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions[0]!.entry.fullPath).toBe('/api/v1/workspaces/{id}');
    expect(suggestions[0]!.methodOk).toBe(true);
  });

  it('a one-segment typo suggests the path it is a typo of', () => {
    const suggestions = index.suggest(parseDocPath('/workspaces/{id}/secretz'), 'get');
    expect(suggestions.map((suggestion) => suggestion.entry.fullPath)).toEqual(['/workspaces/{id}/secrets']);
    expect(suggestions[0]!.methodOk).toBe(true);
  });

  it('a path with no literal segments after the shared prefix gets no suggestion', () => {
    expect(index.suggest(parseDocPath('/{a}/{b}'), null)).toEqual([]);
    expect(index.nearest(parseDocPath('/{a}/{b}'), null)).toEqual([]);
  });

  it('the molecule prefix reach of /cp/...: one segment, 2 of 12 paths', () => {
    expect(index.prefixReach(parseDocPath('/cp/workspaces/provision'))).toEqual({ depth: 1, share: 2 / 12 });
  });
});

describe('SourceLocator scans before it parses', () => {
  it('finds path and method keys in JSON and block YAML on the same lines a full parse does, and misses the same', async () => {
    for (const relative of ['fixtures/molecule-platform/spec/management.yaml', 'fixtures/specs/swagger2.yaml', 'fixtures/specs/oas30.json']) {
      const text = fs.readFileSync(repoFile(relative), 'utf8');
      const spec = await loadRepoSpec(relative);
      const scanning = new SourceLocator(text, relative);
      const parsing = new SourceLocator(text, relative) as unknown as { parsedLineOf(pointer: string[]): number | undefined };
      const pointers: string[][] = [['paths', '/nope'], ['info'], ['paths', '/x', 'get']];
      for (const [template, item] of Object.entries<Record<string, unknown>>(spec.document.paths)) {
        pointers.push(['paths', template], ['paths', template, 'trace'], ...Object.keys(item).map((key) => ['paths', template, key]));
      }
      for (const pointer of pointers) expect([relative, pointer, scanning.lineOf(pointer)]).toEqual([relative, pointer, parsing.parsedLineOf(pointer)]);
    }
  });

  it('falls back to the full parse for flow style and anchors', () => {
    const flow = 'openapi: 3.1.0\npaths: { /a: { get: {} } }\n';
    expect(new SourceLocator(flow, 'f.yaml').lineOf(['paths', '/a', 'get'])).toBe(2);
    const anchors = 'openapi: 3.1.0\nx-common: &ok\n  description: ok\npaths:\n  /a:\n    get:\n      responses: { "200": *ok }\n';
    expect(new SourceLocator(anchors, 'a.yaml').lineOf(['paths', '/a', 'get'])).toBe(6);
  });
});
