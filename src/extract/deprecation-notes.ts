import type { Html, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { DeprecationNote, Position } from '../types.js';
import { positionOf } from './positions.js';
import { cellText, tableHeaders } from './table-headers.js';

/** Words that say outright that something is going away. */
const EXPLICIT = new RegExp(
  [
    String.raw`\bdeprecat\w*`,
    String.raw`\bsunset\w*`,
    String.raw`\bobsolete\b`,
    String.raw`\bend[- ]of[- ]life\b`,
    String.raw`\bdiscontinued\b`,
    String.raw`\bphas(?:e|ed|ing) out\b`,
    String.raw`\b(?:will|to) be (?:removed|retired|discontinued|disabled|shut down|turned off)\b`,
    String.raw`\b(?:is|are) being (?:removed|retired|discontinued|phased out)\b`,
    String.raw`\b(?:scheduled|slated|planned|marked) for (?:removal|deletion|retirement|deprecation)\b`,
    String.raw`\bno longer (?:supported|maintained|recommended|available)\b`,
    String.raw`\bsuperseded by\b`,
  ].join('|'),
  'i',
);

/**
 * Words that point away from something without saying it is going away. Running text uses them
 * for other things too ("use a dedicated Redis instead", "the legacy handshake"), so they count
 * only close to the claim.
 */
const HINT = new RegExp([String.raw`\blegacy\b`, String.raw`\bretired\b`, String.raw`\breplaced by\b`, String.raw`\bin favou?r of\b`, String.raw`\buse\b[^.!?]{1,120}?\binstead\b`].join('|'), 'i');

export interface DeprecationWords {
  /** As written. */
  words: string;
  explicit: boolean;
}

/**
 * The words of `text` that make it a deprecation note, if any. A word missing here makes the rule
 * report a page that does warn its readers, so the lists lean wide. Pages wrap lines
 * mid-sentence, so any white space separates words.
 */
export function deprecationWords(text: string): DeprecationWords | undefined {
  const flat = text.replace(/\s+/g, ' ');
  const explicit = EXPLICIT.exec(flat);
  if (explicit) return { words: explicit[0], explicit: true };
  const hint = HINT.exec(flat);
  return hint ? { words: hint[0], explicit: false } : undefined;
}

/** A cell under a Deprecated/Sunset column that says no. */
const NEGATIVE_CELL = /^(?:|no|false|n\/?a|none|-|–|—|❌|✗|✘|✕)$/i;

/** Frontmatter keys a site shows as the page's name or label, where even a hint (`title: Legacy API`) names the page. */
const TITLE_KEYS = new Set(['title', 'sidebarTitle', 'sidebar_label', 'navTitle', 'tag', 'badge', 'label', 'status']);

/**
 * Notes in the frontmatter speak for the page: `deprecated: true` (Mintlify and most generators
 * render a badge from it), a title or tag with the words, or any other value that says so outright.
 */
export function frontmatterNotes(frontmatter: Record<string, unknown>, position: Position): DeprecationNote[] {
  const note = (words: string): DeprecationNote[] => [{ kind: 'deprecation-note', words, source: 'frontmatter', position, scope: 'page' }];
  const flag = frontmatter.deprecated;
  if (flag === true || (typeof flag === 'string' && !/^(?:false|no|0|)$/i.test(flag.trim()))) return note('deprecated');
  for (const [key, value] of Object.entries(frontmatter)) {
    for (const text of stringsOf(value, 0)) {
      const found = deprecationWords(text);
      if (found && (found.explicit || TITLE_KEYS.has(key))) return note(found.words);
    }
  }
  return [];
}

function stringsOf(value: unknown, depth: number): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 3 || typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap((item) => stringsOf(item, depth + 1));
}

/** A heading speaks for its whole section; so does text that says so outright. A hint speaks only where it stands. */
function sectionNote(found: DeprecationWords, source: DeprecationNote['source'], position: Position): DeprecationNote {
  const reach = source === 'heading' || found.explicit ? 'section-and-subsections' : 'section';
  return { kind: 'deprecation-note', words: found.words, source, position, scope: reach };
}

/** A heading, a paragraph (in a list, a blockquote, a callout) or a raw HTML block that says so. */
export function textNote(text: string, source: 'heading' | 'text', position: Position): DeprecationNote[] {
  const found = deprecationWords(text);
  return found ? [sectionNote(found, source, position)] : [];
}

/** Raw HTML (`<div class="warning">Deprecated</div>` in a `.md` page) counts by its text, not its markup. */
export function htmlNote(node: Html): DeprecationNote[] {
  return textNote(node.value.replace(/<[^>]*>/g, ' '), 'text', positionOf(node));
}

/** Attributes that hold a link or an id, not words a reader sees. */
const NON_TEXT_ATTRIBUTES = new Set(['href', 'src', 'id', 'name', 'className', 'class', 'key', 'openapi', 'document']);

/** A component whose props say so (`<Callout title="Deprecated">`, `<Badge label="Legacy">`): its children are paragraphs of their own. */
export function componentNote(node: MdxJsxFlowElement | MdxJsxTextElement): DeprecationNote[] {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || NON_TEXT_ATTRIBUTES.has(attribute.name)) continue;
    const found = deprecationWords(attribute.value);
    if (found) return [sectionNote(found, 'component', positionOf(node))];
  }
  return [];
}

/**
 * Rows of a table that say so: a cell with the words, or a Deprecated/Sunset column whose cell
 * is not a no. A row that names an endpoint speaks for that endpoint only (the table lists
 * several); any other row (`| Status | Deprecated |`) is text of its section.
 */
export function tableNotes(node: Table, endpointRows: ReadonlySet<number>): DeprecationNote[] {
  const headers = tableHeaders(node);
  const notes: DeprecationNote[] = [];
  for (const row of node.children.slice(1)) {
    const texts = row.children.map(cellText);
    let found: DeprecationWords | undefined;
    for (const [index, text] of texts.entries()) {
      const header = deprecationWords(headers[index] ?? '');
      found = deprecationWords(text) ?? (header && !NEGATIVE_CELL.test(text) ? header : undefined);
      if (found) break;
    }
    if (!found) continue;
    const position = positionOf(row);
    notes.push(endpointRows.has(position.start.line) ? { kind: 'deprecation-note', words: found.words, source: 'table-row', position, scope: 'row' } : sectionNote(found, 'table-row', position));
  }
  return notes;
}
