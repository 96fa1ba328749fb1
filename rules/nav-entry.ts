import path from 'node:path';
import { parseDocPath } from '../src/extract/doc-path.js';
import { toMethod } from '../src/extract/endpoint-claim.js';
import { bindingProblem, resolveEndpointBinding, type BindingProblem } from '../src/lint/bindings.js';
import type { NavRuleContext, Rule } from '../src/rule-api.js';
import { closest, typoReach } from '../src/text/closest.js';
import type { NavEntry } from '../src/nav/nav-file.js';
import { nearestPage } from '../src/site/nearest-page.js';

const PAGE_EXTENSIONS = ['.mdx', '.md'];

/**
 * Navigation files list pages by path; a renamed or deleted page leaves an entry that points at
 * nothing (Fumadocs drops it from the sidebar silently, Mintlify fails or warns at build). Only
 * entries that name a page, a folder or an operation are checked: separators, rest items and
 * links are not references.
 */
export const navEntry: Rule = {
  meta: {
    id: 'nav-entry',
    description: 'A navigation entry (Fumadocs meta.json, Mintlify docs.json) must name an existing page, folder or operation.',
    defaultSeverity: 'error',
    fixable: false,
    needsSite: true,
    messages: {
      metaMissing: '"{{entry}}" names no page or folder in {{folder}}; did you mean "{{suggestion}}"?',
      metaMissingNoSuggestion: '"{{entry}}" names no page or folder in {{folder}}',
      metaNoFolder: '"{{entry}}" extracts no folder: {{folder}} has no folder {{name}}',
      navMissing: 'Navigation page "{{entry}}" matches no page; did you mean "{{suggestion}}"?',
      navMissingNoSuggestion: 'Navigation page "{{entry}}" matches no page',
      navUnknownPath: 'Navigation entry "{{entry}}" matches no path in {{specs}}; did you mean {{suggestion}}?',
      navUnknownPathNoSuggestion: 'Navigation entry "{{entry}}" matches no path in {{specs}}',
      navWrongMethod: 'Navigation entry "{{entry}}" names no operation: {{template}} allows {{allowed}} ({{location}})',
      navAmbiguous: 'Navigation entry "{{entry}}" matches {{count}} operations ({{locations}}); name the spec file in the entry',
    },
  },
  checkNav(context) {
    for (const entry of context.nav.entries) {
      if (entry.kind === 'operation') checkOperation(context, entry);
      else if (context.nav.format === 'fumadocs') checkMetaEntry(context, entry);
      else checkMintlifyPage(context, entry);
    }
  },
};

function checkMetaEntry(context: NavRuleContext, entry: NavEntry): void {
  const site = context.site;
  if (!site) return;
  const folder = path.dirname(context.file);
  const target = path.resolve(folder, entry.target);
  const kind = site.kindOf(target);
  const base = { position: entry.position, subject: entry.written };
  const folderName = displayFolder(context, path.dirname(target));
  if (entry.kind === 'folder') {
    if (kind !== 'dir') context.report({ messageId: 'metaNoFolder', data: { entry: entry.written, folder: folderName, name: path.basename(target) }, ...base });
    return;
  }
  if (kind === 'dir' || PAGE_EXTENSIONS.some((extension) => site.kindOf(`${target}${extension}`) === 'file')) return;
  const suggestion = closestItem(site.pageFiles, path.dirname(target), path.basename(target));
  const written = suggestion && path.posix.join(path.posix.dirname(entry.target), suggestion);
  const shown = written && (entry.kind === 'excluded' ? `!${written}` : written);
  context.report(
    shown
      ? { messageId: 'metaMissing', data: { entry: entry.written, folder: folderName, suggestion: shown }, ...base }
      : { messageId: 'metaMissingNoSuggestion', data: { entry: entry.written, folder: folderName }, ...base },
  );
}

function checkMintlifyPage(context: NavRuleContext, entry: NavEntry): void {
  const site = context.site;
  if (!site || /^[a-z][a-z0-9+.-]*:/i.test(entry.target)) return;
  // Mintlify page paths are file paths from the docs root, the site's content folder (`index` is
  // index.mdx, whose URL is the folder's); the URL form gives the suggestion when there is no file.
  const relative = entry.target.replace(/^\/+/, '');
  if (site.resolve(context.file, `./${relative}`).kind !== 'missing') return;
  const url = `${site.baseUrl}/${relative}`;
  const target = site.resolve(context.file, url);
  if (target.kind !== 'missing') return;
  const near = nearestPage(site, context.file, url, target);
  const suggestion = near === undefined ? undefined : near.slice(site.baseUrl.length).replace(/^\/+/, '');
  const base = { position: entry.position, subject: entry.written };
  context.report(
    suggestion
      ? { messageId: 'navMissing', data: { entry: entry.written, suggestion }, ...base }
      : { messageId: 'navMissingNoSuggestion', data: { entry: entry.written }, ...base },
  );
}

function checkOperation(context: NavRuleContext, entry: NavEntry): void {
  const method = toMethod(entry.method);
  const docPath = parseDocPath(entry.target);
  const problem = bindingProblem(resolveEndpointBinding(docPath, method, entry.spec, context.spec), docPath, method, context.spec);
  if (!problem) return;
  context.report({
    messageId: NAV_MESSAGE_IDS[problem.kind],
    data: { entry: entry.written, ...problem.data },
    position: entry.position,
    subject: `${entry.method!.toUpperCase()} ${entry.target}`,
  });
}

const NAV_MESSAGE_IDS: Record<BindingProblem['kind'], string> = {
  unknownPath: 'navUnknownPath',
  unknownPathNoSuggestion: 'navUnknownPathNoSuggestion',
  wrongMethod: 'navWrongMethod',
  ambiguous: 'navAmbiguous',
};


/**
 * The item of a folder (a page without its extension, or a subfolder holding pages) nearest to a
 * mistyped name, from the site's pages: what a navigation file can name.
 */
function closestItem(pageFiles: readonly string[], folder: string, wanted: string): string | undefined {
  const items = new Set<string>();
  const inside = folder + path.sep;
  for (const file of pageFiles) {
    if (!file.startsWith(inside)) continue;
    const [first, ...rest] = file.slice(inside.length).split(path.sep);
    items.add(rest.length > 0 ? first! : first!.replace(/\.mdx?$/i, ''));
  }
  return closest(wanted, [...items].sort((a, b) => a.localeCompare(b)), (item) => item, typoReach(wanted))[0];
}

/** A folder as messages show it: relative to the content folder, with a trailing slash (`./` for the root). */
function displayFolder(context: NavRuleContext, folder: string): string {
  const relative = path.relative(context.config.site.contentDir, folder).split(path.sep).join('/');
  return relative === '' ? './' : `${relative}/`;
}
