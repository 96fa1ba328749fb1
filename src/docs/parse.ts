import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type { Point } from '../types.js';

export type PageSyntax = 'md' | 'mdx';

export class PageParseError extends Error {
  constructor(
    message: string,
    readonly point: Point,
  ) {
    super(message);
  }
}

// Built once: constructing a unified processor and its micromark extensions per page is not free.
const processors: Record<PageSyntax, Processor<Root>> = {
  md: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze() as unknown as Processor<Root>,
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx).freeze() as unknown as Processor<Root>,
};

/** `.mdx` is MDX; everything else is CommonMark + GFM (parsing `.md` as MDX breaks on `<-` and HTML comments). */
export function syntaxOf(file: string): PageSyntax {
  return file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
}

/** Parses a page into mdast. Throws PageParseError with the parser's position. */
export function parsePage(source: string, syntax: PageSyntax): Root {
  try {
    return processors[syntax].parse(source);
  } catch (error) {
    const err = error as { reason?: string; message?: string; line?: number; column?: number; place?: unknown };
    const reason = (err.reason ?? err.message ?? String(error)).split('\n')[0]!;
    const point = pointOf(err, reason);
    throw new PageParseError(`Cannot parse ${syntax.toUpperCase()}: ${reason}`, point);
  }
}

function pointOf(err: { line?: number; column?: number; place?: unknown }, reason: string): Point {
  const place = err.place as { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined;
  const line = err.line ?? place?.line ?? place?.start?.line;
  const column = err.column ?? place?.column ?? place?.start?.column;
  if (line !== undefined && line !== null) return { line, column: column ?? 1 };
  // Some MDX errors (an unclosed JSX tag) carry their position only in the text: "(5:1-5:7)".
  const written = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  return written ? { line: Number(written[1]), column: Number(written[2]) } : { line: 1, column: 1 };
}
