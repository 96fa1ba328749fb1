import type { ResolvedConfig } from '../config/types.js';
import { HostClassifier } from '../extract/url.js';
import type { SpecIndex } from '../spec/spec-index.js';

/**
 * The hosts that mean "this API": the config's `hosts`, every tier's hosts, and the spec servers'
 * hosts. A server whose whole host is a variable (`https://{baseurl}`) contributes only its
 * default and enum values, or it would make every host in the docs look like the API.
 */
export function apiHostClassifier(config: ResolvedConfig, spec: SpecIndex): HostClassifier {
  const patterns = new Set<string>(config.hosts);
  for (const tier of Object.values(config.tiers)) for (const host of tier.hosts ?? []) patterns.add(host);
  for (const operation of spec.operations) {
    for (const server of operation.servers) {
      for (const host of server.hosts) patterns.add(host);
      if (server.hostPattern && /[a-z0-9-]\.[a-z]/i.test(server.hostPattern.replace(/\*/g, ''))) patterns.add(server.hostPattern);
    }
  }
  return new HostClassifier(patterns);
}
