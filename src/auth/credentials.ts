import type { ResolvedConfig } from '../config/types.js';
import type { SecurityAlternative, WireCredential } from '../spec/security.js';
import type { SpecIndex } from '../spec/spec-index.js';
import { escapeRegex } from '../text/regex.js';
import { wordsOf } from '../params/name-spelling.js';

/** A credential the page names, and how: a placeholder or token in a header, or words in the text. */
export interface NamedCredential {
  scheme: string;
  /** As written: `$ORG_API_KEY`, `mola_3f9c`, `Org API Key`. */
  written: string;
}

interface SchemeNames {
  scheme: string;
  /** Lowercase phrases for prose ("org api key"). */
  phrases: string[];
  /** Placeholder names, uppercase without `$`, `${}` or `<>` (`ORG_API_KEY`). */
  placeholders: string[];
  /** Token prefixes (`mola_`). */
  prefixes: string[];
  /** The name to show in messages. */
  label: string;
}

/**
 * Tells which security scheme a credential named on a page belongs to. The config's `credentials`
 * say how the docs name each scheme; every scheme also answers to names derived from its key
 * (`orgApiKey` → "org api key", `$ORG_API_KEY`, `<org-api-key>`), so a spec with descriptive
 * scheme names works without configuration. A one-word key (`bearer`, `token`) derives no
 * phrase: it would match too much prose.
 */
export class CredentialNames {
  private readonly schemes: SchemeNames[];

  /** The names of a run's schemes, built once: rules ask for them on every page. */
  static for(config: ResolvedConfig, spec: SpecIndex): CredentialNames {
    const byConfig = namesBySpec.get(spec) ?? new WeakMap<ResolvedConfig, CredentialNames>();
    namesBySpec.set(spec, byConfig);
    let names = byConfig.get(config);
    if (!names) {
      names = new CredentialNames(config, spec);
      byConfig.set(config, names);
    }
    return names;
  }

  private constructor(config: ResolvedConfig, spec: SpecIndex) {
    const keys = new Set<string>();
    for (const loaded of spec.specs) {
      const definitions = loaded.version === '2.0' ? loaded.document.securityDefinitions : loaded.document.components?.securitySchemes;
      for (const key of Object.keys(definitions ?? {})) keys.add(key);
    }
    this.schemes = [...keys].map((key) => namesOf(key, config.credentials[key] ?? []));
  }

  /** The label of a scheme for messages: its first configured name, else its key in words. */
  label(scheme: string): string {
    return this.schemes.find((names) => names.scheme === scheme)?.label ?? scheme;
  }

  /** Credentials a header value names: `Bearer $ORG_API_KEY`, `<admin-token>`, `mola_3f9c…`. */
  inValue(value: string): NamedCredential[] {
    const found: NamedCredential[] = [];
    for (const token of value.split(/\s+/)) {
      const placeholder = placeholderName(token);
      for (const names of this.schemes) {
        if (placeholder ? names.placeholders.includes(placeholder) : names.prefixes.some((prefix) => token.startsWith(prefix))) {
          found.push({ scheme: names.scheme, written: token });
        }
      }
    }
    return found;
  }

  /**
   * Credentials a sentence names by phrase. The longest phrase wins where phrases overlap, so
   * "CP admin token" is not also read as "admin token".
   */
  inText(text: string): NamedCredential[] {
    const lower = text.toLowerCase();
    const hits: Array<{ scheme: string; start: number; end: number; written: string }> = [];
    for (const names of this.schemes) {
      for (const phrase of names.phrases) {
        for (const match of lower.matchAll(phrasePattern(phrase))) {
          hits.push({ scheme: names.scheme, start: match.index, end: match.index + match[0].length, written: text.slice(match.index, match.index + match[0].length) });
        }
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start));
    const taken: typeof hits = [];
    for (const hit of hits) {
      if (taken.some((other) => hit.start < other.end && other.start < hit.end)) continue;
      taken.push(hit);
    }
    const seen = new Set<string>();
    return taken
      .sort((a, b) => a.start - b.start)
      .filter((hit) => !seen.has(hit.scheme) && seen.add(hit.scheme))
      .map(({ scheme, written }) => ({ scheme, written }));
  }

  /** "provision secret as Authorization: Bearer AND admin token as X-Molecule-Admin-Token OR …" */
  describeAlternatives(alternatives: SecurityAlternative[]): string {
    if (alternatives.length === 0) return 'no credential';
    return alternatives
      .map((alternative) =>
        alternative.length === 0 ? 'no credential' : alternative.map((scheme) => `${this.label(scheme.name)} as ${describeWire(scheme.wire)}`).join(' AND '),
      )
      .join(' OR ');
  }
}

const namesBySpec = new WeakMap<SpecIndex, WeakMap<ResolvedConfig, CredentialNames>>();

/** How a scheme's credential travels, for messages: `Authorization: Bearer`, `cookie session`. */
function describeWire(wire: WireCredential): string {
  switch (wire.in) {
    case 'header':
      return wire.authScheme ? `${wire.name}: ${wire.authScheme}` : wire.name;
    case 'cookie':
      return `cookie ${wire.name}`;
    case 'query':
      return `query parameter ${wire.name}`;
    default:
      return 'a credential outside the request';
  }
}

function namesOf(key: string, configured: string[]): SchemeNames {
  const words = wordsOf(key);
  const phrases = new Set<string>();
  const placeholders = new Set<string>([words.join('_').toUpperCase()]);
  const prefixes = new Set<string>();
  if (words.length >= 2) phrases.add(words.join(' '));
  for (const name of configured) {
    const placeholder = placeholderName(name);
    if (placeholder) placeholders.add(placeholder);
    else if (/(…|\.\.\.)$/.test(name)) prefixes.add(name.replace(/(…|\.\.\.)$/, ''));
    else phrases.add(name.toLowerCase().replace(/\s+/g, ' ').trim());
  }
  const label = configured.find((name) => !placeholderName(name) && !/(…|\.\.\.)$/.test(name)) ?? (words.length >= 2 ? words.join(' ') : key);
  return { scheme: key, phrases: [...phrases], placeholders: [...placeholders], prefixes: [...prefixes], label };
}

/** `$ORG_API_KEY`, `${ORG_API_KEY}`, `<org-api-key>`, `{{orgApiKey}}` → `ORG_API_KEY`. */
function placeholderName(token: string): string | undefined {
  const trimmed = token.replace(/^["'`]+|["'`,;]+$/g, '');
  const match = /^(?:\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)|<([A-Za-z][\w-]*)>|\{\{\s*([A-Za-z_][\w-]*)\s*\}\})$/.exec(trimmed);
  const name = match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4];
  if (!name) return undefined;
  return wordsOf(name).join('_').toUpperCase();
}


const phrasePatterns = new Map<string, RegExp>();

/** A credential phrase as whole words joined by spaces only (`api-keys` in a path is not "API key"), compiled once. */
function phrasePattern(phrase: string): RegExp {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w-])${escapeRegex(phrase).replace(/ /g, '\\s+')}(?![\\w-])`, 'g');
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}
