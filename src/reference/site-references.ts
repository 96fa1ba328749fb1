import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import type { SiteIndex } from '../site/site-index.js';

/**
 * The config with the references a Mintlify site declares itself: each `openapi` block of its
 * docs.json with a `directory` generates `/{directory}/{tag}/{summary}` pages, exactly what the
 * `mintlify` preset describes, so links there are checked without a `reference` entry. An entry
 * the config already has for that prefix wins. The spec is the config spec the block's `source`
 * names (as a file under the content folder, or by file name); a source docspec cannot match
 * (a URL, a renamed copy) means every spec, which accepts a page any of them generates.
 */
export function withSiteReferences(config: ResolvedConfig, site: SiteIndex): ResolvedConfig {
  const configured = new Set(config.reference.map((entry) => entry.prefix));
  const added: ResolvedConfig['reference'] = [];
  for (const { directory, source } of site.openapiDirectories) {
    const prefix = `${site.baseUrl}/${directory}`;
    if (configured.has(prefix)) continue;
    configured.add(prefix);
    const spec = source === undefined ? undefined : specOfSource(config, source);
    added.push({ preset: 'mintlify', prefix, ...(spec ? { spec: spec.path, specPath: spec.absolutePath } : {}) });
  }
  return added.length > 0 ? { ...config, reference: [...config.reference, ...added] } : config;
}

/** The config spec a docs.json `source` names: the file under the content folder, else the one spec with that file name. */
export function specOfSource(config: ResolvedConfig, source: string): ResolvedConfig['specs'][number] | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return undefined;
  const file = path.join(config.site.contentDir, source.replace(/^\/+/, ''));
  const exact = config.specs.find((spec) => path.normalize(spec.absolutePath) === path.normalize(file));
  if (exact) return exact;
  const named = config.specs.filter((spec) => path.basename(spec.absolutePath) === path.basename(file));
  return named.length === 1 ? named[0] : undefined;
}
