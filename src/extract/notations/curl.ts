import type { RawHeader, RawRequest, Slice } from './raw-request.js';
import { tokenizeShell, wordSlice, type ShellOperator, type ShellToken, type ShellWord } from './shell.js';

// curl

/** Operators after which the next word is in command position. */
const COMMAND_SEPARATORS = new Set(['\n', ';', ';;', '&&', '||', '|', '|&', '&', '(']);

/** Operators that end a curl command's argument list. */
const COMMAND_TERMINATORS = new Set(['\n', ';', ';;', '&&', '||', '|', '|&', '&', '(', ')']);

/** Redirections name a file, then the command's arguments go on (`curl -o x 2>/dev/null URL`). */
const OUTPUT_REDIRECTIONS = new Set(['>', '>>', '&>', '>&']);

/** Words that leave the next word in command position: prompts, keywords, wrappers. */
const COMMAND_PREFIXES = new Set(['$', '%', '!', '{', 'if', 'then', 'else', 'elif', 'do', 'while', 'until', 'time', 'sudo', 'exec', 'command', 'env', 'nohup']);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

type CurlOption =
  | 'request'
  | 'header'
  | 'data'
  | 'form'
  | 'get'
  | 'head'
  | 'upload'
  | 'url'
  | 'user'
  | 'oauth2-bearer'
  | 'cookie'
  | 'user-agent'
  | 'referer'
  /** Takes an argument that does not matter here (`-o file`). */
  | 'ignored';

/** Options whose meaning matters, plus every option with an argument (so it is not taken for the URL). */
const LONG_OPTIONS: Record<string, CurlOption> = {
  '--request': 'request',
  '--header': 'header',
  '--data': 'data',
  '--data-raw': 'data',
  '--data-binary': 'data',
  '--data-urlencode': 'data',
  '--data-ascii': 'data',
  '--json': 'data', // curl also sets Content-Type and Accept; those are not reported as written headers
  '--form': 'form',
  '--form-string': 'form',
  '--get': 'get',
  '--head': 'head',
  '--upload-file': 'upload',
  '--url': 'url',
  '--user': 'user',
  '--oauth2-bearer': 'oauth2-bearer',
  '--cookie': 'cookie',
  '--user-agent': 'user-agent',
  '--referer': 'referer',
  ...Object.fromEntries(
    [
      'output', 'write-out', 'max-time', 'connect-timeout', 'retry', 'retry-delay', 'retry-max-time',
      'proxy', 'proxy-user', 'cacert', 'capath', 'cert', 'cert-type', 'key', 'key-type', 'pass',
      'cookie-jar', 'dump-header', 'range', 'resolve', 'connect-to', 'config', 'limit-rate',
      'max-filesize', 'max-redirs', 'interface', 'unix-socket', 'abstract-unix-socket', 'netrc-file',
      'trace', 'trace-ascii', 'stderr', 'variable', 'url-query', 'aws-sigv4', 'ciphers',
      'pinnedpubkey', 'continue-at', 'speed-time', 'speed-limit', 'time-cond', 'quote', 'ftp-port',
      'telnet-option', 'expect100-timeout', 'keepalive-time', 'happy-eyeballs-timeout-ms',
      'local-port', 'dns-servers', 'doh-url', 'preproxy', 'request-target', 'service-name',
      'sasl-authzid', 'login-options', 'mail-from', 'mail-rcpt', 'mail-auth', 'output-dir',
      'create-file-mode', 'ech', 'ipfs-gateway', 'etag-save', 'etag-compare', 'hsts', 'alt-svc',
      'parallel-max', 'proto', 'proto-redir', 'proto-default', 'tls-max', 'tlsuser', 'tlspassword',
    ].map((name): [string, CurlOption] => [`--${name}`, 'ignored']),
  ),
};

/** Short options; any letter not listed is taken as a flag without argument. */
const SHORT_OPTIONS: Record<string, CurlOption> = {
  X: 'request',
  H: 'header',
  d: 'data',
  F: 'form',
  G: 'get',
  I: 'head',
  T: 'upload',
  u: 'user',
  b: 'cookie',
  A: 'user-agent',
  e: 'referer',
  ...Object.fromEntries([...'owmxcCDEKrtyYzUQP'].map((letter): [string, CurlOption] => [letter, 'ignored'])),
};

