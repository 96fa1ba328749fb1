/**
 * What the request-notation parsers return. Every span is a 0-based, end-exclusive offset range
 * into the text of one code block (without its fences), so the caller can map it to a line and
 * column on the page.
 */
export interface Span {
  start: number;
  end: number;
}

export interface RawHeader {
  name: string;
  value: string;
  span: Span;
}

export interface RawRequest {
  notation: 'curl' | 'http' | 'fetch';
  /** Uppercase, as written or implied (`POST`); null when unknown. */
  method: string | null;
  /** True when written (`-X`, request line, `method:`), false when implied or the default. */
  methodExplicit: boolean;
  /** Exactly as written, quotes removed. */
  url: string;
  /** The URL text (inside the quotes when quoted). */
  urlSpan: Span;
  /** The whole command / request. */
  span: Span;
  headers: RawHeader[];
  /** Request body as written, quotes removed. */
  body?: string;
  bodySpan?: Span;
}

/** A piece of text together with the source span it came from. */
export interface Slice {
  value: string;
  span: Span;
}
