/**
 * Parsers for the HTTP request notations found in code blocks: curl commands (shell
 * blocks), ```http requests, and fetch() calls (JS/TS blocks).
 *
 * Pure functions over the text of ONE code block (without its fences). Every span is a
 * 0-based, end-exclusive offset range into that text, so the caller can map it to a
 * line and column on the page.
 */

export interface Span {
  start: number;
  end: number;
}

export interface RawHeader {
  name: string;
  value: string;
  span: Span;
}

export interface RawRequest {
  notation: 'curl' | 'http' | 'fetch';
  /** Uppercase, as written or implied (`POST`); null when unknown. */
  method: string | null;
  /** True when written (`-X`, request line, `method:`), false when implied or the default. */
  methodExplicit: boolean;
  /** Exactly as written, quotes removed. */
  url: string;
  /** The URL text (inside the quotes when quoted). */
  urlSpan: Span;
  /** The whole command / request. */
  span: Span;
  headers: RawHeader[];
  /** Request body as written, quotes removed. */
  body?: string;
  bodySpan?: Span;
}

// ---------------------------------------------------------------------------
// Shell tokenizer

export interface ShellWord {
  kind: 'word';
  /** The word after quote removal; `$VAR`, `${VAR}`, `$(...)` are kept verbatim. */
  value: string;
  /** Source offset of each character of `value`. */
  offsets: number[];
  /** The word as written, quotes included. */
  span: Span;
  /** Where an empty value sits (inside `''`), so empty slices still get a span. */
  emptyAt: number;
}

export interface Heredoc {
  delimiter: string;
  stripTabs: boolean;
  body: string;
  bodySpan: Span;
  /** End of the terminator line (or of the text when unterminated). */
  end: number;
}

export interface ShellOperator {
  kind: 'op';
  /** `|`, `&&`, `;`, `>`, `<<`, …; `\n` for an unquoted newline. */
  op: string;
  span: Span;
  /** For `<<` and `<<-`: the here-document, filled in once its lines are read. */
  heredoc?: Heredoc;
}

export type ShellToken = ShellWord | ShellOperator;

export interface ShellTokens {
  tokens: ShellToken[];
  /** Contents of top-level `$(...)` and backtick substitutions, which hold commands too. */
  substitutions: Span[];
}

/** Longest first, so `&&` wins over `&`. */
const SHELL_OPERATORS = ['<<<', '<<-', '&&', '||', '|&', ';;', '>>', '<<', '&>', '>&', '|', ';', '&', '(', ')', '<', '>'];

/** `<your-org>`, `<id>`: doc placeholders people write unquoted, not redirections. */
const ANGLE_PLACEHOLDER = /<[A-Za-z_][\w.-]*>/y;

/** Splits shell text into words (with quote removal and source offsets) and operators. */
export function tokenizeShell(code: string, start = 0, end = code.length): ShellTokens {
  return new ShellLexer(code, start, end).run();
}

class ShellLexer {
  private i: number;
  private readonly tokens: ShellToken[] = [];
  private readonly substitutions: Span[] = [];
  private pendingHeredocs: Heredoc[] = [];

  constructor(
    private readonly code: string,
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
  }

  run(): ShellTokens {
    while (this.i < this.end) this.step();
    return { tokens: this.tokens, substitutions: this.substitutions };
  }

  private step(): void {
    const c = this.code[this.i];
    const continuation = this.continuationLength(this.i);
    if (continuation > 0) {
      this.i += continuation;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      this.i++;
    } else if (c === '\n') {
      this.tokens.push({ kind: 'op', op: '\n', span: { start: this.i, end: this.i + 1 } });
      this.i++;
      this.readPendingHeredocs();
    } else if (c === '#') {
      this.i = this.lineEnd(this.i);
    } else {
      const op = this.operatorAt(this.i);
      if (op) {
        this.readOperator(op);
        return;
      }
      const word = this.readWord();
      // `2>&1`, `2>/dev/null`: the digits name a file descriptor, they are no argument.
      const next = this.code[this.i];
      if (/^\d+$/.test(word.value) && word.span.end - word.span.start === word.value.length && (next === '>' || next === '<')) return;
      this.tokens.push(word);
    }
  }

