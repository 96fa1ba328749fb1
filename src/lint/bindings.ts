import path from 'node:path';
import { parseDocPath } from '../extract/doc-path.js';
import { isExternalUrl } from '../site/link-url.js';
import type { LoadedSpec } from '../spec/load.js';
import { describeEntry, locationList, methodList, specList } from '../spec/describe.js';
import { formatLocation, operationLabel, type Operation, type PathEntry, type SpecIndex } from '../spec/spec-index.js';
import type { DocPath, EndpointClaim, HttpMethod, OperationIdBinding, PageClaims, WebhookBinding } from '../types.js';

/**
 * What a page binding (frontmatter `openapi:`/`api:`/`operationId:`, `<APIPage>`, a navigation
 * entry `GET /x`) names in the specs. A binding must name exactly one operation: a generated
 * page renders one, so a path that two specs share needs the spec file in the binding.
 */
export type BindingResolution =
  | { kind: 'operation'; operation: Operation }
  | { kind: 'no-path'; specs: LoadedSpec[] }
  | { kind: 'wrong-method'; entry: PathEntry; allowed: HttpMethod[] }
  | { kind: 'ambiguous'; operations: Operation[] };

/**
 * The specs a binding's spec file names (frontmatter, a navigation entry or its `openapi` source,
 * a docs.json `openapi` block): see `specsMatching`. A name no config spec has, or none, means
 * every spec: sites often publish a copy of the spec under another name than the repository's.
 */
export function specsNamed(name: string | undefined, index: SpecIndex): LoadedSpec[] {
  if (name === undefined) return index.specs;
  const matching = specsMatching(name, index);
  return matching.length > 0 ? matching : index.specs;
}

/**
 * The config specs a spec name names, most exact first: the absolute file; a site path below the
 * content folder (`/api/v2/openapi.yaml`); the path as the config writes it; else every spec
 * with that file name (`openapi.json` for `/api-reference/openapi.json`). None for a URL, or a
 * name no spec has.
 */
