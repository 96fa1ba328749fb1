import { Rng } from './prng.js';
import { API_HOST, MISSING_SUBS, SANDBOX_HOST, WRONG_METHODS_OF, singular, type PlannedOperation } from './spec.js';

/**
 * Synthetic docs pages: frontmatter, headings, prose, GFM endpoint tables, inline `METHOD /path`
 * code, multi-line curl commands, ```http requests and fetch() calls against the spec's hosts,
 * plus the noise real docs have (other hosts, file paths, install commands, JSON responses).
 * About MISTAKE_RATE of the endpoint mentions are deliberately wrong (path or method).
 */

export const MISTAKE_RATE = 0.05;

export interface PageIdentity {
  mdx: boolean;
  section: string;
  title: string;
  slug: string;
  /** Path below the content folder, e.g. `guides/manage-projects-12.mdx`. */
  relative: string;
  /** The page's URL on the site (`site.baseUrl` is `/docs`). */
  url: string;
}

export interface GeneratedPage extends PageIdentity {
  source: string;
  /** Endpoint mentions and links deliberately made wrong on this page. */
  planted: number;
  /** Endpoint mentions written on this page (right or wrong). */
  mentions: number;
}

const SECTIONS = ['guides', 'api', 'reference', 'tutorials', 'concepts', 'integrations'];

const SENTENCES = [
  'Every {one} belongs to exactly one organisation, and its id never changes after creation.',
  'The list of {r} is paginated: pass the `cursor` from the previous response to get the next page.',
  'Requests are authenticated with a bearer token; {link} shows the calls in context.',
  'Timestamps are returned in UTC as RFC 3339 strings, for example `2025-06-01T12:00:00Z`.',
  'A {one} that is archived stays readable for thirty days before it is removed for good.',
  'Set the `Acme-Version` header to pin the response shape to a release date.',
  'Most integrations create {r} from a CI job and clean them up when the job ends.',
  'If two requests race, the second one fails with a `409` and the first one wins.',
  'You can filter {r} by label, status or creation date, and combine the filters freely.',
  'Writes are idempotent when you send an `Idempotency-Key` header with a unique value.',
  'The sandbox host accepts the same requests as production but never bills your account.',
  'Each response carries an `X-Request-Id` header; quote it when you contact support.',
  'Rate limits apply per token, and the `Retry-After` header tells you how long to wait.',
  'Deleting a {one} is permanent and also removes everything nested under it.',
  'Field names are snake_case in both requests and responses.',
  'The dashboard shows the same {r} as the API, usually within a few seconds of a change.',
  'Large exports run in the background; poll the status until it reports `completed`.',
  'Unknown fields in a request body are ignored, so older clients keep working.',
  'See {link} for a longer walk-through.',
  'The same pattern appears in {link}, which covers a related resource.',
  'Our CLI wraps these calls; install it with `npm install -g @acme/cli` and run `acme login`.',
  'Configuration for the CLI lives in `~/.config/acme/config.yaml` and can be overridden per project.',
  'Webhook deliveries are retried with exponential backoff for up to three days.',
  'The service status is published at [status.acme-cloud.io](https://status.acme-cloud.io).',
  'Source code for the SDKs is on [GitHub](https://github.com/acme-cloud/acme-node).',
  'Errors use a stable `code` field, so match on it rather than on the message text.',
  'When you only need a few fields, ask for them and the response gets smaller and faster.',
];

const NAMES = ['docs-demo', 'staging', 'nightly-build', 'eu-rollout', 'billing-sync', 'team-alpha', 'canary', 'load-test'];

const SECTION_TITLES = (resource: string): string[] => [
  `Manage ${resource}`,
  `Working with ${resource}`,
  `The ${resource} API`,
  `${resource} in depth`,
  `Automating ${resource}`,
];

