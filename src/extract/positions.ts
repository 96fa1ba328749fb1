import type { Code, InlineCode } from 'mdast';
import type { Node } from 'unist';
import type { Point, Position } from '../types.js';

/** Line starts of a page's source, to turn character offsets into 1-based line/column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let index = 0; index < source.length; index += 1) {
      if (source.charCodeAt(index) === 10) this.starts.push(index + 1);
    }
  }

  pointAt(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  offsetOf(point: Point): number {
    return (this.starts[point.line - 1] ?? this.source.length) + point.column - 1;
  }

  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.source.length;
    const end = this.starts[line] ?? this.source.length + 1;
    return this.source.slice(start, end - 1).replace(/\r$/, '');
  }
}

export function positionOf(node: Node): Position {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const end = node.position?.end ?? start;
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/**
 * Maps offsets in a node's `value` back to the page. The parser strips fences, list and blockquote
 * indentation from code, so each value line is found again in its source line.
 */
export class ValueMapper {
  private readonly lineStarts: number[] = [0];
  private readonly columnShift: number[] = [];

  constructor(
    value: string,
    /** The page line that holds the value's first line. */
    private readonly firstLine: number,
    /** The column of the value's first character on that line, when it is known. */
    firstColumn: number | undefined,
    lines: LineIndex,
  ) {
    for (let index = 0; index < value.length; index += 1) {
      if (value.charCodeAt(index) === 10) this.lineStarts.push(index + 1);
    }
    this.lineStarts.forEach((start, i) => {
      const end = this.lineStarts[i + 1] ?? value.length + 1;
      const text = value.slice(start, end - 1).replace(/\r$/, '');
      const sourceLine = lines.lineText(firstLine + i);
      const found = i === 0 && firstColumn !== undefined ? firstColumn - 1 : text ? sourceLine.indexOf(text) : -1;
      this.columnShift.push(Math.max(0, found));
    });
  }

  pointAt(offset: number): Point {
    let line = 0;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= offset) line += 1;
    return { line: this.firstLine + line, column: offset - this.lineStarts[line]! + this.columnShift[line]! + 1 };
  }

  span(start: number, end: number): Position {
    return { start: this.pointAt(start), end: this.pointAt(end) };
  }
}

/** The position of `text` inside a node's source (the path in a heading or table cell), or the node's own. */
export function locateIn(node: Node, text: string, lines: LineIndex): Position {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return positionOf(node);
  const found = lines.source.slice(start, end).indexOf(text);
  if (found === -1) return positionOf(node);
  return { start: lines.pointAt(start + found), end: lines.pointAt(start + found + text.length) };
}

const codeMappers = new WeakMap<Code, ValueMapper>();

/**
 * The mapper of a code block's value, built once for every extractor that reads the block. A fenced
 * block's value starts on the line after its fence; an indented block (Markdown) has no fence, so
 * its value starts on the node's own line.
 */
export function codeMapper(node: Code, lines: LineIndex): ValueMapper {
  let mapper = codeMappers.get(node);
  if (!mapper) {
    const start = node.position?.start;
    const fenced = start?.offset === undefined || /^[ \t]*(`{3,}|~{3,})/.test(lines.source.slice(start.offset, start.offset + 64).replace(/^(?:[ \t]*>)*/, ''));
    mapper = new ValueMapper(node.value, (start?.line ?? 1) + (fenced ? 1 : 0), undefined, lines);
    codeMappers.set(node, mapper);
  }
  return mapper;
}

/**
 * Where an inline code span's `text` (its value, or a trimmed part of it) starts on the page:
 * after the opening backticks, which may be one or several. Undefined without a position.
 */
export function inlineCodeOffset(node: InlineCode, text: string, lines: LineIndex): number | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const from = start.offset ?? lines.offsetOf(start);
  let ticks = 0;
  while (lines.source[from + ticks] === '`') ticks += 1;
  return from + ticks + Math.max(0, lines.source.slice(from + ticks).indexOf(text));
}
