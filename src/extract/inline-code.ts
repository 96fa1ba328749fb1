import type { Heading, InlineCode } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EndpointClaim, Position } from '../types.js';
import type { ExtractContext } from './context.js';
import { buildEndpointClaim, METHOD_WORDS } from './endpoint-claim.js';
import { inlineCodeOffset, locateIn } from './positions.js';

/** `PUT /path`, `PUT https://host/path` — a method in capitals, one space, a path or URL. */
export const METHOD_AND_PATH = new RegExp(`^(${METHOD_WORDS})\\s+((?:https?:\\/\\/|\\$|\\{|<)?\\S*\\/\\S*)$`);
/** A lone path or URL: `/api/v1/things/{id}`, `https://api.example.com/v1/things`. */
const PATH_OR_URL = /^(?:https?:\/\/\S+|\/[^\s/]\S*)$/;

/** An endpoint claim from one inline code span, when its whole content is a method + path, a path or a URL. */
export function extractInlineCode(node: InlineCode, context: ExtractContext): EndpointClaim | null {
  const value = node.value.trim();
  const valueOffset = inlineCodeOffset(node, value, context.lines);
  if (valueOffset === undefined) return null;
  const span = (from: number, length: number): Position => ({
    start: context.lines.pointAt(valueOffset + from),
    end: context.lines.pointAt(valueOffset + from + length),
  });

  const withMethod = METHOD_AND_PATH.exec(value);
  if (withMethod) {
    const url = withMethod[2]!;
    return buildEndpointClaim(
      { source: 'inline', evidence: 'method', method: withMethod[1]!, url, position: span(value.length - url.length, url.length) },
      context.hosts,
    );
  }
  if (PATH_OR_URL.test(value)) {
    return buildEndpointClaim({ source: 'inline', evidence: 'path', method: null, url: value, position: span(0, value.length) }, context.hosts);
  }
  return null;
}

/** A heading that is exactly `METHOD /path` in plain text (`### GET /v1/users`). */
export function extractHeading(node: Heading, context: ExtractContext): EndpointClaim | null {
  if (node.children.some((child) => child.type === 'inlineCode')) return null;
  const text = toString(node).trim();
  const match = METHOD_AND_PATH.exec(text);
  if (!match) return null;
  const url = match[2]!;
  return buildEndpointClaim(
    { source: 'prose', evidence: 'method', method: match[1]!, url, position: locateIn(node, url, context.lines) },
    context.hosts,
  );
}