/** Where page `index` lives and what it is called; cheap, so other pages can link to it. */
export function pageIdentity(seed: number, index: number, resources: readonly string[]): PageIdentity & { resource: string } {
  const rng = Rng.derive(seed, 'identity', index);
  const mdx = rng.chance(0.7);
  const resource = rng.pick(resources);
  const section = rng.pick(SECTIONS);
  const title = rng.pick(SECTION_TITLES(resource));
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`;
  return { mdx, resource, section, title, slug, relative: `${section}/${slug}.${mdx ? 'mdx' : 'md'}`, url: `/docs/${section}/${slug}` };
}

/** Headings every page has, so links can point at them. */
const SURE_ANCHORS = ['endpoints', 'next-steps'];

class PageWriter {
  private readonly parts: string[] = [];
  private length = 0;
  planted = 0;
  mentions = 0;

  constructor(
    readonly rng: Rng,
    readonly mdx: boolean,
    private readonly self: PageIdentity,
    /** Another page to link to. */
    private readonly otherPage: () => PageIdentity,
  ) {}

  /** A Markdown link to another page (or this one), wrong in about MISTAKE_RATE of the cases. */
  link(text?: string): string {
    const target = this.otherPage();
    const style = this.rng.next();
    let anchor = style < 0.35 ? `#${this.rng.pick(SURE_ANCHORS)}` : '';
    let url: string;
    if (style < 0.1) url = '';
    else if (style < 0.7) url = target.url;
    else if (target.section === this.self.section) url = `./${target.slug}${this.rng.chance(0.5) ? (target.mdx ? '.mdx' : '.md') : ''}`;
    else url = `../${target.section}/${target.slug}${target.mdx ? '.mdx' : '.md'}`;
    if (url === '' && anchor === '') anchor = '#endpoints';
    if (this.rng.chance(MISTAKE_RATE)) {
      this.planted += 1;
      // A typo in the page name, or in the heading the fragment names.
      if (anchor !== '' && (url === '' || this.rng.chance(0.5))) anchor = anchor.replace(/s$/, '').replace(/-/, '_');
      else url = url === '' ? target.url.replace(/\/([a-z])([a-z]*)-(?=[^/]*$)/, '/$1$1$2-') : url.replace(/\/([a-z])([a-z]*)-(?=[^/]*$)/, '/$1$1$2-');
    }
    const label = text ?? (url === '' ? 'the endpoint table above' : target.title);
    return `[${label}](${url}${anchor})`;
  }

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length + 1;
  }

  get size(): number {
    return this.length;
  }

  text(): string {
    return `${this.parts.join('\n')}\n`;
  }

  /** One endpoint mention of `op`, wrong in about MISTAKE_RATE of the cases. */
  mention(op: PlannedOperation): { method: string; template: string; concrete: string } {
    this.mentions += 1;
    let method: string = op.method;
    let template = op.template;
    if (this.rng.chance(MISTAKE_RATE)) {
      this.planted += 1;
      const kind = this.rng.int(0, 2);
      if (kind === 0) {
        method = this.rng.pick(WRONG_METHODS_OF[op.kind]);
      } else if (kind === 1 && op.resource.endsWith('s')) {
        // `/v1/project/{id}`: the singular of a resource the spec only has in the plural.
        template = template.replace(`/v1/${op.resource}`, `/v1/${singular(op.resource)}`);
      } else if (op.sub) {
        template = template.replace(`/${op.sub}`, `/${this.rng.pick(MISSING_SUBS)}`);
      } else {
        template = template.replace('/v1/', '/v2/');
      }
    }
    const concrete = template.replace(/\{(\w+)\}/g, (_, name: string) =>
      name === 'id' ? `${op.resource.replace(/^.*-/, '').slice(0, 3)}_${this.rng.token(8)}` : `${name.slice(0, 3)}_${this.rng.token(6)}`,
    );
    return { method: method.toUpperCase(), template, concrete };
  }

  /** One prose sentence about `resource`, with a link when the sentence has one. */
  sentence(resource: string, template = this.rng.pick(SENTENCES)): string {
    return template.replaceAll('{r}', resource).replaceAll('{one}', singular(resource)).replace('{link}', () => this.link());
  }

  paragraph(resource: string, sentences = this.rng.int(2, 5), op?: PlannedOperation): void {
    const chosen = this.rng.sample(SENTENCES, sentences).map((template) => this.sentence(resource, template));
    if (op) {
      const m = this.mention(op);
      const where = this.rng.int(0, chosen.length);
      chosen.splice(where, 0, this.rng.pick([
        `To do this, send \`${m.method} ${m.template}\` with your token.`,
        `The call is \`${m.method} ${m.template}\`; it needs the \`write\` scope.`,
        `Use \`${m.method} ${m.template}\` from a backend, never from a browser.`,
      ]));
    }
    this.add(chosen.join(' '));
    this.add('');
  }
}

