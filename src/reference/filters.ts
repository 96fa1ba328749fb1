import { slug as githubSlug } from 'github-slugger';

/**
 * How a value of the spec (a tag, an operationId, a summary) is written into a generated URL.
 * `raw` as is; `slug` github-slugger; `kebab` words joined by `-`, lower case, the way lodash's
 * kebabCase splits camelCase (Docusaurus OpenAPI doc ids); `mintlify` Mintlify's endpoint-URL
 * conversion; `redoc` whitespace to `-` (Redoc's tag ids, case kept).
 */
export type Filter = 'raw' | 'slug' | 'kebab' | 'mintlify' | 'redoc';

export const FILTERS: readonly Filter[] = ['raw', 'slug', 'kebab', 'mintlify', 'redoc'];

export function applyFilter(value: string, filter: Filter): string {
  switch (filter) {
    case 'raw':
      return value;
    case 'slug':
      return githubSlug(value);
    case 'kebab':
      return kebab(value);
    case 'mintlify':
      return mintlifyUrlSlug(value);
    case 'redoc':
      return value.trim().replace(/\s+/g, '-');
  }
}

/**
 * Words of a camelCase, snake_case or spaced name: `getHTTPResponse2` → get, HTTP, Response, 2.
 * Lodash's word splitting in short (ASCII letters and digits; anything else separates words).
 */
const WORD = /[A-Z]{2,}(?=[A-Z][a-z]|[0-9]|$|[^A-Za-z0-9])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g;

export function kebab(value: string): string {
  return (value.match(WORD) ?? []).map((word) => word.toLowerCase()).join('-');
}

/**
 * Mintlify's conversion of a summary or tag into an endpoint URL segment, as its docs state it
 * (mintlify.com/docs/api-playground/endpoint-urls): spaces become hyphens; `{ } ( ) , . '` and `/`
 * are removed; the result is lower-cased; every other character (`?`, `&`, `:`, non-ASCII
 * letters) stays.
 */
export function mintlifyUrlSlug(value: string): string {
  return value.replace(/ /g, '-').replace(/[{}(),.'/]/g, '').toLowerCase();
}

/**
 * The slug Mintlify gives an operation without a summary: its method and path, the path's
 * parameters left out (`GET /users/{id}/posts` → `get-users-posts`, the docs' own example).
 */
export function mintlifyMethodPathSlug(method: string, path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^\{[^}]*\}$/.test(segment));
  return [method.toLowerCase(), ...segments.map((segment) => mintlifyUrlSlug(segment))].join('-');
}
