import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Splits running text into sentences: at `.`, `!`, `?` or `:` followed by white space, and at line breaks between list-like lines. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n{2,}/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

const paragraphs = new WeakMap<Paragraph, { text: string; sentences: string[] }>();

/**
 * A paragraph's text and sentences, split once: every inline code span, enum list and status
 * statement in the paragraph asks for them.
 */
export function proseOf(paragraph: Paragraph): { text: string; sentences: string[] } {
  let prose = paragraphs.get(paragraph);
  if (!prose) {
    const text = toString(paragraph);
    prose = { text, sentences: sentencesOf(text) };
    paragraphs.set(paragraph, prose);
  }
  return prose;
}

/** The sentence of a paragraph that holds `needle` (an inline code span's text). */
export function sentenceAround(paragraph: Paragraph, needle: string): string | undefined {
  const { sentences } = proseOf(paragraph);
  return sentences.find((sentence) => sentence.includes(needle)) ?? sentences[0];
}

/** The last sentence of a paragraph: the one that introduces a code block after it ("… on the tenant host:"). */
export function closingSentence(paragraph: Paragraph): string | undefined {
  return proseOf(paragraph).sentences.at(-1);
}

/** `llm-billing-mode`, `org_tokens`: an identifier distinctive enough to name a route by its last segment. */
export const ROUTE_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/;
