import type { InlineCode, List, Paragraph, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ClaimContext, EnumClaim, EnumValue } from '../types.js';
import type { ExtractContext } from './context.js';
import { cellText, tableHeaders } from './table-headers.js';
import { locateIn, positionOf, type ValueMapper, inlineCodeOffset } from './positions.js';
import { proseOf } from './prose.js';

/** `mode: platform_managed|byok`, `mode=a|b`: a field and a pipe-separated list presented as complete. */
const PIPE_LIST = /([A-Za-z_][\w.-]*)\s*[:=]\s*((?:"?[\w.-]+"?\s*\|\s*)+"?[\w.-]+"?)/g;
/** `"mode": a|b|c` or `"mode": "a" | "b"` inside a JSON-like example. */
const JSON_PIPE_LIST = /"([A-Za-z_][\w.-]*)"\s*:\s*((?:"?[\w.-]+"?\s*\|\s*)+"?[\w.-]+"?)/g;
const VALUES_COLUMN = /^(values?|enum|allowed(\s+values)?|options|possible\s+values|one\s+of)$/;
const FIELD_COLUMN = /^(field|name|property|parameter|param|key|attribute)$/;
const ONE_OF = /\b(one of|either)\b/i;

/** Enum lists written with pipes in an inline code span. */
export function pipeListsInInline(node: InlineCode, context: ExtractContext, prose: ClaimContext): EnumClaim[] {
  const valueStart = inlineCodeOffset(node, node.value, context.lines);
  if (valueStart === undefined) return [];
  return pipeLists(node.value, (offset) => valueStart + offset, context, prose, /^\s*[{"]/.test(node.value) ? JSON_PIPE_LIST : PIPE_LIST);
}

/** Enum lists written with pipes in a code block (`{"mode": "a" | "b"}`), placed through the block's mapper. */
export function pipeListsInCode(code: string, mapper: ValueMapper, context: ExtractContext, prose: ClaimContext): EnumClaim[] {
  const offsetOf = (offset: number) => context.lines.offsetOf(mapper.pointAt(offset));
  return pipeLists(code, offsetOf, context, prose, JSON_PIPE_LIST);
}

function pipeLists(text: string, pageOffset: (offset: number) => number, context: ExtractContext, prose: ClaimContext, pattern: RegExp): EnumClaim[] {
  const claims: EnumClaim[] = [];
  for (const match of text.matchAll(pattern)) {
    const list = match[2]!;
    const listStart = match.index + match[0].length - list.length;
    const values: EnumValue[] = [];
    for (const part of list.matchAll(/"?([\w.-]+)"?/g)) {
      const from = pageOffset(listStart + part.index);
      values.push({ value: part[1]!, position: { start: context.lines.pointAt(from), end: context.lines.pointAt(from + part[0].length) } });
    }
    const from = pageOffset(listStart);
    const to = pageOffset(listStart + list.length - 1) + 1;
    claims.push({
      kind: 'enum',
      field: match[1]!,
      values,
      complete: true,
      notation: 'pipe',
      position: { start: context.lines.pointAt(from), end: context.lines.pointAt(to) },
      list: { range: [from, to], separator: list.includes(' | ') ? ' | ' : '|', quote: list.startsWith('"') ? '"' : '' },
      context: prose,
    });
  }
  return claims;
}

/**
 * "`mode` is one of `platform_managed`, `byok` or `disabled`." The field is the inline code just
 * before "one of" in the same sentence, the values the inline code after it.
 */
export function oneOfInParagraph(node: Paragraph, context: ExtractContext, prose: ClaimContext): EnumClaim[] {
  const { text, sentences } = proseOf(node);
  if (!ONE_OF.test(text)) return [];
  const claims: EnumClaim[] = [];
  let offset = 0;
  // Walk the paragraph's direct children, tracking which sentence each inline code falls in.
  const codes: Array<{ node: InlineCode; at: number }> = [];
  for (const child of node.children) {
    if (child.type === 'inlineCode') codes.push({ node: child, at: offset });
    offset += toString(child).length;
  }
  for (const sentence of sentences) {
    const start = text.indexOf(sentence.slice(0, 20));
    const marker = ONE_OF.exec(sentence);
    if (start === -1 || !marker) continue;
    const markerAt = start + marker.index;
    const inSentence = codes.filter((code) => code.at >= start && code.at < start + sentence.length + 5);
    const field = [...inSentence].reverse().find((code) => code.at < markerAt);
    const values = inSentence.filter((code) => code.at > markerAt);
    if (!field || values.length < 2) continue;
    claims.push(listClaim(field.node.value, values.map((code) => code.node), 'one-of', context, prose));
  }
  return claims;
}

/**
 * A list of values after a sentence that names a field and says "one of" (`` `mode` is one of: ``),
 * one inline code value per item.
 */
export function valueList(node: List, before: Paragraph | undefined, context: ExtractContext, prose: ClaimContext): EnumClaim[] {
  if (!before) return [];
  const lead = proseOf(before).sentences.at(-1) ?? '';
  if (!ONE_OF.test(lead) && !/\bvalues?\s*(are|:)/i.test(lead)) return [];
  const fieldCode = [...before.children].reverse().find((child): child is InlineCode => child.type === 'inlineCode');
  if (!fieldCode) return [];
  const values = node.children.flatMap((item) => {
    const first = item.children[0];
    const code = first?.type === 'paragraph' ? first.children[0] : undefined;
    return code?.type === 'inlineCode' ? [code] : [];
  });
  if (values.length < 2 || values.length !== node.children.length) return [];
  return [listClaim(fieldCode.value, values, 'list', context, prose)];
}

/** A table with a Values/Enum/Allowed column: one list per row, for the field in its Field/Name column. */
export function valuesTable(node: Table, context: ExtractContext, prose: ClaimContext): EnumClaim[] {
  const [head, ...rows] = node.children;
  if (!head) return [];
  const headers = tableHeaders(node);
  const valuesColumn = headers.findIndex((header) => VALUES_COLUMN.test(header));
  if (valuesColumn === -1) return [];
  const fieldColumn = Math.max(0, headers.findIndex((header) => FIELD_COLUMN.test(header)));
  const claims: EnumClaim[] = [];
  for (const row of rows) {
    const field = cellText(row.children[fieldColumn]);
    const cell = row.children[valuesColumn];
    if (!field || !cell || fieldColumn === valuesColumn) continue;
    const codes = cell.children.filter((child): child is InlineCode => child.type === 'inlineCode');
    if (codes.length >= 1) {
      claims.push(listClaim(field, codes, 'table', context, prose));
      continue;
    }
    const text = cellText(cell);
    const parts = text.split(/\s*(?:,|\||\bor\b)\s*/).filter((part) => /^[\w.-]+$/.test(part));
    if (parts.length < 2) continue;
    claims.push({
      kind: 'enum',
      field,
      values: parts.map((value) => ({ value, position: locateIn(cell, value, context.lines) })),
      complete: true,
      notation: 'table',
      position: positionOf(cell),
      context: prose,
    });
  }
  return claims;
}

function listClaim(field: string, codes: InlineCode[], notation: EnumClaim['notation'], context: ExtractContext, prose: ClaimContext): EnumClaim {
  const values = codes.map((code) => ({ value: code.value.replace(/^"|"$/g, ''), position: locateIn(code, code.value, context.lines) }));
  return {
    kind: 'enum',
    field,
    values,
    complete: true,
    notation,
    position: { start: values[0]!.position.start, end: values.at(-1)!.position.end },
    context: prose,
  };
}
