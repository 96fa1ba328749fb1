import type { LoadedSpec } from './load.js';

export interface ParameterInfo {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie' | 'body' | 'formData';
  required: boolean;
  /** The parameter's schema (OAS 3) or the parameter itself (Swagger 2.0 keeps type/enum on it). */
  schema?: Record<string, any>;
  description?: string;
  raw: Record<string, any>;
  /** The file the parameter object lives in (a `$ref`'d parameter's own): its schema's `$ref`s are relative to it. */
  file: string;
}

/**
 * An operation's parameters: the path item's, overridden by the operation's with the same name and
 * location. Header parameters named Accept, Content-Type or Authorization are ignored, as the
 * OpenAPI specification says (they come from `content` and `security`).
 */
export function resolveParameters(
  spec: LoadedSpec,
  pathItem: Record<string, any>,
  operation: Record<string, any>,
  file: string,
): ParameterInfo[] {
  const byKey = new Map<string, ParameterInfo>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const resolved = spec.refs.resolve<Record<string, any>>(entry, file);
      const parameter = resolved?.value;
      if (!parameter || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
      if (parameter.in === 'header' && /^(accept|content-type|authorization)$/i.test(parameter.name)) continue;
      const info: ParameterInfo = {
        name: parameter.name,
        in: parameter.in as ParameterInfo['in'],
        required: parameter.required === true || parameter.in === 'path',
        schema: spec.version === '2.0' && parameter.in !== 'body' ? parameter : (parameter.schema ?? undefined),
        description: typeof parameter.description === 'string' ? parameter.description : undefined,
        raw: parameter,
        file: resolved!.file,
      };
      const key = `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
      byKey.set(key, info);
    }
  }
  return [...byKey.values()];
}
