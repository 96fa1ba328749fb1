import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig, TierConfig } from '../config/types.js';
import type { ClaimContext, EndpointClaim, HostRef, PageClaims } from '../types.js';
import { concreteHost } from '../extract/url.js';
import { escapeRegex } from '../text/regex.js';

/** Where a page says which tier a route lives on, strongest first. */
export type TierEvidenceKind = 'host' | 'column' | 'frontmatter' | 'pages' | 'sentence' | 'heading';

export interface TierEvidence {
  tier: string;
  kind: TierEvidenceKind;
  /** Words for the message: `host api.example.com in this curl example`. */
  description: string;
}

const TIER_COLUMNS = /^(host|tier|service|surface|plane|base\s*url|server)s?$/;

/** How a claim's notation is named in messages. */
export const NOTATION: Record<string, string> = {
  curl: 'this curl example',
  http: 'this http request',
  fetch: 'this fetch call',
  inline: 'this URL',
  table: 'this table row',
  prose: 'this heading',
};

/**
 * Reads which host tier a page claims for a mention, from the strongest evidence there is: the
 * example's host or env var, a Host/Tier column in the same row, the page (frontmatter
 * `docspec.tier` or a `tiers.<name>.pages` glob), then tier words in the same sentence or the
 * nearest heading. Weaker evidence is only read when every stronger kind says nothing, and
 * evidence that names two tiers equally says nothing.
 */
export class TierReader {
  private readonly tiers: Array<[string, TierConfig]>;
  private readonly pageMatchers: Array<[string, (file: string) => boolean, string]>;

  /** The reader of a run's config, built once: rules ask for it on every page. */
  static for(config: ResolvedConfig): TierReader {
    let reader = readers.get(config);
    if (!reader) {
      reader = new TierReader(config);
      readers.set(config, reader);
    }
    return reader;
  }

  private constructor(private readonly config: ResolvedConfig) {
    this.tiers = Object.entries(config.tiers);
    this.pageMatchers = this.tiers.flatMap(([name, tier]) =>
      (tier.pages ?? []).map((glob): [string, (file: string) => boolean, string] => [name, picomatch(glob, { dot: true }), glob]),
    );
  }

  get enabled(): boolean {
    return this.tiers.length > 0;
  }

  /** The tier an endpoint claim is documented on, with its evidence; undefined when nothing says. */
  forEndpoint(claim: EndpointClaim, page: PageClaims): TierEvidence | undefined {
    return this.fromHost(claim) ?? this.fromColumn(claim) ?? this.fromPage(page) ?? this.fromWords(claim.context);
  }

  /** The tier a route named in prose is documented on: the page, then words in its sentence or heading. */
  forProse(context: ClaimContext, page: PageClaims, wordsOnly: boolean): TierEvidence | undefined {
    return wordsOnly ? this.fromWords(context) : (this.fromPage(page) ?? this.fromWords(context));
  }

  private fromHost(claim: EndpointClaim): TierEvidence | undefined {
    if (!claim.host || claim.hostFrom !== 'url') return undefined;
    const tier = this.tierOfHost(claim.host);
    if (!tier) return undefined;
    const shown = claim.host.variable ? claim.host.raw : `host ${claim.host.raw}`;
    return { tier, kind: 'host', description: `${shown} in ${NOTATION[claim.source] ?? 'this example'}` };
  }

  private fromColumn(claim: EndpointClaim): TierEvidence | undefined {
    if (!claim.row) return undefined;
    for (const [header, text] of Object.entries(claim.row)) {
      if (!TIER_COLUMNS.test(header) || !text) continue;
      const tier = this.tierOfCell(text);
      if (tier) return { tier, kind: 'column', description: `${capitalise(header)} column "${text}" in this table row` };
    }
    return undefined;
  }

  private fromPage(page: PageClaims): TierEvidence | undefined {
    const declared = (page.frontmatter.docspec as { tier?: unknown } | undefined)?.tier;
    if (typeof declared === 'string' && this.config.tiers[declared]) {
      return { tier: declared, kind: 'frontmatter', description: `docspec.tier "${declared}" in the page frontmatter` };
    }
    const relative = path.relative(this.config.rootDir, page.file).split(path.sep).join('/');
    const matching = this.pageMatchers.filter(([, matches]) => matches(relative));
    const names = new Set(matching.map(([name]) => name));
    if (names.size !== 1) return undefined;
    const [name, , glob] = matching[0]!;
    return { tier: name, kind: 'pages', description: `the page matching tiers.${name}.pages "${glob}"` };
  }

