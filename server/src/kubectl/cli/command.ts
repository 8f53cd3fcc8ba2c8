/**
 * What a kubectl (or minikube) command is: its cobra metadata (use, short, long, examples,
 * flags, subcommands) beside an Options → complete → validate → run body, plus cobra's help
 * layout as kubectl's templates print it and cobra's "Did you mean this?" suggestions.
 */
import type { CommandContext, CommandOutcome } from '../../shell/command.js';
import type { FlagDef, FlagNames, FlagSchema, Flags, Inherit, NamesOf, NoFlags, SchemaOf } from './flags.js';

/** A run of a command; `N` are the flags it may read (see commandDefiner). */
export interface Invocation<E = unknown, N extends FlagNames = NoFlags> {
  readonly env: E;
  readonly ctx: CommandContext;
  readonly flags: Flags<N>;
  /** Positional arguments (after flags are taken out). */
  readonly args: readonly string[];
  /** Index in `args` of the first argument after `--`, or -1. */
  readonly dashAt: number;
  /** `kubectl get`, `kubectl rollout status` (cobra's CommandPath). */
  readonly path: string;
  readonly out: Output;
}

/**
 * A command as the tree holds it. Written through a program's commandDefiner, whose `run` reads
 * the flags the spec declares; the tree holds them as CommandSpec<E> (`run` is a method, so its
 * parameter is compared bivariantly: dispatch passes FlagValues, which answers every name).
 */
export interface CommandSpec<E = unknown, N extends FlagNames = NoFlags> {
  /** First word is the name: `get [(-o|--output=)json|yaml|...] (TYPE ...)`. */
  readonly use: string;
  readonly aliases?: readonly string[];
  readonly short: string;
  readonly long?: string;
  readonly example?: string;
  readonly flags?: readonly FlagDef[];
  readonly sub?: readonly CommandSpec<E>[];
  /** Root help groups (`Basic Commands (Beginner):`). */
  readonly group?: string;
  readonly hidden?: boolean;
  /**
   * A command whose exit status means something (diff: 1 = differences) reports flag errors as usage errors with
   * this status (`error: … See 'kubectl diff -h' for help and examples`), as its cobra FlagErrorFunc does.
   */
  readonly flagErrorExitCode?: number;
  /** Absent: print help (cobra's DefaultSubCommandRun). */
  run?(inv: Invocation<E, N>): CommandOutcome;
}

/** The flags a command with flags F may read in a program whose global flags are G. */
type CommandFlagNames<G extends FlagSchema, F extends readonly FlagDef[]> = NamesOf<Inherit<G, SchemaOf<F>>>;

/** What `run` of a command with flags F gets (for run functions written apart from their spec). */
export type CommandInvocation<E, G extends FlagSchema, F extends readonly FlagDef[]> = Invocation<
  E,
  CommandFlagNames<G, F>
>;

/**
 * The `defineCommand` of a program (env E, global flags G): `run` reads the spec's own flags and
 * the globals by name and type, so a misspelt or undeclared flag does not compile. A subcommand
 * declares what it reads itself (dispatch would hand it its parents' flags too).
 */
export function commandDefiner<E, G extends FlagSchema>() {
  // F is inferred from `flags` alone (NoInfer): a run function typed for other flags is then an error.
  return <const F extends readonly FlagDef[] = readonly []>(
    spec: Omit<CommandSpec<E, NoInfer<CommandFlagNames<G, F>>>, 'flags'> & { readonly flags?: F },
  ): CommandSpec<E> => spec;
}

export function commandName(spec: { readonly use: string }): string {
  const space = spec.use.indexOf(' ');
  return space < 0 ? spec.use : spec.use.slice(0, space);
}

/** Levenshtein distance, ignoring case when asked (cobra's ld). */
export function levenshtein(a: string, b: string, ignoreCase = true): number {
  if (ignoreCase) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  const d: number[] = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** cobra's SuggestionsFor: distance ≤ 2 or a prefix, in the (sorted) command order. */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (levenshtein(typed, name) <= 2 || name.toLowerCase().startsWith(typed.toLowerCase())) out.push(name);
  }
  return out;
}