const ARGUMENTLESS: ReadonlySet<CurlOption> = new Set(['get', 'head']);

/** Every `curl` command in a shell block, including inside `$(...)`. */
export function parseCurlCommands(code: string): RawRequest[] {
  return parseCurlInRange(code, 0, code.length).sort((a, b) => a.span.start - b.span.start);
}

function parseCurlInRange(code: string, start: number, end: number): RawRequest[] {
  const { tokens, substitutions } = tokenizeShell(code, start, end);
  const requests = findCurlCommands(tokens);
  for (const sub of substitutions) requests.push(...parseCurlInRange(code, sub.start, sub.end));
  return requests;
}

function findCurlCommands(tokens: ShellToken[]): RawRequest[] {
  const requests: RawRequest[] = [];
  let atCommand = true;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'op') {
      atCommand = COMMAND_SEPARATORS.has(token.op);
      i++;
    } else if (atCommand && (COMMAND_PREFIXES.has(token.value) || ASSIGNMENT.test(token.value))) {
      i++;
    } else if (atCommand && isCurl(token)) {
      const parsed = new CurlCommandParser(tokens, i).parse();
      if (parsed.request) requests.push(parsed.request);
      i = parsed.next;
      atCommand = false;
    } else {
      atCommand = false;
      i++;
    }
  }
  return requests;
}

function isCurl(word: ShellWord): boolean {
  return word.value === 'curl' || word.value === 'curl.exe' || word.value.endsWith('/curl');
}

class CurlCommandParser {
  private i: number;
  private end: number;
  private optionsDone = false;
  private method?: Slice;
  private get = false;
  private head = false;
  private upload = false;
  private form = false;
  private readonly data: Slice[] = [];
  private readonly headers: RawHeader[] = [];
  private url?: Slice;
  private stdin?: Slice;

  constructor(
    private readonly tokens: ShellToken[],
    private readonly curlIndex: number,
  ) {
    this.i = curlIndex + 1;
    this.end = tokens[curlIndex]!.span.end;
  }

  parse(): { request: RawRequest | null; next: number } {
    for (; this.i < this.tokens.length; this.i++) {
      const token = this.tokens[this.i]!;
      if (token.kind === 'op') {
        if (COMMAND_TERMINATORS.has(token.op)) break;
        this.readRedirection(token);
      } else {
        this.end = token.span.end;
        this.readWord(token);
      }
    }
    return { request: this.build(), next: this.i };
  }

  /** `<<EOF` / `<<< text` feed stdin, which `-d @-` reads; `> file` is skipped. */
  private readRedirection(token: ShellOperator): void {
    if (OUTPUT_REDIRECTIONS.has(token.op)) {
      if (this.tokens[this.i + 1]?.kind === 'word') this.i++; // the target is not part of the request
      return;
    }
    if (token.heredoc) {
      this.stdin = { value: token.heredoc.body, span: token.heredoc.bodySpan };
      this.end = Math.max(this.end, token.heredoc.end);
      return;
    }
    if (token.op === '<<<' || token.op === '<') {
      const target = this.takeArgument();
      if (target && token.op === '<<<') this.stdin = target;
    }
  }

  private readWord(word: ShellWord): void {
    const { value } = word;
    if (!this.optionsDone && value === '--') {
      this.optionsDone = true;
    } else if (!this.optionsDone && value.startsWith('--')) {
      this.readLongOption(word);
    } else if (!this.optionsDone && value.startsWith('-') && value.length > 1) {
      this.readShortOptions(word);
    } else {
      this.url ??= wordSlice(word);
    }
  }

  /** `--request DELETE`, `--request=DELETE`; unknown `--x` / `--x=y` are single words. */
  private readLongOption(word: ShellWord): void {
    const eq = word.value.indexOf('=');
    const option = LONG_OPTIONS[eq < 0 ? word.value : word.value.slice(0, eq)];
    if (!option) return;
    if (ARGUMENTLESS.has(option)) return this.apply(option);
    const argument = eq < 0 ? this.takeArgument() : wordSlice(word, eq + 1);
    if (argument) this.apply(option, argument);
  }

