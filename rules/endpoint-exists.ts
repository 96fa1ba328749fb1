import { claimSubject, type Rule } from '../src/rule-api.js';
import { describeEntry, methodList, specList } from '../src/spec/describe.js';
import { bindingMessages, checkBinding, checkOperationIds, checkWebhooks } from './endpoint-exists-bindings.js';
import { formatLocation } from '../src/spec/spec-index.js';
import type { EndpointClaim } from '../src/types.js';

export const endpointExists: Rule = {
  meta: {
    id: 'endpoint-exists',
    description: 'A documented path must match an operation in the spec, with a method the path allows.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unknownPath: '{{claim}} matches no path in the spec; did you mean {{suggestions}}?',
      unknownPathNoSuggestion: '{{claim}} matches no path in {{specs}}',
      unknownPrefix: 'No operation in the spec lives under {{claim}}',
      wrongMethod: '{{method}} {{template}} is not in the spec: the path allows {{allowed}} ({{location}})',
      ...bindingMessages,
    },
  },
  check(context) {
    checkOperationIds(context);
    checkWebhooks(context);
    for (const claim of context.endpoints) {
      const subject = claimSubject(claim);
      if (claim.binding) {
        checkBinding(context, claim, subject);
        continue;
      }
      if (claim.path.prefix) {
        if (!context.spec.hasPrefix(claim.path)) {
          context.report({ messageId: 'unknownPrefix', data: { claim: claim.path.raw }, position: claim.position, subject });
        }
        continue;
      }
      const entries = context.spec.match(claim.path);
      if (entries.length === 0) {
        // The best match, and the runner-up only when it is just as good: one clear hint beats a list.
        const [best, second] = context.spec.suggest(claim.path, claim.method);
        const tied = second && best && second.shared === best.shared && second.methodOk === best.methodOk;
        const suggestions = [best, tied ? second : undefined]
          .filter((suggestion) => suggestion !== undefined)
          .map(({ entry }) => describeEntry(entry, claim.method));
        context.report(
          suggestions.length > 0
            ? { messageId: 'unknownPath', data: { claim: describeClaim(claim), suggestions: suggestions.join(' or ') }, position: claim.position, subject }
            : {
                messageId: 'unknownPathNoSuggestion',
                data: { claim: describeClaim(claim), specs: specList(context.spec.specs) },
                position: claim.position,
                subject,
              },
        );
        continue;
      }
      if (claim.method && !entries.some((entry) => entry.operations.has(claim.method!))) {
        const entry = entries[0]!;
        const allowed = [...new Set(entries.flatMap((candidate) => [...candidate.operations.keys()]))];
        context.report({
          messageId: 'wrongMethod',
          data: {
            method: claim.method.toUpperCase(),
            template: entry.template,
            allowed: methodList(allowed),
            location: formatLocation(entry.location()),
          },
          position: claim.position,
          subject,
        });
      }
    }
  },
};

function describeClaim(claim: EndpointClaim): string {
  return claim.method ? `${claim.method.toUpperCase()} ${claim.path.raw}` : claim.path.raw;
}

