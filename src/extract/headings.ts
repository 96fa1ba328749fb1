import type { Heading } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { HeadingDef } from '../types.js';
import { positionOf } from './positions.js';

/** Heading slugs of one page, numbered for duplicates the way GitHub and Fumadocs do it. */
export class HeadingCollector {
  private readonly slugger = new GithubSlugger();
  readonly headings: HeadingDef[] = [];

  add(node: Heading): void {
    const text = toString(node);
    this.headings.push({ kind: 'heading', depth: node.depth, text, slug: this.slugger.slug(text), position: positionOf(node) });
  }
}
