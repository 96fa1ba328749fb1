import type { Code, Nodes } from 'mdast';
import type { ClaimContext, JsonBlockClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { parseJsonExample } from './json-example.js';
import { positionOf, codeMapper } from './positions.js';
import { parseHttpResponses } from './request-notations.js';

const JSON_LANGS = new Set(['json', 'jsonc', 'json5', 'javascript-json']);
/** What a sentence calls the JSON after it: "Request body:", "Send this payload:", "Response (201):". */
const REQUEST_WORDS = /\b(request(\s+body)?|payload|send|body)\b/i;
const RESPONSE_WORDS = /\b(respon(se|ds)|returns?|result|output|reply)\b/i;

/** A ```json block and what the paragraph before it says it is. */
export function jsonBlockOf(node: Code, before: Nodes | undefined, prose: ClaimContext): JsonBlockClaim | undefined {
  if (!JSON_LANGS.has((node.lang ?? '').toLowerCase())) return undefined;
  const lead = prose.sentence ?? '';
  // The sentence right before decides; "Response" wins over "request" ("the response to this request:").
  // With no sentence, a block right after a request example is that request's response.
  const role = RESPONSE_WORDS.test(lead) ? 'response' : REQUEST_WORDS.test(lead) ? 'request' : before?.type === 'code' ? 'response' : 'unknown';
  const status = before?.type === 'paragraph' ? /\b([1-5]\d\d)\b/.exec(lead)?.[1] : undefined;
  const start = positionOf(node).start;
  return {
    kind: 'json-block',
    text: node.value,
    // The JSON starts on the line after the opening fence.
    position: { start: { line: start.line + 1, column: start.column }, end: positionOf(node).end },
    role,
    source: 'json',
    json: parseJsonExample(node.value),
    status,
    context: prose,
  };
}

/** Response bodies of an ```http block (`HTTP/1.1 200 OK` … body), each bound to the request before it. */
export function httpResponsesOf(node: Code, context: ExtractContext, prose: ClaimContext): JsonBlockClaim[] {
  if ((node.lang ?? '').toLowerCase() !== 'http' || !node.value.includes('HTTP/')) return [];
  const mapper = codeMapper(node, context.lines);
  return parseHttpResponses(node.value).flatMap((response) => {
    if (!response.body || !response.bodySpan || !/^\s*[[{]/.test(response.body)) return [];
    return [
      {
        kind: 'json-block' as const,
        text: response.body,
        position: mapper.span(response.bodySpan.start, response.bodySpan.end),
        role: 'response' as const,
        source: 'http' as const,
        json: parseJsonExample(response.body),
        status: response.status,
        ...(response.request ? { requestPosition: mapper.span(response.request.start, response.request.end) } : {}),
        context: prose,
      },
    ];
  });
}
