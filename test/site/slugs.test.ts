import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import type { SlugFlavour } from '../../src/config/types.js';
import { HostClassifier } from '../../src/extract/url.js';
import { extractSource } from '../../src/lint/pages.js';
import { mintlifySlug } from '../../src/site/slugger.js';
import { page } from '../helpers/page.js';

/** A page's headings and other anchors, extracted the way a run does; the page must parse. */
function idsOf(source: string, file: string, flavour: SlugFlavour = 'github') {
  const extracted = extractSource(file, source, new HostClassifier([]), flavour);
  if (extracted.problems.length > 0) throw new Error(`${file} did not parse: ${extracted.problems[0]!.message}`);
  return extracted.claims;
}

function slugsOf(source: string, file = '/docs/page.md', flavour: SlugFlavour = 'github'): string[] {
  return idsOf(source, file, flavour).headings.map((heading) => heading.slug);
}

/**
 * Plain-text headings: the slug docspec gives each heading on a page must be exactly what
 * github-slugger gives its text (run here, not copied), and the literal is what github-slugger
 * 2.0.0 was measured to give (ECOSYSTEM.md §2.2), so a change of either shows up.
 */
const PLAIN: Array<[string, string]> = [
  ['Scoped roles — coming soon', 'scoped-roles--coming-soon'],
  ['Pages 1–10 (en dash)', 'pages-110-en-dash'],
  ['Emoji 🚀 launch', 'emoji--launch'],
  ['❤️ Love', '️-love'],
  ['Café résumé naïve', 'café-résumé-naïve'],
  ['ÀÉÎÕÜ Uppercase accents', 'àéîõü-uppercase-accents'],
  ['Ünïcödé', 'ünïcödé'],
  ['ß and ẞ', 'ß-and-ß'],
  ['İstanbul', 'i̇stanbul'],
  ['日本語の見出し', '日本語の見出し'],
  ['中文 标题', '中文-标题'],
  ['한국어 제목', '한국어-제목'],
  ['Привет Мир', 'привет-мир'],
  ['Key: value', 'key-value'],
  ['v1.2.3 release', 'v123-release'],
  ['a/b/c path', 'abc-path'],
  ['GET /v1/users/{id}', 'get-v1usersid'],
  ['Tom & Jerry', 'tom--jerry'],
  ["It's Bob's", 'its-bobs'],
  ['“Smart” quotes ‘here’', 'smart-quotes-here'],
  ['under_score and-hyphen', 'under_score-and-hyphen'],
  ['Multiple   spaces', 'multiple---spaces'],
  ['Tabs\there', 'tabshere'],
  ['non\u00a0breaking space', 'nonbreaking-space'],
  ['zero\u200bwidth', 'zerowidth'],
  ['100% done!', '100-done'],
  ['C++ & C#', 'c--c'],
  ['What? Why! How.', 'what-why-how'],
  ['x-api-key header', 'x-api-key-header'],
  ['X-Request-ID', 'x-request-id'],
  ['½ fraction', '-fraction'],
  ['Ⅻ roman numeral', 'ⅻ-roman-numeral'],
  ['$var and @mention', 'var-and-mention'],
  ['1. Numbered', '1-numbered'],
  ['--leading hyphens', '--leading-hyphens'],
  ['trailing hyphens--', 'trailing-hyphens--'],
  ['Authorization: Bearer <token>', 'authorization-bearer-token'],
];

describe('heading slugs: github flavour, checked against github-slugger', () => {
  for (const [text, expected] of PLAIN) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(githubSlug(text)).toBe(expected);
      // `.md`, so `<token>` is raw HTML that Fumadocs' flattenNode keeps as text, and `{id}` is not an expression.
      expect(slugsOf(page(`## ${text}`))).toEqual([expected]);
    });
  }

  it('numbers duplicates per page, dodging literal headings, the way github-slugger does', () => {
    const texts = ['Overview', 'Overview', 'Overview', 'Overview-1', 'Overview', 'foo', 'foo-1', 'foo'];
    const slugger = new GithubSlugger();
    const expected = texts.map((text) => slugger.slug(text));
    expect(expected).toEqual(['overview', 'overview-1', 'overview-2', 'overview-1-1', 'overview-3', 'foo', 'foo-1', 'foo-2']);
    expect(slugsOf(texts.map((text) => `## ${text}\n`).join('\n'))).toEqual(expected);
  });

  it('starts a fresh slugger for every page', () => {
    expect(slugsOf(page('## Setup', '', '## Setup'), '/docs/a.md')).toEqual(['setup', 'setup-1']);
    expect(slugsOf(page('## Setup'), '/docs/b.md')).toEqual(['setup']);
  });

  it('numbers empty headings like github-slugger: "", "-1", "-2"', () => {
    expect(slugsOf(page('##', '', '##', '', '##'))).toEqual(['', '-1', '-2']);
  });

  it('counts headings nested in JSX components page-wide', () => {
    expect(slugsOf(page('<Tabs>', '<Tab title="npm">', '', '## Install', '', '</Tab>', '<Tab title="pnpm">', '', '## Install', '', '</Tab>', '</Tabs>'), '/docs/page.mdx')).toEqual([
      'install',
      'install-1',
    ]);
  });

  it('slugs setext headings too', () => {
    expect(slugsOf(page('Setext title', '============', '', 'Second one', '----------'))).toEqual(['setext-title', 'second-one']);
  });
});

