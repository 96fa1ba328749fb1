import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { isExternalUrl, parseLinkUrl } from '../site/link-url.js';
import { safeDecode } from '../text/percent.js';
import { routeOf } from '../site/routes.js';
import type { SiteIndex } from '../site/site-index.js';
import { parsedReference } from './presets.js';
import type { ResolvedReference } from './generated-reference.js';
import { fieldSectionOf, type FieldSection } from './mintlify-fields.js';
import type { PageAnchors } from '../site/site-index.js';

/** A link that points into a generated reference: which one, and the URL relative to its prefix. */
export interface ReferenceLink {
  reference: ResolvedReference;
  /** `/billing/getLlmBillingMode` for a page, `#operation/getLlmBillingMode` for a fragment of the reference page. */
  key: string;
  /** A page link's fragment, decoded (`body-name` in `/api-reference/users/create-user#body-name`). */
  fragment?: string;
}

/**
 * Whether a link is the generated reference's to answer for, and so not link-target's or
 * anchor-exists' (the one predicate all three rules use, so a link is judged once):
 * - a page reference (`/api-reference/…`): a URL below the prefix that is no file of the docs
 *   tree. A page that exists as a file is an ordinary page (hand-written, or generated into the
 *   tree) and the other rules check it and its headings.
 * - a one-page reference (Redoc): a link to that page whose fragment starts the way the
 *   preset's fragments do (`#tag/`, `#operation/`); its other fragments are ordinary anchors.
 */
export function referenceLinkOf(config: ResolvedConfig, site: SiteIndex, from: string, url: string): ReferenceLink | undefined {
  if (config.reference.length === 0 || isExternalUrl(url)) return undefined;
  const { path: linkPath, fragment } = parseLinkUrl(url);
  const siteUrl = siteUrlOf(site, from, linkPath);
  if (siteUrl === undefined) return undefined;
  for (const reference of config.reference) {
    const base = reference.prefix === '/' ? '' : reference.prefix;
    const { mode, heads } = parsedReference(reference);
    if (mode === 'fragment') {
      if (fragment === undefined || (siteUrl !== reference.prefix && siteUrl !== base)) continue;
      const decoded = safeDecode(fragment);
      if (heads.some((head) => decoded.startsWith(head))) return { reference, key: `#${decoded}` };
      continue;
    }
    if (!siteUrl.startsWith(`${base}/`) || siteUrl === `${base}/`) continue;
    const target = site.resolve(from, url);
    if (target.kind === 'page' || target.kind === 'file') continue;
    return { reference, key: siteUrl.slice(base.length), ...(fragment !== undefined && fragment !== '' ? { fragment: safeDecode(fragment) } : {}) };
  }
  return undefined;
}

/** The site URL a link's path names: as written when site-absolute, else from the linking page's folder; '' is the page itself. */
function siteUrlOf(site: SiteIndex, from: string, linkPath: string): string | undefined {
  if (linkPath.startsWith('/')) return trimSlash(path.posix.normalize(linkPath));
  const route = routeOf(from, site.contentDir);
  if (route === undefined) return undefined;
  const base = site.baseUrl;
  if (linkPath === '') return trimSlash(`${base}/${route}`) || '/';
  const folder = path.relative(site.contentDir, path.dirname(from)).split(path.sep).join('/');
  return trimSlash(path.posix.resolve(`${base}/${folder}`, linkPath));
}

function trimSlash(url: string): string {
  return url.length > 1 ? url.replace(/\/+$/, '') : url;
}

/**
 * The field section a fragment names on a Mintlify API page (`#body-name`), when the page's own
 * content has no such id. On a page bound by `openapi:` those anchors come from the spec and
 * reference-link checks them; on one bound by `api:` they come from hand-written field components
 * whose ids are not documented, and nothing checks them. anchor-exists leaves both alone.
 */
export function boundFieldSection(anchors: PageAnchors, fragment: string): FieldSection | undefined {
  if (anchors.specBindings.length === 0 && !anchors.manualFields) return undefined;
  const decoded = safeDecode(fragment);
  if (anchors.ids.has(decoded)) return undefined;
  return fieldSectionOf(decoded);
}
