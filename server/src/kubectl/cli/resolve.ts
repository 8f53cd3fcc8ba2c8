/**
 * Which command of a program an argv names, and its flags parsed with that command's flag set, as
 * `runProgram` resolves them (cobra: flags anywhere, aliases, inherited flags), and which argument
 * names a resource type: for code that reads command lines without running them, such as the lab checks.
 */
import type { CommandSpec } from './command.js';
import { walkCommands, type Program } from './dispatch.js';
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

/**
 * The command `argv` (the words after the program name) runs, or undefined for an unknown
 * command; throws FlagError, in pflag's words, for flags the command does not take.
 */
export function resolveCommand<E>(program: Program<E>, argv: readonly string[]): ResolvedCommand<E> | undefined {
  const walk = walkCommands(program, argv);
  if (walk.unknown !== undefined) return undefined;
  const path = walk.path === program.root ? [] : walk.path.slice(program.root.length + 1).split(' ');
  return { path, spec: walk.spec, flags: walk.defs, parsed: parseFlags(walk.rest, walk.defs) };
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
