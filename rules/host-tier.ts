import { claimSubject, type Rule, type RuleContext } from '../src/rule-api.js';
import { splitTemplate } from '../src/spec/path-trie.js';
import { formatLocation, tiersOfServer, type Operation } from '../src/spec/spec-index.js';
import { TierReader, type TierEvidence, servedOnTier } from '../src/tiers/claimed-tier.js';
import type { Position } from '../src/types.js';

export const hostTier: Rule = {
  meta: {
    id: 'host-tier',
    description: 'An operation must be documented on the host tier the spec serves it on.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      wrongTier: '{{claim}} is documented on {{claimed}} ({{evidence}}) but the spec serves it on {{served}} ({{where}})',
    },
  },
  check(context) {
    const reader = TierReader.for(context.config);
    if (!reader.enabled) return;
    const prose = context.options.prose !== false;

    for (const claim of context.endpoints) {
      const evidence = reader.forEndpoint(claim, context.page);
      if (!evidence || (!prose && (evidence.kind === 'sentence' || evidence.kind === 'heading'))) continue;
      const operations = context.spec.operationsOf(claim.path, claim.method);
      const template = operations[0]?.path ?? claim.path.raw;
      const label = claim.method ? `${claim.method.toUpperCase()} ${template}` : template;
      checkTier(context, operations, evidence, label, claim.position, claimSubject(claim));
    }

    if (!prose) return;
    for (const mention of context.page.routeMentions) {
      // A route named in prose is a claim only in a sentence that names a tier.
      const evidence = reader.forProse(mention.context, context.page, true);
      if (!evidence || evidence.kind !== 'sentence') continue;
      const templates = new Map<string, Operation[]>();
      for (const entry of context.spec.entries) {
        const literals = splitTemplate(entry.template).filter((segment) => !segment.includes('{'));
        if (literals.at(-1) === mention.name) templates.set(`${entry.spec.file}\0${entry.template}`, [...entry.operations.values()]);
      }
      if (templates.size !== 1) continue;
      const [operations] = [...templates.values()];
      checkTier(context, operations!, evidence, `\`${mention.name}\` (${operations![0]?.path})`, mention.position, `route ${mention.name}`);
    }
  },
};

/** Reports when none of the operations is served on the claimed tier (and all of them say where they are). */
function checkTier(context: RuleContext, operations: Operation[], evidence: TierEvidence, label: string, position: Position, subject: string): void {
  if (servedOnTier(operations, evidence.tier) !== false) return;
  const operation = operations[0]!;
  const served = [...new Set(operations.flatMap((candidate) => candidate.tiers))];
  context.report({
    messageId: 'wrongTier',
    data: {
      claim: label,
      claimed: evidence.tier,
      evidence: evidence.description,
      served: served.join(' and '),
      where: [...serverUrls(operation, served, context), formatLocation(operation.location())].join(', '),
    },
    position,
    subject: `${subject} on ${evidence.tier}`,
  });
}

/** The operation's server URLs that belong to the tiers it is served on, for the message. */
function serverUrls(operation: Operation, tiers: string[], context: RuleContext): string[] {
  const urls = operation.servers
    .map((server) => server.url)
    .filter((url) => tiersOfServer(url, context.config.tiers).some((tier) => tiers.includes(tier)));
  return [...new Set(urls)];
}