  /**
   * Length of a backslash-newline line continuation at `i` (CRLF too), else 0. Blanks between
   * the backslash and the line break are allowed: in docs they are an invisible slip, and the
   * author clearly meant a continuation.
   */
  private continuationLength(i: number): number {
    if (this.code[i] !== '\\') return 0;
    let j = i + 1;
    while (j < this.end && (this.code[j] === ' ' || this.code[j] === '\t')) j++;
    if (this.code[j] === '\r') j++;
    return this.code[j] === '\n' && j < this.end ? j + 1 - i : 0;
  }

  private lineEnd(i: number): number {
    const nl = this.code.indexOf('\n', i);
    return nl < 0 || nl > this.end ? this.end : nl;
  }

  private operatorAt(i: number): string | undefined {
    if (this.code[i] === '<' && this.code[i + 1] !== '<' && this.placeholderLength(i) > 0) return undefined;
    return SHELL_OPERATORS.find((op) => this.code.startsWith(op, i) && i + op.length <= this.end);
  }

  private placeholderLength(i: number): number {
    ANGLE_PLACEHOLDER.lastIndex = i;
    const match = ANGLE_PLACEHOLDER.exec(this.code);
    return match && i + match[0].length <= this.end ? match[0].length : 0;
  }

  private readOperator(op: string): void {
    const token: ShellOperator = { kind: 'op', op, span: { start: this.i, end: this.i + op.length } };
    this.i += op.length;
    this.tokens.push(token);
    if (op !== '<<' && op !== '<<-') return;
    while (this.code[this.i] === ' ' || this.code[this.i] === '\t') this.i++;
    if (this.i >= this.end || this.code[this.i] === '\n' || this.operatorAt(this.i)) return;
    const delimiter = this.readWord();
    token.span.end = delimiter.span.end;
    token.heredoc = {
      delimiter: delimiter.value,
      stripTabs: op === '<<-',
      body: '',
      bodySpan: { start: this.end, end: this.end },
      end: this.end,
    };
    this.pendingHeredocs.push(token.heredoc);
  }

  /** Called after an unquoted newline: the lines that follow are the pending heredocs' bodies. */
  private readPendingHeredocs(): void {
    for (const heredoc of this.pendingHeredocs) {
      const bodyStart = this.i;
      let terminated = false;
      while (this.i < this.end) {
        const lineStart = this.i;
        const lineEnd = this.lineEnd(lineStart);
        let line = this.code.slice(lineStart, lineEnd).replace(/\r$/, '');
        if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
        this.i = Math.min(lineEnd + 1, this.end);
        if (line === heredoc.delimiter) {
          setHeredocBody(heredoc, this.code, bodyStart, lineStart);
          heredoc.end = lineEnd - (this.code[lineEnd - 1] === '\r' ? 1 : 0);
          terminated = true;
          break;
        }
      }
      if (!terminated) {
        setHeredocBody(heredoc, this.code, bodyStart, this.end);
        heredoc.end = this.end;
      }
    }
    this.pendingHeredocs = [];
  }

