/** The mutable state of one shell: what builtins change and what a snapshot saves. */
import { exceedBudget } from '../lib/budget.js';
import { type CommandContext, type CommandResult } from './command.js';
import { History } from './history.js';
import { type ShellLimits } from './limits.js';

type VariableLimits = Pick<ShellLimits, 'maxVariableBytes' | 'maxVariablesBytes' | 'maxVariables'>;

/** The longest variable name a snapshot keeps (snapshot.ts). */
const MAX_NAME_LENGTH = 256;

/**
 * Shell variables, bounded: a value doubled in a loop or copied into many names would otherwise
 * grow until the process runs out of memory, or past what a snapshot can hold. Every assignment
 * goes through `set`.
 */
export class ShellVariables extends Map<string, string> {
  private bytes = 0;

  /** Entries that do not fit (a snapshot saved under larger limits) are left out rather than failing the restore. */
  constructor(
    private readonly limits: VariableLimits,
    entries: Iterable<readonly [string, string]> = [],
  ) {
    super();
    for (const [name, value] of entries) if (this.refusal(name, value) === undefined) this.set(name, value);
  }

  override set(name: string, value: string): this {
    const refusal = this.refusal(name, value);
    if (refusal !== undefined) exceedBudget(refusal);
    this.bytes += name.length + value.length - this.sizeOf(name);
    return super.set(name, value);
  }

  /** Why `name=value` would break a limit, if it would. */
  private refusal(name: string, value: string): string | undefined {
    const { maxVariableBytes, maxVariablesBytes, maxVariables } = this.limits;
    if (name.length > MAX_NAME_LENGTH) return `variable name longer than ${MAX_NAME_LENGTH} characters`;
    if (value.length > maxVariableBytes) return `variable ${name} larger than ${maxVariableBytes} bytes`;
    if (!this.has(name) && this.size >= maxVariables) return `more than ${maxVariables} shell variables`;
    if (this.bytes - this.sizeOf(name) + name.length + value.length > maxVariablesBytes)
      return `shell variables larger than ${maxVariablesBytes} bytes in all`;
    return undefined;
  }

  override delete(name: string): boolean {
    this.bytes -= this.sizeOf(name);
    return super.delete(name);
  }

  override clear(): void {
    this.bytes = 0;
    super.clear();
  }

  private sizeOf(name: string): number {
    const value = this.get(name);
    return value === undefined ? 0 : name.length + value.length;
  }
}

export interface ShellState {
  readonly user: string;
  readonly hostname: string;
  readonly home: string;
  cwd: string;
  readonly vars: ShellVariables;
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

/**
 * Bash's indexed arrays live among the variables (bounded and saved with them): element 0 under the
 * name itself, as bash reads `$a` as `${a[0]}`, element i under `a[i]`.
 */
export function arrayElements(vars: ReadonlyMap<string, string>, name: string): [number, string][] {
  const out: [number, string][] = [];
  const first = vars.get(name);
  if (first !== undefined) out.push([0, first]);
  const prefix = `${name}[`;
  for (const [key, value] of vars)
    if (key.startsWith(prefix) && key.endsWith(']')) out.push([Number(key.slice(prefix.length, -1)), value]);
  return out.sort((a, b) => a[0] - b[0]);
}

export function setElement(vars: ShellVariables, name: string, index: number, value: string): void {
  vars.set(index === 0 ? name : `${name}[${index}]`, value);
}

/** Removes the variable and, when it is an array, all its elements. */
export function unsetArray(vars: ShellVariables, name: string): void {
  for (const [index] of arrayElements(vars, name)) vars.delete(index === 0 ? name : `${name}[${index}]`);
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

export function initialState(user: string, hostname: string, home: string, limits: ShellLimits): ShellState {
  const vars = new ShellVariables(limits, initialVars(user, hostname, home));
  return {
    user,
    hostname,
    home,
    cwd: home,
    vars,
    exported: new Set(vars.keys()),
    aliases: new Map(DEFAULT_ALIASES),
    lastExitCode: 0,
    history: new History(limits.maxHistory),
    exitCode: undefined,
    loopControl: undefined,
  };
}

/** Home directory of a user on the student's machine. */
export function homeOf(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`;
}
