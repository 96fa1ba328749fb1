import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { SlugFlavour } from '../config/types.js';
import { slugOf } from '../site/slugger.js';
import type { AnchorDef } from '../types.js';
import type { ExtractContext } from './context.js';
import { htmlAttributes } from './html-tags.js';
import { positionOf } from './positions.js';

/**
 * Ids a page defines besides its heading slugs: any JSX `id` attribute (`<a id>`, `<span id>`,
 * `<Step id>`), `<a name>` (the HTML name anchor GitHub and browsers honour), the same in raw HTML
 * of a `.md` page, and on Mintlify an `<Accordion title>` (Mintlify links an accordion by its
 * slugged title unless it has an `id`).
 */
export class AnchorCollector {
  readonly anchors: AnchorDef[] = [];
  private readonly flavour: SlugFlavour;

  constructor(context: ExtractContext) {
    this.flavour = context.slugs ?? 'github';
  }

  see(node: Nodes): void {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') this.jsx(node);
    else if (node.type === 'html') this.html(node);
  }


  private jsx(node: MdxJsxFlowElement | MdxJsxTextElement): void {
    let hasId = false;
    let title: string | undefined;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
      const isAnchor = attribute.name === 'id' || (attribute.name === 'name' && node.name === 'a');
      if (isAnchor && attribute.value !== '') {
        hasId ||= attribute.name === 'id';
        this.anchors.push({ kind: 'anchor', id: attribute.value, source: 'jsx', position: positionOf(attribute.position ? attribute : node) });
      }
      if (attribute.name === 'title') title = attribute.value;
    }
    if (this.flavour === 'mintlify' && node.name === 'Accordion' && !hasId && title) {
      this.anchors.push({ kind: 'anchor', id: slugOf(title, 'mintlify'), source: 'component', position: positionOf(node) });
    }
  }

  private html(node: Nodes & { value: string }): void {
    for (const attribute of htmlAttributes(node.value)) {
      const isAnchor = attribute.name === 'id' || (attribute.name === 'name' && attribute.tag === 'a');
      if (isAnchor && attribute.value !== '') this.anchors.push({ kind: 'anchor', id: attribute.value, source: 'html', position: positionOf(node) });
    }
  }
}
