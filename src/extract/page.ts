import type { Nodes, Paragraph, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import yaml from 'js-yaml';
import type { ClaimContext, EndpointClaim, HeaderDoc, LinkClaim, PageClaims, Position, RouteMention } from '../types.js';
import { extractCodeBlock } from './code-blocks.js';
import type { ExtractContext } from './context.js';
import { extractHeaderList, extractHeaderTable } from './header-docs.js';
import { HeadingCollector } from './headings.js';
import { extractHeading, extractInlineCode } from './inline-code.js';
import { locateIn, positionOf } from './positions.js';
import { closingSentence, ROUTE_NAME, sentenceAround } from './prose.js';
import { extractTable } from './tables.js';

export interface PageProblem {
  message: string;
  position: Position;
}

export interface ExtractedPage {
  claims: PageClaims;
  /** Problems found while extracting (frontmatter that is not YAML), reported as parse-error. */
  problems: PageProblem[];
}

/**
 * Walks a page's tree once, in document order, and hands each node to the extractor for its
 * notation. The walk keeps the prose around each claim (the heading above it, the sentence
 * holding it or introducing its code block) for rules whose evidence lives in words.
 */
export function extractPage(tree: Root, context: ExtractContext): ExtractedPage {
  const endpoints: EndpointClaim[] = [];
  const routeMentions: RouteMention[] = [];
  const headerDocs: HeaderDoc[] = [];
  const links: LinkClaim[] = [];
  const headings = new HeadingCollector();
  const problems: PageProblem[] = [];
  let frontmatter: Record<string, unknown> = {};
  let heading: ClaimContext['heading'];

  const add = (claims: Array<EndpointClaim | null>, sentence: string | undefined): void => {
    for (const claim of claims) {
      if (!claim) continue;
      claim.context = { heading, sentence };
      endpoints.push(claim);
    }
  };

  const visit = (node: Nodes, paragraph: Paragraph | undefined, before: Nodes | undefined): void => {
    switch (node.type) {
      case 'yaml': {
        const parsed = parseFrontmatter(node.value, positionOf(node));
        if ('problem' in parsed) problems.push(parsed.problem);
        else frontmatter = parsed.value;
        return;
      }
      case 'code':
        add(extractCodeBlock(node, context), before?.type === 'paragraph' ? closingSentence(before) : undefined);
        return;
      case 'table':
        // Cells are read as rows here; their inline code is not read again on its own.
        add(extractTable(node, context), undefined);
        headerDocs.push(...extractHeaderTable(node, context, { heading }));
        return;
      case 'list':
        headerDocs.push(...extractHeaderList(node, context, { heading }));
        break;
      case 'inlineCode': {
        const sentence = paragraph ? sentenceAround(paragraph, node.value) : undefined;
        const claim = extractInlineCode(node, context);
        if (claim) add([claim], sentence);
        else if (paragraph && ROUTE_NAME.test(node.value)) {
          routeMentions.push({ kind: 'route-mention', name: node.value, position: locateIn(node, node.value, context.lines), context: { heading, sentence } });
        }
        return;
      }
      case 'heading': {
        headings.add(node);
        add([extractHeading(node, context)], undefined);
        heading = { text: toString(node), line: node.position?.start.line ?? 1 };
        // Inline code in a heading is a claim of its own, read under the heading before it.
        break;
      }
      case 'paragraph':
        paragraph = node;
        break;
      case 'link':
        links.push({ kind: 'link', url: node.url, position: positionOf(node), source: 'markdown' });
        break;
      case 'definition':
        links.push({ kind: 'link', url: node.url, position: positionOf(node), source: 'definition' });
        return;
      default:
        break;
    }
    if ('children' in node) {
      let previous: Nodes | undefined;
      for (const child of (node as Parents).children) {
        visit(child as Nodes, paragraph, previous);
        previous = child as Nodes;
      }
    }
  };
  visit(tree, undefined, undefined);

  return { claims: { file: context.file, endpoints, routeMentions, headerDocs, headings: headings.headings, links, frontmatter }, problems };
}

function parseFrontmatter(text: string, position: Position): { value: Record<string, unknown> } | { problem: PageProblem } {
  try {
    // js-yaml, like gray-matter in the docs frameworks, so a page fails here only when it fails to render.
    const value = yaml.load(text);
    return { value: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {} };
  } catch (error) {
    const err = error as { message?: string; reason?: string; mark?: { line: number; column: number } };
    // The frontmatter's first line is the one after the opening `---`; js-yaml counts from 0.
    const point = err.mark ? { line: position.start.line + 1 + err.mark.line, column: err.mark.column + 1 } : position.start;
    const reason = err.reason ?? (err.message ?? String(error)).split('\n')[0]!;
    return { problem: { message: `Cannot parse frontmatter YAML: ${reason}`, position: { start: point, end: point } } };
  }
}
