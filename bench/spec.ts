import yaml from 'js-yaml';
import { Rng } from './prng.js';

/**
 * The synthetic API: resources under /v1, each with a collection, an item and a few
 * sub-resources. The plan for M operations is a prefix of the plan for 4M operations, so the
 * pages written against the small spec describe the large one just as well.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathKind = 'collection' | 'item' | 'sub' | 'subItem';

export interface PlannedOperation {
  method: Method;
  /** `/v1/projects/{id}/members/{memberId}` */
  template: string;
  kind: PathKind;
  resource: string;
  sub?: string;
  operationId: string;
  summary: string;
}

export const API_HOST = 'api.acme-cloud.io';
export const SANDBOX_HOST = 'sandbox.acme-cloud.io';

const NOUNS = [
  'projects', 'users', 'teams', 'invoices', 'payments', 'customers', 'orders', 'products', 'webhooks', 'events',
  'deployments', 'environments', 'builds', 'artifacts', 'secrets', 'tokens', 'domains', 'certificates', 'databases', 'backups',
  'clusters', 'nodes', 'volumes', 'snapshots', 'alerts', 'incidents', 'reports', 'datasets', 'models', 'pipelines',
  'jobs', 'schedules', 'notifications', 'subscriptions', 'plans', 'coupons', 'refunds', 'disputes', 'audit-logs', 'api-keys',
];
const QUALIFIERS = ['billing', 'admin', 'partner', 'internal', 'shared', 'regional', 'tenant', 'sandbox', 'legacy', 'edge'];
/** Sub-resources; the ones with an item path name its parameter. */
const SUBS: ReadonlyArray<{ name: string; item?: string }> = [
  { name: 'members', item: 'memberId' },
  { name: 'settings' },
  { name: 'logs' },
  { name: 'metrics' },
  { name: 'permissions' },
  { name: 'versions', item: 'versionId' },
  { name: 'comments', item: 'commentId' },
  { name: 'attachments', item: 'attachmentId' },
  { name: 'labels', item: 'labelId' },
  { name: 'history' },
  { name: 'usage' },
  { name: 'limits' },
  { name: 'exports', item: 'exportId' },
  { name: 'imports', item: 'importId' },
  { name: 'keys', item: 'keyId' },
  { name: 'status' },
  { name: 'activity' },
  { name: 'invites', item: 'inviteId' },
  { name: 'roles', item: 'roleId' },
  { name: 'tags' },
];

/** Methods each path kind has in the spec, and methods it never has (for planted wrong-method mistakes). */
export const METHODS_OF: Record<PathKind, Method[]> = {
  collection: ['get', 'post'],
  item: ['get', 'patch', 'delete'],
  sub: ['get', 'post'],
  subItem: ['get', 'delete'],
};
export const WRONG_METHODS_OF: Record<PathKind, Method[]> = {
  collection: ['put', 'delete', 'patch'],
  item: ['put', 'post'],
  sub: ['put', 'delete', 'patch'],
  subItem: ['put', 'patch', 'post'],
};

/** Sub-resource names that never exist, for planted wrong-path mistakes. */
export const MISSING_SUBS = ['config', 'details', 'overview', 'summary', 'owners', 'stats'];

export function resourceName(index: number): string {
  const noun = NOUNS[index % NOUNS.length]!;
  const round = Math.floor(index / NOUNS.length);
  return round === 0 ? noun : `${QUALIFIERS[(round - 1) % QUALIFIERS.length]!}-${noun}${round > QUALIFIERS.length ? `-${round}` : ''}`;
}

export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ses') || word.endsWith('xes')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function pascal(word: string): string {
  return word
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const VERB: Record<Method, string> = { get: 'Get', post: 'Create', put: 'Replace', patch: 'Update', delete: 'Delete' };

/** The first `count` operations of the API, in a fixed order. */
export function planOperations(seed: number, count: number): PlannedOperation[] {
  const operations: PlannedOperation[] = [];
  for (let r = 0; operations.length < count; r += 1) {
    const resource = resourceName(r);
    const rng = Rng.derive(seed, 'resource', r);
    const base = `/v1/${resource}`;
    const one = singular(resource);
    const add = (method: Method, template: string, kind: PathKind, sub?: string): void => {
      if (operations.length >= count) return;
      const subject = sub ? `${singular(sub)} of a ${one}` : kind === 'collection' && method === 'get' ? resource : `a ${one}`;
      const summary = kind === 'collection' && method === 'get' ? `List ${resource}` : sub && method === 'get' && kind === 'sub' ? `List the ${sub} of a ${one}` : `${VERB[method]} ${subject}`;
      const operationId = `${method}${pascal(resource)}${sub ? pascal(sub) : ''}${kind === 'item' || kind === 'subItem' ? 'ById' : ''}`;
      operations.push({ method, template, kind, resource, sub, operationId, summary });
    };
    for (const method of METHODS_OF.collection) add(method, base, 'collection');
    for (const method of METHODS_OF.item) add(method, `${base}/{id}`, 'item');
    for (const sub of rng.sample(SUBS, rng.int(2, 4))) {
      add('get', `${base}/{id}/${sub.name}`, 'sub', sub.name);
      if (sub.item || rng.chance(0.4)) add('post', `${base}/{id}/${sub.name}`, 'sub', sub.name);
      if (sub.item) for (const method of METHODS_OF.subItem) add(method, `${base}/{id}/${sub.name}/{${sub.item}}`, 'subItem', sub.name);
    }
  }
  return operations;
}

