/** Parses a command line (possibly several lines) into a `Script`, expanding aliases as bash does: when the line is read. */
import {
  type AndOrList,
  type Assignment,
  type Command,
  type CompoundCommand,
  type Pipeline,
  type Redirect,
  type RedirectOp,
  type Script,
  type SimpleCommand,
  type Word,
} from './ast.js';
import {
  IncompleteInput,
  Lexer,
  ShellSyntaxError,
  heredocDelimiter,
  heredocParts,
  type LexerOptions,
  type Operator,
  type Token,
} from './lexer.js';

export type ParseResult =
  | { readonly kind: 'ok'; readonly script: Script }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'error'; readonly message: string };

export interface ParseOptions {
  readonly aliases: ReadonlyMap<string, string>;
  readonly maxAliasExpansions: number;
  readonly maxHeredocBytes: number;
  readonly maxDepth: number;
  readonly maxPipelineLength: number;
}

export function parseScript(input: string, options: ParseOptions): ParseResult {
  try {
    return { kind: 'ok', script: new Parser(input, options).script() };
  } catch (error) {
    if (error instanceof IncompleteInput) return { kind: 'incomplete' };
    if (error instanceof ShellSyntaxError) return { kind: 'error', message: error.message };
    throw error;
  }
}

const REDIRECT_OPS = new Set<Operator>(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|', '<<', '<<-', '<<<']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]*)\])?(\+?)=/;
/** Words that only make sense inside a compound command. */
const RESERVED = new Set(['do', 'done', 'then', 'elif', 'else', 'fi', 'in']);

function unexpected(token: Token): ShellSyntaxError {
  const text =
    token.type === 'op'
      ? token.op
      : token.type === 'newline'
        ? 'newline'
        : token.type === 'eof'
          ? 'newline'
          : token.word.raw;
  return new ShellSyntaxError(`bash: syntax error near unexpected token \`${text}'`);
}

/** A word that is one plain unquoted literal (only such words can be aliases or assignments). */
function plainText(word: Word): string | undefined {
  const [only, ...rest] = word.parts;
  return only?.kind === 'text' && !only.quoted && rest.length === 0 ? only.text : undefined;
}

class Parser {
  private readonly lexer: Lexer;
  private readonly lexerOptions: LexerOptions;
  private lookahead: Token | undefined;
  private aliasBudget: number;

  constructor(
    input: string,
    private readonly options: ParseOptions,
  ) {
    this.lexerOptions = { maxHeredocBytes: options.maxHeredocBytes, maxDepth: options.maxDepth };
    this.lexer = new Lexer(input, 0, this.lexerOptions);
    this.aliasBudget = options.maxAliasExpansions;
  }

  script(): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type === 'eof') return lists;
      if (token.type === 'newline' || (token.type === 'op' && (token.op === ';' || token.op === '&'))) {
        if (token.type === 'op' && lists.length === 0) throw unexpected(token);
        this.take();
        continue;
      }
      lists.push(this.andOr());
      const after = this.peek();
      if (after.type === 'word') throw unexpected(after);
      if (after.type === 'op' && after.op !== ';' && after.op !== '&') throw unexpected(after);
    }
  }

  private andOr(): AndOrList {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type !== 'op' || (token.op !== '&&' && token.op !== '||')) return { first, rest };
      this.take();
      this.skipNewlines();
      rest.push({ op: token.op, pipeline: this.pipeline() });
    }
  }

  private pipeline(): Pipeline {
    let negated = false;
    const bang = this.peek();
    if (bang.type === 'word' && bang.word.raw === '!') {
      this.take();
      negated = true;
    }
    const commands = [this.command()];
    for (;;) {
      const token = this.peek();
      if (token.type !== 'op' || token.op !== '|') return { negated, commands };
      this.take();
      this.skipNewlines();
      if (commands.length >= this.options.maxPipelineLength) throw new ShellSyntaxError('bash: pipeline too long');
      commands.push(this.command());
    }
  }

  private command(): Command {
    const first = this.peek();
    const keyword = first.type === 'word' ? plainText(first.word) : undefined;
    if (keyword === 'for' || keyword === 'while' || keyword === 'until' || keyword === 'if') {
      const compound = this.compound(keyword);
      const redirects: Redirect[] = [];
      for (let token = this.peek(); token.type === 'op' && REDIRECT_OPS.has(token.op); token = this.peek()) {
        this.take();
        redirects.push(this.redirect(token.op, token.fd));
      }
      return { ...compound, redirects };
    }
    if (keyword !== undefined && RESERVED.has(keyword)) throw unexpected(first);
    return this.simpleCommand();
  }

  /** Parses a compound command; its trailing redirections are read by the caller. */
  private compound(keyword: 'for' | 'while' | 'until' | 'if'): CompoundCommand {
    this.take();
    switch (keyword) {
      case 'for': {
        const name = this.take();
        const variable = name.type === 'word' ? plainText(name.word) : undefined;
        if (variable === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
          throw name.type === 'eof'
            ? new IncompleteInput('for')
            : new ShellSyntaxError(
                `bash: \`${name.type === 'word' ? name.word.raw : 'newline'}': not a valid identifier`,
              );
        const words: Word[] = [];
        const next = this.peek();
        if (next.type === 'word' && plainText(next.word) === 'in') {
          this.take();
          for (let token = this.peek(); token.type === 'word'; token = this.peek()) {
            this.take();
            words.push(token.word);
          }
        }
        this.skipSeparators();
        this.expectKeyword('do');
        const body = this.compoundList(['done']);
        this.expectKeyword('done');
        return { kind: 'for', name: variable, words, body, redirects: [] };
      }
      case 'while':
      case 'until': {
        const condition = this.compoundList(['do']);
        this.expectKeyword('do');
        const body = this.compoundList(['done']);
        this.expectKeyword('done');
        return { kind: 'while', until: keyword === 'until', condition, body, redirects: [] };
      }
      case 'if': {
        const branches: { condition: Script; body: Script }[] = [];
        let otherwise: Script = [];
        for (;;) {
          const condition = this.compoundList(['then']);
          this.expectKeyword('then');
          const body = this.compoundList(['elif', 'else', 'fi']);
          branches.push({ condition, body });
          const end = this.take();
          const word = end.type === 'word' ? plainText(end.word) : undefined;
          if (word === 'elif') continue;
          if (word === 'else') {
            otherwise = this.compoundList(['fi']);
            this.expectKeyword('fi');
          }
          return { kind: 'if', branches, otherwise, redirects: [] };
        }
      }
    }
  }

  /** Commands up to one of the `terminators` keywords (which is left unread). */
  private compoundList(terminators: readonly string[]): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipSeparators();
      const token = this.peek();
      if (token.type === 'eof') throw new IncompleteInput('compound');
      if (token.type === 'word' && terminators.includes(plainText(token.word) ?? '')) return lists;
      lists.push(this.andOr());
      const after = this.peek();
      if (after.type === 'eof') throw new IncompleteInput('compound');
      if (after.type === 'newline' || (after.type === 'op' && (after.op === ';' || after.op === '&'))) continue;
      throw unexpected(after);
    }
  }

  private expectKeyword(keyword: string): void {
    const token = this.take();
    if (token.type === 'eof') throw new IncompleteInput(keyword);
    if (token.type !== 'word' || plainText(token.word) !== keyword) throw unexpected(token);
  }

  private skipSeparators(): void {
    for (
      let token = this.peek();
      token.type === 'newline' || (token.type === 'op' && token.op === ';');
      token = this.peek()
    )
      this.take();
  }

  private simpleCommand(): SimpleCommand {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    const seenAliases = new Set<string>();
    for (;;) {
      const token = this.peek();
      if (token.type === 'eof' && words.length + assignments.length + redirects.length === 0)
        throw new IncompleteInput('command');
      if (token.type === 'op' && REDIRECT_OPS.has(token.op)) {
        this.take();
        redirects.push(this.redirect(token.op, token.fd));
        continue;
      }
      if (token.type !== 'word') break;
      this.take();
      if (words.length === 0) {
        const assignment = ASSIGNMENT.exec(token.word.raw);
        if (assignment?.[1]) {
          const [prefix, name, index, plus] = assignment;
          assignments.push({
            name,
            value: this.assignedValue(token.word, prefix.length),
            ...(index === undefined ? {} : { index: heredocParts(index, this.lexerOptions) }),
            ...(plus ? { append: true } : {}),
            ...(token.word.array ? { array: token.word.array } : {}),
          });
          continue;
        }
        const plain = plainText(token.word);
        const alias = plain === undefined ? undefined : this.options.aliases.get(plain);
        if (plain !== undefined && alias !== undefined && !seenAliases.has(plain)) {
          if (--this.aliasBudget < 0) throw new ShellSyntaxError('bash: alias expansion too deep');
          seenAliases.add(plain);
          this.lexer.unshift(alias);
          continue;
        }
      }
      // `echo a=(b)`: an array is only an assignment's value.
      if (token.word.array) throw new ShellSyntaxError("bash: syntax error near unexpected token `('");
      words.push(token.word);
    }
    if (words.length + assignments.length + redirects.length === 0) throw unexpected(this.peek());
    return { kind: 'simple', assignments, words, redirects };
  }

  /** The value part of `NAME=value`: the word minus its first `prefixLength` raw characters. */
  private assignedValue(word: Word, prefixLength: number): Word {
    const [first, ...rest] = word.parts;
    if (first?.kind !== 'text' || first.quoted) return { parts: word.parts, raw: word.raw.slice(prefixLength) };
    const remaining = first.text.slice(prefixLength);
    return { parts: remaining ? [{ ...first, text: remaining }, ...rest] : rest, raw: word.raw.slice(prefixLength) };
  }

  private redirect(op: Operator, fd: number | undefined): Redirect {
    const target = this.take();
    if (target.type !== 'word') throw unexpected(target);
    if (op === '<<' || op === '<<-') {
      const literal = target.word.parts.some((p) => p.kind === 'text' && p.quoted);
      const heredoc = { delimiter: heredocDelimiter(target.word), literal, stripTabs: op === '<<-', body: '' };
      this.lexer.expectHeredoc(heredoc);
      return { kind: 'heredoc', fd: fd ?? 0, heredoc };
    }
    if (op === '<<<') return { kind: 'herestring', fd: fd ?? 0, word: target.word };
    const normalised: RedirectOp = op === '>|' ? '>' : (op as RedirectOp);
    const defaultFd = op === '<' || op === '<&' ? 0 : 1;
    return { kind: 'file', fd: fd ?? defaultFd, op: normalised, target: target.word };
  }

  private skipNewlines(): void {
    while (this.peek().type === 'newline') this.take();
  }

  private peek(): Token {
    this.lookahead ??= this.lexer.next();
    return this.lookahead;
  }

  private take(): Token {
    const token = this.peek();
    this.lookahead = undefined;
    return token;
  }
}
