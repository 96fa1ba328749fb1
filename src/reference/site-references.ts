import type { ResolvedConfig } from '../config/types.js';
import { specsMatching } from '../lint/bindings.js';
import type { SiteIndex } from '../site/site-index.js';
import type { LoadedSpec } from '../spec/load.js';
import type { SpecIndex } from '../spec/spec-index.js';

/**
 * The config with the references a Mintlify site declares itself: each `openapi` block of its
 * docs.json with a `directory` generates `/{directory}/{tag}/{summary}` pages, exactly what the
 * `mintlify` preset describes, so links there are checked without a `reference` entry. An entry
 * the config already has for that prefix wins. The spec is the config spec the block's `source`
 * names (as a file under the content folder, or by file name); a source docspec cannot match
 * (a URL, a renamed copy) means every spec, which accepts a page any of them generates.
 */
export function withSiteReferences(config: ResolvedConfig, site: SiteIndex, index: SpecIndex): ResolvedConfig {
  const configured = new Set(config.reference.map((entry) => entry.prefix));
  const added: ResolvedConfig['reference'] = [];
  for (const { directory, source } of site.openapiDirectories) {
    const prefix = generatedPrefix(config, directory);
    if (configured.has(prefix)) continue;
    configured.add(prefix);
    const spec = source === undefined ? undefined : specOfSource(source, index);
    added.push({ preset: 'mintlify', prefix, ...(spec ? { spec: spec.displayPath, specPath: spec.file } : {}) });
  }
  return added.length > 0 ? { ...config, reference: [...config.reference, ...added] } : config;
}

/** The one spec a docs.json `source` names, if it names exactly one. */
export function specOfSource(source: string, index: SpecIndex): LoadedSpec | undefined {
  const matching = specsMatching(source, index);
  return matching.length === 1 ? matching[0] : undefined;
}

/** The URL prefix of the pages an `openapi` directory generates, below the site's base URL. */
export function generatedPrefix(config: ResolvedConfig, directory: string): string {
  return `${config.site.baseUrl.replace(/\/+$/, '')}/${directory}`;
}
