import type { Rule, RuleContext } from '../src/rule-api.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { locateInside } from '../src/rule-positions.js';
import { isLoopbackHost } from '../src/extract/url.js';
import { hostServing, normaliseHost } from '../src/spec/server-hosts.js';
import { formatLocation, type Operation, operationLabel } from '../src/spec/spec-index.js';
import { NOTATION, TierReader, servedOnTier } from '../src/tiers/claimed-tier.js';
import type { EndpointClaim } from '../src/types.js';

export const serverHost: Rule = {
  meta: {
    id: 'server-host',
    description: "The host of an example URL must be one of the operation's servers.",
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      otherHost: '{{claim}} is documented on host {{host}} ({{evidence}}) but the spec serves it from {{servers}} ({{location}})',
    },
  },
  check(context) {
    const reader = TierReader.for(context.config);
    const listed = explicitHosts(context.config);
    for (const claim of context.endpoints) {
      const host = concreteHost(claim);
      if (!host || listed.has(normaliseHost(host))) continue;
      const operations = context.spec.operationsOf(claim.path, claim.method);
      if (operations.length === 0 || onOtherTier(reader, claim, operations)) continue;
      if (hostServing(operations, host) !== 'elsewhere') continue;
      report(context, claim, host, operations);
    }
  },
};

/**
 * The concrete host an example URL names: not a variable, a placeholder or a Host header, and not
 * localhost, which is the reader's own server rather than a claim about where the API lives.
 */
function concreteHost(claim: EndpointClaim): string | undefined {
  if (claim.hostFrom !== 'url' || claim.hostKind !== 'api' || !claim.host) return undefined;
  const { hostname, placeholder, variable } = claim.host;
  if (!hostname || placeholder || variable || isLoopbackHost(normaliseHost(hostname))) return undefined;
  return hostname;
}

/**
 * Hosts the config names one by one (`hosts`, `tiers.<name>.hosts`, not globs or variables): a
 * team lists a host it uses on purpose (a sandbox, a regional alias), so it counts as a server. A
 * glob only says which hosts are this API, not that every operation is served on each of them.
 */
function explicitHosts(config: ResolvedConfig): Set<string> {
  let hosts = explicitByConfig.get(config);
  if (!hosts) {
    const patterns = [...config.hosts, ...Object.values(config.tiers).flatMap((tier) => tier.hosts ?? [])];
    hosts = new Set(patterns.filter((pattern) => !/[*?[\]{}<>$]/.test(pattern)).map(normaliseHost));
    explicitByConfig.set(config, hosts);
  }
  return hosts;
}

const explicitByConfig = new WeakMap<ResolvedConfig, Set<string>>();

/** A host of another tier than the operation's is host-tier's finding; this rule does not repeat it. */
function onOtherTier(reader: TierReader, claim: EndpointClaim, operations: Operation[]): boolean {
  if (!reader.enabled || !claim.host) return false;
  const tier = reader.tierOfHost(claim.host);
  return tier !== undefined && servedOnTier(operations, tier) === false;
}

function report(context: RuleContext, claim: EndpointClaim, host: string, operations: Operation[]): void {
  const operation = operations[0]!;
  const label = claim.method ? operationLabel(operation) : operation.path;
  const servers = [...new Set(operations.flatMap((candidate) => candidate.servers.map((server) => server.url)))];
  context.report({
    messageId: 'otherHost',
    data: {
      claim: label,
      host: claim.host!.raw,
      evidence: NOTATION[claim.source] ?? 'this example',
      servers: servers.join(', '),
      location: formatLocation(operation.location()),
    },
    position: locateInside(context.lines, claim.position, claim.host!.raw),
    subject: `${label} host ${host}`,
  });
}
