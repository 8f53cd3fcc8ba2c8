/**
 * Which command of a program an argv names, and its flags parsed with that command's flag set, as
 * `runProgram` resolves them (cobra: flags anywhere, aliases, inherited flags), and which argument
 * names a resource type: for code that reads command lines without running them, such as the lab checks.
 */
import { commandName, type CommandSpec } from './command.js';
import type { Program } from './dispatch.js';
import { parseFlags, type FlagDef, type ParsedFlags } from './flags.js';

export interface ResolvedCommand<E> {
  /** Command names below the root, aliases resolved (`['create', 'deployment']` for `create deploy`). */
  readonly path: readonly string[];
  /** Undefined for the root itself (`kubectl --help`, `kubectl -n x`). */
  readonly spec: CommandSpec<E> | undefined;
  /** Global and inherited flags, then the command's own. */
  readonly flags: readonly FlagDef[];
  readonly parsed: ParsedFlags;
}

/** Index of the first positional in argv (skipping flags and the values they take), or -1. */
function firstPositional(argv: readonly string[], defs: readonly FlagDef[]): number {
  const takesValue = (d: FlagDef | undefined): boolean => d !== undefined && d.type !== 'bool' && !d.noOptDefault;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (a.startsWith('--')) {
      if (!a.includes('=') && takesValue(defs.find((d) => d.name === a.slice(2)))) i++;
    } else if (a.startsWith('-') && a.length > 1) {
      if (a.length === 2 && takesValue(defs.find((d) => d.short === a[1]))) i++;
    } else return i;
  }
  return -1;
}

function findSub<E>(list: readonly CommandSpec<E>[], word: string): CommandSpec<E> | undefined {
  return list.find((c) => commandName(c) === word || c.aliases?.includes(word));
}

/** A command's flag set: what it inherits, less what it redefines, and its own; built once per command. */
const flagSets = new WeakMap<object, readonly FlagDef[]>();

function flagSet(spec: CommandSpec<unknown>, inherited: readonly FlagDef[]): readonly FlagDef[] {
  let set = flagSets.get(spec);
  if (!set) {
    const own = spec.flags ?? [];
    set = [...inherited.filter((d) => !own.some((f) => f.name === d.name)), ...own];
    flagSets.set(spec, set);
  }
  return set;
}

/**
 * The command `argv` (the words after the program name) runs, or undefined for an unknown
 * command; throws FlagError, in pflag's words, for flags the command does not take.
 */
export function resolveCommand<E>(program: Program<E>, argv: readonly string[]): ResolvedCommand<E> | undefined {
  const rest = [...argv];
  const path: string[] = [];
  let spec: CommandSpec<E> | undefined;
  let flags = program.globalFlags;
  let subs = program.commands;
  while (subs.length > 0) {
    const at = firstPositional(rest, flags);
    if (at < 0) break;
    const sub = findSub(subs, rest[at]!);
    if (!sub) {
      if (spec?.run) break;
      return undefined;
    }
    rest.splice(at, 1);
    path.push(commandName(sub));
    flags = flagSet(sub, flags);
    spec = sub;
    subs = sub.sub ?? [];
  }
  return { path, spec, flags, parsed: parseFlags(rest, flags) };
}

/**
 * Which positional argument is a bare resource type, read from the command's cobra use line:
 * `get […] (TYPE[.VERSION][.GROUP] …` → 0, `auth can-i VERB [TYPE | …` → 1, `logs (POD | TYPE/NAME)` → none.
 */
const typeSlots = new WeakMap<object, number | undefined>();

export function typeArgument(spec: { readonly use: string }): number | undefined {
  if (typeSlots.has(spec)) return typeSlots.get(spec);
  const words = spec.use
    .replace(/[()[\]|]/g, ' ')
    .split(/\s+/)
    .slice(1);
  let slot: number | undefined;
  for (let i = 0, seen = 0; i < words.length && slot === undefined; i++) {
    const w = words[i]!;
    if (/^(TYPE|RESOURCE|resource\.group)$/.test(w)) slot = seen;
    // A flag's value placeholder (`-f FILENAME`) is no argument.
    else if (w.startsWith('-')) i += !w.includes('=') && /^[A-Z]/.test(words[i + 1] ?? '') ? 1 : 0;
    else if (/^[A-Z][A-Z_0-9]*$/.test(w)) seen++;
  }
  typeSlots.set(spec, slot);
  return slot;
}
