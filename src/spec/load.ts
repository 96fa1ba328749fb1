import { readFile } from 'node:fs/promises';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describeIoError, FatalError } from '../errors.js';
import { SourceLocator } from './source-locator.js';
import { RefResolver, type RefLookup } from './refs.js';

export type SpecVersion = '2.0' | '3.0' | '3.1';

/** One OpenAPI document as read from disk: the raw tree (local `$ref`s left in place) and how to follow them. */
export interface LoadedSpec {
  /** Absolute path of the root document. */
  file: string;
  /** The path as the user wrote it in the config, for messages. */
  displayPath: string;
  version: SpecVersion;
  /** The root document, not dereferenced. */
  document: Record<string, any>;
  refs: RefResolver;
  /** Line numbers in the root document, computed on first use. */
  locator: SourceLocator;
}

export interface LoadSpecOptions {
  allowRemoteRefs: boolean;
  displayPath?: string;
}

export async function loadSpec(specFile: string, options: LoadSpecOptions): Promise<LoadedSpec> {
  const displayPath = options.displayPath ?? specFile;
  // `$ref`s are resolved against this path, so it must not depend on the working directory.
  const file = path.resolve(specFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FatalError(`cannot read spec ${displayPath}: ${describeIoError(error)}`);
  }

  const parser = new SwaggerParser();
  let $refs: RefLookup;
  try {
    $refs = await parser.resolve(file, {
      resolve: {
        external: true,
        // Without an explicit opt-in the linter never touches the network.
        http: options.allowRemoteRefs ? { timeout: 10_000 } : false,
      },
    } as SwaggerParser.Options);
  } catch (error) {
    throw new FatalError(`invalid spec ${displayPath}: ${describeParseError(error, options.allowRemoteRefs)}`);
  }

  const document = parser.api as unknown as Record<string, any>;
  const version = detectVersion(document);
  if (!version) {
    throw new FatalError(`invalid spec ${displayPath}: no "openapi" or "swagger" version key at the top level`);
  }
  if (document.paths !== undefined && (typeof document.paths !== 'object' || document.paths === null || Array.isArray(document.paths))) {
    throw new FatalError(`invalid spec ${displayPath}: "paths" must be an object`);
  }

  return {
    file,
    displayPath,
    version,
    document,
    refs: new RefResolver(file, $refs),
    locator: new SourceLocator(text, file),
  };
}

function detectVersion(document: Record<string, any>): SpecVersion | undefined {
  if (typeof document.swagger === 'string' && document.swagger.startsWith('2.')) return '2.0';
  if (typeof document.openapi === 'string') {
    if (document.openapi.startsWith('3.0')) return '3.0';
    if (document.openapi.startsWith('3.1') || document.openapi.startsWith('3.2')) return '3.1';
  }
  return undefined;
}

function describeParseError(error: unknown, allowRemoteRefs: boolean): string {
  const message = firstLine((error as Error)?.message ?? String(error));
  const remote = /\$ref pointer "(https?:\/\/[^"]+)"/.exec(message);
  if (remote && !allowRemoteRefs) {
    return `remote $ref ${remote[1]} refused (set "allowRemoteRefs: true" in the config to fetch it)`;
  }
  const version = /Unsupported (?:OpenAPI|Swagger) version: ([^.\s]+(?:\.[^.\s]+)*?)\.?\s/.exec(`${message} `);
  if (version) {
    return version[1] === 'undefined'
      ? 'no "openapi" or "swagger" version key at the top level'
      : `unsupported version ${version[1]} (docspec reads Swagger 2.0 and OpenAPI 3.0 and 3.1)`;
  }
  // swagger-parser prefixes YAML errors with the absolute file name and appends a code frame;
  // keep the reason and the position.
  const reason = message.replace(/^Error parsing .*?:\s*/, '').replace(/\s+/g, ' ').trim();
  const position = /^(.*?\(\d+:\d+\))/.exec(reason);
  return position ? position[1]! : reason;
}

function firstLine(text: string): string {
  const cut = text.split('\n').slice(0, 3).join(' ');
  return cut.length > 300 ? `${cut.slice(0, 297)}...` : cut;
}

export function relativeDisplay(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
