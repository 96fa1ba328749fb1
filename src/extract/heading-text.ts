import type { Heading, Nodes, PhrasingContent } from 'mdast';
import type { SlugFlavour } from '../config/types.js';

/** A heading's text as the renderer slugs it, and the id its author gave it, if any. */
export interface HeadingText {
  text: string;
  explicitId?: string;
}

/** Fumadocs `## Title [#custom-id]` (remark-heading's regex, on the last text child). */
const FUMADOCS_ID = /\s*\[#([^]+?)]\s*$/;
/** Docusaurus (and Mintlify) `## Title {#custom-id}`; in `.mdx` this is an expression MDX rejects, so it only reaches here from `.md`. */
const BRACE_ID = /\s*\{#([^{}\s]+)\}\s*$/;
// Docusaurus 3.10's MDX form, `## Title {/* #custom-id */}`: a comment expression as the last child.
const COMMENT_ID = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/;

/**
 * Reads a heading the way the site's renderer does. With explicit ids the id replaces the slug
 * (Fumadocs and Docusaurus never slug such a heading), so the id syntax is cut from the text.
 *
 * `github` follows Fumadocs' `flattenNode`: every descendant's `value` — text, inline code, raw
 * HTML (`<span>` stays as text), MDX expression source — joined, and nothing from an image (its
 * alt is an attribute). It accepts Fumadocs' and Docusaurus' id syntaxes, since one flavour
 * serves both. `mintlify` reads the rendered text instead: raw HTML tags and expressions show
 * nothing, so they add nothing; its id syntax is `{#id}`.
 */
export function readHeading(node: Heading, flavour: SlugFlavour): HeadingText {
  const children = [...node.children];
  let explicitId: string | undefined;
  const last = children.at(-1);
  if (last?.type === 'text') {
    // On Mintlify `[#id]` is what the page loader made of `{#id}` in MDX (see mintlify-ids.ts).
    const patterns = [FUMADOCS_ID, BRACE_ID];
    for (const pattern of patterns) {
      const match = pattern.exec(last.value);
      if (!match) continue;
      explicitId = match[1];
      children[children.length - 1] = { ...last, value: last.value.slice(0, match.index) };
      break;
    }
  } else if (last?.type === 'mdxTextExpression' && flavour === 'github') {
    const match = COMMENT_ID.exec(last.value);
    if (match) {
      explicitId = match[1];
      children.pop();
    }
  }
  const flatten = flavour === 'github' ? flattenSource : flattenRendered;
  const text = children.map((child) => flatten(child)).join('');
  return explicitId === undefined ? { text } : { text: text.trim(), explicitId };
}

function flattenSource(node: Nodes | PhrasingContent): string {
  if ('children' in node) return node.children.map((child) => flattenSource(child as Nodes)).join('');
  if ('value' in node) return node.value;
  return '';
}

function flattenRendered(node: Nodes | PhrasingContent): string {
  if (node.type === 'html' || node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if ('children' in node) return node.children.map((child) => flattenRendered(child as Nodes)).join('');
  if ('value' in node) return node.value;
  return '';
}
