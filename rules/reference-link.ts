import { pageOperation } from '../src/lint/bindings.js';
import { generatedReference, type GeneratedReference, type ReferenceMiss } from '../src/reference/generated-reference.js';
import type { Filter } from '../src/reference/filters.js';
import { boundFieldSection, referenceLinkOf } from '../src/reference/link-scope.js';
import { checkFieldAnchor, fieldSectionOf, mintlifyFieldsOf, type FieldSection } from '../src/reference/mintlify-fields.js';
import type { Field } from '../src/reference/templates.js';
import type { RuleContext, Rule } from '../src/rule-api.js';
import { safeDecode } from '../src/text/percent.js';
import type { Operation } from '../src/spec/spec-index.js';
import { operationLabel } from '../src/spec/spec-index.js';
import type { LinkClaim } from '../src/types.js';

export const referenceLink: Rule = {
  meta: {
    id: 'reference-link',
    description:
      'A link into the generated API reference must name an operation or tag the spec has, the way the reference generator writes its URLs, and a Mintlify field anchor must name a field of its operation.',
    defaultSeverity: 'error',
    fixable: false,
    needsSite: true,
    messages: {
      unknown: '`{{value}}` is not {{what}} in {{spec}}; did you mean `{{suggestion}}`{{was}} ({{url}})?',
      unknownNoSuggestion: '`{{value}}` is not {{what}} in {{spec}}',
      unknownUnder: '`{{value}}` is not {{what}} under {{parentWhat}} `{{parent}}` in {{spec}}; did you mean `{{suggestion}}`{{was}} ({{url}})?',
      elsewhere: '`{{value}}` is not under {{parentWhat}} `{{parent}}` in {{spec}}; its page is {{url}}',
      shape: '{{link}} matches no URL of the {{preset}} reference at {{prefix}} ({{templates}})',
      field: '`#{{fragment}}` is not {{what}} of {{operation}} in {{spec}}; did you mean `#{{suggestion}}` ({{field}})?',
      fieldNoSuggestion: '`#{{fragment}}` is not {{what}} of {{operation}} in {{spec}}',
    },
  },
  check(context) {
    const site = context.site;
    if (!site) return;
    for (const link of context.page.links) {
      const inside = referenceLinkOf(context.config, site, context.file, link.url);
      if (!inside) {
        // A page of the tree generated from an operation (Mintlify `openapi:` frontmatter) and its field anchors.
        if (link.fragment === undefined) continue;
        const target = site.resolve(context.file, link.url);
        const anchors = target.kind === 'page' ? site.anchorsOf(target.file) : undefined;
        if (!anchors || !boundFieldSection(anchors, link.fragment)) continue;
        // A binding that names no single operation is endpoint-exists' to report.
        const operation = pageOperation(anchors.specBindings, context.spec);
        if (operation) checkField(context, link, safeDecode(link.fragment), operation);
        continue;
      }
      const reference = generatedReference(context.spec, inside.reference);
      const found = reference.find(inside.key);
      if (found) {
        if (inside.fragment !== undefined && inside.reference.preset === 'mintlify' && found.operation && fieldSectionOf(inside.fragment)) {
          checkField(context, link, inside.fragment, found.operation);
        }
        continue;
      }
      const miss = reference.explain(inside.key);
      const subject = `${inside.reference.prefix}${inside.key}`;
      const position = inside.key.startsWith('#') ? (link.fragmentSpan?.position ?? link.position) : link.position;
      context.report({ ...describeMiss(miss, reference, link.url), position, subject });
    }
  },
};

/** Reports a Mintlify field anchor (`#body-user-name`) that names no field of the page's operation. */
function checkField(context: RuleContext, link: LinkClaim, fragment: string, operation: Operation): void {
  const verdict = checkFieldAnchor(fragment, mintlifyFieldsOf(operation, context.spec.schemas));
  if (verdict.kind === 'ok') return;
  const data: Record<string, string> = {
    fragment,
    what: SECTION_NAMES[verdict.section],
    operation: operationLabel(operation),
    spec: operation.spec.displayPath,
  };
  if (verdict.nearest) Object.assign(data, { suggestion: verdict.nearest.id, field: `${SECTION_NAMES[verdict.nearest.section].replace(/^an? /, '')} ${verdict.nearest.field}` });
  const linkPath = link.url.split('#')[0] ?? '';
  context.report({
    messageId: verdict.nearest ? 'field' : 'fieldNoSuggestion',
    data,
    position: link.fragmentSpan?.position ?? link.position,
    subject: `${linkPath}#${fragment}`,
  });
}

const SECTION_NAMES: Record<FieldSection, string> = {
  authorization: 'a credential',
  parameter: 'a parameter',
  body: 'a request body field',
  response: 'a response field',
};

function describeMiss(miss: ReferenceMiss, reference: GeneratedReference, link: string): { messageId: string; data: Record<string, string> } {
  const spec = reference.specDisplay;
  if (miss.kind === 'shape') {
    const templates = reference.templates.map((template) => template.text).join(', ');
    return { messageId: 'shape', data: { link, preset: reference.config.preset, prefix: reference.config.prefix, templates } };
  }
  if (miss.kind === 'elsewhere') {
    return { messageId: 'elsewhere', data: { value: miss.value, parentWhat: FIELD_NAMES[miss.parent.field], parent: miss.parent.value, spec, url: reference.urlOf(miss.target) } };
  }
  const data: Record<string, string> = { value: miss.value, what: describeField(miss.field, miss.filter), spec };
  if (miss.parent) Object.assign(data, { parentWhat: FIELD_NAMES[miss.parent.field], parent: miss.parent.value });
  if (!miss.nearest) return { messageId: 'unknownNoSuggestion', data };
  const suggestion = miss.nearest.rendered[miss.nearestIndex]!;
  const original = miss.nearest.original[miss.nearestIndex]!;
  // Name the spec's own value when the URL shows it transformed: `get-llm-billing-mode` (getLlmBillingMode).
  Object.assign(data, { suggestion, was: original !== suggestion ? ` (${original})` : '', url: miss.nearestUrl ?? reference.urlOf(miss.nearest) });
  return { messageId: miss.parent ? 'unknownUnder' : 'unknown', data };
}

const FIELD_NAMES: Record<Field, string> = { tag: 'tag', operationId: 'operationId', summary: 'summary', method: 'method', path: 'path', title: 'summary' };

/** `an operationId`, `a tag as Mintlify slugs it`, `an operationId in kebab-case`. */
function describeField(field: Field, filter: Filter): string {
  const name = FIELD_NAMES[field];
  const article = /^[aeiou]/i.test(name) ? 'an' : 'a';
  // Mintlify's page slug: the summary slugged, or the method and path for an operation without one.
  if (field === 'title') return 'an operation summary slug';
  switch (filter) {
    case 'raw':
      return `${article} ${name}`;
    case 'kebab':
      return `${article} ${name} in kebab-case`;
    case 'slug':
      return `${article} ${name} slug`;
    case 'mintlify':
      return `${article} ${name} as Mintlify writes it in URLs`;
    case 'redoc':
      return `${article} ${name} as Redoc writes it in fragments`;
  }
}
