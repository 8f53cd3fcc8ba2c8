/**
 * The words of each simple command of a line as the shell reads them (quotes removed, aliases
 * expanded, `&&`, `|`, `;` and redirections understood), without running anything: `$NAME`,
 * `$(…)` and `~` stay as written. For command lines that are data, such as lab check patterns.
 */
import { type Script, type WordPart } from './ast.js';
import { DEFAULT_LIMITS } from './limits.js';
import { parseScript } from './parse.js';
import { DEFAULT_ALIASES } from './state.js';

const DEFAULT_ALIAS_MAP: ReadonlyMap<string, string> = new Map(DEFAULT_ALIASES);

function partText(part: WordPart): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'param':
      return part.fallback === undefined ? `$${part.name}` : `\${${part.name}:-${part.fallback}}`;
    case 'command':
      return `$(${part.source})`;
    case 'arith':
      return `$((${part.parts.map(partText).join('')}))`;
    case 'process':
      return `<(${part.source})`;
    case 'tilde':
      return `~${part.user}`;
  }
}

function collect(script: Script, out: string[][]): void {
  for (const list of script) {
    for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)]) {
      for (const command of pipeline.commands) {
        switch (command.kind) {
          case 'simple':
            if (command.words.length > 0) out.push(command.words.map((w) => w.parts.map(partText).join('')));
            break;
          case 'for':
          case 'while':
            if (command.kind === 'while') collect(command.condition, out);
            collect(command.body, out);
            break;
          case 'if':
            for (const branch of command.branches) {
              collect(branch.condition, out);
              collect(branch.body, out);
            }
            collect(command.otherwise, out);
            break;
        }
      }
    }
  }
}

/** Argv of every simple command on the line, in order; none when it does not parse. */
export function commandWords(line: string, aliases: ReadonlyMap<string, string> = DEFAULT_ALIAS_MAP): string[][] {
  const parsed = parseScript(line, { aliases, ...DEFAULT_LIMITS, maxDepth: DEFAULT_LIMITS.maxSubstitutionDepth });
  const out: string[][] = [];
  if (parsed.kind === 'ok') collect(parsed.script, out);
  return out;
}