/** An OpenAPI 3.1 document (YAML) for the planned operations. */
export function specYaml(operations: readonly PlannedOperation[]): string {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['not_found'] },
        message: { type: 'string' },
        request_id: { type: 'string' },
      },
    },
    Page: {
      type: 'object',
      properties: { next_cursor: { type: ['string', 'null'] }, has_more: { type: 'boolean' } },
    },
  };

  for (const op of operations) {
    const schemaName = pascal(singular(op.sub ?? op.resource)) + (op.sub ? `Of${pascal(singular(op.resource))}` : '');
    if (!schemas[schemaName]) {
      schemas[schemaName] = {
        type: 'object',
        required: ['id', 'created_at'],
        properties: {
          id: { type: 'string', examples: [`${op.resource.slice(0, 3)}_8f2k1m0q`] },
          name: { type: 'string', maxLength: 120 },
          description: { type: ['string', 'null'] },
          status: { type: 'string', enum: ['active', 'pending', 'archived'] },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          created_at: { type: 'string', format: 'date-time' },
          updated_at: { type: 'string', format: 'date-time' },
        },
      };
      schemas[`${schemaName}Input`] = {
        type: 'object',
        properties: {
          name: { type: 'string', maxLength: 120 },
          description: { type: ['string', 'null'] },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      };
    }

    const item = (paths[op.template] ??= {});
    if (op.template.includes('{id}') && !item.parameters) {
      const parameters: unknown[] = [{ $ref: '#/components/parameters/Id' }];
      const subItem = /\{(\w+Id)\}$/.exec(op.template)?.[1];
      if (subItem) {
        parameters.push({ name: subItem, in: 'path', required: true, description: `Id of the ${singular(op.sub ?? '')}.`, schema: { type: 'string' } });
      }
      item.parameters = parameters;
    }

    const parameters: unknown[] = [{ $ref: '#/components/parameters/AcmeVersion' }, { $ref: '#/components/parameters/RequestId' }];
    if (op.method === 'post') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    if (op.method === 'get' && (op.kind === 'collection' || op.kind === 'sub')) {
      parameters.push({ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Cursor' });
    }

    const ref = { $ref: `#/components/schemas/${schemaName}` };
    const operation: Record<string, unknown> = {
      operationId: op.operationId,
      summary: op.summary,
      tags: [op.resource],
      parameters,
      responses: {} as Record<string, unknown>,
    };
    if (op.resource.startsWith('admin-')) operation.security = [{ apiKey: [] }];
    if (op.method === 'post' || op.method === 'patch') {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}Input` } } },
      };
    }
    const responses = operation.responses as Record<string, unknown>;
    if (op.method === 'delete') responses['204'] = { description: 'Deleted.' };
    else if (op.method === 'post') responses['201'] = { description: 'Created.', content: { 'application/json': { schema: ref } } };
    else if (op.method === 'get' && (op.kind === 'collection' || op.kind === 'sub')) {
      responses['200'] = {
        description: 'One page of results.',
        content: {
          'application/json': {
            schema: { allOf: [{ $ref: '#/components/schemas/Page' }, { type: 'object', properties: { data: { type: 'array', items: ref } } }] },
          },
        },
      };
    } else responses['200'] = { description: 'OK.', content: { 'application/json': { schema: ref } } };
    responses['401'] = { $ref: '#/components/responses/Unauthorized' };
    if (op.kind !== 'collection') responses['404'] = { $ref: '#/components/responses/NotFound' };
    // The docs' prose says any request may race (409) or be rate limited (429).
    responses['409'] = { $ref: '#/components/responses/Conflict' };
    responses['429'] = { $ref: '#/components/responses/TooManyRequests' };
    item[op.method] = operation;
  }

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Acme Cloud API',
      version: '2025-06-01',
      description: 'Synthetic API generated by the docspec benchmark (bench/spec.ts).',
    },
    servers: [
      { url: `https://${API_HOST}`, description: 'Production' },
      { url: `https://${SANDBOX_HOST}`, description: 'Sandbox' },
      {
        url: 'https://{region}.api.acme-cloud.io',
        description: 'Regional endpoint',
        variables: { region: { default: 'eu-west-1', enum: ['eu-west-1', 'us-east-1', 'ap-south-1'] } },
      },
    ],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(operations.map((op) => op.resource))].map((name) => ({ name, description: `Operations on ${name}.` })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Acme-Admin-Key' },
      },
      parameters: {
        Id: { name: 'id', in: 'path', required: true, description: 'Id of the resource.', schema: { type: 'string' } },
        AcmeVersion: { name: 'Acme-Version', in: 'header', required: false, description: 'API version date.', schema: { type: 'string', examples: ['2025-06-01'] } },
        RequestId: { name: 'X-Request-Id', in: 'header', required: false, schema: { type: 'string', format: 'uuid' } },
        IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 64 } },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        Cursor: { name: 'cursor', in: 'query', schema: { type: 'string' } },
      },
      responses: {
        Unauthorized: { description: 'Missing or invalid credentials.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        NotFound: { description: 'No such resource.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        Conflict: { description: 'A concurrent request changed the resource first.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        TooManyRequests: {
          description: 'Rate limited; retry after the delay in `Retry-After`.',
          headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas,
    },
  };
  return yaml.dump(document, { lineWidth: 120, noRefs: true });
}
