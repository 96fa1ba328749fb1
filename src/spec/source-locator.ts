import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

/**
 * Maps JSON pointers of a spec document to 1-based line numbers. swagger-parser keeps no positions.
 * The first lookup indexes the keys of the top levels in one pass over the text (exact for JSON,
 * and for YAML written in block style); a pointer the index does not hold (flow style, anchors,
 * merge keys, sequences, deeper keys) is answered by a position-aware parse, done once — a full
 * parse of a large spec costs a good part of a second, a lookup in the index nothing.
 */
export class SourceLocator {
  private root: YamlNode | null | undefined;
  private lineCounter = new LineCounter();
  private keyLines?: Map<string, number>;

  constructor(
    private readonly text: string,
    readonly file: string,
  ) {}

  /** The line of the key that holds the value at `pointer` (e.g. ['paths', '/a', 'get']), or undefined. */
  lineOf(pointer: readonly string[]): number | undefined {
    this.keyLines ??= /^\s*\{/.test(this.text) ? jsonKeyLines(this.text) : blockYamlKeyLines(this.text);
    return this.keyLines.get(pointer.join('\0')) ?? this.parsedLineOf(pointer);
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

/** How deep the key index goes: `paths` → template → method is all that messages point at. */
const INDEXED_DEPTH = 3;

/**
 * The line of every object key down to INDEXED_DEPTH in a JSON text, by its key path joined with
 * NUL, found in one pass that tracks nesting and strings. Keys inside arrays are left out.
 */
function jsonKeyLines(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Array<{ type: '{' | '['; key?: string }> = [];
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\n') line += 1;
    else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after]!)) after += 1;
      const top = stack.at(-1);
      if (text[after] === ':' && top?.type === '{' && stack.every((level) => level.type === '{') && stack.length <= INDEXED_DEPTH) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        const path = stack.map((level) => level.key).join('\0');
        if (!found.has(path)) found.set(path, line);
      }
      for (let j = i + 1; j < end; j += 1) if (text[j] === '\n') line += 1;
      i = end;
    } else if (char === '{' || char === '[') stack.push({ type: char });
    else if (char === '}' || char === ']') stack.pop();
  }
  return found;
}

const YAML_KEY = /^( *)(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]&*!|>%@`-][^#]*?|-[^\s#][^#]*?))\s*:(?:\s|$)/;

/**
 * The line of every mapping key down to INDEXED_DEPTH in YAML written in block style, by its key
 * path joined with NUL, from indentation alone. Block scalars (`|`, `>`) are skipped whole; lines
 * it cannot read as keys (sequences, flow style) are passed over, so what they hold is not indexed.
 */
function blockYamlKeyLines(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Array<{ indent: number; key: string }> = [];
  let scalarIndent = -1;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '');
    if (/^\s*(#|$)/.test(line) || /^(---|\.\.\.)\s*$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (scalarIndent >= 0) {
      if (indent > scalarIndent) continue;
      scalarIndent = -1;
    }
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    const key = YAML_KEY.exec(line);
    if (!key) continue;
    const name = key[2] !== undefined ? (JSON.parse(`"${key[2]}"`) as string) : key[3] !== undefined ? key[3].replace(/''/g, "'") : key[4]!.trim();
    stack.push({ indent, key: name });
    if (stack.length <= INDEXED_DEPTH) {
      const path = stack.map((level) => level.key).join('\0');
      if (!found.has(path)) found.set(path, index + 1);
    }
    if (/^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(key[0].length).trim())) scalarIndent = indent;
  }
  return found;
}
