import type { LoadedSpec } from './load.js';
import type { ParameterInfo } from './parameters.js';
import { ExampleValidator } from './validator.js';
import { collectEnums, requestSchemaOf, responseSchemaOf, SchemaResolver, type EnumSite } from './schemas.js';
import type { Operation, SpecIndex } from './spec-index.js';

/** An enum of an operation: in its request body, a parameter, or a response. */
export interface OperationEnum extends EnumSite {
  in: 'body' | 'query' | 'path' | 'header' | 'cookie' | 'response';
  /** The response code, for an enum in a response. */
  code?: string;
}

/**
 * The enums and resolved schemas of the spec's operations, computed on first use and memoised:
 * only pages that state values or send JSON pay for schema resolution.
 */
export class SchemaIndex {
  private readonly resolvers = new Map<LoadedSpec, SchemaResolver>();
  private readonly enums = new Map<Operation, OperationEnum[]>();
  private byName?: Map<string, Array<{ operation: Operation; site: OperationEnum }>>;

  constructor(private readonly spec: SpecIndex) {}

  /**
   * The run's example validator: its ajv instances keep every schema they compile, so one per run
   * (and not one per module, kept across runs of a long-lived process) bounds what they hold.
   */
  readonly validator = new ExampleValidator();

  resolver(spec: LoadedSpec): SchemaResolver {
    let resolver = this.resolvers.get(spec);
    if (!resolver) {
      resolver = new SchemaResolver(spec);
      this.resolvers.set(spec, resolver);
    }
    return resolver;
  }

  /**
   * The resolved request body schema, the same object every time it is asked for: the validator
   * compiles each schema object once, and a fresh copy would be compiled again.
   */
  requestSchema(operation: Operation): Record<string, any> | undefined {
    return this.memoSchema('request', operation, () => requestSchemaOf(operation, this.resolver(operation.spec)));
  }

  responseSchema(operation: Operation, code: string): Record<string, any> | undefined {
    return this.memoSchema(`response ${code}`, operation, () => responseSchemaOf(operation, code, this.resolver(operation.spec)));
  }

  /** A parameter's schema with its `$ref`s resolved from the file the parameter lives in. */
  parameterSchema(operation: Operation, parameter: ParameterInfo): Record<string, any> | undefined {
    return parameter.schema ? this.resolver(operation.spec).resolve(parameter.schema, parameter.file) : undefined;
  }

  private readonly schemas = new WeakMap<Operation, Map<string, Record<string, any> | undefined>>();

  private memoSchema(key: string, operation: Operation, resolve: () => Record<string, any> | undefined): Record<string, any> | undefined {
    let byKey = this.schemas.get(operation);
    if (!byKey) {
      byKey = new Map();
      this.schemas.set(operation, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, resolve());
    return byKey.get(key);
  }

  enumsOf(operation: Operation): OperationEnum[] {
    let sites = this.enums.get(operation);
    if (!sites) {
      sites = this.collect(operation);
      this.enums.set(operation, sites);
    }
    return sites;
  }

  /** Every enum of every operation whose property or parameter has this name. */
  enumsNamed(name: string): Array<{ operation: Operation; site: OperationEnum }> {
    if (!this.byName) {
      this.byName = new Map();
      for (const operation of this.spec.operations) {
        for (const site of this.enumsOf(operation)) {
          const list = this.byName.get(site.name) ?? [];
          list.push({ operation, site });
          this.byName.set(site.name, list);
        }
      }
    }
    return this.byName.get(name) ?? [];
  }

  private collect(operation: Operation): OperationEnum[] {
    const sites: OperationEnum[] = [];
    const body = this.requestSchema(operation);
    if (body) sites.push(...collectEnums(body).map((site) => ({ ...site, in: 'body' as const })));
    for (const parameter of [...operation.pathParams, ...operation.queryParams, ...operation.headerParams]) {
      const schema = this.parameterSchema(operation, parameter);
      if (!schema) continue;
      for (const site of collectEnums(schema, '', parameter.name)) {
        sites.push({ ...site, path: site.path || parameter.name, in: parameter.in as OperationEnum['in'] });
      }
    }
    for (const code of operation.responses) {
      const schema = this.responseSchema(operation, code);
      if (schema) sites.push(...collectEnums(schema).map((site) => ({ ...site, in: 'response' as const, code })));
    }
    return sites;
  }
}
