import type { RawHeader, RawRequest, Slice, Span } from './raw-request.js';


/** The fetch() calls of a JS/TS block whose URL is a string or template literal. */
export function parseFetchCalls(code: string): RawRequest[] {
  const requests: RawRequest[] = [];
  let i = 0;
  while (i < code.length) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const open = fetchCallOpenParen(code, i);
    if (open < 0) {
      i++;
      continue;
    }
    const close = matchJsBracket(code, open);
    const request = close < 0 ? undefined : parseFetchCall(code, i, open, close);
    if (request) requests.push(request);
    i = open + 1; // calls nested in the arguments are found too
  }
  return requests;
}

const IDENTIFIER_CHAR = /[\w$]/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const GLOBAL_OBJECTS = /(?:^|[^\w$.])(?:window|globalThis|self)\s*\.\s*$/;

/** Offset of the `(` when `fetch(` (or `window.fetch(`) starts at `i`, else -1. */
function fetchCallOpenParen(code: string, i: number): number {
  if (!code.startsWith('fetch', i)) return -1;
  if (IDENTIFIER_CHAR.test(code[i + 5] ?? '') || IDENTIFIER_CHAR.test(code[i - 1] ?? '')) return -1;
  const before = code.slice(Math.max(0, i - 40), i);
  if (/\.\s*$/.test(before) && !GLOBAL_OBJECTS.test(before)) return -1; // `client.fetch(` is another API
  let open = i + 5;
  while (/\s/.test(code[open] ?? '')) open++;
  return code[open] === '(' ? open : -1;
}

function parseFetchCall(code: string, start: number, open: number, close: number): RawRequest | undefined {
  const [urlArgument, options] = splitTopLevel(code, open + 1, close, ',');
  const url = urlArgument && stringLiteral(code, urlArgument);
  if (!url) return undefined; // an identifier or expression: the URL is unknown
  const request: RawRequest = {
    notation: 'fetch',
    method: 'GET',
    methodExplicit: false,
    url: url.value,
    urlSpan: url.span,
    span: { start, end: close + 1 },
    headers: [],
  };
  if (options) readFetchOptions(code, options, request);
  return request;
}

function readFetchOptions(code: string, options: Span, request: RawRequest): void {
  const properties = code[options.start] === '{' ? objectProperties(code, options.start) : undefined;
  if (!properties) {
    request.method = null; // an options variable: the method is unknown
    return;
  }
  const spread = properties.some((property) => property.spread);
  if (spread) request.method = null;
  for (const property of properties) {
    if (property.key === 'method') {
      const literal = stringLiteral(code, property.value);
      request.method = literal && /^[A-Za-z]+$/.test(literal.value) ? literal.value.toUpperCase() : null;
      request.methodExplicit = true;
    } else if (property.key === 'headers') {
      request.headers = headersFromObject(code, property.value);
    } else if (property.key === 'body') {
      request.body = code.slice(property.value.start, property.value.end);
      request.bodySpan = property.value;
    }
  }
}

