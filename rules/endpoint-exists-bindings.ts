import { bindingProblem, resolveEndpointBinding, resolveWebhookBinding, operationsWithId, specsNamed, type BindingProblem, type SpecWebhook } from '../src/lint/bindings.js';
import { closest, typoReach } from '../src/text/closest.js';
import type { RuleContext } from '../src/rule-api.js';
import { locationList, specList } from '../src/spec/describe.js';
import { formatLocation, type Operation } from '../src/spec/spec-index.js';
import type { EndpointClaim } from '../src/types.js';

/**
 * endpoint-exists for page bindings (`openapi: GET /x`, `api:`, `operationId:`, `<APIPage>`):
 * the binding must name exactly one operation of its spec. The messages name the binding as
 * written, so the author knows it is the page's frontmatter or component that is wrong.
 */
export const bindingMessages = {
  bindingUnknownPath: "The page's binding {{binding}} matches no path in {{specs}}; did you mean {{suggestion}}?",
  bindingUnknownPathNoSuggestion: "The page's binding {{binding}} matches no path in {{specs}}",
  bindingWrongMethod: "The page's binding {{binding}} names no operation: {{template}} allows {{allowed}} ({{location}})",
  bindingAmbiguous: "The page's binding {{binding}} matches {{count}} operations ({{locations}}); name the spec file in the binding",
  unknownOperationId: "The page's binding {{binding}} names no operation in {{specs}}; did you mean {{suggestions}}?",
  unknownOperationIdNoSuggestion: "The page's binding {{binding}} names no operation in {{specs}}",
  unknownWebhook: "The page's binding {{binding}} names no webhook in {{specs}}; did you mean {{suggestion}} ({{location}})?",
  unknownWebhookNoSuggestion: "The page's binding {{binding}} names no webhook in {{specs}}, which {{declare}} {{known}}",
  webhookWrongMethod: "The page's binding {{binding}} names no operation: webhook {{name}} has {{allowed}} ({{location}})",
};

export function checkBinding(context: RuleContext, claim: EndpointClaim, subject: string): void {
  const binding = claim.binding!;
  const resolution = resolveEndpointBinding(claim.path, claim.method, binding.spec, context.spec);
  const problem = bindingProblem(resolution, claim.path, claim.method, context.spec);
  if (problem) context.report({ messageId: BINDING_MESSAGE_IDS[problem.kind], data: { binding: binding.written, ...problem.data }, position: claim.position, subject });
}

const BINDING_MESSAGE_IDS: Record<BindingProblem['kind'], keyof typeof bindingMessages> = {
  unknownPath: 'bindingUnknownPath',
  unknownPathNoSuggestion: 'bindingUnknownPathNoSuggestion',
  wrongMethod: 'bindingWrongMethod',
  ambiguous: 'bindingAmbiguous',
};

/** `operationId:` bindings that name no operation, or several (the same id in two specs). */
export function checkOperationIds(context: RuleContext): void {
  for (const binding of context.page.operationIds ?? []) {
    const operations = operationsWithId(binding, context.spec);
    const base = { position: binding.position, subject: `operationId ${binding.operationId}` };
    if (operations.length > 1) {
      context.report({ messageId: 'bindingAmbiguous', data: { binding: binding.written, count: operations.length, locations: locationList(operations) }, ...base });
    }
    if (operations.length > 0) continue;
    const specs = specsNamed(binding.spec, context.spec);
    const closest = closestIds(binding.operationId, context.spec.operations.filter((operation) => specs.includes(operation.spec)));
    const data = { binding: binding.written, specs: specList(specs) };
    context.report(
      closest.length > 0
        ? { messageId: 'unknownOperationId', data: { ...data, suggestions: closest.map((operation) => `${operation.operationId} (${formatLocation(operation.location())})`).join(' or ') }, ...base }
        : { messageId: 'unknownOperationIdNoSuggestion', data, ...base },
    );
  }
}

/** Webhook bindings (`openapi: webhook taskCreated`, `<APIPage webhooks>`) that name no webhook of their spec, or no method of it. */
export function checkWebhooks(context: RuleContext): void {
  for (const binding of context.page.webhooks ?? []) {
    const resolution = resolveWebhookBinding(binding, context.spec);
    const base = { position: binding.position, subject: `webhook ${binding.method ? `${binding.method.toUpperCase()} ` : ''}${binding.name}` };
    switch (resolution.kind) {
      case 'webhook':
        continue;
      case 'wrong-method':
        context.report({
          messageId: 'webhookWrongMethod',
          data: {
            binding: binding.written,
            name: binding.name,
            allowed: resolution.webhook.methods.map((method) => method.toUpperCase()).join(', ') || 'no operation',
            location: webhookLocation(resolution.webhook),
          },
          ...base,
        });
        continue;
      case 'ambiguous':
        context.report({
          messageId: 'bindingAmbiguous',
          data: { binding: binding.written, count: resolution.webhooks.length, locations: resolution.webhooks.map(webhookLocation).join(', ') },
          ...base,
        });
        continue;
      case 'no-webhook': {
        const data = { binding: binding.written, specs: specList(resolution.specs) };
        const [nearest] = closest(binding.name, resolution.known, (webhook) => webhook.name, typoReach(binding.name));
        if (nearest) {
          context.report({ messageId: 'unknownWebhook', data: { ...data, suggestion: nearest.name, location: webhookLocation(nearest) }, ...base });
          continue;
        }
        const names = [...new Set(resolution.known.map((webhook) => webhook.name))];
        const known = names.length === 0 ? 'no webhooks' : names.length <= 5 ? `webhooks ${names.join(', ')}` : `${names.length} webhooks`;
        const declare = resolution.specs.length === 1 ? 'declares' : 'declare';
        context.report({ messageId: 'unknownWebhookNoSuggestion', data: { ...data, declare, known }, ...base });
        continue;
      }
    }
  }
}

function webhookLocation(webhook: SpecWebhook): string {
  return formatLocation({ file: webhook.spec.displayPath, line: webhook.line });
}

/** The operations whose ids are nearest by edit distance (ties kept, at most three), when near enough to be a typo. */
function closestIds(wanted: string, operations: Operation[]): Operation[] {
  const named = operations.filter((operation) => operation.operationId !== undefined).sort((a, b) => a.operationId!.localeCompare(b.operationId!));
  return closest(wanted, named, (operation) => operation.operationId!, typoReach(wanted)).slice(0, 3);
}