export function specsMatching(name: string, index: SpecIndex): LoadedSpec[] {
  if (isExternalUrl(name)) return [];
  const trimmed = name.replace(/^\.\//, '');
  const files = [path.isAbsolute(name) ? path.normalize(name) : undefined, index.siteRoot ? path.join(index.siteRoot, trimmed.replace(/^\/+/, '')) : undefined];
  for (const file of files) {
    const exact = file === undefined ? [] : index.specs.filter((spec) => spec.file === file);
    if (exact.length > 0) return exact;
  }
  const written = index.specs.filter((spec) => spec.displayPath === trimmed);
  if (written.length > 0) return written;
  const base = path.basename(trimmed);
  return index.specs.filter((spec) => path.basename(spec.file) === base || path.basename(spec.displayPath) === base);
}

const resolutions = new WeakMap<SpecIndex, WeakMap<DocPath, Map<string, BindingResolution>>>();

/** What a binding names, worked out once per binding: endpoint-exists, the page's context, deprecated-endpoint and coverage all ask. */
export function resolveEndpointBinding(docPath: DocPath, method: HttpMethod | null, specName: string | undefined, index: SpecIndex): BindingResolution {
  let byPath = resolutions.get(index);
  if (!byPath) {
    byPath = new WeakMap();
    resolutions.set(index, byPath);
  }
  let byKey = byPath.get(docPath);
  if (!byKey) {
    byKey = new Map();
    byPath.set(docPath, byKey);
  }
  const key = `${method ?? ''}\0${specName ?? ''}`;
  let resolution = byKey.get(key);
  if (!resolution) {
    resolution = resolveOnce(docPath, method, specName, index);
    byKey.set(key, resolution);
  }
  return resolution;
}

function resolveOnce(docPath: DocPath, method: HttpMethod | null, specName: string | undefined, index: SpecIndex): BindingResolution {
  const specs = specsNamed(specName, index);
  const entries = index.match(docPath).filter((entry) => specs.includes(entry.spec));
  if (entries.length === 0) return { kind: 'no-path', specs };
  const operations = [...new Set(entries.flatMap((entry) => (method ? [entry.operations.get(method)] : [...entry.operations.values()])))].filter(
    (operation): operation is Operation => operation !== undefined,
  );
  if (operations.length === 0) {
    return { kind: 'wrong-method', entry: entries[0]!, allowed: [...new Set(entries.flatMap((entry) => [...entry.operations.keys()]))] };
  }
  return operations.length === 1 ? { kind: 'operation', operation: operations[0]! } : { kind: 'ambiguous', operations };
}

/** What is wrong with a binding that names no single operation, in the words every rule's messages use. */
export type BindingProblem =
  | { kind: 'unknownPath'; data: { specs: string; suggestion: string } }
  | { kind: 'unknownPathNoSuggestion'; data: { specs: string } }
  | { kind: 'wrongMethod'; data: { template: string; allowed: string; location: string } }
  | { kind: 'ambiguous'; data: { count: string; locations: string } };

/** The problem of a binding's resolution (undefined when it names one operation), with the nearest path of its specs as the suggestion. */
export function bindingProblem(resolution: BindingResolution, docPath: DocPath, method: HttpMethod | null, index: SpecIndex): BindingProblem | undefined {
  switch (resolution.kind) {
    case 'operation':
      return undefined;
    case 'no-path': {
      const specs = specList(resolution.specs);
      const [best] = index.suggest(docPath, method).filter(({ entry }) => resolution.specs.includes(entry.spec));
      return best ? { kind: 'unknownPath', data: { specs, suggestion: describeEntry(best.entry, method) } } : { kind: 'unknownPathNoSuggestion', data: { specs } };
    }
    case 'wrong-method':
      return { kind: 'wrongMethod', data: { template: resolution.entry.template, allowed: methodList(resolution.allowed), location: formatLocation(resolution.entry.location()) } };
    case 'ambiguous':
      return { kind: 'ambiguous', data: { count: String(resolution.operations.length), locations: locationList(resolution.operations) } };
  }
}

/** The operations an `operationId:` binding names in its spec (or every spec). */
export function operationsWithId(binding: OperationIdBinding, index: SpecIndex): Operation[] {
  const specs = specsNamed(binding.spec, index);
  return (operationsById(index).get(binding.operationId) ?? []).filter((operation) => specs.includes(operation.spec));
}

const byId = new WeakMap<SpecIndex, Map<string, Operation[]>>();

/** Operations by operationId, indexed once per run rather than scanned for every binding. */
function operationsById(index: SpecIndex): Map<string, Operation[]> {
  let ids = byId.get(index);
  if (!ids) {
    ids = new Map();
    for (const operation of index.operations) {
      if (operation.operationId === undefined) continue;
      ids.set(operation.operationId, [...(ids.get(operation.operationId) ?? []), operation]);
    }
    byId.set(index, ids);
  }
  return ids;
}

/**
 * `operationId:` bindings that name one operation, as endpoint claims of that operation, so every
 * rule and the page's context see them like a path binding. The rest are endpoint-exists' to report.
 */
export function operationIdClaims(page: PageClaims, index: SpecIndex): EndpointClaim[] {
  const claims: EndpointClaim[] = [];
  for (const binding of page.operationIds ?? []) {
    const operations = operationsWithId(binding, index);
    if (operations.length !== 1) continue;
    const operation = operations[0]!;
    claims.push({
      kind: 'endpoint',
      source: 'frontmatter',
      evidence: 'method',
      position: binding.position,
      method: operation.method,
      path: parseDocPath(operation.path),
      hostKind: 'relative',
      text: operationLabel(operation),
      headers: [],
      query: {},
      // The absolute spec path pins the claim to the spec the id was found in.
      binding: { via: 'operationId', spec: operation.spec.file, written: binding.written },
      context: {},
    });
  }
  return claims;
}

const pageOperations = new WeakMap<readonly EndpointClaim[], Operation | null>();

/**
 * The one operation a page is bound to, when its bindings name exactly one; memoised per page
 * (the rules share the page's endpoint list), since every enum list and status code asks.
 */
export function pageOperation(endpoints: readonly EndpointClaim[], index: SpecIndex): Operation | undefined {
  let known = pageOperations.get(endpoints);
  if (known === undefined) {
    const operations = new Set<Operation>();
    // A binding that names no single operation makes the page's operation unknown, not the others'.
    let unresolved = false;
    for (const claim of endpoints) {
      if (!claim.binding) continue;
      const resolution = resolveEndpointBinding(claim.path, claim.method, claim.binding.spec, index);
      if (resolution.kind === 'operation') operations.add(resolution.operation);
      else unresolved = true;
    }
    known = operations.size === 1 && !unresolved ? [...operations][0]! : null;
    pageOperations.set(endpoints, known);
  }
  return known ?? undefined;
}

const WEBHOOK_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A webhook of a spec (OpenAPI 3.1 `webhooks`): its name, the methods its path item has, where it is. */
export interface SpecWebhook {
  spec: LoadedSpec;
  name: string;
  methods: string[];
  line?: number;
}

export type WebhookResolution =
  | { kind: 'webhook'; webhook: SpecWebhook }
  | { kind: 'no-webhook'; specs: LoadedSpec[]; known: SpecWebhook[] }
  | { kind: 'wrong-method'; webhook: SpecWebhook }
  | { kind: 'ambiguous'; webhooks: SpecWebhook[] };

/** The webhooks the given specs declare (path items behind `$ref`s followed). */
export function webhooksOf(specs: readonly LoadedSpec[]): SpecWebhook[] {
  return specs.flatMap(webhooksOfSpec);
}

const webhooksBySpec = new WeakMap<LoadedSpec, SpecWebhook[]>();

/** One spec's webhooks, read once per run: every webhook binding of every page asks. */
function webhooksOfSpec(spec: LoadedSpec): SpecWebhook[] {
  let found = webhooksBySpec.get(spec);
  if (!found) {
    found = [];
    const webhooks = spec.document.webhooks;
    for (const [name, item] of typeof webhooks === 'object' && webhooks !== null ? Object.entries(webhooks as Record<string, unknown>) : []) {
      const pathItem = spec.refs.resolve<Record<string, unknown>>(item, spec.file)?.value ?? {};
      const methods = WEBHOOK_METHODS.filter((method) => typeof pathItem[method] === 'object' && pathItem[method] !== null);
      found.push({ spec, name, methods, line: spec.locator.lineOf(['webhooks', name]) });
    }
    webhooksBySpec.set(spec, found);
  }
  return found;
}

/** What a webhook binding names: exactly one webhook (with the method, when the binding gives one) of its spec. */
export function resolveWebhookBinding(binding: WebhookBinding, index: SpecIndex): WebhookResolution {
  const specs = specsNamed(binding.spec, index);
  const known = webhooksOf(specs);
  const named = known.filter((webhook) => webhook.name === binding.name);
  if (named.length === 0) return { kind: 'no-webhook', specs, known };
  if (named.length > 1) return { kind: 'ambiguous', webhooks: named };
  const webhook = named[0]!;
  if (binding.method && !webhook.methods.includes(binding.method)) return { kind: 'wrong-method', webhook };
  return { kind: 'webhook', webhook };
}
