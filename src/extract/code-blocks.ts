import type { Code } from 'mdast';
import type { EndpointClaim, HeaderMention } from '../types.js';
import { buildEndpointClaim } from './endpoint-claim.js';
import type { ExtractContext } from './context.js';
import { codeMapper } from './positions.js';
import { parseJsonExample } from './json-example.js';
import { parseCurlCommands, parseFetchCalls, parseHttpRequests, type RawRequest } from './request-notations.js';

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console', 'terminal', 'curl', 'shellscript', 'cmd', 'powershell', 'ps1']);
const HTTP_LANGS = new Set(['http', 'rest', 'https']);
const JS_LANGS = new Set(['js', 'javascript', 'ts', 'typescript', 'jsx', 'tsx', 'mjs', 'cjs', 'node']);

/** Endpoint claims from the request examples in one fenced code block. */
export function extractCodeBlock(node: Code, context: ExtractContext): EndpointClaim[] {
  const lang = (node.lang ?? '').toLowerCase();
  const requests = requestsIn(node.value, lang);
  if (requests.length === 0) return [];
  const mapper = codeMapper(node, context.lines);
  const claims: EndpointClaim[] = [];
  for (const request of requests) {
    const headers: HeaderMention[] = request.headers.map((header) => ({
      name: header.name,
      value: header.value,
      position: mapper.span(header.span.start, header.span.end),
    }));
    const claim = buildEndpointClaim(
      {
        source: request.notation,
        evidence: 'request',
        method: request.method,
        url: request.url,
        position: mapper.span(request.urlSpan.start, request.urlSpan.end),
        headers,
        body: request.body,
        hostHint: request.headers.find((header) => header.name.toLowerCase() === 'host')?.value,
      },
      context.hosts,
    );
    if (claim && request.bodySpan) claim.bodyPosition = mapper.span(request.bodySpan.start, request.bodySpan.end);
    if (claim?.body && /^\s*[[{]/.test(claim.body)) claim.bodyJson = parseJsonExample(claim.body);
    if (claim) claims.push(claim);
  }
  return claims;
}

function requestsIn(code: string, lang: string): RawRequest[] {
  if (HTTP_LANGS.has(lang)) return parseHttpRequests(code);
  if (JS_LANGS.has(lang)) return code.includes('fetch') ? parseFetchCalls(code) : [];
  if (SHELL_LANGS.has(lang) || code.trimStart().startsWith('curl') || code.trimStart().startsWith('$ curl')) {
    return code.includes('curl') ? parseCurlCommands(code) : [];
  }
  return [];
}
