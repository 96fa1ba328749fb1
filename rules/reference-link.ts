import { generatedReference, type GeneratedReference, type ReferenceMiss } from '../src/reference/generated-reference.js';
import type { Filter } from '../src/reference/filters.js';
import { referenceLinkOf } from '../src/reference/link-scope.js';
import type { Field } from '../src/reference/templates.js';
import type { Rule } from '../src/rule-api.js';

export const referenceLink: Rule = {
  meta: {
    id: 'reference-link',
    description: 'A link into the generated API reference must name an operation or tag the spec has, the way the reference generator writes its URLs.',
    defaultSeverity: 'error',
    fixable: false,
    needsSite: true,
    messages: {
      unknown: '`{{value}}` is not {{what}} in {{spec}}; did you mean `{{suggestion}}`{{was}} ({{url}})?',
      unknownNoSuggestion: '`{{value}}` is not {{what}} in {{spec}}',
      unknownUnder: '`{{value}}` is not {{what}} under {{parentWhat}} `{{parent}}` in {{spec}}; did you mean `{{suggestion}}`{{was}} ({{url}})?',
      elsewhere: '`{{value}}` is not under {{parentWhat}} `{{parent}}` in {{spec}}; its page is {{url}}',
      shape: '{{link}} matches no URL of the {{preset}} reference at {{prefix}} ({{templates}})',
    },
  },
  check(context) {
    const site = context.site;
    if (!site || context.config.reference.length === 0) return;
    for (const link of context.page.links) {
      const inside = referenceLinkOf(context.config, site, context.file, link.url);
      if (!inside) continue;
      const reference = generatedReference(context.spec, inside.reference);
      if (reference.find(inside.key)) continue;
      const miss = reference.explain(inside.key);
      const subject = `${inside.reference.prefix}${inside.key}`;
      const position = inside.key.startsWith('#') ? (link.fragmentSpan?.position ?? link.position) : link.position;
      context.report({ ...describeMiss(miss, reference, link.url), position, subject });
    }
  },
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
  Object.assign(data, { suggestion, was: original !== suggestion ? ` (${original})` : '', url: reference.urlOf(miss.nearest) });
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
