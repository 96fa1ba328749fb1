import path from 'node:path';
/** The part of swagger-parser's `$Refs` that lookups need. */
export interface RefLookup {
  get(ref: string): unknown;
}

export interface Resolved<T = any> {
  value: T;
  /** The file the value lives in: `$ref`s inside it are relative to this file. */
  file: string;
}

/**
 * Follows `$ref`s on demand instead of dereferencing the whole document up front, which takes
 * seconds on large specs and far longer on some. Results are memoised; a chain of `$ref`s that
 * loops back on itself resolves to undefined instead of hanging.
 */
export class RefResolver {
  private readonly memo = new Map<string, Resolved | undefined>();

  constructor(
    readonly rootFile: string,
    private readonly $refs: RefLookup,
  ) {}

  /** Resolves `node` if it is a `$ref` (following chains), else returns it as it is. */
  resolve<T = any>(node: unknown, file: string = this.rootFile): Resolved<T> | undefined {
    let current: Resolved = { value: node, file };
    const seen = new Set<string>();
    while (isRef(current.value)) {
      const target = this.absoluteRef(current.value.$ref, current.file);
      if (seen.has(target)) return undefined;
      seen.add(target);
      const next = this.lookup(target);
      if (!next) return undefined;
      current = next;
    }
    return current as Resolved<T>;
  }

  private lookup(target: string): Resolved | undefined {
    if (this.memo.has(target)) return this.memo.get(target);
    let result: Resolved | undefined;
    try {
      const hash = target.indexOf('#');
      const file = hash === -1 ? target : target.slice(0, hash);
      result = { value: this.$refs.get(target), file };
    } catch {
      result = undefined;
    }
    this.memo.set(target, result);
    return result;
  }

  private absoluteRef(ref: string, base: string): string {
    if (ref.startsWith('#')) return `${base}${ref}`;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return ref;
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash);
    return `${path.resolve(path.dirname(base), decodeURI(filePart))}${pointer}`;
  }
}

export function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}
