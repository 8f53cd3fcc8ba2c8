/**
 * cobra's command resolution for a tree of CommandSpecs: flags anywhere (before the verb too),
 * `--help`/`-h`, unknown commands with suggestions, DefaultSubCommandRun for group commands, and
 * one place that turns thrown errors into kubectl's stderr and exit code.
 */
import { isProgram, type CommandContext, type CommandOutcome, type CommandResult } from '../../shell/command.js';
import { formatError, UsageError } from '../errors.js';
import { commandName, Output, renderHelp, unknownCommand, type CommandSpec } from './command.js';
import { FlagError, FlagValues, parseFlags, type FlagDef } from './flags.js';

export interface Program<E> {
  readonly root: string;
  readonly globalFlags: readonly FlagDef[];
  readonly rootHelp: () => string;
  readonly commands: readonly CommandSpec<E>[];
  /** Verbatim --help texts by command path (`kubectl rollout status`), used before the generated ones. */
  readonly helpTexts?: Readonly<Record<string, string>>;
  /** The order cobra offers "Did you mean this?" suggestions in (kubectl registers by help group). */
  readonly suggestionOrder?: readonly string[];
  /** Runs a command's body inside whatever the program needs around it (kubectl: the server's warnings). */
  around?<T>(env: E, out: Output, run: () => T): T;
}

/** The flags that take a value, by flag set (flag sets are built once per command path). */
const valueFlagSets = new WeakMap<readonly FlagDef[], { long: Set<string>; short: Set<string> }>();

function valueFlags(defs: readonly FlagDef[]): { long: Set<string>; short: Set<string> } {
  let sets = valueFlagSets.get(defs);
  if (sets) return sets;
  sets = { long: new Set<string>(), short: new Set<string>() };
  for (const d of defs) {
    if (d.type === 'bool' || d.noOptDefault !== undefined) continue;
    sets.long.add(d.name);
    if (d.short) sets.short.add(d.short);
  }
  valueFlagSets.set(defs, sets);
  return sets;
}

