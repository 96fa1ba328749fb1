import type { RawHeader, RawRequest, Slice, Span } from './raw-request.js';

/** ```http blocks: request lines, headers and bodies, and the responses between them. */

interface Line {
  /** Without the line break (and without a CR before it). */
  text: string;
  start: number;
  end: number;
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);
const REQUEST_LINE = /^(\s*)([A-Z]+)([ \t]+)(\S+)(?:[ \t]+HTTP\/\d+(?:\.\d+)?)?[ \t]*$/;
/** REST-client style: a bare absolute URL is a GET. */
const URL_ONLY_REQUEST_LINE = /^(\s*)(https?:\/\/\S+)(?:[ \t]+HTTP\/\d+(?:\.\d+)?)?[ \t]*$/;
const STATUS_LINE = /^\s*HTTP\/\d+(?:\.\d+)?\s+\d{3}\b/;
const HEADER_LINE = /^(\s*)([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;

interface RequestLine {
  method: string;
  methodExplicit: boolean;
  url: string;
  urlSpan: Span;
  start: number;
}

/** The requests of an ```http block; response messages (`HTTP/1.1 200 OK`) are skipped. */
export function parseHttpRequests(code: string): RawRequest[] {
  const lines = splitLines(code);
  const requests: RawRequest[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const requestLine = matchRequestLine(line);
    if (requestLine) {
      const message = readHttpMessage(code, lines, i);
      requests.push({
        notation: 'http',
        method: requestLine.method,
        methodExplicit: requestLine.methodExplicit,
        url: requestLine.url,
        urlSpan: requestLine.urlSpan,
        span: { start: requestLine.start, end: message.end },
        headers: message.headers,
        ...(message.body ? { body: message.body.value, bodySpan: message.body.span } : {}),
      });
      i = message.next;
    } else if (STATUS_LINE.test(line.text)) {
      i = readHttpMessage(code, lines, i).next;
    } else {
      i++; // blank line, `#`/`//` comment, `###` separator, `@var = x`
    }
  }
  return requests;
}

/** A response message of an ```http block (`HTTP/1.1 200 OK`, headers, body). */
export interface RawResponse {
  status: string;
  body?: string;
  bodySpan?: Span;
  /** The URL of the request written last before it, which it answers; none when it comes first. */
  request?: Span;
}

/** The responses of an ```http block, each with the request it answers. */
export function parseHttpResponses(code: string): RawResponse[] {
  const lines = splitLines(code);
  const responses: RawResponse[] = [];
  let request: Span | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const status = /^(\s*HTTP\/\d+(?:\.\d+)?\s+)(\d{3})\b/.exec(line.text);
    if (status) {
      const message = readHttpMessage(code, lines, i);
      responses.push({
        status: status[2]!,
        ...(request ? { request } : {}),
        ...(message.body ? { body: message.body.value, bodySpan: message.body.span } : {}),
      });
      i = message.next;
      continue;
    }
    const requestLine = matchRequestLine(line);
    if (requestLine) {
      request = requestLine.urlSpan;
      i = readHttpMessage(code, lines, i).next;
    } else {
      i++;
    }
  }
  return responses;
}

function splitLines(code: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= code.length) {
    const nl = code.indexOf('\n', start);
    const rawEnd = nl < 0 ? code.length : nl;
    const end = code[rawEnd - 1] === '\r' && rawEnd > start ? rawEnd - 1 : rawEnd;
    lines.push({ text: code.slice(start, end), start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function matchRequestLine(line: Line): RequestLine | undefined {
  const request = REQUEST_LINE.exec(line.text);
  if (request && HTTP_METHODS.has(request[2]!)) {
    const [, indent = '', method = '', gap = '', url = ''] = request;
    const urlStart = line.start + indent.length + method.length + gap.length;
    return { method, methodExplicit: true, url, urlSpan: { start: urlStart, end: urlStart + url.length }, start: line.start + indent.length };
  }
  const urlOnly = URL_ONLY_REQUEST_LINE.exec(line.text);
  if (urlOnly) {
    const [, indent = '', url = ''] = urlOnly;
    const urlStart = line.start + indent.length;
    return { method: 'GET', methodExplicit: false, url, urlSpan: { start: urlStart, end: urlStart + url.length }, start: urlStart };
  }
  return undefined;
}

function isCommentLine(text: string): boolean {
  const trimmed = text.trimStart();
  return (trimmed.startsWith('#') && !trimmed.startsWith('###')) || trimmed.startsWith('//');
}

/**
 * Reads the message whose start line is `lines[first]`: header lines, then (after a blank
 * line, or at the first line that is no header) the body, up to a `###` separator, a status
 * line, or a request line after a blank line.
 */
function readHttpMessage(code: string, lines: Line[], first: number): { headers: RawHeader[]; body?: Slice; end: number; next: number } {
  const headers: RawHeader[] = [];
  let end = lines[first]!.end;
  let j = first + 1;
  let afterBlank = false;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text.trim() === '') {
      afterBlank = true;
      j++;
      break;
    }
    if (line.text.trimStart().startsWith('###') || STATUS_LINE.test(line.text) || matchRequestLine(line)) {
      return { headers, end, next: j };
    }
    if (isCommentLine(line.text)) continue;
    const header = HEADER_LINE.exec(line.text);
    if (!header) break; // a body written without the blank line
    const [, indent = '', name = '', value = ''] = header;
    const start = line.start + indent.length;
    headers.push({ name, value, span: { start, end: line.start + line.text.trimEnd().length } });
    end = line.end;
  }

  let bodyStart: number | undefined;
  let bodyEnd = 0;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const blank = line.text.trim() === '';
    if (line.text.trimStart().startsWith('###') || STATUS_LINE.test(line.text)) break;
    if (afterBlank && matchRequestLine(line)) break;
    if (!blank) {
      bodyStart ??= line.start;
      bodyEnd = line.end;
    }
    afterBlank = blank;
  }
  if (bodyStart === undefined) return { headers, end, next: j };
  const body = { value: code.slice(bodyStart, bodyEnd), span: { start: bodyStart, end: bodyEnd } };
  return { headers, body, end: bodyEnd, next: j };
}
