import { parseDocPath } from '../extract/doc-path.js';
import { METHOD_WORDS } from '../extract/endpoint-claim.js';
import type { HttpMethod } from '../types.js';
import type { Operation, SpecIndex } from './spec-index.js';

/** A sentence that sends readers elsewhere: "Use … instead", "replaced by …", "superseded by …", "in favor of …". */
const POINTER = /\buse\b[^.!?\n]*\binstead\b|\b(?:replaced|superseded)\s+by\b|\bin\s+favou?r\s+of\b/i;
/** `POST /v2/things`: only a method with a path counts, since a bare path or a name could mean several operations. */
const OPERATION = new RegExp('\\b(' + METHOD_WORDS + ')\\s+(\\/[^\\s`\'"()<>,;]*[^\\s`\'"()<>,;.:])', 'g');

/**
 * The operation a deprecated operation's own description names as its replacement, as the
 * description writes it (with the server's base path, if it gives one): the only other operation
 * named in its pointing sentences, when that one is in the specs and not deprecated itself.
 * Otherwise none, since a wrong pointer in a message is worse than none.
 */
export function replacementOf(operation: Operation, index: SpecIndex): { operation: Operation; written: string } | undefined {
  const text = [operation.raw.description, operation.summary].filter((value): value is string => typeof value === 'string').join('\n');
  const found = new Map<Operation, string>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n\s*\n/).map((part) => part.replace(/\s+/g, ' '))) {
    if (!POINTER.test(sentence)) continue;
    for (const match of sentence.matchAll(OPERATION)) {
      const candidates = index.operationsOf(parseDocPath(match[2]!), match[1]!.toLowerCase() as HttpMethod);
      if (candidates.length !== 1) return undefined;
      if (candidates[0] !== operation && !found.has(candidates[0]!)) found.set(candidates[0]!, `${match[1]} ${match[2]}`);
    }
  }
  if (found.size !== 1) return undefined;
  const [replacement, written] = [...found][0]!;
  return replacement.deprecated ? undefined : { operation: replacement, written };
}