/** The credential header an operation takes: a bearer token, or the admin key for `admin-*` resources. */
function credential(op: PlannedOperation, token = '$ACME_TOKEN'): [string, string] {
  return op.resource.startsWith('admin-') ? ['X-Acme-Admin-Key', '$ACME_ADMIN_KEY'] : ['Authorization', `Bearer ${token}`];
}

function host(rng: Rng): string {
  return rng.chance(0.15) ? SANDBOX_HOST : API_HOST;
}

function body(rng: Rng): string[] {
  const name = rng.pick(NAMES);
  return ['{', `    "name": "${name}",`, `    "description": "Created from the docs example",`, `    "labels": { "team": "${rng.pick(['core', 'infra', 'growth'])}" }`, '  }'];
}

function curlBlock(w: PageWriter, op: PlannedOperation): string[] {
  const m = w.mention(op);
  const url = `https://${host(w.rng)}${m.concrete}${m.method === 'GET' && (op.kind === 'collection' || op.kind === 'sub') && w.rng.chance(0.4) ? '?limit=20' : ''}`;
  const lang = w.rng.pick(['bash', 'bash', 'sh', 'shell']);
  const lines: string[] = ['```' + lang];
  const hasBody = m.method === 'POST' || m.method === 'PATCH' || m.method === 'PUT';
  const [authName, authValue] = credential(op);
  if (w.rng.chance(0.25)) {
    lines.push(`curl --request ${m.method} \\`, `  --url '${url}' \\`, `  --header "${authName}: ${authValue}" \\`, `  --header 'Acme-Version: 2025-06-01'${hasBody ? ' \\' : ''}`);
    if (hasBody) lines.push(`  --header 'Content-Type: application/json' \\`, `  --data '${body(w.rng).join('\n')}'`);
  } else {
    const first = m.method === 'GET' && w.rng.chance(0.5) ? `curl "${url}" \\` : `curl -X ${m.method} "${url}" \\`;
    lines.push(first, `  -H "${authName}: ${authValue}"${hasBody || w.rng.chance(0.5) ? ' \\' : ''}`);
    if (hasBody) {
      lines.push(`  -H "Content-Type: application/json" \\`);
      if (m.method === 'POST') lines.push(`  -H "Idempotency-Key: ${w.rng.token(16)}" \\`);
      lines.push(`  -d '${body(w.rng).join('\n')}'`);
    } else if (lines[lines.length - 1]!.endsWith('\\')) {
      lines.push(`  -H "X-Request-Id: ${w.rng.token(8)}-${w.rng.token(4)}"`);
    }
  }
  lines.push('```');
  return lines;
}

function httpBlock(w: PageWriter, op: PlannedOperation): string[] {
  const m = w.mention(op);
  const lines = ['```http', `${m.method} ${m.concrete} HTTP/1.1`, `Host: ${host(w.rng)}`, credential(op, '<token>').join(': '), 'Acme-Version: 2025-06-01'];
  if (m.method === 'POST' || m.method === 'PATCH') lines.push('Content-Type: application/json', '', `{"name": "${w.rng.pick(NAMES)}"}`);
  lines.push('```');
  return lines;
}