describe('heading text: flattened the way Fumadocs flattenNode does', () => {
  const cases: Array<[string, string, string, string]> = [
    // [name, file, heading source, expected slug]
    ['inline code keeps its content', '/docs/p.mdx', '## The `x-api-key` header', 'the-x-api-key-header'],
    ['emphasis, strong and strikethrough keep their text', '/docs/p.mdx', '## Use _the_ **new** ~~old~~ API', 'use-the-new-old-api'],
    ['link text is kept, its URL is not', '/docs/p.mdx', '## Link [to docs](https://x.com) here', 'link-to-docs-here'],
    ['an image adds nothing (its alt is an attribute)', '/docs/p.mdx', '## Image ![alt text](a.png) here', 'image--here'],
    ['raw HTML in .md stays as text', '/docs/p.md', '## HTML <span>inner</span> tag', 'html-spaninnerspan-tag'],
    ['a JSX element in .mdx adds its children', '/docs/p.mdx', '## Use **bold** and <Badge>beta</Badge> text', 'use-bold-and-beta-text'],
    ['an MDX comment adds its source', '/docs/p.mdx', '## Comment {/* hidden */} here', 'comment--hidden--here'],
    ['an MDX expression adds its source', '/docs/p.mdx', '## Expression {props.version} here', 'expression-propsversion-here'],
    ['entities are decoded, then dropped', '/docs/p.md', '## Entity &amp; &copy;', 'entity--'],
    ['a GFM autolink literal keeps its text', '/docs/p.md', '## Write to email@example.com', 'write-to-emailexamplecom'],
  ];
  for (const [name, file, source, expected] of cases) {
    it(`${name}: ${source} → ${expected}`, () => {
      expect(slugsOf(page(source), file)).toEqual([expected]);
    });
  }
});

describe('explicit heading ids', () => {
  it('Fumadocs `[#id]` replaces the slug and leaves the text, in .mdx and .md', () => {
    for (const file of ['/docs/p.mdx', '/docs/p.md']) {
      const [heading] = idsOf(page('## Scoped roles — coming soon [#scoped-roles]'), file).headings;
      expect(heading).toMatchObject({ text: 'Scoped roles — coming soon', slug: 'scoped-roles', explicitId: 'scoped-roles' });
    }
  });

  it('Docusaurus `{#id}` in .md', () => {
    expect(idsOf(page('### Hello {#my-explicit-id}'), '/docs/p.md').headings[0]).toMatchObject({ text: 'Hello', slug: 'my-explicit-id' });
  });

  it('Docusaurus `{/* #id */}` in .mdx', () => {
    expect(idsOf(page('## Title {/* #my-id */}'), '/docs/p.mdx').headings[0]).toMatchObject({ text: 'Title', slug: 'my-id' });
  });

  it('a comment that is not an id is heading text', () => {
    expect(slugsOf(page('## Title {/* just a note */}'), '/docs/p.mdx')).toEqual(['title--just-a-note-']);
  });

  it('a heading with an explicit id is not slugged, so it does not count as a duplicate', () => {
    expect(slugsOf(page('## Setup [#first]', '', '## Setup', '', '## Setup'), '/docs/p.mdx')).toEqual(['first', 'setup', 'setup-1']);
  });

  it('`[#id]` only counts at the end of the heading', () => {
    expect(slugsOf(page('## See [#frag] later'), '/docs/p.mdx')).toEqual(['see-frag-later']);
  });
});

