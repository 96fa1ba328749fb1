import { closest } from '../text/closest.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Operation, SpecIndex } from '../spec/spec-index.js';
import { mintlifyMethodPathSlug, mintlifyUrlSlug, applyFilter, type Filter } from './filters.js';
import { parsedReference, tagsOf } from './presets.js';
import { placeholdersOf, renderTemplate, type Field, type FieldValues, type UrlTemplate } from './templates.js';

export type ResolvedReference = ResolvedConfig['reference'][number];

/** A URL the reference generates, relative to its prefix (`/billing/getLlmBillingMode`, `#operation/x`). */
export interface ReferenceTarget {
  key: string;
  template: UrlTemplate;
  /** Each placeholder's value in the URL (filtered), in template order. */
  rendered: string[];
  /** Each placeholder's value as the spec writes it, for messages. */
  original: string[];
  /** The operation whose page this is; none for a tag's page. */
  operation?: Operation;
}

/** Why a link into the reference matches none of its URLs. */
export type ReferenceMiss =
  /** A value (operationId, tag, summary slug) that no operation has, under the values before it. */
  | {
      kind: 'unknown';
      value: string;
      field: Field;
      filter: Filter;
      parent?: { field: Field; value: string };
      nearest?: ReferenceTarget;
      /** The nearest target's URL, with the parts before the wrong one as the link writes them. */
      nearestUrl?: string;
      nearestIndex: number;
    }
  /** A value that exists, but under another parent (an operationId under the wrong tag). */
  | { kind: 'elsewhere'; value: string; field: Field; parent: { field: Field; value: string }; target: ReferenceTarget }
  /** A URL of no shape the reference generates (too many segments). */
  | { kind: 'shape' };

/**
 * The URLs one generated reference has: every operation (and tag) of its spec rendered through
 * its preset's templates. Built once per run and spec index, and only when a link goes there.
 */
export class GeneratedReference {
  readonly templates: UrlTemplate[];
  readonly mode: 'path' | 'fragment';
  private readonly targets = new Map<string, ReferenceTarget>();
  private readonly byTemplate = new Map<UrlTemplate, ReferenceTarget[]>();

  constructor(
    readonly config: ResolvedReference,
    operations: Operation[],
    declaredTags: string[],
    /** How the specs are named in messages. */
    readonly specDisplay: string,
  ) {
    const { templates: parsed, mode } = parsedReference(config);
    this.templates = parsed.map(({ template }) => template);
    this.mode = mode;

    const tags = new Set(declaredTags);
    for (const operation of operations) for (const tag of tagsOf(operation)) tags.add(tag);
    for (const { entry, template } of parsed) {
      const list: ReferenceTarget[] = [];
      this.byTemplate.set(template, list);
      if (template.kind === 'tag') {
        for (const tag of tags) this.add(template, { tag }, list);
        continue;
      }
      for (const operation of operations) {
        if (entry.when && !entry.when(operation)) continue;
        const tagChoices: Array<string | undefined> = tagsOf(operation).length > 0 ? tagsOf(operation) : [undefined];
        // An operation with several tags is accepted under each: which one a generator picks is its own business.
        for (const tag of tagChoices) this.add(template, { ...valuesOf(operation), ...(tag !== undefined ? { tag } : {}) }, list, operation);
      }
    }
  }

  /** The URL (prefix-relative) a link names, if the reference generates it. */
  find(key: string): ReferenceTarget | undefined {
    return this.targets.get(this.normalise(key));
  }

  /** The full URL of a target, as a link would write it. */
  urlOf(target: ReferenceTarget): string {
    const base = this.config.prefix === '/' ? '' : this.config.prefix;
    return target.key.startsWith('#') ? `${this.config.prefix}${target.key}` : `${base}${target.key}`;
  }

  /**
   * Why a prefix-relative URL matches nothing: the first template whose shape it has, then its
   * placeholders left to right, each narrowed by the ones before (an operationId is looked for
   * under the tag the link names), and the nearest value of the same kind.
   */
  explain(key: string): ReferenceMiss {
    const wanted = this.normalise(key);
    for (const template of this.templates) {
      const match = template.shape.exec(wanted);
      if (!match) continue;
      const captured = match.slice(1);
      // The parts as the link writes them, for messages: normalising keeps the slashes where they are.
      const written = template.shape.exec(key)?.slice(1) ?? captured;
      const placeholders = placeholdersOf(template);
      const all = this.byTemplate.get(template) ?? [];
      let candidates = all;
      for (const [index, value] of captured.entries()) {
        const { field, filter } = placeholders[index]!;
        const same = candidates.filter((target) => this.normalise(target.rendered[index]!) === value);
        if (same.length > 0) {
          candidates = same;
          continue;
        }
        const parent = index > 0 ? { field: placeholders[index - 1]!.field, value: written[index - 1]! } : undefined;
        const elsewhere = parent ? all.find((target) => this.normalise(target.rendered[index]!) === value) : undefined;
        if (parent && elsewhere) return { kind: 'elsewhere', value: written[index]!, field, parent, target: elsewhere };
        const [nearest] = closest(value, candidates, (target) => target.rendered[index]!);
        const found = nearest ? { nearest, nearestUrl: this.urlKeeping(template, nearest, written, index) } : {};
        return { kind: 'unknown', value: written[index]!, field, filter, ...(parent ? { parent } : {}), ...found, nearestIndex: index };
      }
    }
    return { kind: 'shape' };
  }