function fetchBlock(w: PageWriter, op: PlannedOperation): string[] {
  const m = w.mention(op);
  const hasBody = m.method === 'POST' || m.method === 'PATCH' || m.method === 'PUT';
  const templated = w.rng.chance(0.5);
  const url = templated
    ? // The variables carry the spec's parameter names, as the path-params rule asks.
      '`https://' + API_HOST + m.template.replace(/\{(\w+)\}/g, (_, name: string) => '${' + name + '}') + '`'
    : `'https://${API_HOST}${m.concrete}'`;
  const lines = [
    '```' + w.rng.pick(['js', 'ts', 'javascript', 'typescript']),
    `const response = await fetch(${url}, {`,
    `  method: '${m.method}',`,
    '  headers: {',
    op.resource.startsWith('admin-') ? "    'X-Acme-Admin-Key': process.env.ACME_ADMIN_KEY," : '    Authorization: `Bearer ${process.env.ACME_TOKEN}`,',
    ...(hasBody ? ["    'Content-Type': 'application/json',"] : []),
    '  },',
    ...(hasBody ? [`  body: JSON.stringify({ name: '${w.rng.pick(NAMES)}' }),`] : []),
    '});',
    'if (!response.ok) throw new Error(`Acme API error ${response.status}`);',
    ...(m.method === 'DELETE' ? [] : ['const data = await response.json();']),
    '```',
  ];
  return lines;
}

function responseBlock(rng: Rng, op: PlannedOperation): string[] {
  const id = `${op.resource.replace(/^.*-/, '').slice(0, 3)}_${rng.token(8)}`;
  return [
    '```json',
    '{',
    `  "id": "${id}",`,
    `  "name": "${rng.pick(NAMES)}",`,
    `  "status": "${rng.pick(['active', 'pending'])}",`,
    `  "labels": { "team": "core" },`,
    `  "created_at": "2025-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:00:00Z"`,
    '}',
    '```',
  ];
}

function endpointsTable(w: PageWriter, ops: readonly PlannedOperation[]): void {
  w.add('| Method | Path | Description |');
  w.add('| --- | --- | --- |');
  for (const op of ops) {
    const m = w.mention(op);
    w.add(`| ${m.method} | \`${m.template}\` | ${op.summary}. |`);
  }
  w.add('');
}

function parametersTable(w: PageWriter): void {
  w.add('| Name | In | Required | Description |');
  w.add('| --- | --- | --- | --- |');
  w.add('| `Authorization` | header | yes | `Bearer` followed by your API token. |');
  w.add('| `Acme-Version` | header | no | Release date the response shape is pinned to. |');
  w.add('| `limit` | query | no | Page size, 1 to 100 (default 20). |');
  w.add('| `cursor` | query | no | Cursor from the previous page. |');
  w.add('');
}

function callout(w: PageWriter, text: string): void {
  if (w.mdx) {
    w.add(`<Callout type="${w.rng.pick(['info', 'warn', 'tip'])}">`);
    w.add(text);
    w.add('</Callout>');
  } else {
    w.add(`> **Note:** ${text}`);
  }
  w.add('');
}

function heading(w: PageWriter, level: number, op: PlannedOperation): void {
  const hashes = '#'.repeat(level);
  const style = w.rng.int(0, 2);
  if (style === 0) {
    w.add(`${hashes} ${op.summary}`);
  } else {
    const m = w.mention(op);
    // In MDX a bare `{id}` is an expression, so path headings there are written as code.
    w.add(w.mdx || style === 2 ? `${hashes} \`${m.method} ${m.template}\`` : `${hashes} ${m.method} ${m.template}`);
  }
  w.add('');
}

function operationSection(w: PageWriter, op: PlannedOperation): void {
  heading(w, w.rng.chance(0.7) ? 2 : 3, op);
  w.paragraph(op.sub ?? op.resource, w.rng.int(1, 3), w.rng.chance(0.6) ? op : undefined);
  const style = w.rng.next();
  if (w.mdx && style < 0.3) {
    w.add(`<Tabs items={['curl', 'JavaScript']}>`);
    w.add('<Tab value="curl">');
    w.add('');
    for (const line of curlBlock(w, op)) w.add(line);
    w.add('');
    w.add('</Tab>');
    w.add('<Tab value="JavaScript">');
    w.add('');
    for (const line of fetchBlock(w, op)) w.add(line);
    w.add('');
    w.add('</Tab>');
    w.add('</Tabs>');
  } else if (style < 0.65) {
    for (const line of curlBlock(w, op)) w.add(line);
  } else if (style < 0.82) {
    for (const line of httpBlock(w, op)) w.add(line);
  } else {
    for (const line of fetchBlock(w, op)) w.add(line);
  }
  w.add('');
  if (op.method !== 'delete' && w.rng.chance(0.6)) {
    w.add('A successful response looks like this:');
    w.add('');
    for (const line of responseBlock(w.rng, op)) w.add(line);
    w.add('');
  }
  if (w.rng.chance(0.2)) callout(w, `Deleting or renaming a ${singular(op.resource)} can break scripts that hard-code its id.`);
}

