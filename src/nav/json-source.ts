/**
 * A strict JSON parser that keeps where every value is, for navigation files: their findings point
 * at one entry, and a file that is not JSON is reported at the first character that breaks it.
 * `JSON.parse` gives neither (V8 names no position for most errors); `yaml` accepts what JSON does
 * not (trailing commas, comments), and the docs frameworks read these files with `JSON.parse`.
 */
export type JsonNode =
  | { type: 'object'; entries: JsonEntry[]; range: [number, number] }
  | { type: 'array'; items: JsonNode[]; range: [number, number] }
  | { type: 'string'; value: string; range: [number, number] }
  | { type: 'scalar'; value: number | boolean | null; range: [number, number] };

export interface JsonEntry {
  key: string;
  value: JsonNode;
}

export type JsonParse = { root: JsonNode } | { error: { message: string; offset: number } };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

export function parseJsonSource(text: string): JsonParse {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (what: string): never => {
    const found = at >= text.length ? 'the end of the file' : JSON.stringify(text[at]);
    throw new JsonSyntaxError(`${what}, found ${found}`, at);
  };
  const skip = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at += 1;
  };
  const string = (): { value: string; range: [number, number] } => {
    STRING.lastIndex = at;
    const match = STRING.exec(text);
    if (!match) return fail('Expected a string');
    const start = at;
    at += match[0].length;
    return { value: JSON.parse(match[0]) as string, range: [start, at] };
  };
  const value = (): JsonNode => {
    skip();
    const start = at;
    const char = text[at];
    if (char === '{') {
      at += 1;
      const entries: JsonEntry[] = [];
      skip();
      if (text[at] === '}') {
        at += 1;
        return { type: 'object', entries, range: [start, at] };
      }
      for (;;) {
        skip();
        if (text[at] !== '"') fail('Expected a property name in double quotes');
        const key = string();
        skip();
        if (text[at] !== ':') fail("Expected ':' after a property name");
        at += 1;
        entries.push({ key: key.value, value: value() });
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') break;
        else fail("Expected ',' or '}'");
      }
      at += 1;
      return { type: 'object', entries, range: [start, at] };
    }
    if (char === '[') {
      at += 1;
      const items: JsonNode[] = [];
      skip();
      if (text[at] === ']') {
        at += 1;
        return { type: 'array', items, range: [start, at] };
      }
      for (;;) {
        items.push(value());
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') break;
        else fail("Expected ',' or ']'");
      }
      at += 1;
      return { type: 'array', items, range: [start, at] };
    }
    if (char === '"') return { type: 'string', ...string() };
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return { type: 'scalar', value: literal, range: [start, at] };
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return { type: 'scalar', value: Number(number[0]), range: [start, at] };
    }
    return fail('Expected a JSON value');
  };
  try {
    const root = value();
    skip();
    if (at < text.length) fail('Expected the end of the file');
    return { root };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { message: error.message, offset: error.offset } };
    throw error;
  }
}

/** The value at a key of an object node. */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.type === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}
