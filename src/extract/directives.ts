import type { Nodes } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import type { Directive } from '../types.js';

const KINDS = new Set(['disable', 'enable', 'disable-line', 'disable-next-line']);

/**
 * A `docspec-…` comment: `<!-- docspec-disable-next-line endpoint-exists -->` in Markdown,
 * `{/* docspec-disable-next-line endpoint-exists -- why *\/}` in MDX. Rule ids are separated by
 * spaces; text after ` -- ` is the reason and is ignored.
 */
export function directiveOf(node: Nodes): Directive | undefined {
  if (node.type !== 'html' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return undefined;
  const marker = commentMarker(node);
  if (!marker?.name.startsWith('docspec-')) return undefined;
  const kind = marker.name.slice('docspec-'.length);
  if (!KINDS.has(kind)) return undefined;
  const rules = marker.attributes.split(/\s+--(\s|$)/)[0]!.split(/\s+/).filter(Boolean);
  return {
    kind: kind as Directive['kind'],
    rules,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
    endLine: node.position?.end.line ?? 1,
  };
}
