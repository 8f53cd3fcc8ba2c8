/**
 * The shell lexer. shell-quote (used for quoting on output, see `quote.ts`) cannot parse what a
 * shell needs here: it loses fd numbers (`2>` vs `2 >`), has no `$(...)`, backticks or
 * here-documents, treats `a#b` as a comment and reports no incomplete input. So words and
 * operators are read here, keeping each word's parts for expansion at run time.
 */
import { type Heredoc, type Word, type WordPart } from './ast.js';

export type Operator =
  | '|'
  | '||'
  | '&&'
  | '&'
  | ';'
  | ';;'
  | '>'
  | '>>'
  | '<'
  | '<<'
  | '<<-'
  | '<<<'
  | '>&'
  | '<&'
  | '&>'
  | '&>>'
  | '>|'
  | '('
  | ')';

export type Token =
  | { readonly type: 'word'; readonly word: Word }
  | { readonly type: 'op'; readonly op: Operator; readonly fd: number | undefined }
  | { readonly type: 'newline' }
  | { readonly type: 'eof' };

/** Input ends inside a quote, after `\`, `|`, `&&`, or before a here-document's delimiter. */
export class IncompleteInput extends Error {}

/** `bash: syntax error near unexpected token ...` and the other parse-time errors. */
export class ShellSyntaxError extends Error {}

