import type { Nodes, Paragraph, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import yaml from 'js-yaml';
import type { ClaimContext, DeprecationNote, Directive, EndpointClaim, EnumClaim, FieldTableClaim, HeaderDoc, JsonBlockClaim, OperationIdBinding, PageClaims, Position, RouteMention, StatusClaim, WebhookBinding } from '../types.js';
import { AnchorCollector } from './anchors.js';
import { componentBindings, frontmatterBindings } from './bindings.js';
import { extractCodeBlock } from './code-blocks.js';
import { componentNote, frontmatterNotes, htmlNote, tableNotes, textNote } from './deprecation-notes.js';
import { oneOfInParagraph, pipeListsInCode, pipeListsInInline, valueList, valuesTable } from './enum-claims.js';
import { httpResponsesOf, jsonBlockOf } from './json-blocks.js';
import { statusesInParagraph, statusesInTable } from './status-claims.js';
import type { ExtractContext } from './context.js';
import { directiveOf } from './directives.js';
import { extractFieldTable } from './field-tables.js';
import { extractQueryTable, type QueryParamDoc } from './query-docs.js';
import { extractHeaderList, extractHeaderTable } from './header-docs.js';
import { HeadingCollector } from './headings.js';
import { extractHeading, extractInlineCode } from './inline-code.js';
import { LinkCollector } from './links.js';
import { LineIndex, locateIn, positionOf, codeMapper } from './positions.js';
import { closingSentence, proseOf, ROUTE_NAME, sentenceAround } from './prose.js';
import { extractTable } from './tables.js';

export interface PageProblem {
  message: string;
  position: Position;
}

export interface ExtractedPage {
  claims: PageClaims;
  /** Problems found while extracting (frontmatter that is not YAML), reported as parse-error. */
  problems: PageProblem[];
  /** The page did not parse: its claims are empty, and its headings unknown rather than absent. */
  unparsed?: boolean;
  /** The page's text by line, for rules that point inside a claim (a value in a JSON body). */
  lines?: LineIndex;
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
  const enums: EnumClaim[] = [];
  const jsonBlocks: JsonBlockClaim[] = [];
  const statuses: StatusClaim[] = [];
  const fieldTables: FieldTableClaim[] = [];
  const directives: Directive[] = [];
  const queryDocs: QueryParamDoc[] = [];
  const operationIds: OperationIdBinding[] = [];
  const webhooks: WebhookBinding[] = [];
  const deprecationNotes: DeprecationNote[] = [];
  const links = new LinkCollector(context);
  const anchors = new AnchorCollector(context);
  const headings = new HeadingCollector(context.slugs);
  const problems: PageProblem[] = [];
  let frontmatter: Record<string, unknown> = {};
  let heading: ClaimContext['heading'];

  const add = (claims: Array<EndpointClaim | null>, prose: Omit<ClaimContext, 'heading'>): void => {
    for (const claim of claims) {
      if (!claim) continue;
      // A table row is its own block: what else the row says belongs to its endpoint only.
      claim.context = { heading, ...prose, block: claim.source === 'table' ? claim.position.start.line : prose.block };
      endpoints.push(claim);
    }
  };
  const lineOf = (node: Nodes | undefined) => node?.position?.start.line;

  // What every node of the page holds, wherever it stands: disable comments, links, anchors.
  const collect = (node: Nodes): void => {
    const directive = directiveOf(node);
    if (directive) directives.push(directive);
    links.see(node);
    anchors.see(node);
  };
  const collectBelow = (node: Nodes): void => {
    if (!('children' in node)) return;
    for (const child of (node as Parents).children) {
      collect(child as Nodes);
      collectBelow(child as Nodes);
    }
  };

  const visit = (node: Nodes, paragraph: Paragraph | undefined, before: Nodes | undefined): void => {
    collect(node);
    switch (node.type) {
      case 'yaml': {
        const parsed = parseFrontmatter(node.value, positionOf(node));
        if ('problem' in parsed) problems.push(parsed.problem);
        else {
          frontmatter = parsed.value;
          const bindings = frontmatterBindings(node, frontmatter, context);
          // A binding is about the whole page, not a block or section of it.
          add(bindings.endpoints, {});
          operationIds.push(...bindings.operationIds);
          webhooks.push(...bindings.webhooks);
          deprecationNotes.push(...frontmatterNotes(frontmatter, positionOf(node)));
        }
        return;
      }
      case 'code': {
        const prose = { heading, sentence: before?.type === 'paragraph' ? closingSentence(before) : undefined, block: lineOf(node) };
        add(extractCodeBlock(node, context), prose);
        // A pipe list (`a|b|c`) needs a `|`: most blocks have none, and need no mapper for it.
        if (node.value.includes('|')) enums.push(...pipeListsInCode(node.value, codeMapper(node, context.lines), context, prose));
        const json = jsonBlockOf(node, before, { ...prose, after: lineOf(before) });
        if (json) jsonBlocks.push(json);
        jsonBlocks.push(...httpResponsesOf(node, context, prose));
        return;
      }
      case 'table': {
        // Cells are read as rows here; their inline code is not read again on its own.
        const rows = extractTable(node, context);
        add(rows, {});
        deprecationNotes.push(...tableNotes(node, new Set(rows.map((claim) => claim.position.start.line))));
        headerDocs.push(...extractHeaderTable(node, context, { heading }));
        queryDocs.push(...extractQueryTable(node, context, { heading }));
        enums.push(...valuesTable(node, context, { heading, block: lineOf(node) }));
        statuses.push(...statusesInTable(node, context, { heading, block: lineOf(node) }));
        const fields = extractFieldTable(node, context, {
          heading,
          block: lineOf(node),
          after: lineOf(before),
          sentence: before?.type === 'paragraph' ? closingSentence(before) : undefined,
        });
        if (fields) fieldTables.push(fields);
        collectBelow(node);
        return;
      }
      case 'list':
        headerDocs.push(...extractHeaderList(node, context, { heading }));
        enums.push(...valueList(node, before?.type === 'paragraph' ? before : undefined, context, { heading, block: lineOf(before) ?? lineOf(node) }));
        break;
      case 'inlineCode': {
        const sentence = paragraph ? sentenceAround(paragraph, node.value) : undefined;
        const prose = { sentence, block: lineOf(paragraph) };
        const claim = extractInlineCode(node, context);
        enums.push(...pipeListsInInline(node, context, { heading, ...prose }));
        if (claim) add([claim], prose);
        else if (paragraph && ROUTE_NAME.test(node.value)) {
          routeMentions.push({ kind: 'route-mention', name: node.value, position: locateIn(node, node.value, context.lines), context: { heading, sentence } });
        }
        return;
      }
      case 'heading': {
        headings.add(node);
        add([extractHeading(node, context)], { block: lineOf(node) });
        deprecationNotes.push(...textNote(toString(node), 'heading', positionOf(node)));
        heading = { text: toString(node), line: node.position?.start.line ?? 1 };
        // Inline code in a heading is a claim of its own, read under the heading before it.
        break;
      }
      case 'paragraph': {
        paragraph = node;
        const prose = { heading, block: lineOf(node), after: lineOf(before) };
        enums.push(...oneOfInParagraph(node, context, prose));
        statuses.push(...statusesInParagraph(node, context, prose));
        deprecationNotes.push(...textNote(proseOf(node).text, 'text', positionOf(node)));
        break;
      }
      case 'html':
        // Inline HTML is already part of its paragraph's text.
        if (!paragraph) deprecationNotes.push(...htmlNote(node));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const bound = componentBindings(node, context);
        add(bound.endpoints, { block: lineOf(node) });
        webhooks.push(...bound.webhooks);
        deprecationNotes.push(...componentNote(node));
        break;
      }
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

  return { claims: { file: context.file, endpoints, routeMentions, headerDocs, enums, jsonBlocks, statuses, fieldTables, directives, queryDocs, headings: headings.headings, anchors: anchors.anchors, links: links.links, frontmatter, ...(operationIds.length > 0 ? { operationIds } : {}), ...(webhooks.length > 0 ? { webhooks } : {}), ...(deprecationNotes.length > 0 ? { deprecationNotes } : {}) }, problems };
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
