import type { Rule } from '../src/rule-api.js';
import { referenceLinkOf } from '../src/reference/link-scope.js';
import { nearestPage } from '../src/site/nearest-page.js';
import type { MissingTarget, SiteIndex } from '../src/site/site-index.js';

export const linkTarget: Rule = {
  meta: {
    id: 'link-target',
    description: 'A link to a docs page or file must point to one that exists.',
    defaultSeverity: 'error',
    fixable: false,
    needsSite: true,
    messages: {
      missingPage: '{{url}} points to no page: {{expected}} does not exist; did you mean {{suggestion}}?',
      missingPageNoSuggestion: '{{url}} points to no page: {{expected}} does not exist',
      missingFile: '{{url}} points to no file: {{expected}} does not exist',
      missingFolderIndex: '{{url}} points to a folder with no index page: {{expected}} does not exist',
    },
  },
  check(context) {
    const site = context.site;
    if (!site) return;
    for (const link of context.page.links) {
      const target = site.resolve(context.file, link.url);
      if (target.kind !== 'missing') continue;
      // A page of the generated API reference: reference-link checks it against the spec.
      if (referenceLinkOf(context.config, site, context.file, link.url)) continue;
      const data: Record<string, string> = { url: link.url, expected: expectedDisplay(site, target) };
      const subject = link.url.split('#')[0]!;
      if (target.expected === 'file') {
        context.report({ messageId: 'missingFile', data, position: link.position, subject });
        continue;
      }
      if (target.folder) {
        context.report({ messageId: 'missingFolderIndex', data: { url: link.url, expected: `${site.display(target.attempted)}/index{.mdx,.md}` }, position: link.position, subject });
        continue;
      }
      const suggestion = nearestPage(site, context.file, link.url, target);
      if (suggestion !== undefined) data.suggestion = suggestion;
      context.report({ messageId: suggestion === undefined ? 'missingPageNoSuggestion' : 'missingPage', data, position: link.position, subject });
    }
  },
};

/** The file docspec looked for, below the content folder: `platform/tasks2{.mdx,.md,/index.mdx}` for an extensionless page link. */
function expectedDisplay(site: SiteIndex, target: MissingTarget): string {
  const relative = site.display(target.attempted).replace(/\/+$/, '');
  if (target.expected === 'page' && !/\.mdx?$/i.test(relative)) return relative === '' ? 'index{.mdx,.md}' : `${relative}{.mdx,.md,/index.mdx}`;
  return relative;
}