  /** A cluster like `-sSL`, `-XPOST`, `-sXPOST`: the first letter taking an argument takes the rest. */
  private readShortOptions(word: ShellWord): void {
    for (let k = 1; k < word.value.length; k++) {
      const option = SHORT_OPTIONS[word.value[k]!];
      if (!option) continue;
      if (ARGUMENTLESS.has(option)) {
        this.apply(option);
        continue;
      }
      const argument = k + 1 < word.value.length ? wordSlice(word, k + 1) : this.takeArgument();
      if (argument) this.apply(option, argument);
      return;
    }
  }

  private takeArgument(): Slice | undefined {
    const next = this.tokens[this.i + 1];
    if (next?.kind !== 'word') return undefined;
    this.i++;
    this.end = next.span.end;
    return wordSlice(next);
  }

  private apply(option: CurlOption, argument?: Slice): void {
    switch (option) {
      case 'get':
        this.get = true;
        return;
      case 'head':
        this.head = true;
        return;
      case 'ignored':
        return;
    }
    if (!argument) return;
    switch (option) {
      case 'request':
        this.method = argument;
        break;
      case 'header': {
        const header = parseHeaderArgument(argument);
        if (header) this.headers.push(header);
        break;
      }
      case 'data':
        this.data.push(argument);
        break;
      case 'form':
        this.form = true;
        break;
      case 'upload':
        this.upload = true;
        break;
      case 'url':
        this.url ??= argument;
        break;
      case 'user':
        this.addHeader('Authorization', `Basic ${argument.value}`, argument);
        break;
      case 'oauth2-bearer':
        this.addHeader('Authorization', `Bearer ${argument.value}`, argument);
        break;
      case 'cookie':
        this.addHeader('Cookie', argument.value, argument);
        break;
      case 'user-agent':
        this.addHeader('User-Agent', argument.value, argument);
        break;
      case 'referer':
        this.addHeader('Referer', argument.value, argument);
        break;
    }
  }

  private addHeader(name: string, value: string, argument: Slice): void {
    this.headers.push({ name, value, span: argument.span });
  }

  private build(): RawRequest | null {
    if (!this.url) return null;
    const request: RawRequest = {
      notation: 'curl',
      ...this.resolveMethod(),
      url: this.url.value,
      urlSpan: this.url.span,
      span: { start: this.tokens[this.curlIndex]!.span.start, end: this.end },
      headers: this.headers,
    };
    // With -G the data goes into the query string: it is no body.
    const body = this.get ? undefined : this.resolveBody();
    if (body) {
      request.body = body.value;
      request.bodySpan = body.span;
    }
    return request;
  }

  private resolveMethod(): Pick<RawRequest, 'method' | 'methodExplicit'> {
    if (this.method) {
      const written = this.method.value;
      return { method: /^[A-Za-z]+$/.test(written) ? written.toUpperCase() : null, methodExplicit: true };
    }
    let method = 'GET';
    if (this.head) method = 'HEAD';
    else if (this.get) method = 'GET';
    else if (this.upload) method = 'PUT';
    else if (this.data.length > 0 || this.form) method = 'POST';
    return { method, methodExplicit: false };
  }

  /** Several -d options are joined with `&`, as curl does. */
  private resolveBody(): Slice | undefined {
    const parts = this.data.map((part) => (part.value === '@-' && this.stdin ? this.stdin : part));
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) return undefined;
    return {
      value: parts.map((part) => part.value).join('&'),
      span: { start: first.span.start, end: last.span.end },
    };
  }
}

/** `Name: value` split at the first colon; `Name;` is curl's way to send an empty header. */
function parseHeaderArgument(argument: Slice): RawHeader | undefined {
  const { value, span } = argument;
  if (value.startsWith('@')) return undefined; // headers read from a file
  const colon = value.indexOf(':');
  if (colon > 0) return { name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim(), span };
  const trimmed = value.trim();
  if (colon < 0 && /^[^\s;]+;$/.test(trimmed)) return { name: trimmed.slice(0, -1), value: '', span };
  return undefined;
}
