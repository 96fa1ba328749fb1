import type { ReferencePreset } from '../config/types.js';
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