/** Headers from `{ 'Name': value }` or `new Headers({ … })`; anything else yields none. */
function headersFromObject(code: string, value: Span): RawHeader[] {
  let open = value.start;
  const constructor = /^new\s+Headers\s*\(\s*/.exec(code.slice(value.start, value.end));
  if (constructor) open += constructor[0].length;
  if (code[open] !== '{') return [];
  const headers: RawHeader[] = [];
  for (const property of objectProperties(code, open) ?? []) {
    if (property.key === undefined || property.spread) continue;
    const literal = stringLiteral(code, property.value);
    headers.push({
      name: property.key,
      value: literal ? literal.value : code.slice(property.value.start, property.value.end),
      span: property.span,
    });
  }
  return headers;
}

interface ObjectProperty {
  /** Undefined for computed keys and spreads. */
  key?: string;
  spread: boolean;
  value: Span;
  span: Span;
}

/** The properties of the object literal whose `{` is at `open`. */
function objectProperties(code: string, open: number): ObjectProperty[] | undefined {
  const close = matchJsBracket(code, open);
  if (close < 0) return undefined;
  return splitTopLevel(code, open + 1, close, ',').map((span) => {
    const text = code.slice(span.start, span.end);
    if (text.startsWith('...')) return { spread: true, value: trimSpan(code, { start: span.start + 3, end: span.end }), span };
    const colon = findTopLevel(code, span.start, span.end, ':');
    if (colon < 0) return { key: IDENTIFIER.test(text) ? text : undefined, spread: false, value: span, span }; // shorthand
    const keySpan = trimSpan(code, { start: span.start, end: colon });
    const keyText = code.slice(keySpan.start, keySpan.end);
    const key = stringLiteral(code, keySpan)?.value ?? (IDENTIFIER.test(keyText) ? keyText : undefined);
    return { key, spread: false, value: trimSpan(code, { start: colon + 1, end: span.end }), span };
  });
}

/** The content of a single '…', "…" or `…` literal spanning exactly `span`. */
function stringLiteral(code: string, span: Span): Slice | undefined {
  const quote = code[span.start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  if (skipJsNonCode(code, span.start) !== span.end || code[span.end - 1] !== quote || span.end - span.start < 2) return undefined;
  const inner = { start: span.start + 1, end: span.end - 1 };
  return { value: code.slice(inner.start, inner.end), span: inner };
}

/** If a string, template literal or comment starts at `i`, the offset after it; else `i`. */
function skipJsNonCode(code: string, i: number): number {
  const c = code[i];
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, code.length);
  }
  if (c === '`') return skipTemplate(code, i);
  if (c === '/' && code[i + 1] === '/') {
    const nl = code.indexOf('\n', i);
    return nl < 0 ? code.length : nl;
  }
  if (c === '/' && code[i + 1] === '*') {
    const close = code.indexOf('*/', i + 2);
    return close < 0 ? code.length : close + 2;
  }
  return i;
}

function skipTemplate(code: string, i: number): number {
  let j = i + 1;
  while (j < code.length) {
    if (code[j] === '\\') j += 2;
    else if (code[j] === '`') return j + 1;
    else if (code[j] === '$' && code[j + 1] === '{') {
      const close = matchJsBracket(code, j + 1);
      if (close < 0) return code.length;
      j = close + 1;
    } else j++;
  }
  return code.length;
}

/** Index of the bracket closing the one at `open`, skipping strings and comments; -1 if none. */
function matchJsBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; ) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}

/** Offsets of `separator` in code[start, end) outside strings, comments and nested brackets. */
function topLevelIndexes(code: string, start: number, end: number, separator: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = start; i < end; ) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === separator && depth === 0) found.push(i);
    i++;
  }
  return found;
}

function findTopLevel(code: string, start: number, end: number, separator: string): number {
  return topLevelIndexes(code, start, end, separator)[0] ?? -1;
}

/** The trimmed, non-empty pieces of code[start, end) between top-level separators. */
function splitTopLevel(code: string, start: number, end: number, separator: string): Span[] {
  const cuts = [...topLevelIndexes(code, start, end, separator), end];
  const pieces: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    const piece = trimSpan(code, { start: from, end: cut });
    if (piece.end > piece.start) pieces.push(piece);
    from = cut + 1;
  }
  return pieces;
}

/** Shrinks a span past surrounding whitespace and comments. */
function trimSpan(code: string, span: Span): Span {
  let first = -1;
  let last = span.end;
  for (let i = span.start; i < span.end; ) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const isComment = c === '/' && (code[i + 1] === '/' || code[i + 1] === '*');
    const skipped = skipJsNonCode(code, i);
    const next = skipped === i ? i + 1 : Math.min(skipped, span.end);
    if (!isComment) {
      if (first < 0) first = i;
      last = next;
    }
    i = next;
  }
  return first < 0 ? { start: span.end, end: span.end } : { start: first, end: last };
}
