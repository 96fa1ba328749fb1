import type { Root, Nodes, Parents } from 'mdast';
import yaml from 'js-yaml';
import type { EndpointClaim, LinkClaim, PageClaims, Position } from '../types.js';
import { extractCodeBlock } from './code-blocks.js';
import type { ExtractContext } from './context.js';
import { HeadingCollector } from './headings.js';
import { extractHeading, extractInlineCode } from './inline-code.js';
import { positionOf } from './positions.js';
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

/** Walks a page's tree once and hands each node to the extractor for its notation. */
export function extractPage(tree: Root, context: ExtractContext): ExtractedPage {
  const endpoints: EndpointClaim[] = [];
  const links: LinkClaim[] = [];
  const headings = new HeadingCollector();
  const problems: PageProblem[] = [];
  let frontmatter: Record<string, unknown> = {};

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml': {
        const parsed = parseFrontmatter(node.value, positionOf(node));
        if ('problem' in parsed) problems.push(parsed.problem);
        else frontmatter = parsed.value;
        return;
      }
      case 'code':
        endpoints.push(...extractCodeBlock(node, context));
        return;
      case 'table':
        // Cells are read as rows here; their inline code is not read again on its own.
        endpoints.push(...extractTable(node, context));
        return;
      case 'inlineCode': {
        const claim = extractInlineCode(node, context);
        if (claim) endpoints.push(claim);
        return;
      }
      case 'heading': {
        headings.add(node);
        const claim = extractHeading(node, context);
        if (claim) endpoints.push(claim);
        break;
      }
      case 'link':
        links.push({ kind: 'link', url: node.url, position: positionOf(node), source: 'markdown' });
        break;
      case 'definition':
        links.push({ kind: 'link', url: node.url, position: positionOf(node), source: 'definition' });
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes);
  };
  visit(tree);

  return { claims: { file: context.file, endpoints, headings: headings.headings, links, frontmatter }, problems };
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