  /**
   * A target's URL with its first `upto` parts replaced by the link's own: the parts that matched
   * stay as the author wrote them (Mintlify's `client-api--response` as opposed to the compared
   * `client-api-response`), so the suggestion changes only what is wrong.
   */
  private urlKeeping(template: UrlTemplate, target: ReferenceTarget, written: string[], upto: number): string {
    const theirs = new RegExp(template.shape.source, 'd').exec(target.key);
    if (!theirs?.indices) return this.urlOf(target);
    let key = target.key;
    for (let index = upto - 1; index >= 0; index -= 1) {
      const [start, end] = theirs.indices[index + 1]!;
      key = `${key.slice(0, start)}${written[index]}${key.slice(end)}`;
    }
    return this.urlOf({ ...target, key });
  }

  private add(template: UrlTemplate, values: FieldValues, list: ReferenceTarget[], operation?: Operation): void {
    const url = renderTemplate(template, values);
    if (url === undefined) return;
    const placeholders = placeholdersOf(template);
    const rendered = placeholders.map(({ field, filter }) => applyFilter(values[field]!, filter));
    // Mintlify's `title` is already a slug; messages name the summary (or method and path) it came from.
    const original = placeholders.map(({ field }) => (field === 'title' ? (values.summary ?? `${values.method} ${values.path}`) : values[field]!));
    let key = this.normalise(url);
    // Mintlify numbers a later page with the same URL -1, -2 (its endpoint-URL page).
    if (this.config.preset === 'mintlify' && this.targets.has(key)) {
      let counter = 1;
      while (this.targets.has(`${key}-${counter}`)) counter += 1;
      key = `${key}-${counter}`;
      rendered[rendered.length - 1] = `${rendered.at(-1)}-${counter}`;
    } else if (this.targets.has(key)) return;
    const target: ReferenceTarget = { key, template, rendered, original, ...(operation ? { operation } : {}) };
    this.targets.set(key, target);
    list.push(target);
  }

  /**
   * Mintlify lower-cases its URLs; its docs say spaces become hyphens, yet its own tag folders
   * are seen with ` - ` as `--` (formbricks' `client-api--response`), so runs of hyphens are
   * compared as one there: a link is never reported for a difference docspec cannot pin down.
   */
  private normalise(key: string): string {
    return this.config.preset === 'mintlify' ? key.toLowerCase().replace(/-{2,}/g, '-') : key;
  }
}

function valuesOf(operation: Operation): FieldValues {
  return {
    ...(operation.operationId ? { operationId: operation.operationId } : {}),
    ...(operation.summary ? { summary: operation.summary } : {}),
    method: operation.method.toUpperCase(),
    path: operation.path,
    // Mintlify's page slug: the summary, or the method and path when there is none.
    title: operation.summary ? mintlifyUrlSlug(operation.summary) : mintlifyMethodPathSlug(operation.method, operation.path),
  };
}

const built = new WeakMap<SpecIndex, Map<ResolvedReference, GeneratedReference>>();

/** The generated reference of a config entry, built on first use and kept for the run. */
export function generatedReference(spec: SpecIndex, config: ResolvedReference): GeneratedReference {
  let byConfig = built.get(spec);
  if (!byConfig) {
    byConfig = new Map();
    built.set(spec, byConfig);
  }
  let reference = byConfig.get(config);
  if (!reference) {
    const specs = spec.specs.filter((loaded) => config.specPath === undefined || loaded.file === config.specPath);
    const operations = spec.operations.filter((operation) => specs.includes(operation.spec));
    const declaredTags = specs.flatMap((loaded) =>
      Array.isArray(loaded.document.tags) ? loaded.document.tags.map((tag: { name?: unknown }) => tag?.name).filter((name: unknown): name is string => typeof name === 'string') : [],
    );
    const display = specs.length === 1 ? specs[0]!.displayPath : 'the specs';
    reference = new GeneratedReference(config, operations, declaredTags, display);
    byConfig.set(config, reference);
  }
  return reference;
}
