import type { Rule, RuleContext } from '../src/rule-api.js';
import { resolveEndpointBinding } from '../src/lint/bindings.js';
import { sectionAt, sectionHolds } from '../src/lint/sections.js';
import { replacementOf } from '../src/spec/replacement.js';
import { formatLocation, type Operation, type SpecLocation, operationLabel } from '../src/spec/spec-index.js';
import type { EndpointClaim } from '../src/types.js';

export const deprecatedEndpoint: Rule = {
  meta: {
    id: 'deprecated-endpoint',
    description: 'An operation the spec marks deprecated must be documented with a deprecation note.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      undocumented: '{{operation}} is deprecated in the spec ({{location}}) but the page does not say so',
      undocumentedWithReplacement: '{{operation}} is deprecated in the spec ({{location}}) but the page does not say so; the spec points to {{replacement}} instead',
    },
  },
  check(context) {
    const notes = context.page.deprecationNotes ?? [];
    if (notes.some((note) => note.scope === 'page')) return;

    const rendered = renderedOperations(context);
    // The claims of each deprecated operation the page documents by hand.
    const claimsOf = new Map<Operation, EndpointClaim[]>();
    for (const claim of context.endpoints) {
      // A generated page renders the spec's own deprecation badge; Mintlify's `api:` is written by hand.
      if (claim.binding && claim.binding.via !== 'api') continue;
      if (!claim.method || claim.path.prefix) continue;
      const operations = context.spec.operationsOf(claim.path, claim.method);
      if (operations.length !== 1 || !operations[0]!.deprecated || rendered.has(operations[0]!)) continue;
      const claims = claimsOf.get(operations[0]!) ?? [];
      claims.push(claim);
      claimsOf.set(operations[0]!, claims);
    }

    const headings = context.page.headings;
    const placed = notes.map((note) => ({ note, section: sectionAt(note.position.start.line, headings) }));
    const noted = (claim: EndpointClaim): boolean => {
      const line = claim.position.start.line;
      const section = sectionAt(line, headings);
      return placed.some(({ note, section: where }) => {
        if (note.scope === 'row') return note.position.start.line <= line && line <= note.position.end.line;
        // A sibling section's note is about that section's operation.
        return sectionHolds(section, where) || (note.scope === 'section-and-subsections' && sectionHolds(where, section));
      });
    };

    for (const [operation, claims] of claimsOf) {
      // One note by any mention of the operation is the page saying so; repeating it at every example is not asked.
      if (claims.some(noted)) continue;
      const label = operationLabel(operation);
      const replacement = replacementOf(operation, context.spec);
      context.report({
        messageId: replacement ? 'undocumentedWithReplacement' : 'undocumented',
        data: {
          operation: label,
          location: formatLocation(deprecationLocation(operation)),
          ...(replacement ? { replacement: replacement.written } : {}),
        },
        position: claims.reduce((first, claim) => (before(claim, first) ? claim : first)).position,
        subject: label,
      });
    }
  },
};

/** Operations the page renders from the spec (`openapi:`, `<APIPage>`, `operationId:`), badge included. */
function renderedOperations(context: RuleContext): Set<Operation> {
  const rendered = new Set<Operation>();
  for (const claim of context.endpoints) {
    if (!claim.binding || claim.binding.via === 'api') continue;
    const resolution = resolveEndpointBinding(claim.path, claim.method, claim.binding.spec, context.spec);
    if (resolution.kind === 'operation') rendered.add(resolution.operation);
  }
  return rendered;
}

function before(a: EndpointClaim, b: EndpointClaim): boolean {
  return a.position.start.line < b.position.start.line || (a.position.start.line === b.position.start.line && a.position.start.column < b.position.start.column);
}

/** The `deprecated: true` line, else the operation's (an operation in another file of a split spec). */
function deprecationLocation(operation: Operation): SpecLocation {
  const line = operation.spec.locator.lineOf(['paths', operation.path, operation.method, 'deprecated']);
  return line ? { file: operation.spec.displayPath, line } : operation.location();
}
