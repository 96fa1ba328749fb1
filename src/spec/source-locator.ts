import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../extract/positions.js';

/**
 * Maps JSON pointers of a spec document to 1-based line numbers. swagger-parser keeps no positions.
 * A key is first looked for by a linear scan of the text (exact for JSON, and for YAML written in
 * block style); only when the scan cannot tell (flow style, anchors, merge keys) is the text
 * parsed once more, position-aware — a full parse of a large spec costs a good part of a second.
 */
export class SourceLocator {
  private root: YamlNode | null | undefined;
  private lineCounter = new LineCounter();

  constructor(
    private readonly text: string,
    readonly file: string,
  ) {}

  /** The line of the key that holds the value at `pointer` (e.g. ['paths', '/a', 'get']), or undefined. */
  lineOf(pointer: readonly string[]): number | undefined {
    if (/^\s*\{/.test(this.text)) {
      const offset = jsonKeyOffset(this.text, pointer);
      return offset === undefined ? undefined : this.lineAt(offset);
    }
    const scanned = blockYamlKeyLine(this.text, pointer);
    if (scanned === undefined) return this.parsedLineOf(pointer);
    return typeof scanned === 'number' ? scanned : scanned.line;
  }

  private lines?: LineIndex;

  private lineAt(offset: number): number {
    this.lines ??= new LineIndex(this.text);
    return this.lines.pointAt(offset).line;
  }

  private parsedLineOf(pointer: readonly string[]): number | undefined {
    if (this.root === undefined) {
      // YAML 1.2 is a superset of JSON, so one parser serves both formats.
      const doc = parseDocument(this.text, { lineCounter: this.lineCounter, keepSourceTokens: false, uniqueKeys: false });
      this.root = doc.contents as YamlNode | null;
    }
    let node: YamlNode | null | undefined = this.root;
    let keyOffset: number | undefined;
    for (const segment of pointer) {
      if (isSeq(node)) {
        const item = node.items[Number(segment)] as YamlNode | undefined;
        if (!item?.range) return undefined;
        keyOffset = item.range[0];
        node = item;
        continue;
      }
      if (!isMap(node)) return undefined;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) return undefined;
      keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value as YamlNode | null;
    }
    if (keyOffset === undefined) return undefined;
    return this.lineCounter.linePos(keyOffset).line;
  }
}

/**
 * The offset of the key at `pointer` in a JSON text, found in one pass that tracks nesting and
 * strings. Undefined when a segment is not a key of the object it should be in.
 */
export function jsonKeyOffset(text: string, pointer: readonly string[]): number | undefined {
  if (pointer.length === 0) return undefined;
  const stack: Array<'{' | '['> = [];
  let matched = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      const start = i;
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after]!)) after += 1;
      // A string followed by `:` in an object one level inside the matched path is a candidate key.
      if (text[after] === ':' && stack.length === matched + 1 && stack.at(-1) === '{') {
        const key = JSON.parse(text.slice(start, end + 1)) as string;
        if (key === pointer[matched]) {
          matched += 1;
          if (matched === pointer.length) return start;
        }
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') stack.push(char);
    else if (char === '}' || char === ']') {
      stack.pop();
      // Left the value of the last matched key: the next key is not in it.
      if (stack.length <= matched) return undefined;
    }
    i += 1;
  }
  return undefined;
}

const YAML_KEY = /^( *)(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]&*!|>%@`-][^#]*?|-[^\s#][^#]*?))\s*:(?:\s|$)/;

/**
 * The line of the key at `pointer` in YAML written in block style, by indentation alone.
 * Undefined when the text uses something the scan cannot follow (flow style, anchors, merge keys);
 * `{ line: undefined }` when the key is surely absent.
 */
export function blockYamlKeyLine(text: string, pointer: readonly string[]): number | { line: undefined } | undefined {
  if (pointer.length === 0 || /(^|\s)(&\w|<<\s*:)/m.test(text)) return undefined;
  const lines = text.split('\n');
  let parentIndent = -1;
  let childIndent: number | undefined;
  let matched = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '');
    if (/^\s*(#|$)/.test(line) || /^(---|\.\.\.)\s*$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (indent <= parentIndent) return { line: undefined };
    const key = YAML_KEY.exec(line);
    if (!key) {
      // Flow style or a sequence where a mapping should be: leave it to the full parse.
      if (childIndent === undefined || indent === childIndent) return undefined;
      continue;
    }
    childIndent ??= indent;
    if (indent !== childIndent) continue;
    const name = key[2] !== undefined ? JSON.parse(`"${key[2]}"`) : key[3] !== undefined ? key[3].replace(/''/g, "'") : key[4]!.trim();
    if (name !== pointer[matched]) continue;
    matched += 1;
    if (matched === pointer.length) return index + 1;
    // A value on the key's own line (`paths: { … }`) is flow style: only a parser can follow it.
    if (!/^\s*(#.*)?$/.test(line.slice(key[0].length))) return undefined;
    parentIndent = indent;
    childIndent = undefined;
  }
  return { line: undefined };
}
