/**
 * Tab completion: command names at the start of a command, the command's own completer after
 * it, file names otherwise. The text before the cursor is tokenised with shell-quote, which is
 * lenient with unfinished quotes, exactly what a half-typed word needs.
 */
import { parse } from 'shell-quote';
import { type CommandRegistry, type CompletionContext } from './command.js';
import { type Completion } from './tabCompletion.js';
import { resolvePath } from './vfs.js';

export interface CompletionDeps extends CompletionContext {
  readonly commands: CommandRegistry;
  readonly builtinNames: readonly string[];
  readonly aliases: ReadonlyMap<string, string>;
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '(', ')', '|&', ';;']);
const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '&>']);
const SPECIAL = /[\s'"\\$`!&|;<>()*?[\]{}#]/g;

/** Escapes a completed word as bash does (backslashes, not quotes). */
export function escapeWord(word: string): string {
  return word.replace(SPECIAL, '\\$&');
}

/** Code-point index where the word under the cursor starts (quotes and escapes respected). */
function wordStart(chars: readonly string[]): number {
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (/[\s|&;<>()]/.test(c)) start = i + 1;
  }
  return start;
}

type Token = string | { op: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const entry of parse(text, (key) => `$${key}`)) {
    if (typeof entry === 'string') out.push(entry);
    else if ('op' in entry) out.push(entry.op === 'glob' && 'pattern' in entry ? entry.pattern : { op: entry.op });
  }
  return out;
}

export function completeLine(text: string, cursor: number, deps: CompletionDeps): Completion {
  const chars = [...text].slice(0, cursor);
  const from = wordStart(chars);
  const partialTokens = tokens(chars.slice(from).join(''));
  const partial = typeof partialTokens[0] === 'string' ? partialTokens[0] : '';
  const before = tokens(chars.slice(0, from).join(''));
  let lastSeparator = -1;
  before.forEach((t, i) => {
    if (typeof t !== 'string' && SEPARATORS.has(t.op)) lastSeparator = i;
  });
  const command = before.slice(lastSeparator + 1);
  const last = command[command.length - 1];
  const words = command.filter((t): t is string => typeof t === 'string');
  if (last !== undefined && typeof last !== 'string' && REDIRECTS.has(last.op))
    return { from, ...completeFiles(partial, deps) };
  if (words.length === 0 && !partial.includes('/')) {
    const names = [...new Set([...deps.commands.names(), ...deps.builtinNames, ...deps.aliases.keys()])]
      .filter((n) => n.startsWith(partial))
      .sort();
    return { from, candidates: names.map(escapeWord), display: names };
  }
  const [name = '', ...args] = expandAlias(words, deps.aliases);
  const own = deps.commands.get(name)?.complete?.(args, partial, deps);
  if (own !== undefined) {
    const matches = [...new Set(own)].filter((c) => c.startsWith(partial)).sort();
    return { from, candidates: matches.map(escapeWord), display: matches };
  }
  return { from, ...completeFiles(partial, deps, name === 'cd' || name === 'mkdir' || name === 'rmdir') };
}

/** `k get po` completes as `kubectl get po`: the alias's words replace the first word. */
function expandAlias(words: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  const [first, ...rest] = words;
  const value = first === undefined ? undefined : aliases.get(first);
  if (value === undefined) return [...words];
  return [...tokens(value).filter((t): t is string => typeof t === 'string'), ...rest];
}

/** File and directory names; directories end with `/` so completion continues inside them. */
export function completeFiles(
  partial: string,
  ctx: CompletionContext,
  directoriesOnly = false,
): { candidates: string[]; display: string[] } {
  const slash = partial.lastIndexOf('/');
  const dirPart = slash >= 0 ? partial.slice(0, slash + 1) : '';
  const base = slash >= 0 ? partial.slice(slash + 1) : partial;
  const expanded = dirPart.startsWith('~/') || dirPart === '~' ? ctx.home + dirPart.slice(1) : dirPart;
  const dir = resolvePath(ctx.cwd, expanded || '.');
  if (!ctx.vfs.isDir(dir)) return { candidates: [], display: [] };
  const names = ctx.vfs.readdir(dir).filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')));
  const shown = names
    .map((n) => (ctx.vfs.isDir(`${dir === '/' ? '' : dir}/${n}`) ? `${n}/` : n))
    .filter((n) => !directoriesOnly || n.endsWith('/'));
  return { candidates: shown.map((n) => escapeWord(dirPart) + escapeWord(n).replace(/\\\/$/, '/')), display: shown };
}
