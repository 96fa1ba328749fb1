import type { ReferenceConfig, ReferencePreset } from '../config/types.js';
import { literalHead, parseTemplate, type Field, type UrlTemplate } from './templates.js';
import type { Operation } from '../spec/spec-index.js';

/** One URL template of a preset, and the operations it applies to (all when no `when`). */
export interface PresetTemplate {
  text: string;
  when?: (operation: Operation) => boolean;
}

const untagged = (operation: Operation) => tagsOf(operation).length === 0;
const tagged = (operation: Operation) => tagsOf(operation).length > 0;
const withoutOperationId = (operation: Operation) => !operation.operationId;

/**
 * The URLs each generator gives an operation, relative to the reference's prefix (or page):
 * - redoc: one page; `#tag/{tag}/operation/{operationId}` (Redoc's menu ids), `#operation/{operationId}`
 *   (which Redoc also resolves) and `#tag/{tag}`.
 * - mintlify: `/{tag}/{summary}` as Mintlify's endpoint-URL page states it, the tag part left out for an
 *   untagged operation and the method and path standing in for a missing summary.
 * - docusaurus (docusaurus-plugin-openapi-docs): `/{kebab(operationId)}`, the summary when there is no
 *   operationId, and a page per tag `/{kebab(tag)}`.
 * - fumadocs (fumadocs-openapi `generateFiles` grouped by tag): `/{tag}/{operationId}`.
 */
export const PRESET_TEMPLATES: Record<Exclude<ReferencePreset, 'custom'>, PresetTemplate[]> = {
  redoc: [{ text: '#tag/{tag|redoc}/operation/{operationId}' }, { text: '#operation/{operationId}' }, { text: '#tag/{tag|redoc}' }],
  mintlify: [
    { text: '/{tag|mintlify}/{title}', when: tagged },
    { text: '/{title}', when: untagged },
  ],
  docusaurus: [{ text: '/{operationId|kebab}' }, { text: '/{summary|kebab}', when: withoutOperationId }, { text: '/{tag|kebab}' }],
  fumadocs: [{ text: '/{tag}/{operationId}' }],
};

/** The operation's tags as the spec lists them (strings only). */
export function tagsOf(operation: Operation): string[] {
  const tags = operation.raw.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string' && tag !== '') : [];
}

/** A reference's templates as written: its preset's, or its own `template` (one or several) for `custom`. */
export function templatesOf(reference: Pick<ReferenceConfig, 'preset' | 'template'>): PresetTemplate[] {
  if (reference.preset !== 'custom') return PRESET_TEMPLATES[reference.preset];
  return (Array.isArray(reference.template) ? reference.template : [reference.template ?? '']).map((text) => ({ text }));
}

/** The fields presets may use, the internal `title` included. */
const FIELDS_FOR_PRESETS: readonly Field[] = ['tag', 'operationId', 'summary', 'method', 'path', 'title'];

export interface ParsedReference {
  templates: Array<{ entry: PresetTemplate; template: UrlTemplate }>;
  /** `fragment` for a one-page reference (Redoc): its operations are fragments of the prefix page. */
  mode: 'path' | 'fragment';
  /** What the fragments of a one-page reference start with (`tag/`, `operation/`), `#` left off. */
  heads: string[];
}

const parsed = new WeakMap<object, ParsedReference>();

/**
 * A reference's templates parsed once per config entry: every link of every page asks whether it
 * points into the reference. The config was validated, so every template parses.
 */
export function parsedReference(reference: Pick<ReferenceConfig, 'preset' | 'template'>): ParsedReference {
  let known = parsed.get(reference);
  if (!known) {
    const templates = templatesOf(reference).map((entry) => ({ entry, template: parseTemplate(entry.text, FIELDS_FOR_PRESETS) as UrlTemplate }));
    const mode = templates[0]?.template.mode ?? 'path';
    // An empty head (`#{operationId}`) claims every fragment of the page: it renders nothing else.
    const heads = mode === 'fragment' ? templates.map(({ template }) => literalHead(template).slice(1)) : [];
    known = { templates, mode, heads };
    parsed.set(reference, known);
  }
  return known;
}
