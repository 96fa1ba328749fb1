/** A JSON example as docs write it: parsed leniently, with what was left out recorded. */
export type JsonExample =
  | {
      ok: true;
      value: unknown;
      /** The example leaves things out (`...`, `…`, `// more fields`): missing properties are not mistakes. */
      elided: boolean;
    }
  | {
      ok: false;
      /** Why it is not JSON, as the parser says. */
      reason: string;
      /** Offset in the example text where parsing failed. */
      offset: number;
    };

/** A string value that stands for "your value here": `<id>`, `$WS_ID`, `${TOKEN}`, `{{id}}`, `YOUR_KEY`, `…`. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return (
    /^<[^<>]+>$/.test(value) ||
    /^\$\{?[A-Za-z_]\w*\}?$/.test(value) ||
    /^\{\{[^{}]+\}\}$/.test(value) ||
    /^(\.\.\.|…)$/.test(value) ||
    /^(YOUR|MY)_[A-Z0-9_]+$/.test(value) ||
    /…$/.test(value)
  );
}

/**
 * Parses a JSON example leniently: comments, trailing commas and elisions (`...` lines,
 * `"key": ...`) are dropped, unquoted placeholders (`<id>`, `$WS_ID`) become strings. Anything
 * else that is not JSON fails with the parser's reason and position, mapped back to the text.
 */
export function parseJsonExample(text: string): JsonExample {
  const { cleaned, elided, offsets } = clean(text);
  if (cleaned.trim() === '') return { ok: false, reason: 'the example is empty', offset: 0 };
  try {
    return { ok: true, value: JSON.parse(cleaned), elided };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : cleaned.length;
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    return { ok: false, reason, offset: offsets[Math.min(position, offsets.length - 1)] ?? text.length };
  }
}

/** Rewrites the lenient forms to strict JSON, keeping a map from each output character to its input offset. */
function clean(text: string): { cleaned: string; elided: boolean; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let elided = false;
  const emit = (chunk: string, from: number) => {
    for (let i = 0; i < chunk.length; i += 1) offsets.push(from + Math.min(i, Math.max(0, chunk.length - 1)));
    out += chunk;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      const end = stringEnd(text, i);
      emit(text.slice(i, end), i);
      i = end;
      continue;
    }
    if (char === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (/more|etc|…|\.\.\./i.test(text.slice(i, end === -1 ? undefined : end))) elided = true;
      i = end === -1 ? text.length : end;
      continue;
    }
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    const elision = /^(\.\.\.|…)/.exec(text.slice(i));
    if (elision) {
      elided = true;
      i += elision[0].length;
      // `"key": ...` keeps its key: the value becomes a placeholder string.
      if (/:\s*$/.test(out)) emit('"…"', i - elision[0].length);
      continue;
    }
    const placeholder = /^(<[A-Za-z][^<>\n]*>|\$\{?[A-Za-z_]\w*\}?)/.exec(text.slice(i));
    if (placeholder) {
      emit(JSON.stringify(placeholder[0]), i);
      i += placeholder[0].length;
      continue;
    }
    emit(char, i);
    i += 1;
  }
  // Drop the commas that elisions and lenient writing leave before a closing bracket or brace.
  const strict: string[] = [];
  const strictOffsets: number[] = [];
  let inString = false;
  for (let j = 0; j < out.length; j += 1) {
    const char = out[j]!;
    if (inString) {
      if (char === '\\') {
        strict.push(char, out[j + 1] ?? '');
        strictOffsets.push(offsets[j]!, offsets[j + 1] ?? offsets[j]!);
        j += 1;
        continue;
      }
      if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === ',') {
      const next = /\S/.exec(out.slice(j + 1));
      if (next && (next[0] === '}' || next[0] === ']' || next[0] === ',')) continue;
    }
    strict.push(char);
    strictOffsets.push(offsets[j]!);
  }
  // A leading comma after an opening bracket (an elided first element) goes too.
  let cleaned = strict.join('');
  cleaned = cleaned.replace(/([[{]\s*),/g, '$1');
  return { cleaned, elided, offsets: strictOffsets };
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}
