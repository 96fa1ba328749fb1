import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SpecVersion } from './load.js';

type Schema = Record<string, any>;

export type Direction = 'request' | 'response';

export interface SchemaOptions {
  direction: Direction;
  /** Treat every object that lists properties as closed (`additionalProperties: false`). */
  closed?: boolean;
}

/**
 * Compiles OpenAPI schemas for validating examples: draft 2020-12 for OpenAPI 3.1, draft-07 with
 * `nullable` for 3.0 and Swagger 2.0 (whose draft-04 booleans `exclusiveMinimum: true` are
 * rewritten). Formats are not checked — examples hold placeholders, not real ids and dates — and
 * `readOnly` properties are not required in requests nor `writeOnly` ones in responses.
 */
export class ExampleValidator {
  private readonly ajv2020 = new Ajv2020({ allErrors: true, verbose: true, strict: false, validateFormats: false, allowUnionTypes: true });
  private readonly ajv07 = new Ajv({ allErrors: true, verbose: true, strict: false, validateFormats: false, allowUnionTypes: true });
  private readonly compiled = new WeakMap<Schema, Map<string, ValidateFunction | Error>>();

  validate(schema: Schema, version: SpecVersion, options: SchemaOptions, data: unknown): ErrorObject[] | Error {
    const key = `${options.direction}:${options.closed ? 'closed' : 'open'}`;
    let byOptions = this.compiled.get(schema);
    if (!byOptions) {
      byOptions = new Map();
      this.compiled.set(schema, byOptions);
    }
    let validate = byOptions.get(key);
    if (!validate) {
      const prepared = prepare(schema, version, options, new Map());
      try {
        validate = (version === '3.1' ? this.ajv2020 : this.ajv07).compile(prepared);
      } catch (error) {
        validate = error as Error;
      }
      byOptions.set(key, validate);
    }
    if (validate instanceof Error) return validate;
    return validate(data) ? [] : [...(validate.errors ?? [])];
  }
}

/** A copy of the schema adjusted for example validation (see the class comment). Shared subschemas stay shared, so cycles terminate. */
function prepare(schema: unknown, version: SpecVersion, options: SchemaOptions, done: Map<object, Schema>): any {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map((item) => prepare(item, version, options, done));
  const known = done.get(schema);
  if (known) return known;
  const out: Schema = {};
  done.set(schema, out);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'discriminator' || key === 'xml' || key === 'example' || key === 'examples' || key === 'externalDocs') continue;
    out[key] = prepare(value, version, options, done);
  }
  if (version !== '3.1') {
    for (const bound of ['Minimum', 'Maximum'] as const) {
      const flag = out[`exclusive${bound}`];
      if (typeof flag === 'boolean') {
        delete out[`exclusive${bound}`];
        const limit = out[bound.toLowerCase()];
        if (flag && typeof limit === 'number') {
          out[`exclusive${bound}`] = limit;
          delete out[bound.toLowerCase()];
        }
      }
    }
    if (out['x-nullable'] === true) out.nullable = true;
    if (out.nullable === true && out.type === undefined) delete out.nullable;
  }
  if (Array.isArray(out.required) && out.properties) {
    const skip = options.direction === 'request' ? 'readOnly' : 'writeOnly';
    out.required = out.required.filter((name: string) => out.properties[name]?.[skip] !== true);
  }
  if (options.closed && out.properties && out.additionalProperties === undefined && !out.allOf && !out.anyOf && !out.oneOf) {
    out.additionalProperties = false;
  }
  return out;
}