/** Index of the first positional in argv (skipping flags and their values), or -1. */
function firstPositional(argv: readonly string[], defs: readonly FlagDef[]): number {
  const { long, short } = valueFlags(defs);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (a.startsWith('--')) {
      if (!a.includes('=') && long.has(a.slice(2))) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (a.length === 2 && short.has(a[1]!)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The flag set of a command path (global + every level's own), built once per path. */
const flagSets = new Map<string, readonly FlagDef[]>();

function flagSetFor(key: string, build: () => readonly FlagDef[]): readonly FlagDef[] {
  let set = flagSets.get(key);
  if (!set) {
    set = build();
    flagSets.set(key, set);
  }
  return set;
}

/** Commands by name and alias, per (static) command list; the first command to claim a word wins. */
const byWord = new WeakMap<readonly object[], ReadonlyMap<string, object>>();

function findSub<E>(list: readonly CommandSpec<E>[], word: string): CommandSpec<E> | undefined {
  let index = byWord.get(list) as ReadonlyMap<string, CommandSpec<E>> | undefined;
  if (!index) {
    const words = new Map<string, CommandSpec<E>>();
    for (const c of list) {
      for (const w of [commandName(c), ...(c.aliases ?? [])]) if (!words.has(w)) words.set(w, c);
    }
    byWord.set(list, words);
    index = words;
  }
  return index.get(word);
}

function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h' || a === '--help=true') return true;
  }
  return false;
}

/** Where an argv leads in a program's command tree: the command, its flag set, and the words left for it. */
export interface CommandWalk<E> {
  /** `kubectl rollout status` (cobra's CommandPath). */
  readonly path: string;
  /** Undefined for the root itself (`kubectl`, `kubectl -n x`). */
  readonly spec: CommandSpec<E> | undefined;
  /** Global and inherited flags, less what the command redefines, then its own. */
  readonly defs: readonly FlagDef[];
  /** The argv without the command words. */
  readonly rest: readonly string[];
  /** A word where a (sub)command was needed that names none. */
  readonly unknown?: string;
}

/** cobra's Find: command words anywhere among the flags, aliases resolved, flag sets inherited. */
export function walkCommands<E>(program: Program<E>, argv: readonly string[]): CommandWalk<E> {
  const rest = [...argv];
  let path = program.root;
  let spec: CommandSpec<E> | undefined;
  let defs = program.globalFlags;
  let subs = program.commands;
  while (subs.length > 0) {
    const i = firstPositional(rest, defs);
    if (i < 0) break;
    const sub: CommandSpec<E> | undefined = findSub(subs, rest[i]!);
    if (!sub) {
      if (spec?.run) break;
      return { path, spec, defs, rest, unknown: rest[i]! };
    }
    rest.splice(i, 1);
    path = `${path} ${commandName(sub)}`;
    const inherited = defs;
    defs = flagSetFor(path, () => [
      ...inherited.filter((d) => !(sub.flags ?? []).some((f: FlagDef) => f.name === d.name)),
      ...(sub.flags ?? []),
    ]);
    spec = sub;
    subs = sub.sub ?? [];
  }
  return { path, spec, defs, rest };
}

export function runProgram<E>(
  program: Program<E>,
  argv: readonly string[],
  ctx: CommandContext,
  env: E,
): CommandOutcome {
  const out = new Output();
  let path = program.root;
  try {
    const walk = walkCommands(program, argv);
    path = walk.path;
    const { spec, defs, rest } = walk;
    if (!spec) {
      if (walk.unknown === undefined) {
        // Flags alone (`kubectl -n x`): checked, then the root's help.
        if (!wantsHelp(rest)) parseFlags(rest, defs);
        return { stdout: program.rootHelp(), stderr: '', exitCode: 0 };
      }
      // cobra suggests only commands it has: never the unknown word itself, whatever order the help lists.
      const names = (
        program.suggestionOrder ??
        program.commands
          .filter((c) => !c.hidden)
          .map(commandName)
          .sort()
      ).filter((name) => findSub(program.commands, name) !== undefined);
      return { stdout: '', stderr: `Error: ${unknownCommand(walk.unknown, program.root, names)}\n`, exitCode: 1 };
    }
    if (walk.unknown !== undefined && !wantsHelp(rest)) throw new UsageError(`unknown command "${walk.unknown}"`);
    const help = (): string => program.helpTexts?.[path] ?? renderHelp(spec, path, program.root);
    if (wantsHelp(rest)) return { stdout: help(), stderr: '', exitCode: 0 };
    const parsed = parseCommandFlags(spec, rest, defs);
    if (!spec.run) {
      return { stdout: '', stderr: help(), exitCode: 1 };
    }
    const run = spec.run.bind(spec);
    const invoke = () =>
      run({
        env,
        ctx,
        flags: new FlagValues(parsed),
        args: parsed.args,
        dashAt: parsed.dashAt,
        path,
        out,
      });
    const outcome = program.around ? program.around(env, out, invoke) : invoke();
    if (isProgram(outcome)) return outcome;
    const streams = out.streams(ctx.isTerminal);
    return {
      stdout: streams.stdout + outcome.stdout,
      stderr: streams.stderr + outcome.stderr,
      exitCode: outcome.exitCode,
    };
  } catch (e) {
    if (e instanceof FlagError || e instanceof Error) {
      const { text, exitCode } = formatError(e, path);
      out.error(text);
      const streams = out.streams(ctx.isTerminal);
      return { stdout: streams.stdout, stderr: streams.stderr, exitCode };
    }
    throw e;
  }
}

/** The command's flags; a FlagError becomes a usage error where the command's exit status must stay meaningful. */
function parseCommandFlags<E>(spec: CommandSpec<E>, argv: readonly string[], defs: readonly FlagDef[]) {
  try {
    return parseFlags(argv, defs);
  } catch (e) {
    if (e instanceof FlagError && spec.flagErrorExitCode !== undefined)
      throw new UsageError(e.message, spec.flagErrorExitCode);
    throw e;
  }
}

/** A result from what the Output holds (for commands that print as they go). */
export function done(exitCode = 0): CommandResult {
  return { stdout: '', stderr: '', exitCode };
}
