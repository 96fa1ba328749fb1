import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import picomatch from 'picomatch';
import yaml from 'js-yaml';
import { describeIoError, FatalError } from '../errors.js';
import { relativeDisplay } from '../spec/load.js';
import type { RawConfig, ResolvedConfig } from './types.js';
import { validateConfig } from './validate.js';

const MODULE_NAME = 'docspec';
export const CONFIG_FILE_NAMES = ['docspec.config.yaml', 'docspec.config.yml', 'docspec.config.json'];

/** What the YAML loader returns for a file with nothing but comments, which cosmiconfig would skip. */
const EMPTY_YAML = Symbol('empty config');

function loadYaml(_file: string, content: string): unknown {
  return yaml.load(content) ?? { [EMPTY_YAML]: true };
}

export interface LoadConfigOptions {
  /** An explicit config file (`--config`); otherwise searched from `cwd` upward. */
  configFile?: string;
  cwd: string;
  /** Rule ids that exist, to reject a config naming a rule docspec does not have. */
  knownRules: readonly string[];
}

/** Finds, reads, validates and resolves the config. Any problem is a FatalError naming the file. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const explorer = cosmiconfig(MODULE_NAME, {
    searchPlaces: [...CONFIG_FILE_NAMES, 'package.json'],
    searchStrategy: 'global',
    stopDir: path.parse(options.cwd).root,
    cache: false,
    // An empty config file is a mistake to report, not a reason to keep searching.
    ignoreEmptySearchPlaces: false,
    loaders: { '.yaml': loadYaml, '.yml': loadYaml },
  });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const explicit = options.configFile ? path.resolve(options.cwd, options.configFile) : undefined;
  try {
    found = explicit ? await explorer.load(explicit) : await explorer.search(options.cwd);
  } catch (error) {
    const failed = explicit ?? (error as { filepath?: string }).filepath;
    const file = failed ? relativeDisplay(failed, options.cwd) : 'file';
    throw new FatalError(`cannot read config ${file}: ${describeLoadError(error, failed)}`);
  }
  if (!found && explicit) throw new FatalError(`invalid config ${relativeDisplay(explicit, options.cwd)}: the file is empty`);
  if (!found) {
    throw new FatalError(
      `no docspec config found in ${options.cwd} or above (looked for ${CONFIG_FILE_NAMES.join(', ')} and a "docspec" key in package.json); create one or pass --config`,
    );
  }
  const display = relativeDisplay(found.filepath, options.cwd);
  const config = found.config as Record<PropertyKey, unknown> | undefined | null;
  if (found.isEmpty || config === undefined || config === null || (typeof config === 'object' && EMPTY_YAML in config)) {
    throw new FatalError(`invalid config ${display}: the file is empty`);
  }
  // In package.json the config is its "docspec" key; any other file is the config itself.
  const pointerPrefix = path.basename(found.filepath) === 'package.json' ? ['docspec'] : [];
  const raw = validateConfig(found.config, { display, text: safeRead(found.filepath), knownRules: options.knownRules, pointerPrefix });
  return resolveConfig(raw, found.filepath);
}

/** Applies defaults and makes paths absolute, relative to the config file's folder. */
export function resolveConfig(raw: RawConfig, file: string | undefined, rootDir = file ? path.dirname(file) : process.cwd()): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    rules[id] = Array.isArray(setting) ? { severity: setting[0], options: setting[1] ?? {} } : { severity: setting, options: {} };
  }
  const contentDir = path.resolve(rootDir, raw.site?.contentDir ?? docsBase(raw.docs));
  return {
    file,
    rootDir,
    docs: raw.docs,
    ignore: raw.ignore ?? [],
    specs: raw.specs.map((spec) => ({ ...spec, absolutePath: path.resolve(rootDir, spec.path) })),
    hosts: raw.hosts ?? [],
    ignoreEndpoints: raw.ignoreEndpoints ?? [],
    credentials: raw.credentials ?? {},
    tiers: raw.tiers ?? {},
    site: {
      contentDir,
      baseUrl: raw.site?.baseUrl ?? '/',
      // A Mintlify site says so with its docs.json (or older mint.json) in the content folder.
      slugs: raw.site?.slugs ?? (['docs.json', 'mint.json'].some((name) => existsSync(path.join(contentDir, name))) ? 'mintlify' : 'github'),
    },
    rules,
    allowRemoteRefs: raw.allowRemoteRefs ?? false,
    reportUnusedDirectives: raw.reportUnusedDirectives ?? 'warn',
    reference: (raw.reference ?? []).map((entry) => ({
      ...entry,
      prefix: `/${entry.prefix.replace(/^\/+|\/+$/g, '')}`,
      ...(entry.spec !== undefined ? { specPath: path.resolve(rootDir, entry.spec) } : {}),
    })),
  };
}

/**
 * Where the `docs` globs start (`content/docs` for `content/docs/**\/*.mdx`), shared by all of them:
 * the site's content folder when the config names none, so site-absolute links resolve against
 * the pages and not against wherever the config file happens to be.
 */
function docsBase(globs: readonly string[]): string {
  const bases = globs.map((glob) => {
    const scan = picomatch.scan(glob);
    return (scan.isGlob ? scan.base : path.dirname(glob)).split('/').filter((part) => part !== '' && part !== '.');
  });
  const shared: string[] = [];
  for (let index = 0; bases.every((base) => index < base.length && base[index] === bases[0]![index]); index += 1) shared.push(bases[0]![index]!);
  const absolute = globs.every((glob) => glob.startsWith('/'));
  return shared.length === 0 ? (absolute ? '/' : '.') : `${absolute ? '/' : ''}${shared.join('/')}`;
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function describeLoadError(error: unknown, file: string | undefined): string {
  const err = error as NodeJS.ErrnoException & { mark?: { line: number; column: number }; reason?: string };
  if (err?.code === 'ENOENT' || err?.code === 'EISDIR' || err?.code === 'EACCES') return describeIoError(error);
  if (err?.mark && err.reason) return `${err.reason} (line ${err.mark.line + 1}, column ${err.mark.column + 1})`;
  // cosmiconfig wraps JSON errors as "JSON Error in <file>:\n<reason>"; keep the reason on one line.
  let message = String(err?.message ?? error);
  if (file) message = message.split(file).join('');
  return message.replace(/^JSON Error in\s*:?\s*/, '').replace(/\s+/g, ' ').trim();
}
