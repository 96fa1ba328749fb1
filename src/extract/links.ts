import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Node } from 'unist';
import type { LinkClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { htmlAttributes } from './html-tags.js';
import { positionOf } from './positions.js';

/**
 * Every link a page makes, with the position of its URL and of its fragment: Markdown links and
 * autolinks, link reference definitions (a `[text][ref]` use is checked through its definition),
 * `href` on any JSX element (`<Card href>`, `<Link href>`, `<a href>`), and `<a href>` in the raw
 * HTML of a `.md` page. Images are not links: their sources are left alone.
 */
export class LinkCollector {
  readonly links: LinkClaim[] = [];

  constructor(private readonly context: ExtractContext) {}

  see(node: Nodes): void {
    switch (node.type) {
      case 'link':
        this.add(node.url, 'markdown', node, this.lastInNode(node, node.url));
        break;
      case 'definition':
        this.add(node.url, 'definition', node, this.lastInNode(node, node.url));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.jsx(node);
        break;
      case 'html':
        this.html(node);
        break;
      default:
        break;
    }
  }


  private jsx(node: MdxJsxFlowElement | MdxJsxTextElement): void {
    for (const attribute of node.attributes) {
      // `href={url}` is an expression docspec cannot evaluate; only string values are links.
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
      const holder = attribute.position ? attribute : node;
      const start = holder.position?.start.offset;
      const end = holder.position?.end.offset;
      let at: number | undefined;
      if (start !== undefined && end !== undefined) {
        const written = this.context.lines.source.slice(start, end);
        const found = written.indexOf(attribute.value, written.indexOf('='));
        if (found !== -1) at = start + found;
      }
      this.add(attribute.value, 'jsx', holder as Node, at);
    }
  }

  private html(node: Nodes & { value: string }): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Container prefixes (`> `, list indentation) are cut from the node's value, so each URL is
    // found again in the source, in order.
    let cursor = start ?? 0;
    for (const attribute of htmlAttributes(node.value)) {
      if (attribute.tag !== 'a' || attribute.name !== 'href') continue;
      let at: number | undefined;
      if (start !== undefined && end !== undefined) {
        const found = this.context.lines.source.slice(cursor, end).indexOf(attribute.value);
        if (found !== -1) {
          at = cursor + found;
          cursor = at + attribute.value.length;
        }
      }
      this.add(attribute.value, 'html', node, at);
    }
  }

  /** The last place `url` is written inside a node: a link's destination comes after its text. */
  private lastInNode(node: Node, url: string): number | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || url === '') return undefined;
    const found = this.context.lines.source.slice(start, end).lastIndexOf(url);
    return found === -1 ? undefined : start + found;
  }

  /** `at` is the URL's offset in the page when it is written there exactly as parsed (no escapes or entities). */
  private add(url: string, source: LinkClaim['source'], node: Node, at: number | undefined): void {
    const lines = this.context.lines;
    const claim: LinkClaim = {
      kind: 'link',
      url,
      position: at === undefined ? positionOf(node) : { start: lines.pointAt(at), end: lines.pointAt(at + url.length) },
      source,
    };
    const hash = url.indexOf('#');
    if (hash !== -1) {
      claim.fragment = url.slice(hash + 1);
      if (at !== undefined) {
        const range: [number, number] = [at + hash + 1, at + url.length];
        claim.fragmentSpan = { range, position: { start: lines.pointAt(range[0]), end: lines.pointAt(range[1]) } };
      }
    }
    this.links.push(claim);
  }
}