/**
 * One page. `index` and `linkPool` alone decide its content: links go to pages 0 .. linkPool-1,
 * so the first N pages are the same (and link only among themselves) whatever the total.
 */
export function generatePage(seed: number, index: number, operations: readonly PlannedOperation[], linkPool: number): GeneratedPage {
  const byResource = new Map<string, PlannedOperation[]>();
  for (const op of operations) {
    const list = byResource.get(op.resource) ?? [];
    list.push(op);
    byResource.set(op.resource, list);
  }
  const resources = [...byResource.keys()];
  const self = pageIdentity(seed, index, resources);
  const { mdx, resource, title } = self;
  const rng = Rng.derive(seed, 'page', index);
  const target = rng.int(3000, 7200);
  const ops = [...byResource.get(resource)!];
  if (rng.chance(0.4)) ops.push(...byResource.get(rng.pick(resources))!.slice(0, 4));

  const otherPage = (): PageIdentity => {
    let other = rng.int(0, linkPool - 1);
    if (other === index && linkPool > 1) other = (other + 1) % linkPool;
    return pageIdentity(seed, other, resources);
  };
  const w = new PageWriter(rng, mdx, self, otherPage);
  w.add('---');
  w.add(`title: ${title}`);
  w.add(`description: How to create, list and clean up ${resource} with the Acme Cloud API.`);
  w.add(`sidebar_position: ${rng.int(1, 40)}`);
  w.add(`tags: [${resource}, api]`);
  w.add('---');
  w.add('');
  if (mdx) {
    w.add("import { Callout } from '@/components/callout';");
    w.add("import { Tab, Tabs } from '@/components/tabs';");
    w.add('');
  } else if (rng.chance(0.5)) {
    w.add('<!-- This page is generated by the docspec benchmark. -->');
    w.add('');
  }
  if (rng.chance(0.5)) {
    w.add(`# ${title}`);
    w.add('');
  }
  w.paragraph(resource);
  w.add('## Endpoints');
  w.add('');
  endpointsTable(w, rng.sample(ops, rng.int(3, 8)));
  if (rng.chance(0.5)) {
    w.add('## Request parameters');
    w.add('');
    parametersTable(w);
  }
  if (rng.chance(0.3)) callout(w, `The sandbox host \`https://${SANDBOX_HOST}\` takes the same requests as production.`);

  for (let i = 0; w.size < target; i += 1) {
    operationSection(w, ops[i % ops.length]!);
    if (i % 3 === 2) {
      w.add(`## ${rng.pick(['Troubleshooting', 'Limits', 'Good practice', 'How it works'])}`);
      w.add('');
      w.paragraph(resource);
      if (rng.chance(0.4)) {
        for (let item = rng.int(2, 4); item > 0; item -= 1) w.add(`- ${w.sentence(resource)}`);
        w.add('');
      }
      if (!mdx && rng.chance(0.3)) {
        w.add('<details>');
        w.add('<summary>Example output of the CLI</summary>');
        w.add('');
        w.add('```console');
        w.add(`$ acme ${resource} list --limit 2`);
        w.add(`ID              NAME        STATUS`);
        w.add(`${resource.slice(0, 3)}_${rng.token(8)}    ${rng.pick(NAMES)}    active`);
        w.add('```');
        w.add('');
        w.add('</details>');
        w.add('');
      }
    }
  }

  w.add('## Next steps');
  w.add('');
  for (let item = rng.int(2, 4); item > 0; item -= 1) w.add(`- ${w.link()}`);

  return { ...self, source: w.text(), planted: w.planted, mentions: w.mentions };
}
