import { resolveEndpointBinding } from './lint/bindings.js';
import { relativePath } from './report/summary.js';
import { formatLocation, type Operation, type SpecIndex, operationLabel } from './spec/spec-index.js';
import { parseDocPath } from './extract/doc-path.js';
import type { NavFile } from './nav/nav-file.js';
import { toMethod } from './extract/endpoint-claim.js';
import type { EndpointClaim } from './types.js';

/** Where a page documents an operation: its first claim of it on that page. */
export interface CoverageMention {
  file: string;
  line: number;
  /** For a reference the site generates from the spec (a docs.json `openapi` directory): its URL prefix. */
  generated?: string;
}

export interface OperationCoverage {
  operation: Operation;
  /** Pages that document it, each once, in file order. */
  pages: CoverageMention[];
}

/**
 * Which pages document which operations: a claim with a method (an example, `METHOD /path`, a
 * table row) or a page binding that names exactly one operation. A bare path documents nothing:
 * it does not say which operation.
 */
export class CoverageCollector {
  private readonly byOperation = new Map<Operation, Map<string, CoverageMention>>();

  constructor(private readonly spec: SpecIndex) {}

  add(file: string, endpoints: readonly EndpointClaim[]): void {
    for (const claim of endpoints) {
      for (const operation of this.operationsOf(claim)) {
        this.record(operation, { file, line: claim.position.start.line });
      }
    }
  }

  /** A navigation file's `"GET /path"` entries (Mintlify `docs.json`): each is a generated page of that operation. */
  addNav(nav: NavFile): void {
    for (const entry of nav.entries) {
      if (entry.kind !== 'operation') continue;
      const resolution = resolveEndpointBinding(parseDocPath(entry.target), toMethod(entry.method), entry.spec, this.spec);
      if (resolution.kind !== 'operation') continue;
      this.record(resolution.operation, { file: nav.file, line: entry.position.start.line });
    }
  }

  /** A reference the site generates for every operation of one spec, declared at `mention`. */
  addGenerated(specFile: string, mention: CoverageMention): void {
    for (const operation of this.spec.operations) {
      if (operation.spec.file === specFile) this.record(operation, mention);
    }
  }

  /** Every operation of the specs, in spec order, with the pages that document it. */
  result(): OperationCoverage[] {
    return this.spec.operations.map((operation) => ({
      operation,
      pages: [...(this.byOperation.get(operation)?.values() ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    }));
  }

  /** The first mention of an operation in each file counts; later ones add nothing. */
  private record(operation: Operation, mention: CoverageMention): void {
    let pages = this.byOperation.get(operation);
    if (!pages) {
      pages = new Map();
      this.byOperation.set(operation, pages);
    }
    if (!pages.has(mention.file)) pages.set(mention.file, mention);
  }

  private operationsOf(claim: EndpointClaim): Operation[] {
    if (claim.binding) {
      const resolution = resolveEndpointBinding(claim.path, claim.method, claim.binding.spec, this.spec);
      return resolution.kind === 'operation' ? [resolution.operation] : [];
    }
    return claim.method ? this.spec.operationsOf(claim.path, claim.method) : [];
  }
}

export interface CoverageSummary {
  total: number;
  documented: number;
  /** Documented share in percent, one decimal. */
  percent: number;
}

export function summarize(rows: readonly OperationCoverage[]): CoverageSummary {
  const documented = rows.filter((row) => row.pages.length > 0).length;
  const percent = rows.length === 0 ? 100 : Math.round((documented / rows.length) * 1000) / 10;
  return { total: rows.length, documented, percent };
}

export interface CoverageFormatOptions {
  cwd: string;
  /** Only the operations no page documents. */
  undocumentedOnly: boolean;
}

/** A plain-text report: undocumented operations first, with their spec line; then documented ones with a page. */
export function coverageText(rows: readonly OperationCoverage[], options: CoverageFormatOptions): string {
  const missing = rows.filter((row) => row.pages.length === 0);
  const documented = rows.filter((row) => row.pages.length > 0);
  // The same operation may be in two specs (`GET /health`): name the spec for those.
  const key = (operation: Operation) => operationLabel(operation);
  const seen = new Map<string, number>();
  for (const { operation } of rows) seen.set(key(operation), (seen.get(key(operation)) ?? 0) + 1);
  const label = (operation: Operation) =>
    `${key(operation)}${seen.get(key(operation))! > 1 ? ` (${operation.spec.displayPath})` : ''}${operation.deprecated ? ' deprecated' : ''}`;
  const shown = options.undocumentedOnly ? missing : rows;
  const width = Math.max(0, ...shown.map((row) => label(row.operation).length));
  let out = '';
  if (missing.length > 0) {
    out += `Not documented (${missing.length}):\n`;
    for (const { operation } of missing) out += `  ${label(operation).padEnd(width)}  ${formatLocation(operation.location())}\n`;
  }
  if (!options.undocumentedOnly && documented.length > 0) {
    if (out) out += '\n';
    out += `Documented (${documented.length}):\n`;
    for (const { operation, pages } of documented) {
      const first = pages[0]!;
      const more = pages.length > 1 ? ` (+${pages.length - 1} more)` : '';
      const generated = first.generated ? ` (generated under ${first.generated})` : '';
      out += `  ${label(operation).padEnd(width)}  ${relativePath(first.file, options.cwd)}:${first.line}${generated}${more}\n`;
    }
  }
  const summary = summarize(rows);
  if (out) out += '\n';
  return `${out}${summary.documented} of ${summary.total} operations documented (${summary.percent}%)\n`;
}

/** Machine-readable: the summary and every operation with its pages, paths relative to `cwd`. */
export function coverageJson(rows: readonly OperationCoverage[], options: CoverageFormatOptions): string {
  const operations = rows
    .filter((row) => !options.undocumentedOnly || row.pages.length === 0)
    .map(({ operation, pages }) => {
      const location = operation.location();
      return {
        method: operation.method.toUpperCase(),
        path: operation.path,
        ...(operation.operationId ? { operationId: operation.operationId } : {}),
        deprecated: operation.deprecated,
        spec: location.file,
        ...(location.line !== undefined ? { line: location.line } : {}),
        pages: pages.map((page) => ({ file: relativePath(page.file, options.cwd), line: page.line, ...(page.generated ? { generated: page.generated } : {}) })),
      };
    });
  return `${JSON.stringify({ ...summarize(rows), operations }, null, 2)}\n`;
}
