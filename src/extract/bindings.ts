import type { Yaml } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { EndpointClaim, OperationIdBinding, Position, WebhookBinding } from '../types.js';
import type { ExtractContext } from './context.js';
import { buildEndpointClaim, parseOperationRef } from './endpoint-claim.js';
import { positionOf } from './positions.js';

/**
 * Pages generated from or bound to an OpenAPI operation say so in their frontmatter or in a
 * component; each such binding becomes an endpoint claim, so endpoint-exists checks it and the
 * page's own examples can take its operation as context (lint/sections.ts).
 *
 * - Mintlify `openapi: "<spec file>? METHOD /path"` (`openapi: get /users`, `openapi: "openapi.json GET /users"`),
 *   and `openapi: "<spec file>? webhook name"`, a webhook of an OpenAPI 3.1 spec.
 * - Mintlify `api: "METHOD https://host/path"` (or a relative path): a claim only on an API host, like any URL.
 * - docspec's own `operationId: "<spec file>? id"`, for pages that name the operation rather than its path.
 * - Fumadocs `<APIPage document={…} operations={[{ path, method }]} webhooks={[{ name, method }]} />`:
 *   string literals only; a prop computed at runtime cannot be read statically and is skipped.
 */


export interface FrontmatterBindings {
  endpoints: EndpointClaim[];
  operationIds: OperationIdBinding[];
  webhooks: WebhookBinding[];
}

/** `webhook taskCreated`, `spec.json webhook taskCreated`. */
const SPEC_WEBHOOK = /^(?:(\S+)\s+)?webhook\s+(\S+)$/i;

export function frontmatterBindings(node: Yaml, frontmatter: Record<string, unknown>, context: ExtractContext): FrontmatterBindings {
  const endpoints: EndpointClaim[] = [];
  const operationIds: OperationIdBinding[] = [];
  const webhooks: WebhookBinding[] = [];
  const located = (key: string) => locateKey(node, key);

  const openapi = frontmatter.openapi;
  const webhook = typeof openapi === 'string' ? SPEC_WEBHOOK.exec(openapi.trim()) : null;
  if (webhook) {
    webhooks.push({ kind: 'webhook', name: webhook[2]!, spec: webhook[1], written: `openapi: ${(openapi as string).trim()}`, position: located('openapi') });
  } else if (typeof openapi === 'string') {
    const operation = parseOperationRef(openapi);
    if (operation) {
      const claim = bound({ method: operation.method, url: operation.path, position: located('openapi') }, context);
      if (claim) endpoints.push({ ...claim, binding: { via: 'openapi', spec: operation.spec, written: `openapi: ${openapi.trim()}` } });
    }
  }
  const api = frontmatter.api;
  if (typeof api === 'string') {
    const match = /^([A-Za-z]+)\s+(\S+)$/.exec(api.trim());
    if (match) {
      const claim = bound({ method: match[1]!, url: match[2]!, position: located('api') }, context);
      if (claim) endpoints.push({ ...claim, binding: { via: 'api', written: `api: ${api.trim()}` } });
    }
  }
  const operationId = frontmatter.operationId;
  if (typeof operationId === 'string') {
    const match = /^(?:(\S+)\s+)?(\S+)$/.exec(operationId.trim());
    if (match) {
      operationIds.push({
        kind: 'operation-id',
        operationId: match[2]!,
        spec: match[1],
        written: `operationId: ${operationId.trim()}`,
        position: located('operationId'),
      });
    }
  }
  return { endpoints, operationIds, webhooks };
}

/**
 * The bindings of a Fumadocs `<APIPage>`: an endpoint claim per `{ path, method }` of its
 * `operations` prop, a webhook binding per `{ name, method }` of its `webhooks` prop.
 */
