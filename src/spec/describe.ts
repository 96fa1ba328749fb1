import type { LoadedSpec } from './load.js';
import { formatLocation, type Operation, type PathEntry } from './spec-index.js';
import type { HttpMethod } from '../types.js';

// How spec things are named in messages, the same in every rule.

/** `GET /api/v1/users/{id} (openapi.yaml:12)`, or the path alone when the method is not one it has. */
export function describeEntry(entry: PathEntry, method: HttpMethod | null): string {
  const operation = method ? entry.operations.get(method) : undefined;
  const verb = operation ? `${method!.toUpperCase()} ` : '';
  return `${verb}${entry.fullPath} (${formatLocation(operation ? operation.location() : entry.location())})`;
}

/** `GET, POST`, or `no method` for a path item with no operation. */
export function methodList(methods: readonly HttpMethod[]): string {
  return methods.length > 0 ? methods.map((method) => method.toUpperCase()).join(', ') : 'no method';
}

export function specList(specs: readonly LoadedSpec[]): string {
  return specs.map((spec) => spec.displayPath).join(', ');
}

export function locationList(operations: readonly Operation[]): string {
  return operations.map((operation) => formatLocation(operation.location())).join(', ');
}
