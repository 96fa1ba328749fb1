import type { Heading } from 'mdast';
import type { SlugFlavour } from '../config/types.js';
import { createSlugger, type Slugger } from '../site/slugger.js';
import type { HeadingDef } from '../types.js';
import { readHeading } from './heading-text.js';
import { positionOf } from './positions.js';

/**
 * The anchor ids of one page's headings, in document order, computed once per page. One slugger
 * per page numbers duplicates the way the renderer does; a heading with an explicit id is not
 * slugged at all (so it does not count as a duplicate either), as in Fumadocs and Docusaurus.
 */
export class HeadingCollector {
  private readonly slugger: Slugger;
  readonly headings: HeadingDef[] = [];

  constructor(private readonly flavour: SlugFlavour = 'github') {
    this.slugger = createSlugger(flavour);
  }

  add(node: Heading): void {
    const { text, explicitId } = readHeading(node, this.flavour);
    const heading: HeadingDef = { kind: 'heading', depth: node.depth, text, slug: explicitId ?? this.slugger.slug(text), position: positionOf(node) };
    if (explicitId !== undefined) heading.explicitId = explicitId;
    this.headings.push(heading);
  }
}