const META = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);
const OPERATORS: readonly Operator[] = [
  '&>>',
  '<<<',
  '<<-',
  '||',
  '&&',
  ';;',
  '>>',
  '<<',
  '>&',
  '<&',
  '&>',
  '>|',
  '|',
  '&',
  ';',
  '>',
  '<',
  '(',
  ')',
];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** What precedes the `(` of an array assignment: `a=`, `a+=`, `a[1]=` (bash reads `(` there as the array's start). */
const ARRAY_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

export interface LexerOptions {
  readonly maxHeredocBytes: number;
  readonly maxDepth: number;
}

export class Lexer {
  private pendingHeredocs: Heredoc[] = [];

  constructor(
    private input: string,
    public pos: number,
    private readonly options: LexerOptions,
    private readonly depth = 0,
  ) {
    if (depth > options.maxDepth) throw new ShellSyntaxError('bash: maximum command substitution depth exceeded');
  }

  /** Alias expansion: the replacement text is read next, in place of the alias name. */
  unshift(text: string): void {
    this.input = `${text} ${this.input.slice(this.pos)}`;
    this.pos = 0;
  }

  expectHeredoc(heredoc: Heredoc): void {
    this.pendingHeredocs.push(heredoc);
  }

  next(): Token {
    this.skipBlanks();
    const c = this.input[this.pos];
    if (c === undefined) {
      if (this.pendingHeredocs.length > 0) throw new IncompleteInput('here-document');
      return { type: 'eof' };
    }
    if (c === '\n') {
      this.pos++;
      this.readHeredocBodies();
      return { type: 'newline' };
    }
    if (this.input.startsWith('<(', this.pos)) {
      const start = this.pos;
      this.pos += 2;
      const source = this.readParenSubstitution();
      return { type: 'word', word: { parts: [{ kind: 'process', source }], raw: this.input.slice(start, this.pos) } };
    }
    const fd = this.readFdPrefix();
    for (const op of OPERATORS) {
      if (this.input.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { type: 'op', op, fd };
      }
    }
    return { type: 'word', word: this.readWord() };
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.input[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.input[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.input.length && this.input[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  /** `2>` and `2>&1`: digits glued to a redirection operator name a file descriptor. */
  private readFdPrefix(): number | undefined {
    const match = /^(\d{1,2})(?=[<>])/.exec(this.input.slice(this.pos, this.pos + 3));
    if (!match?.[1]) return undefined;
    this.pos += match[1].length;
    return Number(match[1]);
  }

  private readWord(): Word {
    const start = this.pos;
    const parts: WordPart[] = [];
    const text = (s: string, quoted: boolean): void => {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text' && last.quoted === quoted)
        parts[parts.length - 1] = { kind: 'text', text: last.text + s, quoted };
      else parts.push({ kind: 'text', text: s, quoted });
    };
    for (;;) {
      const c = this.input[this.pos];
      if (c === '(' && ARRAY_ASSIGNMENT.test(this.input.slice(start, this.pos))) {
        this.pos++;
        return { parts, raw: this.input.slice(start, this.pos - 1), array: this.readArrayWords() };
      }
      if (c === undefined || META.has(c)) break;
      if (c === '\\') {
        const n = this.input[this.pos + 1];
        if (n === undefined) throw new IncompleteInput('backslash');
        this.pos += 2;
        if (n !== '\n') text(n, true);
      } else if (c === "'") {
        const end = this.input.indexOf("'", this.pos + 1);
        if (end < 0) throw new IncompleteInput('quote');
        text(this.input.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.readDoubleQuoted(parts, text);
      } else if (c === '$') {
        this.readDollar(parts, text, false);
      } else if (c === '`') {
        parts.push({ kind: 'command', source: this.readBackticks(), quoted: false });
      } else if (c === '~' && this.pos === start) {
        const match = /^~([A-Za-z0-9_.-]*)(?=$|[/\s|&;<>()])/.exec(this.input.slice(this.pos, this.pos + 64));
        if (match) {
          parts.push({ kind: 'tilde', user: match[1] ?? '' });
          this.pos += match[0].length;
        } else {
          text(c, false);
          this.pos++;
        }
      } else {
        text(c, false);
        this.pos++;
      }
    }
    return { parts, raw: this.input.slice(start, this.pos) };
  }

  /** The words of `a=(x "y z" $w)` up to its `)`, newlines allowed between them. */
  private readArrayWords(): Word[] {
    const inner = new Lexer(this.input, this.pos, this.options, this.depth + 1);
    const words: Word[] = [];
    for (;;) {
      const token = inner.next();
      if (token.type === 'eof') throw new IncompleteInput('array');
      if (token.type === 'word') words.push(token.word);
      else if (token.type === 'op') {
        if (token.op !== ')') throw new ShellSyntaxError(`bash: syntax error near unexpected token \`${token.op}'`);
        this.pos = inner.pos;
        return words;
      }
    }
  }

  private readDoubleQuoted(parts: WordPart[], text: (s: string, quoted: boolean) => void): void {
    for (;;) {
      const c = this.input[this.pos];
      if (c === undefined) throw new IncompleteInput('quote');
      if (c === '"') {
        this.pos++;
        // "" must still produce an (empty) argument.
        text('', true);
        return;
      }
      if (c === '\\') {
        const n = this.input[this.pos + 1];
        if (n === undefined) throw new IncompleteInput('quote');
        if (n === '\n') this.pos += 2;
        else if ('$`"\\'.includes(n)) {
          text(n, true);
          this.pos += 2;
        } else {
          text('\\', true);
          this.pos++;
        }
      } else if (c === '$') this.readDollar(parts, text, true);
      else if (c === '`') parts.push({ kind: 'command', source: this.readBackticks(), quoted: true });
      else {
        text(c, true);
        this.pos++;
      }
    }
  }

  private readDollar(parts: WordPart[], text: (s: string, quoted: boolean) => void, quoted: boolean): void {
    const rest = this.input.slice(this.pos + 1, this.pos + 258);
    const n = rest[0];
    if (n === '(' && rest[1] === '(') {
      parts.push({ kind: 'arith', parts: this.readArithmetic(), quoted });
      return;
    }
    if (n === '(') {
      this.pos += 2;
      parts.push({ kind: 'command', source: this.readParenSubstitution(), quoted });
      return;
    }
    if (n === '{') {
      const end = this.input.indexOf('}', this.pos + 2);
      if (end < 0) throw new IncompleteInput('brace');
      const inner = this.input.slice(this.pos + 2, end);
      const match = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(?:\[([^\]]*)\])?(?::?-(.*))?$/s.exec(inner);
      if (!match?.[2] || (match[1] && match[4] !== undefined))
        throw new ShellSyntaxError(`bash: \${${inner}}: bad substitution`);
      const [, hash, name, index, fallback] = match;
      parts.push({
        kind: 'param',
        name,
        quoted,
        ...(fallback === undefined ? {} : { fallback }),
        ...(index === undefined
          ? {}
          : { index: index === '@' || index === '*' ? index : heredocParts(index, this.options) }),
        ...(hash ? { length: true } : {}),
      });
      this.pos = end + 1;
      return;
    }
    const name = NAME.exec(rest)?.[0];
    if (name) {
      parts.push({ kind: 'param', name, quoted });
      this.pos += 1 + name.length;
    } else if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      parts.push({ kind: 'param', name: n, quoted });
      this.pos += 2;
    } else {
      text('$', quoted);
      this.pos++;
    }
  }

  /** Reads up to the `)` closing a `$(`, using a nested lexer so quotes and nesting are honoured. */
  private readParenSubstitution(): string {
    const start = this.pos;
    const inner = new Lexer(this.input, this.pos, this.options, this.depth + 1);
    let open = 0;
    for (;;) {
      const token = inner.next();
      if (token.type === 'eof') throw new IncompleteInput('substitution');
      if (token.type !== 'op') continue;
      if (token.op === '(') open++;
      else if (token.op === ')') {
        if (open === 0) break;
        open--;
      } else if (token.op === '<<' || token.op === '<<-') {
        const delimiter = inner.next();
        if (delimiter.type === 'word')
          inner.expectHeredoc({
            delimiter: heredocDelimiter(delimiter.word),
            literal: true,
            stripTabs: token.op === '<<-',
            body: '',
          });
      }
    }
    this.pos = inner.pos;
    return this.input.slice(start, inner.pos - 1);
  }

  /** Reads `$(( ... ))` and returns the expression's parts (variables and `$(...)` expand inside). */
  private readArithmetic(): WordPart[] {
    let depth = 0;
    for (let i = this.pos + 3; i < this.input.length; i++) {
      const c = this.input[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (this.input[i + 1] === ')') {
          const expression = this.input.slice(this.pos + 3, i);
          this.pos = i + 2;
          return heredocParts(expression, this.options);
        } else throw new ShellSyntaxError(`bash: syntax error near unexpected token \`)'`);
      }
    }
    throw new IncompleteInput('arithmetic');
  }

  private readBackticks(): string {
    let out = '';
    for (let i = this.pos + 1; i < this.input.length; i++) {
      const c = this.input[i];
      if (c === '\\' && i + 1 < this.input.length) {
        out += this.input[i + 1];
        i++;
      } else if (c === '`') {
        this.pos = i + 1;
        if (this.depth + 1 > this.options.maxDepth)
          throw new ShellSyntaxError('bash: maximum command substitution depth exceeded');
        return out;
      } else out += c;
    }
    throw new IncompleteInput('backtick');
  }

  private readHeredocBodies(): void {
    const pending = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const heredoc of pending) {
      const lines: string[] = [];
      let size = 0;
      for (;;) {
        if (this.pos >= this.input.length) {
          this.pendingHeredocs = pending.slice(pending.indexOf(heredoc));
          throw new IncompleteInput('here-document');
        }
        let end = this.input.indexOf('\n', this.pos);
        if (end < 0) end = this.input.length;
        let line = this.input.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.input.length);
        if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === heredoc.delimiter) break;
        size += line.length + 1;
        if (size > this.options.maxHeredocBytes) throw new ShellSyntaxError('bash: here-document too large');
        lines.push(line);
      }
      heredoc.body = lines.map((l) => `${l}\n`).join('');
    }
  }
}

/** The delimiter word with quotes removed; quoting any part makes the body literal. */
export function heredocDelimiter(word: Word): string {
  return word.parts
    .map((p) =>
      p.kind === 'text'
        ? p.text
        : p.kind === 'tilde'
          ? `~${p.user}`
          : p.kind === 'param'
            ? `$${p.name}`
            : p.kind === 'process'
              ? `<(${p.source})`
              : p.kind === 'arith'
                ? '$((...))'
                : `$(${p.source})`,
    )
    .join('');
}

/**
 * Splits an unquoted here-document body into parts, as inside double quotes but with `"` literal.
 */
export function heredocParts(body: string, options: LexerOptions): WordPart[] {
  const escaped = body.replace(/\\(?=")/g, '\\\\').replace(/"/g, '\\"');
  const lexer = new Lexer(`"${escaped}"`, 0, options);
  const token = lexer.next();
  return token.type === 'word' ? [...token.word.parts] : [];
}