  private fromWords(context: ClaimContext): TierEvidence | undefined {
    if (context.sentence) {
      const found = this.tierOfWords(context.sentence);
      if (found) return { tier: found.tier, kind: 'sentence', description: `"${found.word}" in the same sentence` };
    }
    if (context.heading) {
      const found = this.tierOfWords(context.heading.text);
      if (found) return { tier: found.tier, kind: 'heading', description: `"${found.word}" in the heading "${context.heading.text}"` };
    }
    return undefined;
  }

  /**
   * The tier whose `hosts` name this host. An exact host or env var beats a glob, and a longer glob
   * beats a shorter one, so `api.example.com` is cp's even though tenant has `*.example.com`.
   */
  tierOfHost(host: HostRef): string | undefined {
    const candidates = [host.raw, host.variable ? `$${host.variable}` : undefined, host.hostname].filter((value): value is string => !!value);
    let best: { tier: string; score: number } | undefined;
    let tied = false;
    for (const [name, tier] of this.tiers) {
      const score = Math.max(0, ...(tier.hosts ?? []).map((pattern) => hostScore(pattern, candidates)));
      if (score === 0) continue;
      if (!best || score > best.score) {
        best = { tier: name, score };
        tied = false;
      } else if (score === best.score) {
        tied = true;
      }
    }
    return best && !tied ? best.tier : undefined;
  }

  /** A Host/Tier cell names a tier by its name, one of its words, or one of its hosts. */
  private tierOfCell(text: string): string | undefined {
    const cell = text.trim().replace(/^`|`$/g, '');
    const byName = this.tiers.filter(([name]) => name.toLowerCase() === cell.toLowerCase()).map(([name]) => name);
    if (byName.length === 1) return byName[0];
    const byWord = this.tierOfWords(cell);
    if (byWord) return byWord.tier;
    const host = cell.replace(/^https?:\/\//, '').split('/')[0]!;
    const variable = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(host);
    return this.tierOfHost({ raw: host, hostname: variable ? undefined : host.toLowerCase(), variable: variable?.[1], placeholder: false });
  }

  /** The one tier whose words the text uses; none when it uses the words of two tiers. */
  private tierOfWords(text: string): { tier: string; word: string } | undefined {
    const found = new Map<string, string>();
    for (const [name, tier] of this.tiers) {
      const word = (tier.words ?? []).find((candidate) => wordPattern(candidate).test(text));
      if (word) found.set(name, word);
    }
    if (found.size !== 1) return undefined;
    const [tier, word] = [...found][0]!;
    return { tier, word };
  }
}

const readers = new WeakMap<ResolvedConfig, TierReader>();

const patternCache = new Map<string, RegExp>();

/**
 * A tier word as a whole word. A word written in capitals (`CP`) must appear in capitals, so the
 * `cp` of a path or a shell command is not the control plane; other words match in any case.
 */
function wordPattern(word: string): RegExp {
  let pattern = patternCache.get(word);
  if (!pattern) {
    const escaped = escapeRegex(word).replace(/\s+/g, '\\s+');
    const caseSensitive = word === word.toUpperCase() && /[A-Z]/.test(word);
    pattern = new RegExp(`(?<![\\w/-])${escaped}(?![\\w/-])`, caseSensitive ? 'u' : 'iu');
    patternCache.set(word, pattern);
  }
  return pattern;
}

const globCache = new Map<string, (host: string) => boolean>();

/** A host glob compiled once: it is asked for every claim, tier and candidate host. */
function hostGlob(pattern: string): (host: string) => boolean {
  let matcher = globCache.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern, { nocase: true, dot: true });
    globCache.set(pattern, matcher);
  }
  return matcher;
}

/** 3 for an exact host or variable, 2 + literal length for a glob, 0 for no match. */
function hostScore(pattern: string, candidates: string[]): number {
  const normalised = pattern.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
  const variableName = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(normalised);
  for (const candidate of candidates) {
    const value = candidate.toLowerCase();
    if (variableName) {
      const own = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(value);
      if (own && own[1] === variableName[1]) return 1000;
      continue;
    }
    if (value === normalised) return 1000;
    if (normalised.includes('*') && hostGlob(normalised)(concreteHost(value))) {
      return 2 + normalised.replace(/\*/g, '').length;
    }
  }
  return 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether operations are served on a tier: true when any of them is, false when none is, and
 * undefined when the spec does not say for all of them (an operation with no tier), in which
 * case no tier is wrong.
 */
export function servedOnTier(operations: ReadonlyArray<{ tiers: string[] }>, tier: string): boolean | undefined {
  if (operations.length === 0 || operations.some((operation) => operation.tiers.length === 0)) return undefined;
  return operations.some((operation) => operation.tiers.includes(tier));
}