export function componentBindings(node: MdxJsxFlowElement | MdxJsxTextElement, context: ExtractContext): { endpoints: EndpointClaim[]; webhooks: WebhookBinding[] } {
  if (node.name !== 'APIPage') return { endpoints: [], webhooks: [] };
  let spec: string | undefined;
  const claims: EndpointClaim[] = [];
  const webhooks: WebhookBinding[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const expression = expressionOf(attribute.value);
    if (attribute.name === 'document') {
      spec = typeof attribute.value === 'string' ? attribute.value : stringOf(expression);
    } else if (attribute.name === 'operations' && expression?.type === 'ArrayExpression') {
      for (const element of expression.elements ?? []) {
        if (element?.type !== 'ObjectExpression') continue;
        const path = stringOf(propertyOf(element, 'path'));
        const method = stringOf(propertyOf(element, 'method'));
        if (!path || !method) continue;
        const claim = bound({ method, url: path, position: estreePosition(element) ?? positionOf(attribute.position ? attribute : node) }, context);
        if (claim) claims.push({ ...claim, source: 'component', binding: { via: 'APIPage', written: `<APIPage> operation ${method.toUpperCase()} ${path}` } });
      }
    } else if (attribute.name === 'webhooks' && expression?.type === 'ArrayExpression') {
      for (const element of expression.elements ?? []) {
        if (element?.type !== 'ObjectExpression') continue;
        const name = stringOf(propertyOf(element, 'name'));
        const method = stringOf(propertyOf(element, 'method'));
        if (!name) continue;
        webhooks.push({
          kind: 'webhook',
          name,
          ...(method ? { method: method.toLowerCase() } : {}),
          written: `<APIPage> webhook ${method ? `${method.toUpperCase()} ` : ''}${name}`,
          position: estreePosition(element) ?? positionOf(attribute.position ? attribute : node),
        });
      }
    }
  }
  // The document prop may come after operations.
  if (!spec) return { endpoints: claims, webhooks };
  return { endpoints: claims.map((claim) => ({ ...claim, binding: { ...claim.binding!, spec } })), webhooks: webhooks.map((binding) => ({ ...binding, spec })) };
}

function bound(input: { method: string; url: string; position: Position }, context: ExtractContext): EndpointClaim | null {
  return buildEndpointClaim({ source: 'frontmatter', evidence: 'method', ...input }, context.hosts);
}

/**
 * The value of a top-level frontmatter key on its own line (`openapi: get /x`), else the
 * frontmatter as a whole. The frontmatter's first line is the one after the opening `---`.
 */
function locateKey(node: Yaml, key: string): Position {
  const first = (node.position?.start.line ?? 1) + 1;
  const lines = node.value.split('\n');
  const pattern = new RegExp(`^(${key}\\s*:\\s*)(.*?)\\s*$`);
  for (let index = 0; index < lines.length; index += 1) {
    const match = pattern.exec(lines[index]!);
    if (!match) continue;
    const line = first + index;
    // The frontmatter's lines are the page's own (no indentation is stripped), so the column is the offset.
    const column = match[1]!.length + 1;
    return { start: { line, column }, end: { line, column: column + match[2]!.length } };
  }
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column + 3 } };
}

// estree, as remark-mdx attaches it to attribute expressions; typed loosely, read defensively.
interface EstreeNode {
  type: string;
  value?: unknown;
  elements?: Array<EstreeNode | null>;
  properties?: EstreeNode[];
  key?: EstreeNode & { name?: string };
  quasis?: Array<{ value: { cooked?: string } }>;
  expressions?: unknown[];
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

function expressionOf(value: MdxJsxFlowElement['attributes'][number]['value']): EstreeNode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const program = value.data?.estree as { body?: Array<{ type: string; expression?: EstreeNode }> } | undefined;
  const statement = program?.body?.[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

function propertyOf(object: EstreeNode, name: string): EstreeNode | undefined {
  for (const property of object.properties ?? []) {
    if (property.type !== 'Property') continue;
    const key = property.key?.type === 'Identifier' ? property.key.name : property.key?.value;
    if (key === name) return (property as EstreeNode & { value: EstreeNode }).value;
  }
  return undefined;
}

/** A string literal, or a template literal with no `${}` in it; anything computed is undefined. */
function stringOf(node: EstreeNode | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis?.[0]?.value.cooked;
  return undefined;
}

/** estree columns count from 0. */
function estreePosition(node: EstreeNode): Position | undefined {
  if (!node.loc) return undefined;
  return { start: { line: node.loc.start.line, column: node.loc.start.column + 1 }, end: { line: node.loc.end.line, column: node.loc.end.column + 1 } };
}

