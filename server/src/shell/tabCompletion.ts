/** What Tab does with a completer's answer, as bash does it: complete, extend, beep, or list. */
import { columns } from './columns.js';

export interface Completion {
  /** Code-point index where the word being completed starts. */
  readonly from: number;
  /** Replacement words, already quoted for the shell. */
  readonly candidates: readonly string[];
  /** What the candidate list shows (defaults to the candidates). */
  readonly display?: readonly string[];
}

export type Completer = (text: string, cursor: number) => Completion;

export type TabAction =
  | { readonly kind: 'bell' }
  /** Replace the word; `final` when it was the only candidate (a second Tab lists nothing). */
  | { readonly kind: 'replace'; readonly from: number; readonly text: string; readonly final: boolean }
  /** Text to print below the line (columns, `\n`-separated) before drawing the line again. */
  | { readonly kind: 'list'; readonly listing: string };

const MAX_LISTED = 500;

export function tabAction(
  chars: readonly string[],
  cursor: number,
  result: Completion,
  secondTab: boolean,
  cols: number,
): TabAction {
  const candidates = [...new Set(result.candidates)];
  const word = chars.slice(result.from, cursor).join('');
  if (candidates.length === 0) return { kind: 'bell' };
  if (candidates.length === 1) {
    const only = candidates[0] ?? '';
    // Directories and `--flag=` continue; anything else is a finished word, followed by a space.
    const suffix = /[/=]$/.test(only) || chars[cursor] === ' ' ? '' : ' ';
    return { kind: 'replace', from: result.from, text: only + suffix, final: true };
  }
  const prefix = commonPrefix(candidates);
  if (prefix.length > word.length && prefix.startsWith(word))
    return { kind: 'replace', from: result.from, text: prefix, final: false };
  if (!secondTab) return { kind: 'bell' };
  const shown = [...(result.display ?? candidates)].slice(0, MAX_LISTED);
  const more = candidates.length > MAX_LISTED ? `... and ${candidates.length - MAX_LISTED} more\n` : '';
  return { kind: 'list', listing: columns(shown, cols, undefined, true) + more };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
