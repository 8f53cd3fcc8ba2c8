/** Word expansion in bash's order: tilde, parameters, command substitution, field splitting, pathname expansion, quote removal. */
import { spendBytes } from '../lib/budget.js';
import { type Word, type WordPart } from './ast.js';
import { glob, hasWildcard } from './glob.js';
import { type Vfs } from './vfs.js';

export interface ExpandContext {
  lookup(name: string): string | undefined;
  /** An array's set elements by index, in order (a scalar is element 0). */
  elements(name: string): readonly (readonly [number, string])[];
  tilde(user: string): string | undefined;
  /** Runs `$(source)` and returns its standard output. */
  substitute(source: string): string;
  /** Evaluates `$(( expression ))` (already expanded); reports errors itself and returns ''. */
  arithmetic(expression: string): string;
  /** Runs `<(source)` and returns the path of a file holding its output. */
  processFile(source: string): string;
  readonly cwd: string;
  readonly vfs: Vfs;
}

/** Each expansion spends its length from the budget: `$x$x$x…` must not build gigabytes. */
function partValue(part: Exclude<WordPart, { kind: 'text' }>, ctx: ExpandContext): string {
  const value = expandPart(part, ctx);
  spendBytes(value.length);
  return value;
}

function expandPart(part: Exclude<WordPart, { kind: 'text' }>, ctx: ExpandContext): string {
  switch (part.kind) {
    case 'param': {
      const value = paramValue(part, ctx);
      return value === undefined || (value === '' && part.fallback !== undefined) ? (part.fallback ?? '') : value;
    }
    case 'command':
      return ctx.substitute(part.source).replace(/\n+$/, '');
    case 'tilde':
      return ctx.tilde(part.user) ?? `~${part.user}`;
    case 'process':
      return ctx.processFile(part.source);
    case 'arith':
      return ctx.arithmetic(expandWord(part.parts, ctx));
  }
}

type Param = Extract<WordPart, { kind: 'param' }>;

/** `$a`, `${a[i]}`, `${a[*]}` joined with spaces, `${#a}`, `${#a[@]}`. */
function paramValue(part: Param, ctx: ExpandContext): string | undefined {
  const { index } = part;
  if (index === '@' || index === '*') {
    const values = ctx.elements(part.name).map(([, v]) => v);
    return part.length ? String(values.length) : values.length === 0 ? undefined : values.join(' ');
  }
  const value = index === undefined ? ctx.lookup(part.name) : element(part.name, index, ctx);
  return part.length ? String([...(value ?? '')].length) : value;
}

/** `${a[i]}`: i is arithmetic (`$i`, `i+1`), negative counting from the end. */
function element(name: string, index: readonly WordPart[], ctx: ExpandContext): string | undefined {
  let i = Number(ctx.arithmetic(expandWord(index, ctx)) || '0');
  const all = ctx.elements(name);
  if (i < 0) i += (all[all.length - 1]?.[0] ?? -1) + 1;
  return all.find(([k]) => k === i)?.[1];
}

/** Expands one word to a single string: no splitting, no globbing (assignments, redirection targets, heredocs). */
export function expandWord(word: Word | readonly WordPart[], ctx: ExpandContext): string {
  const parts = 'parts' in word ? word.parts : word;
  let out = '';
  for (const part of parts) out += part.kind === 'text' ? part.text : partValue(part, ctx);
  return out;
}

/** Expands words into argv fields. */
export function expandWords(words: readonly Word[], ctx: ExpandContext): string[] {
  const fields: string[] = [];
  for (const word of words) {
    for (const field of splitWord(word, ctx)) {
      const matches = field.glob ? glob(field.pattern, ctx.cwd, ctx.vfs) : [];
      if (matches.length > 0) fields.push(...matches);
      else fields.push(field.text);
    }
  }
  return fields;
}

interface Field {
  text: string;
  /** The text with quoted characters backslash-escaped, for globbing. */
  pattern: string;
  glob: boolean;
}

function splitWord(word: Word, ctx: ExpandContext): Field[] {
  const fields: Field[] = [];
  let current: Field = { text: '', pattern: '', glob: false };
  let started = false;
  /** `"${a[@]}"` of an empty array: the word is no field at all (not even the empty one `""` makes). */
  let vanished = false;
  const flush = (): void => {
    if ((started && !vanished) || current.text !== '') fields.push(current);
    current = { text: '', pattern: '', glob: false };
    started = false;
    vanished = false;
  };
  const append = (text: string, quoted: boolean): void => {
    current.text += text;
    current.pattern += quoted ? text.replace(/[\\*?[]/g, '\\$&') : text;
    if (!quoted && hasWildcard(text)) current.glob = true;
    if (quoted) started = true;
  };
  for (const part of word.parts) {
    if (part.kind === 'text') append(part.text, part.quoted);
    else if (part.kind === 'param' && part.quoted && part.index === '@' && !part.length) {
      // "${a[@]}": one field per element (none for an empty array).
      const values = ctx.elements(part.name).map(([, v]) => v);
      spendBytes(values.reduce((n, v) => n + v.length, 0));
      if (values.length === 0) vanished = true;
      values.forEach((value, i) => {
        if (i > 0) flush();
        append(value, true);
      });
    } else if (part.kind === 'tilde' || part.kind === 'process' || part.quoted) append(partValue(part, ctx), true);
    else {
      const pieces = partValue(part, ctx).split(/[ \t\n]+/);
      pieces.forEach((piece, i) => {
        if (i > 0) flush();
        append(piece, false);
      });
    }
  }
  flush();
  return fields;
}