describe('ids outside headings', () => {
  const anchorIds = (source: string, file: string, flavour: SlugFlavour = 'github') => idsOf(source, file, flavour).anchors.map((anchor) => anchor.id);

  it('JSX `id` on any element and `name` on `<a>`, in .mdx', () => {
    expect(anchorIds(page('<a id="top-anchor" />', '', 'Text <span id="inline">x</span>.', '', '<Card id="card" title="x" />', '', '<a name="legacy"></a>', '', '<div name="not-an-anchor" />'), '/docs/p.mdx')).toEqual([
      'top-anchor',
      'inline',
      'card',
      'legacy',
    ]);
  });

  it('HTML `id` and `<a name>` in .md, but not inside comments', () => {
    expect(anchorIds(page('<a name="legacy"></a>', '', '<div id="box">', '', 'x', '', '</div>', '', 'Inline <span id="s">x</span>.', '', '<!-- <a id="hidden"> -->'), '/docs/p.md')).toEqual([
      'legacy',
      'box',
      's',
    ]);
  });

  it('an id inside a heading counts besides the heading slug', () => {
    const claims = idsOf(page('## <a id="old-name"></a>New name'), '/docs/p.md');
    expect(claims.headings.map((heading) => heading.slug)).toEqual(['a-idold-nameanew-name']);
    expect(claims.anchors.map((anchor) => anchor.id)).toEqual(['old-name']);
  });

  it('a Mintlify accordion is an anchor by its slugged title unless it has an id', () => {
    const source = page('<Accordion title="Installation steps">x</Accordion>', '', '<Accordion title="Other" id="custom">y</Accordion>');
    expect(anchorIds(source, '/docs/p.mdx', 'mintlify')).toEqual(['installation-steps', 'custom']);
    expect(anchorIds(source, '/docs/p.mdx', 'github')).toEqual(['custom']);
  });
});

/**
 * Mintlify's own rules: those its docs state (mintlify.com/docs create/text "Automatic anchor IDs"
 * and guides/linking) are confirmed; `mint export` output quoted in lancedb/docs#353 is
 * second-hand; what neither covers follows github-slugger. Not run against Mintlify's renderer: a
 * separate profile, so the GitHub one stays exact.
 */
describe('heading slugs: mintlify flavour (second-hand rules)', () => {
  const cases: Array<[string, string, string]> = [
    ['Getting Started', 'getting-started', "confirmed, Mintlify's linking guide"],
    ['API Authentication', 'api-authentication', "confirmed, Mintlify's linking guide"],
    ['Step 1: Install', 'step-1-install', "confirmed, Mintlify's linking guide: `:` dropped"],
    ["What's next?", 'what’s-next', 'create/text confirms ’; `?` dropped is second-hand, lancedb/docs#353'],
    ['Fees & billing', 'fees-&-billing', 'confirmed, create/text: `&` kept'],
    ['Input/output', 'input/output', 'confirmed, create/text: `/` kept'],
    ['React.js', 'react-js', 'confirmed, create/text: `.` becomes `-` (formbricks links #react-js)'],
    ['Setup (advanced)', 'setup-advanced', 'confirmed, create/text: parentheses dropped'],
    ['Scoped roles — coming soon', 'scoped-roles--coming-soon', 'not covered: the dash dropped as github-slugger does'],
  ];
  for (const [text, expected, source] of cases) {
    it(`${JSON.stringify(text)} → ${expected} (${source})`, () => {
      expect(mintlifySlug(text)).toBe(expected);
      expect(slugsOf(page(`## ${text}`), '/docs/p.mdx', 'mintlify')).toEqual([expected]);
    });
  }

  it('numbers the second duplicate -2 and the third -3', () => {
    expect(slugsOf(page('## FAQ', '', '## FAQ', '', '## FAQ'), '/docs/p.mdx', 'mintlify')).toEqual(['faq', 'faq-2', 'faq-3']);
  });

  it('reads the rendered text: raw HTML tags and MDX comments add nothing', () => {
    expect(slugsOf(page('## Use <Badge>beta</Badge> now {/* note */}'), '/docs/p.mdx', 'mintlify')).toEqual(['use-beta-now-']);
  });

  it('takes `{#id}` off an .mdx heading before MDX sees it, and not inside fenced code', () => {
    const source = page('## My section {#my-anchor}', '', '```mdx', '## Example {#not-a-heading}', '```');
    const claims = idsOf(source, '/docs/p.mdx', 'mintlify');
    expect(claims.headings.map((heading) => [heading.text, heading.slug])).toEqual([['My section', 'my-anchor']]);
  });

  it('leaves `{#id}` in .mdx alone on GitHub-flavoured sites, where MDX rejects it', () => {
    const extracted = extractSource('/docs/p.mdx', page('## My section {#my-anchor}'), new HostClassifier([]), 'github');
    expect(extracted.unparsed).toBe(true);
  });
});
