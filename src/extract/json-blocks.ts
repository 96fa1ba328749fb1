import type { Code, Nodes } from 'mdast';
import type { ClaimContext, JsonBlockClaim } from '../types.js';
import type { ExtractContext } from './context.js';
import { parseJsonExample } from './json-example.js';
import { positionOf } from './positions.js';

const JSON_LANGS = new Set(['json', 'jsonc', 'json5', 'javascript-json']);
/** What a sentence calls the JSON after it: "Request body:", "Send this payload:", "Response (201):". */
const REQUEST_WORDS = /\b(request(\s+body)?|payload|send|body)\b/i;
const RESPONSE_WORDS = /\b(respon(se|ds)|returns?|result|output|reply)\b/i;

/** A ```json block and what the paragraph before it says it is. */
export function jsonBlockOf(node: Code, before: Nodes | undefined, _context: ExtractContext, prose: ClaimContext): JsonBlockClaim | undefined {
  if (!JSON_LANGS.has((node.lang ?? '').toLowerCase())) return undefined;
  const lead = prose.sentence ?? '';
  // The sentence right before decides; "Response" wins over "request" ("the response to this request:").
  const role = RESPONSE_WORDS.test(lead) ? 'response' : REQUEST_WORDS.test(lead) ? 'request' : 'unknown';
  const status = before?.type === 'paragraph' ? /\b([1-5]\d\d)\b/.exec(lead)?.[1] : undefined;
  const start = positionOf(node).start;
  return {
    kind: 'json-block',
    text: node.value,
    // The JSON starts on the line after the opening fence.
    position: { start: { line: start.line + 1, column: start.column }, end: positionOf(node).end },
    role,
    json: parseJsonExample(node.value),
    status,
    context: prose,
  };
}
