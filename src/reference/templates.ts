import { applyFilter, FILTERS, type Filter } from './filters.js';
import { escapeRegex } from '../text/regex.js';

/** The values of an operation a URL template may use. `title` is internal: Mintlify's summary-or-method-and-path. */
export type Field = 'tag' | 'operationId' | 'summary' | 'method' | 'path' | 'title';

/** The placeholders a user's template may name. */
export const TEMPLATE_FIELDS: readonly Field[] = ['tag', 'operationId', 'summary', 'method', 'path'];

export type TemplatePart = { literal: string } | { field: Field; filter: Filter };

/**
 * One URL shape of a generated reference, relative to its prefix: `/{tag}/{operationId}` (a page
 * per operation) or `#operation/{operationId}` (a fragment of one page, as Redoc renders).
 */
export interface UrlTemplate {
  text: string;
  parts: TemplatePart[];
  /** `fragment` when the template starts with `#`: the reference is one page and operations are fragments of it. */
  mode: 'path' | 'fragment';
  /** `tag` when the template names nothing but the tag: a page or fragment per tag. */
  kind: 'operation' | 'tag';
  /** The template as a pattern: a link of this shape captures one value per placeholder. */
  shape: RegExp;
}

/** What a template is filled with: one operation (or one tag), its values as the spec writes them. */
export type FieldValues = Partial<Record<Field, string>>;

const PLACEHOLDER = /\{([^{}|]+)(?:\|([^{}]+))?\}/g;

/** Parses `/{tag|slug}/{operationId}`; a string is the reason it cannot be parsed. */
export function parseTemplate(text: string, fields: readonly Field[] = TEMPLATE_FIELDS): UrlTemplate | string {
  if (!text.startsWith('/') && !text.startsWith('#')) return `"${text}" must start with "/" (a page per operation) or "#" (a fragment of the reference page)`;
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const field = match[1]!.trim() as Field;
    const filter = (match[2]?.trim() ?? 'raw') as Filter;
    if (!fields.includes(field)) return `unknown placeholder {${match[1]}} in "${text}" (known: ${fields.map((name) => `{${name}}`).join(', ')})`;
    if (!FILTERS.includes(filter)) return `unknown filter "${match[2]}" in "${text}" (known: ${FILTERS.join(', ')})`;
    if (match.index > last) parts.push({ literal: text.slice(last, match.index) });
    parts.push({ field, filter });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ literal: text.slice(last) });
  const placeholders = parts.filter((part): part is { field: Field; filter: Filter } => 'field' in part);
  if (placeholders.length === 0) return `"${text}" names no placeholder`;
  const shape = new RegExp(`^${parts.map((part) => ('literal' in part ? escapeRegex(part.literal) : '([^/]+)')).join('')}$`);
  return {
    text,
    parts,
    mode: text.startsWith('#') ? 'fragment' : 'path',
    kind: placeholders.every((part) => part.field === 'tag') ? 'tag' : 'operation',
    shape,
  };
}

/** The URL the template gives these values; undefined when it names a value the operation lacks (no operationId). */
export function renderTemplate(template: UrlTemplate, values: FieldValues): string | undefined {
  let out = '';
  for (const part of template.parts) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    const value = values[part.field];
    if (value === undefined || value === '') return undefined;
    const rendered = applyFilter(value, part.filter);
    if (rendered === '') return undefined;
    out += rendered;
  }
  return out;
}

/** The placeholders of a template, in order. */
export function placeholdersOf(template: UrlTemplate): Array<{ field: Field; filter: Filter }> {
  return template.parts.filter((part): part is { field: Field; filter: Filter } => 'field' in part);
}

/** The text before the first placeholder (`#operation/`): a link starting with it is in the template's space. */
export function literalHead(template: UrlTemplate): string {
  const first = template.parts[0];
  return first && 'literal' in first ? first.literal : '';
}

