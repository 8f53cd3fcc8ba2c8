/**
 * Regular expressions a student writes (grep's patterns, globs), run on RE2 (re2js): matching
 * takes time linear in the input, so `(a+)+$` cannot freeze the process that every student shares.
 * POSIX basic and extended syntax are translated to RE2's; what RE2 cannot do (back-references)
 * is refused with a message instead.
 */
import { RE2JS } from 're2js';
import { spendSteps } from '../lib/budget.js';

export type PatternSyntax = 'basic' | 'extended' | 'fixed';

export interface PatternOptions {
  readonly syntax: PatternSyntax;
  readonly ignoreCase?: boolean;
  /** grep -w: the match must be a whole word (not preceded or followed by a word character). */
  readonly word?: boolean;
}

export interface Pattern {
  test(text: string): boolean;
  /** The first match, or undefined. */
  firstMatch(text: string): string | undefined;
}

/** Why a pattern was refused, in the words grep prints after `grep: `. */
export class PatternError extends Error {}

/** Escapes RE2 understands besides punctuation: classes, boundaries and control characters. */
const RE2_LETTER_ESCAPES = 'wWsSdDbBntfrv';

/**
 * POSIX BRE or ERE to RE2: in BRE `\(`, `\)`, `\{`, `\}`, `\|`, `\+`, `\?` are the operators and
 * the bare characters literal; in both, GNU's `\<` and `\>` are word boundaries and a stray
 * backslash before another letter, a space or a non-ASCII character is that character.
 */
function posixToRe2(pattern: string, basic: boolean): string {
  const operators = '(){}|+?';
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c !== '\\' || i + 1 >= pattern.length) {
      out += basic && operators.includes(c) ? `\\${c}` : c;
      continue;
    }
    const n = pattern[++i] ?? '';
    if (/[1-9]/.test(n)) throw new PatternError(`back-references (\\${n}) are not supported here`);
    if (n === '<' || n === '>') out += '\\b';
    else if (basic && operators.includes(n)) out += n;
    else if (/[A-Za-z0-9]/.test(n)) out += RE2_LETTER_ESCAPES.includes(n) ? `\\${n}` : n;
    else out += /[!-/:-@[-`{-~]/.test(n) ? `\\${n}` : n;
  }
  return out;
}

/** Compiles RE2 syntax; a pattern RE2 rejects throws `PatternError`. */
export function compileRe2(source: string, ignoreCase = false): RE2JS {
  try {
    return RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch {
    throw new PatternError('Invalid regular expression');
  }
}

/** A student's pattern, ready to match lines. Throws `PatternError`. */
export function compilePattern(pattern: string, options: PatternOptions): Pattern {
  let source = options.syntax === 'fixed' ? RE2JS.quote(pattern) : posixToRe2(pattern, options.syntax === 'basic');
  // RE2 has no look-behind: the word is captured between non-word characters or the line's ends.
  const group = options.word ? 1 : 0;
  if (options.word) source = `(?:^|\\W)(${source})(?:\\W|$)`;
  const re = compileRe2(source, options.ignoreCase);
  return {
    test: (text) => {
      spendMatch(text);
      return re.test(text);
    },
    firstMatch: (text) => {
      spendMatch(text);
      const match = re.matcher(text);
      return match.find() ? (match.group(group) ?? '') : undefined;
    },
  };
}

/**
 * RE2 matches in linear time, but a long line still costs: up to ~16 ns a character for patterns without a literal
 * to look for, about the cost of four budget steps per 64 characters (a step is ~0.25 µs of template work).
 */
function spendMatch(text: string): void {
  spendSteps(1 + (text.length >> 4));
}
