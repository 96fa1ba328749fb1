import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { FatalError } from '../errors.js';
import { configSchemaPath } from '../package-info.js';
import { SourceLocator } from '../spec/source-locator.js';
import { referenceConfigProblem } from '../reference/config-check.js';
import type { RawConfig } from './types.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(configSchemaPath, 'utf8')));

interface ValidateContext {
  /** The config file as shown to the user. */
  display: string;
  /** The file's text, to name the line of the offending key. */
  text?: string;
  knownRules: readonly string[];
  /** Where the config sits inside the file (`['docspec']` in package.json). */
  pointerPrefix?: string[];
}

/** Checks a parsed config against docspec.schema.json and the rule registry; throws one clear line. */
export function validateConfig(config: unknown, context: ValidateContext): RawConfig {
  const prefix = context.pointerPrefix ?? [];
  if (!validate(config)) {
    const error = mostSpecific(validate.errors ?? []);
    const pointer = pointerOf(error);
    throw new FatalError(`invalid config ${where(context, [...prefix, ...pointer])}: ${describe(error, pointer)}`);
  }
  const raw = config as RawConfig;
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!context.knownRules.includes(id)) {
      throw new FatalError(
        `invalid config ${where(context, [...prefix, 'rules', id])}: unknown rule "${id}" (known rules: ${context.knownRules.join(', ')})`,
      );
    }
  }
  const referenceProblem = referenceConfigProblem(raw);
  if (referenceProblem) throw new FatalError(`invalid config ${where(context, [...prefix, ...referenceProblem.pointer])}: ${referenceProblem.message}`);
  return raw;
}

/** The error deepest in the document, since a failing `oneOf` also reports its parent. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const meaningful = errors.filter((error) => error.keyword !== 'if');
  const depth = (error: ErrorObject) => pointerOf(error).length;
  const deepest = Math.max(...meaningful.map(depth));
  const candidates = meaningful.filter((error) => depth(error) === deepest);
  return candidates.find((error) => error.keyword === 'additionalProperties') ?? candidates.find((e) => e.keyword === 'oneOf') ?? candidates[0]!;
}

function pointerOf(error: ErrorObject): string[] {
  const parts = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  return parts;
}

function describe(error: ErrorObject, pointer: string[]): string {
  const key = `"${displayKey(pointer)}"`;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key ${key}`;
    case 'required':
      return `missing required key ${key}`;
    case 'type':
      return `${key} must be ${article(String(error.params.type))}`;
    case 'enum':
      return `${key} must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'oneOf':
      // The other `oneOf` of the schema is a reference's template.
      if (pointer[0] !== 'rules') return `${key} must be a string or an array of strings`;
      return `${key} must be "off", "warn", "error" or ["off"|"warn"|"error", {options}]`;
    case 'minItems':
      return `${key} must have at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${key} must have at most ${error.params.limit} items`;
    case 'minLength':
      return `${key} must not be empty`;
    default:
      return `${key} ${error.message ?? 'is invalid'}`;
  }
}

function displayKey(pointer: string[]): string {
  if (pointer.length === 0) return '(root)';
  return pointer.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function article(type: string): string {
  if (type === 'array' || type === 'object') return `an ${type}`;
  return `a ${type}`;
}

function where(context: ValidateContext, pointer: string[]): string {
  if (!context.text) return context.display;
  // Point at the deepest key that exists in the file (a missing key points at its parent).
  const locator = new SourceLocator(context.text, context.display);
  for (let length = pointer.length; length > 0; length -= 1) {
    const line = locator.lineOf(pointer.slice(0, length));
    if (line !== undefined) return `${context.display}:${line}`;
  }
  return context.display;
}