/** cobra's unknown-command message with its suggestions. */
export function unknownCommand(typed: string, path: string, names: readonly string[]): string {
  const s = suggestionsFor(typed, names);
  const suggestions = s.length === 0 ? '' : `\n\nDid you mean this?\n${s.map((n) => `\t${n}\n`).join('')}`;
  return `unknown command "${typed}" for "${path}"${suggestions}`;
}

function flagLine(f: FlagDef): string {
  const name = f.short ? `-${f.short}, --${f.name}` : `--${f.name}`;
  let def =
    f.default ??
    (f.type === 'bool'
      ? 'false'
      : f.type === 'int'
        ? '0'
        : f.type === 'stringArray'
          ? '[]'
          : f.type === 'duration'
            ? '0s'
            : "''");
  if (f.type === 'string' && def !== "''" && !def.startsWith("'")) def = `'${def}'`;
  return `    ${name}=${def}:\n\t${f.usage}\n`;
}

/** kubectl's help template for a command (templates.MainHelpTemplate + MainUsageTemplate). */
export function renderHelp(spec: CommandSpec<unknown>, path: string, root: string): string {
  let out = `${spec.long ?? spec.short}\n\n`;
  if (spec.aliases && spec.aliases.length > 0)
    out += `Aliases:\n${[commandName(spec), ...spec.aliases].join(', ')}\n\n`;
  if (spec.example) out += `Examples:\n${spec.example}\n\n`;
  const subs = (spec.sub ?? []).filter((s) => !s.hidden);
  if (subs.length > 0) {
    const width = Math.max(...subs.map((s) => commandName(s).length));
    out += `Available Commands:\n${subs.map((s) => `  ${commandName(s).padEnd(width)}   ${s.short}\n`).join('')}\n`;
  }
  const flags = [...(spec.flags ?? [])].filter((f) => !f.hidden).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (flags.length > 0) out += `Options:\n${flags.map(flagLine).join('\n')}\n`;
  const parent = path.slice(0, path.length - commandName(spec).length).trimEnd();
  const use = (spec.flags ?? []).length > 0 && !spec.use.includes('[flags]') ? `${spec.use} [flags]` : spec.use;
  const usage =
    subs.length > 0 && !spec.run ? `${path} [flags] [options]` : `${parent ? `${parent} ` : ''}${use} [options]`;
  out += `Usage:\n  ${usage}\n\n`;
  if (subs.length > 0) out += `Use "${path} <command> --help" for more information about a given command.\n`;
  out += `Use "${root} options" for a list of global command-line options (applies to all commands).\n`;
  return out;
}

/** What a command has printed so far; the root adds the error line if the command throws. */
export class Output {
  stdout = '';
  stderr = '';
  /** Set once stderr is written before some stdout: on a terminal the two interleave. */
  private interleaved = '';
  private mixed = false;
  print(s: string): void {
    if (this.stderr !== '') this.mixed = true;
    this.stdout += s;
    this.interleaved += s;
  }
  println(s: string): void {
    this.print(s.endsWith('\n') ? s : `${s}\n`);
  }
  error(s: string): void {
    const line = s.endsWith('\n') ? s : `${s}\n`;
    this.stderr += line;
    this.interleaved += line;
  }
  /**
   * What to hand the shell. When both streams go to the terminal and a warning came before some
   * output (apply's missing-annotation warning, delete --force), the terminal shows them in the
   * order written, so they are returned as one stream.
   */
  streams(isTerminal: boolean): { stdout: string; stderr: string } {
    if (isTerminal && this.mixed && this.interleaved !== this.stdout + this.stderr) {
      return { stdout: this.interleaved, stderr: '' };
    }
    return { stdout: this.stdout, stderr: this.stderr };
  }
}
