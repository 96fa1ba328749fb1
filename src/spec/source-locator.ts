import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

/**
 * Maps JSON pointers of a spec document to 1-based line numbers. swagger-parser keeps no positions,
 * so the text is parsed once more, position-aware, but only when a message first needs a line:
 * a clean run never pays for it.
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
