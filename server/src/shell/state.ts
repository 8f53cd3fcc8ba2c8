/** The mutable state of one shell: what builtins change and what a snapshot saves. */
import { type CommandContext, type CommandResult } from './command.js';
import { History } from './history.js';

export interface ShellState {
  readonly user: string;
  readonly hostname: string;
  readonly home: string;
  cwd: string;
  readonly vars: Map<string, string>;
  readonly exported: Set<string>;
  readonly aliases: Map<string, string>;
  lastExitCode: number;
  readonly history: History;
  /** Set by `exit`; the session ends after the current line. */
  exitCode: number | undefined;
  /** Set by `break N` / `continue N` until the enclosing loops have handled it. */
  loopControl: { readonly kind: 'break' | 'continue'; levels: number } | undefined;
}

/** A command that needs the shell itself (`cd`, `export`, `alias` ...). */
export interface Builtin {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[], ctx: CommandContext, shell: ShellState): CommandResult;
}

export function exportedEnv(state: ShellState): Map<string, string> {
  const env = new Map<string, string>();
  for (const name of [...state.exported].sort()) {
    const value = state.vars.get(name);
    if (value !== undefined) env.set(name, value);
  }
  return env;
}

/** Ubuntu's ~/.bashrc aliases, and `k` as the course suggests. */
export const DEFAULT_ALIASES: readonly (readonly [string, string])[] = [
  ['k', 'kubectl'],
  ['ls', 'ls --color=auto'],
  ['ll', 'ls -alF'],
  ['la', 'ls -A'],
];

export function initialVars(user: string, hostname: string, home: string): Map<string, string> {
  return new Map([
    ['HOME', home],
    ['USER', user],
    ['LOGNAME', user],
    ['HOSTNAME', hostname],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/bin:/usr/bin:/bin'],
    ['PWD', home],
    ['TERM', 'xterm-256color'],
    ['LANG', 'C.UTF-8'],
  ]);
}

export function initialState(user: string, hostname: string, home: string, maxHistory: number): ShellState {
  const vars = initialVars(user, hostname, home);
  return {
    user,
    hostname,
    home,
    cwd: home,
    vars,
    exported: new Set(vars.keys()),
    aliases: new Map(DEFAULT_ALIASES),
    lastExitCode: 0,
    history: new History(maxHistory),
    exitCode: undefined,
    loopControl: undefined,
  };
}

/** Home directory of a user on the student's machine. */
export function homeOf(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`;
}
