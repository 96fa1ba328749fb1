import type { Rule } from '../src/rule-api.js';

/** Reports pages (and frontmatter) the parser could not read; the rest of the run goes on. */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    description: 'A page or its frontmatter, or a navigation file, cannot be parsed.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { parse: '{{reason}}' },
  },
  check(context) {
    for (const problem of context.problems) {
      context.report({ messageId: 'parse', data: { reason: problem.message }, position: problem.position, subject: 'parse' });
    }
  },
  // A navigation file (meta.json, docs.json) that is not JSON.
  checkNav(context) {
    for (const problem of context.nav.problems) {
      context.report({ messageId: 'parse', data: { reason: problem.message }, position: problem.position, subject: 'parse' });
    }
  },
};
