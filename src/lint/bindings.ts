import path from 'node:path';
import { parseDocPath } from '../extract/doc-path.js';
import type { LoadedSpec } from '../spec/load.js';
import type { Operation, PathEntry, SpecIndex } from '../spec/spec-index.js';
import type { DocPath, EndpointClaim, HttpMethod, OperationIdBinding, PageClaims } from '../types.js';

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
 * The specs a binding's spec file names: the config's specs with that path or that file name
 * (`openapi.json` for `/api-reference/openapi.json`). A name no config spec has, or none, means
 * every spec: sites often publish a copy of the spec under another name than the repository's.
 */
export function specsNamed(name: string | undefined, index: SpecIndex): LoadedSpec[] {
  if (name === undefined) return index.specs;
  const exact = index.specs.filter((spec) => spec.file === name);
  if (exact.length > 0) return exact;
  const base = path.basename(name);
  const named = index.specs.filter((spec) => path.basename(spec.file) === base || path.basename(spec.displayPath) === base);
  return named.length > 0 ? named : index.specs;
}

export function resolveEndpointBinding(docPath: DocPath, method: HttpMethod | null, specName: string | undefined, index: SpecIndex): BindingResolution {
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

/** The operations an `operationId:` binding names in its spec (or every spec). */
export function operationsWithId(binding: OperationIdBinding, index: SpecIndex): Operation[] {
  const specs = specsNamed(binding.spec, index);
  return index.operations.filter((operation) => operation.operationId === binding.operationId && specs.includes(operation.spec));
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
      text: `${operation.method.toUpperCase()} ${operation.path}`,
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