  private readWord(): ShellWord {
    const { code } = this;
    const start = this.i;
    const word: ShellWord = { kind: 'word', value: '', offsets: [], span: { start, end: start }, emptyAt: start };
    while (this.i < this.end) {
      const c = code[this.i]!;
      const continuation = this.continuationLength(this.i);
      if (continuation > 0) {
        this.i += continuation;
      } else if (c === "'") {
        this.readSingleQuoted(word);
      } else if (c === '"') {
        this.readDoubleQuoted(word);
      } else if (c === '$' && code[this.i + 1] === "'") {
        this.readAnsiQuoted(word);
      } else if (c === '$' && (code[this.i + 1] === '(' || code[this.i + 1] === '{')) {
        this.readExpansion(word);
      } else if (c === '`') {
        this.readBackticks(word);
      } else if (c === '\\') {
        if (this.i + 1 < this.end) addChar(word, code[this.i + 1]!, this.i + 1);
        this.i += 2;
      } else if (c === '<' && code[this.i + 1] !== '<' && this.placeholderLength(this.i) > 0) {
        const length = this.placeholderLength(this.i);
        addRange(word, code, this.i, this.i + length);
        this.i += length;
      } else if (c === '&' && !this.ampersandEndsWord(this.i)) {
        addChar(word, c, this.i++);
      } else if (/[\s|;&<>)]/.test(c)) {
        break;
      } else {
        addChar(word, c, this.i++);
      }
    }
    if (this.i === start) this.i++; // never loop on a character no branch consumed
    word.span.end = Math.min(this.i, this.end);
    return word;
  }

  /** A lone `&` inside an unquoted URL (`?a=b&c=d`) is kept; `&&` and `& ` end the word. */
  private ampersandEndsWord(i: number): boolean {
    const next = this.code[i + 1];
    return i + 1 >= this.end || next === undefined || next === '&' || next === '>' || /\s/.test(next);
  }

  private readSingleQuoted(word: ShellWord): void {
    const contentStart = this.i + 1;
    const close = this.indexOf("'", contentStart);
    if (close >= this.end) {
      // An unbalanced quote (`It's done` in pasted output) must not swallow the rest of the block.
      addChar(word, "'", this.i++);
      return;
    }
    if (word.value.length === 0) word.emptyAt = contentStart;
    addRange(word, this.code, contentStart, close);
    this.i = Math.min(close + 1, this.end);
  }

  private readDoubleQuoted(word: ShellWord): void {
    const { code } = this;
    if (this.closingDoubleQuote(this.i + 1) < 0) {
      addChar(word, '"', this.i++); // unbalanced: see readSingleQuoted
      return;
    }
    this.i++;
    if (word.value.length === 0) word.emptyAt = this.i;
    while (this.i < this.end && code[this.i] !== '"') {
      const c = code[this.i]!;
      const continuation = this.continuationLength(this.i);
      if (continuation > 0) {
        this.i += continuation;
      } else if (c === '\\' && '"\\$`'.includes(code[this.i + 1] ?? '') && this.i + 1 < this.end) {
        addChar(word, code[this.i + 1]!, this.i + 1);
        this.i += 2;
      } else if (c === '$' && code[this.i + 1] === '(') {
        this.readExpansion(word);
      } else if (c === '`') {
        this.readBackticks(word);
      } else {
        addChar(word, c, this.i++);
      }
    }
    this.i = Math.min(this.i + 1, this.end);
  }

  private closingDoubleQuote(from: number): number {
    for (let j = from; j < this.end; j += this.code[j] === '\\' ? 2 : 1) {
      if (this.code[j] === '"') return j;
    }
    return -1;
  }

  /** `$'...'` (ANSI-C quoting): only the common escapes are decoded. */
  private readAnsiQuoted(word: ShellWord): void {
    const { code } = this;
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
    this.i += 2;
    if (word.value.length === 0) word.emptyAt = this.i;
    while (this.i < this.end && code[this.i] !== "'") {
      const next = code[this.i + 1];
      if (code[this.i] === '\\' && next !== undefined && next in escapes) {
        addChar(word, escapes[next]!, this.i + 1);
        this.i += 2;
      } else {
        addChar(word, code[this.i]!, this.i++);
      }
    }
    this.i = Math.min(this.i + 1, this.end);
  }

  /** `$(...)` and `${...}` are copied verbatim; a `$(...)`'s content is remembered as a nested script. */
  private readExpansion(word: ShellWord): void {
    const open = this.i + 1;
    const close = matchShellBracket(this.code, open, this.end);
    const stop = close < 0 ? this.end : close + 1;
    if (this.code[open] === '(') this.substitutions.push({ start: open + 1, end: close < 0 ? this.end : close });
    addRange(word, this.code, this.i, stop);
    this.i = stop;
  }

  private readBackticks(word: ShellWord): void {
    const close = this.indexOf('`', this.i + 1);
    this.substitutions.push({ start: this.i + 1, end: close });
    const stop = Math.min(close + 1, this.end);
    addRange(word, this.code, this.i, stop);
    this.i = stop;
  }

  /** Index of `ch` at or after `from`, or the end of the range. */
  private indexOf(ch: string, from: number): number {
    const found = this.code.indexOf(ch, from);
    return found < 0 || found >= this.end ? this.end : found;
  }
}

