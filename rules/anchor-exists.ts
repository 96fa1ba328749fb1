import { boundFieldSection, referenceLinkOf } from '../src/reference/link-scope.js';
import type { Rule } from '../src/rule-api.js';
import { safeDecode } from '../src/text/percent.js';
import { checkFragment, droppedBetweenSpaces, droppedCharacters, type Candidate } from '../src/site/fragments.js';
import { FLAVOUR_NAMES } from '../src/site/slugger.js';
import type { Fix } from '../src/types.js';

export const anchorExists: Rule = {
  meta: {
    id: 'anchor-exists',
    description: 'A link fragment (same page or another page) must match a heading slug or an explicit id of its target page.',
    defaultSeverity: 'error',
    fixable: true,
    needsSite: true,
    messages: {
      missing: '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}',
      nearest: '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})?',
      case: '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})? Anchors are case-sensitive',
      hyphens:
        '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})? {{flavour}} slugs keep a hyphen for each space around the dropped {{dropped}}',
      hyphensSpaces:
        '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})? {{flavour}} slugs keep a hyphen for every space',
      unslugged: '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})? {{flavour}} slugs drop {{dropped}}',
      explicit: '#{{fragment}} matches no {{flavour}} heading slug or id in {{page}}; did you mean #{{id}} ({{what}})? An explicit id replaces the heading\'s slug',
    },
  },
  check(context) {
    const site = context.site;
    if (!site) return;
    const flavour = context.config.site.slugs;
    for (const link of context.page.links) {
      if (link.fragment === undefined) continue;
      const target = site.resolve(context.file, link.url);
      if (target.kind !== 'page') continue;
      // `#operation/x` on a Redoc page is the generated reference's, which reference-link checks.
      if (referenceLinkOf(context.config, site, context.file, link.url)) continue;
      // A page that did not parse has ids nobody knows; parse-error reports the page itself.
      const anchors = site.anchorsOf(target.file);
      if (!anchors) continue;
      // `#body-name` on a page generated from an operation is one of its fields: reference-link's.
      if (boundFieldSection(anchors, link.fragment)) continue;
      const verdict = checkFragment(link.fragment, anchors, flavour);
      if (verdict.kind === 'ok') continue;

      const page = target.file === context.file ? 'this page' : site.display(target.file);
      const data: Record<string, string> = { fragment: link.fragment, flavour: FLAVOUR_NAMES[flavour], page };
      const position = link.fragmentSpan?.position ?? link.position;
      const subject = `${target.file === context.file ? '' : site.display(target.file)}#${link.fragment}`;
      if (verdict.kind === 'none') {
        context.report({ messageId: 'missing', data, position, subject });
        continue;
      }

      const { candidate } = verdict;
      Object.assign(data, { id: candidate.id, what: describe(candidate) });
      let messageId: string = verdict.kind;
      if (verdict.kind === 'hyphens') {
        // Only a slug owes its hyphens to spaces; an explicit id was written as it is.
        const dropped = candidate.def.kind === 'heading' && candidate.def.explicitId === undefined ? droppedBetweenSpaces(candidate.def.text, flavour) : undefined;
        if (dropped === undefined) messageId = 'nearest';
        else if (dropped.length > 0) data.dropped = quoteList(dropped);
        else messageId = 'hyphensSpaces';
      } else if (verdict.kind === 'unslugged') {
        const dropped = droppedCharacters(safeDecode(link.fragment), flavour);
        if (dropped.length > 0) data.dropped = quoteList(dropped);
        else messageId = 'nearest';
      }
      const fix: Fix | undefined =
        verdict.kind !== 'nearest' && link.fragmentSpan
          ? { range: link.fragmentSpan.range, text: link.fragment.includes('%') ? encodeURI(candidate.id) : candidate.id }
          : undefined;
      context.report({ messageId, data, position, subject, ...(fix ? { fix } : {}) });
    }
  },
};

function describe(candidate: Candidate): string {
  const line = candidate.def.position.start.line;
  return candidate.def.kind === 'heading' ? `the heading "${candidate.def.text.trim()}", line ${line}` : `the id "${candidate.id}", line ${line}`;
}

function quoteList(items: string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
