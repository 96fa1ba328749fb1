import type { Slice, Span } from './raw-request.js';

/** A shell tokenizer: words with the spans of their characters, operators, heredocs. */
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


/** `word.value.slice(from, to)` together with the source span of those characters. */
export function wordSlice(word: ShellWord, from = 0, to = word.value.length): Slice {
  const value = word.value.slice(from, to);
  if (from < to) return { value, span: { start: word.offsets[from]!, end: word.offsets[to - 1]! + 1 } };
  const at = word.offsets[from] ?? (word.offsets.length > 0 ? word.offsets[word.offsets.length - 1]! + 1 : word.emptyAt);
  return { value, span: { start: at, end: at } };
}
