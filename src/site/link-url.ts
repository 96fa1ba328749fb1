import { safeDecode } from '../text/percent.js';
/** A link's URL taken apart: what is fetched (the path) and where on the page it lands (the fragment). */
export interface LinkUrl {
  /** The path as written, percent-decoded; '' for a same-page link (`#frag`, `?tab=x`). */
  path: string;
  /** The text after `#`, as written; undefined when there is no `#`. */
  fragment?: string;
}

/** `https:`, `mailto:`, `tel:`, `data:`… and protocol-relative `//host`: never fetched, never checked. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

export function isExternalUrl(url: string): boolean {
  return EXTERNAL.test(url.trim());
}

export function parseLinkUrl(url: string): LinkUrl {
  const text = url.trim();
  const hash = text.indexOf('#');
  const beforeHash = hash === -1 ? text : text.slice(0, hash);
  const query = beforeHash.indexOf('?');
  const path = safeDecode(query === -1 ? beforeHash : beforeHash.slice(0, query));
  return hash === -1 ? { path } : { path, fragment: text.slice(hash + 1) };
}