function addChar(word: ShellWord, ch: string, at: number): void {
  word.value += ch;
  word.offsets.push(at);
}

function addRange(word: ShellWord, code: string, from: number, to: number): void {
  for (let k = from; k < to; k++) addChar(word, code[k]!, k);
}

function setHeredocBody(heredoc: Heredoc, code: string, start: number, end: number): void {
  // The newline before the terminator line ends the last body line; it is not content.
  if (code[end - 1] === '\n') end--;
  if (code[end - 1] === '\r') end--;
  end = Math.max(start, end);
  heredoc.body = code.slice(start, end);
  heredoc.bodySpan = { start, end };
}

/** Index of the `)` or `}` matching the bracket at `open`, skipping quoted text; -1 if none. */
function matchShellBracket(code: string, open: number, end: number): number {
  const stack: string[] = [];
  for (let i = open; i < end; i++) {
    const c = code[i]!;
    if (c === '\\') {
      i++;
    } else if (c === "'") {
      const close = code.indexOf("'", i + 1);
      if (close < 0 || close >= end) return -1;
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      while (j < end && code[j] !== '"') j += code[j] === '\\' ? 2 : 1;
      if (j >= end) return -1;
      i = j;
    } else if (c === '(' || c === '{') {
      stack.push(c === '(' ? ')' : '}');
    } else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

interface Slice {
  value: string;
  span: Span;
}

/** `word.value.slice(from, to)` together with the source span of those characters. */
function wordSlice(word: ShellWord, from = 0, to = word.value.length): Slice {
  const value = word.value.slice(from, to);
  if (from < to) return { value, span: { start: word.offsets[from]!, end: word.offsets[to - 1]! + 1 } };
  const at = word.offsets[from] ?? (word.offsets.length > 0 ? word.offsets[word.offsets.length - 1]! + 1 : word.emptyAt);
  return { value, span: { start: at, end: at } };
}

// ---------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------
// ```http blocks

interface Line {
  /** Without the line break (and without a CR before it). */
  text: string;
  start: number;
  end: number;
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);
const REQUEST_LINE = /^(\s*)([A-Z]+)([ \t]+)(\S+)(?:[ \t]+HTTP\/\d+(?:\.\d+)?)?[ \t]*$/;
/** REST-client style: a bare absolute URL is a GET. */
const URL_ONLY_REQUEST_LINE = /^(\s*)(https?:\/\/\S+)(?:[ \t]+HTTP\/\d+(?:\.\d+)?)?[ \t]*$/;
const STATUS_LINE = /^\s*HTTP\/\d+(?:\.\d+)?\s+\d{3}\b/;
const HEADER_LINE = /^(\s*)([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;

interface RequestLine {
  method: string;
  methodExplicit: boolean;
  url: string;
  urlSpan: Span;
  start: number;
}

/** The requests of an ```http block; response messages (`HTTP/1.1 200 OK`) are skipped. */
export function parseHttpRequests(code: string): RawRequest[] {
  const lines = splitLines(code);
  const requests: RawRequest[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const requestLine = matchRequestLine(line);
    if (requestLine) {
      const message = readHttpMessage(code, lines, i);
      requests.push({
        notation: 'http',
        method: requestLine.method,
        methodExplicit: requestLine.methodExplicit,
        url: requestLine.url,
        urlSpan: requestLine.urlSpan,
        span: { start: requestLine.start, end: message.end },
        headers: message.headers,
        ...(message.body ? { body: message.body.value, bodySpan: message.body.span } : {}),
      });
      i = message.next;
    } else if (STATUS_LINE.test(line.text)) {
      i = readHttpMessage(code, lines, i).next;
    } else {
      i++; // blank line, `#`/`//` comment, `###` separator, `@var = x`
    }
  }
  return requests;
}

/** A response message of an ```http block (`HTTP/1.1 200 OK`, headers, body). */
export interface RawResponse {
  status: string;
  statusSpan: Span;
  headers: RawHeader[];
  body?: string;
  bodySpan?: Span;
  /** How many requests of the block come before it (the last of them is the one it answers). */
  requestsBefore: number;
}

/** The responses of an ```http block, each with the number of requests written before it. */
export function parseHttpResponses(code: string): RawResponse[] {
  const lines = splitLines(code);
  const responses: RawResponse[] = [];
  let requests = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const status = /^(\s*HTTP\/\d+(?:\.\d+)?\s+)(\d{3})\b/.exec(line.text);
    if (status) {
      const message = readHttpMessage(code, lines, i);
      const start = line.start + status[1]!.length;
      responses.push({
        status: status[2]!,
        statusSpan: { start, end: start + 3 },
        headers: message.headers,
        requestsBefore: requests,
        ...(message.body ? { body: message.body.value, bodySpan: message.body.span } : {}),
      });
      i = message.next;
    } else if (matchRequestLine(line)) {
      requests += 1;
      i = readHttpMessage(code, lines, i).next;
    } else {
      i++;
    }
  }
  return responses;
}

function splitLines(code: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= code.length) {
    const nl = code.indexOf('\n', start);
    const rawEnd = nl < 0 ? code.length : nl;
    const end = code[rawEnd - 1] === '\r' && rawEnd > start ? rawEnd - 1 : rawEnd;
    lines.push({ text: code.slice(start, end), start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function matchRequestLine(line: Line): RequestLine | undefined {
  const request = REQUEST_LINE.exec(line.text);
  if (request && HTTP_METHODS.has(request[2]!)) {
    const [, indent = '', method = '', gap = '', url = ''] = request;
    const urlStart = line.start + indent.length + method.length + gap.length;
    return { method, methodExplicit: true, url, urlSpan: { start: urlStart, end: urlStart + url.length }, start: line.start + indent.length };
  }
  const urlOnly = URL_ONLY_REQUEST_LINE.exec(line.text);
  if (urlOnly) {
    const [, indent = '', url = ''] = urlOnly;
    const urlStart = line.start + indent.length;
    return { method: 'GET', methodExplicit: false, url, urlSpan: { start: urlStart, end: urlStart + url.length }, start: urlStart };
  }
  return undefined;
}

function isCommentLine(text: string): boolean {
  const trimmed = text.trimStart();
  return (trimmed.startsWith('#') && !trimmed.startsWith('###')) || trimmed.startsWith('//');
}

/**
 * Reads the message whose start line is `lines[first]`: header lines, then (after a blank
 * line, or at the first line that is no header) the body, up to a `###` separator, a status
 * line, or a request line after a blank line.
 */
function readHttpMessage(code: string, lines: Line[], first: number): { headers: RawHeader[]; body?: Slice; end: number; next: number } {
  const headers: RawHeader[] = [];
  let end = lines[first]!.end;
  let j = first + 1;
  let afterBlank = false;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text.trim() === '') {
      afterBlank = true;
      j++;
      break;
    }
    if (line.text.trimStart().startsWith('###') || STATUS_LINE.test(line.text) || matchRequestLine(line)) {
      return { headers, end, next: j };
    }
    if (isCommentLine(line.text)) continue;
    const header = HEADER_LINE.exec(line.text);
    if (!header) break; // a body written without the blank line
    const [, indent = '', name = '', value = ''] = header;
    const start = line.start + indent.length;
    headers.push({ name, value, span: { start, end: line.start + line.text.trimEnd().length } });
    end = line.end;
  }

  let bodyStart: number | undefined;
  let bodyEnd = 0;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const blank = line.text.trim() === '';
    if (line.text.trimStart().startsWith('###') || STATUS_LINE.test(line.text)) break;
    if (afterBlank && matchRequestLine(line)) break;
    if (!blank) {
      bodyStart ??= line.start;
      bodyEnd = line.end;
    }
    afterBlank = blank;
  }
  if (bodyStart === undefined) return { headers, end, next: j };
  const body = { value: code.slice(bodyStart, bodyEnd), span: { start: bodyStart, end: bodyEnd } };
  return { headers, body, end: bodyEnd, next: j };
}

// ---------------------------------------------------------------------------
// fetch()

/** The fetch() calls of a JS/TS block whose URL is a string or template literal. */
export function parseFetchCalls(code: string): RawRequest[] {
  const requests: RawRequest[] = [];
  let i = 0;
  while (i < code.length) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const open = fetchCallOpenParen(code, i);
    if (open < 0) {
      i++;
      continue;
    }
    const close = matchJsBracket(code, open);
    const request = close < 0 ? undefined : parseFetchCall(code, i, open, close);
    if (request) requests.push(request);
    i = open + 1; // calls nested in the arguments are found too
  }
  return requests;
}

const IDENTIFIER_CHAR = /[\w$]/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const GLOBAL_OBJECTS = /(?:^|[^\w$.])(?:window|globalThis|self)\s*\.\s*$/;

/** Offset of the `(` when `fetch(` (or `window.fetch(`) starts at `i`, else -1. */
function fetchCallOpenParen(code: string, i: number): number {
  if (!code.startsWith('fetch', i)) return -1;
  if (IDENTIFIER_CHAR.test(code[i + 5] ?? '') || IDENTIFIER_CHAR.test(code[i - 1] ?? '')) return -1;
  const before = code.slice(Math.max(0, i - 40), i);
  if (/\.\s*$/.test(before) && !GLOBAL_OBJECTS.test(before)) return -1; // `client.fetch(` is another API
  let open = i + 5;
  while (/\s/.test(code[open] ?? '')) open++;
  return code[open] === '(' ? open : -1;
}

function parseFetchCall(code: string, start: number, open: number, close: number): RawRequest | undefined {
  const [urlArgument, options] = splitTopLevel(code, open + 1, close, ',');
  const url = urlArgument && stringLiteral(code, urlArgument);
  if (!url) return undefined; // an identifier or expression: the URL is unknown
  const request: RawRequest = {
    notation: 'fetch',
    method: 'GET',
    methodExplicit: false,
    url: url.value,
    urlSpan: url.span,
    span: { start, end: close + 1 },
    headers: [],
  };
  if (options) readFetchOptions(code, options, request);
  return request;
}

function readFetchOptions(code: string, options: Span, request: RawRequest): void {
  const properties = code[options.start] === '{' ? objectProperties(code, options.start) : undefined;
  if (!properties) {
    request.method = null; // an options variable: the method is unknown
    return;
  }
  const spread = properties.some((property) => property.spread);
  if (spread) request.method = null;
  for (const property of properties) {
    if (property.key === 'method') {
      const literal = stringLiteral(code, property.value);
      request.method = literal && /^[A-Za-z]+$/.test(literal.value) ? literal.value.toUpperCase() : null;
      request.methodExplicit = true;
    } else if (property.key === 'headers') {
      request.headers = headersFromObject(code, property.value);
    } else if (property.key === 'body') {
      request.body = code.slice(property.value.start, property.value.end);
      request.bodySpan = property.value;
    }
  }
}

/** Headers from `{ 'Name': value }` or `new Headers({ … })`; anything else yields none. */
function headersFromObject(code: string, value: Span): RawHeader[] {
  let open = value.start;
  const constructor = /^new\s+Headers\s*\(\s*/.exec(code.slice(value.start, value.end));
  if (constructor) open += constructor[0].length;
  if (code[open] !== '{') return [];
  const headers: RawHeader[] = [];
  for (const property of objectProperties(code, open) ?? []) {
    if (property.key === undefined || property.spread) continue;
    const literal = stringLiteral(code, property.value);
    headers.push({
      name: property.key,
      value: literal ? literal.value : code.slice(property.value.start, property.value.end),
      span: property.span,
    });
  }
  return headers;
}

interface ObjectProperty {
  /** Undefined for computed keys and spreads. */
  key?: string;
  spread: boolean;
  value: Span;
  span: Span;
}

/** The properties of the object literal whose `{` is at `open`. */
function objectProperties(code: string, open: number): ObjectProperty[] | undefined {
  const close = matchJsBracket(code, open);
  if (close < 0) return undefined;
  return splitTopLevel(code, open + 1, close, ',').map((span) => {
    const text = code.slice(span.start, span.end);
    if (text.startsWith('...')) return { spread: true, value: trimSpan(code, { start: span.start + 3, end: span.end }), span };
    const colon = findTopLevel(code, span.start, span.end, ':');
    if (colon < 0) return { key: IDENTIFIER.test(text) ? text : undefined, spread: false, value: span, span }; // shorthand
    const keySpan = trimSpan(code, { start: span.start, end: colon });
    const keyText = code.slice(keySpan.start, keySpan.end);
    const key = stringLiteral(code, keySpan)?.value ?? (IDENTIFIER.test(keyText) ? keyText : undefined);
    return { key, spread: false, value: trimSpan(code, { start: colon + 1, end: span.end }), span };
  });
}

/** The content of a single '…', "…" or `…` literal spanning exactly `span`. */
function stringLiteral(code: string, span: Span): Slice | undefined {
  const quote = code[span.start];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  if (skipJsNonCode(code, span.start) !== span.end || code[span.end - 1] !== quote || span.end - span.start < 2) return undefined;
  const inner = { start: span.start + 1, end: span.end - 1 };
  return { value: code.slice(inner.start, inner.end), span: inner };
}

/** If a string, template literal or comment starts at `i`, the offset after it; else `i`. */
function skipJsNonCode(code: string, i: number): number {
  const c = code[i];
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, code.length);
  }
  if (c === '`') return skipTemplate(code, i);
  if (c === '/' && code[i + 1] === '/') {
    const nl = code.indexOf('\n', i);
    return nl < 0 ? code.length : nl;
  }
  if (c === '/' && code[i + 1] === '*') {
    const close = code.indexOf('*/', i + 2);
    return close < 0 ? code.length : close + 2;
  }
  return i;
}

function skipTemplate(code: string, i: number): number {
  let j = i + 1;
  while (j < code.length) {
    if (code[j] === '\\') j += 2;
    else if (code[j] === '`') return j + 1;
    else if (code[j] === '$' && code[j + 1] === '{') {
      const close = matchJsBracket(code, j + 1);
      if (close < 0) return code.length;
      j = close + 1;
    } else j++;
  }
  return code.length;
}

/** Index of the bracket closing the one at `open`, skipping strings and comments; -1 if none. */
function matchJsBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; ) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}

