import type { DocPath, DocSegment } from '../types.js';
import { escapeRegex } from '../text/regex.js';

interface TrieNode<T> {
  literals: Map<string, TrieNode<T>>;
  /** Segments that mix literal text and parameters (`{fileId}.json`, `v{version}`). */
  patterns: Array<{ regex: RegExp; node: TrieNode<T> }>;
  /** A segment that is one parameter (`{id}`). */
  param?: TrieNode<T>;
  values: T[];
  /** How many templates end at or below this node. */
  count: number;
}

function emptyNode<T>(): TrieNode<T> {
  return { literals: new Map(), patterns: [], values: [], count: 0 };
}

/**
 * Matches documented paths against path templates one segment at a time. A literal segment
 * prefers a literal template segment, then a mixed one, then a parameter, backtracking when a
 * branch dead-ends, so `/users/me` finds `/users/me` before `/users/{id}`.
 */
export class PathTrie<T> {
  private readonly root: TrieNode<T> = emptyNode();

  insert(template: string, value: T): void {
    let node = this.root;
    node.count += 1;
    for (const segment of splitTemplate(template)) {
      node = this.child(node, segment);
      node.count += 1;
    }
    node.values.push(value);
  }

  /**
   * How far the path's leading segments reach into the trie, and the share of all templates that
   * live below that point. A prefix every template shares (`/api`) says little; a prefix few share
   * (`/api/v1/billing`) says the path belongs to this API.
   */
  prefixReach(path: DocPath): { depth: number; share: number } {
    let best = { depth: 0, count: this.root.count };
    const walk = (node: TrieNode<T>, index: number): void => {
      if (index > best.depth || (index === best.depth && node.count < best.count)) best = { depth: index, count: node.count };
      if (index === path.segments.length) return;
      for (const next of this.candidates(node, path.segments[index]!)) walk(next, index + 1);
    };
    walk(this.root, 0);
    return { depth: best.depth, share: this.root.count === 0 ? 1 : best.count / this.root.count };
  }

  /**
   * The literal segments most templates start with (`/api` when most paths are `/api/...`): the
   * chain of nodes from the root that each hold more than half of all templates.
   */
  trunk(): string[] {
    const segments: string[] = [];
    let node = this.root;
    for (;;) {
      const next = [...node.literals].find(([, child]) => child.count * 2 > this.root.count);
      if (!next) return segments;
      segments.push(next[0]);
      node = next[1];
    }
  }

  /** The values stored under the first template that matches the whole path. */
  match(path: DocPath): T[] {
    return this.walk(this.root, path.segments, 0) ?? [];
  }

  /** True when some template lives under the path (for `/prefix/*` claims). */
  hasPrefix(path: DocPath): boolean {
    return this.reachable(this.root, path.segments, 0);
  }

  private child(node: TrieNode<T>, segment: string): TrieNode<T> {
    if (/^\{[^{}]+\}$/.test(segment)) {
      node.param ??= emptyNode();
      return node.param;
    }
    if (segment.includes('{')) {
      const source = segment.replace(/\{[^{}]*\}|[^{]+/g, (part) => (part.startsWith('{') ? '[^/]+' : escapeRegex(part)));
      const existing = node.patterns.find((pattern) => pattern.regex.source === `^${source}$`);
      if (existing) return existing.node;
      const created = { regex: new RegExp(`^${source}$`), node: emptyNode<T>() };
      node.patterns.push(created);
      return created.node;
    }
    let next = node.literals.get(segment);
    if (!next) {
      next = emptyNode();
      node.literals.set(segment, next);
    }
    return next;
  }

  private walk(node: TrieNode<T>, segments: DocSegment[], index: number): T[] | undefined {
    if (index === segments.length) return node.values.length > 0 ? node.values : undefined;
    for (const next of this.candidates(node, segments[index]!)) {
      const found = this.walk(next, segments, index + 1);
      if (found) return found;
    }
    return undefined;
  }

  private reachable(node: TrieNode<T>, segments: DocSegment[], index: number): boolean {
    if (index === segments.length) return node.values.length > 0 || node.literals.size > 0 || node.patterns.length > 0 || !!node.param;
    return this.candidates(node, segments[index]!).some((next) => this.reachable(next, segments, index + 1));
  }

  private candidates(node: TrieNode<T>, segment: DocSegment): TrieNode<T>[] {
    const result: TrieNode<T>[] = [];
    if (segment.kind === 'literal') {
      const literal = node.literals.get(segment.value);
      if (literal) result.push(literal);
      for (const pattern of node.patterns) {
        if (pattern.regex.test(segment.value)) result.push(pattern.node);
      }
    } else {
      // A documented parameter may stand for a whole mixed segment only when written like one.
      for (const pattern of node.patterns) {
        if (pattern.regex.test(segment.raw)) result.push(pattern.node);
      }
    }
    if (node.param) result.push(node.param);
    return result;
  }
}

export function splitTemplate(template: string): string[] {
  return template.split('/').filter((part) => part.length > 0);
}