/** Offsets of `separator` in code[start, end) outside strings, comments and nested brackets. */
function topLevelIndexes(code: string, start: number, end: number, separator: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = start; i < end; ) {
    const skipped = skipJsNonCode(code, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === separator && depth === 0) found.push(i);
    i++;
  }
  return found;
}

function findTopLevel(code: string, start: number, end: number, separator: string): number {
  return topLevelIndexes(code, start, end, separator)[0] ?? -1;
}

/** The trimmed, non-empty pieces of code[start, end) between top-level separators. */
function splitTopLevel(code: string, start: number, end: number, separator: string): Span[] {
  const cuts = [...topLevelIndexes(code, start, end, separator), end];
  const pieces: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    const piece = trimSpan(code, { start: from, end: cut });
    if (piece.end > piece.start) pieces.push(piece);
    from = cut + 1;
  }
  return pieces;
}

/** Shrinks a span past surrounding whitespace and comments. */
function trimSpan(code: string, span: Span): Span {
  let first = -1;
  let last = span.end;
  for (let i = span.start; i < span.end; ) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const isComment = c === '/' && (code[i + 1] === '/' || code[i + 1] === '*');
    const skipped = skipJsNonCode(code, i);
    const next = skipped === i ? i + 1 : Math.min(skipped, span.end);
    if (!isComment) {
      if (first < 0) first = i;
      last = next;
    }
    i = next;
  }
  return first < 0 ? { start: span.end, end: span.end } : { start: first, end: last };
}
