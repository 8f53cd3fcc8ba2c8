/**
 * Command lines as checks and quizzes compare them. A run command is taken as the shell ran it (the
 * log's argv), a written one as the shell reads it (commandWords: quotes, `k`, `&&`, `|`). kubectl and
 * minikube argv are then read by their own command tree and flag parser, and resource types by the
 * simulator's registry, so `logs -f` = `logs --follow`, `-oyaml` = `--output=yaml`, `netpol` =
 * `networkpolicies`, `deploy/web` = `deployments web`: spelling and order do not matter.
 */
import { FlagError, type ParsedFlags } from '../kubectl/cli/flags.js';
import { resolveCommand, typeArgument, type ResolvedCommand } from '../kubectl/cli/resolve.js';
import type { Program } from '../kubectl/cli/dispatch.js';
import { kubectlProgram } from '../kubectl/kubectl.js';
import { minikubeProgram } from '../kubectl/minikube/index.js';
import { commandWords } from '../shell/index.js';
import { groupResource, ResourceRegistry } from '../sim/index.js';
import type { CommandRecordLike } from './checks/types.js';

export interface ParsedCommand {
  program: string;
  /**
   * kubectl/minikube: the command path (`rollout`, `undo`), then the positional words with resource
   * types canonical (`deployments.apps`), then `--` and the words after it as given. Other programs:
   * their words.
   */
  args: string[];
  /** Long flag name → values as parsed (`"true"` for a boolean flag); only flags given. */
  flags: Map<string, string[]>;
}

const PROGRAMS: Readonly<Record<string, Program<unknown>>> = { kubectl: kubectlProgram, minikube: minikubeProgram };

/** Built-in types only: a lab's custom resources are spelt as typed. */
const registry = new ResourceRegistry();

/** `deploy` → `deployments.apps`, `po,svc` → `pods,services`; undefined when a part is no type. */
function typeList(word: string): string | undefined {
  const names = word.split(',').map((w) => {
    const type = registry.resolve(w);
    return type ? groupResource(type) : w === 'all' ? w : undefined;
  });
  return names.every((n) => n !== undefined) ? names.join(',') : undefined;
}

/** Positional words with resource types canonical: at the type slot, and in every `TYPE/NAME`. */
function positionals(words: readonly string[], slot: number | undefined): string[] {
  return words.flatMap((w, i) => {
    const slash = w.indexOf('/');
    const type = slash > 0 ? registry.resolve(w.slice(0, slash)) : undefined;
    if (type) return [groupResource(type), w.slice(slash + 1)];
    return i === slot && slash < 0 ? [typeList(w) ?? w] : [w];
  });
}

function flagValues(parsed: ParsedFlags): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (const name of parsed.changed) {
    const value = parsed.values.get(name);
    flags.set(name, typeof value === 'object' ? [...value] : [String(value)]);
  }
  return flags;
}

function canonical(program: string, resolved: ResolvedCommand<unknown>): ParsedCommand {
  const { args, dashAt } = resolved.parsed;
  const before = dashAt < 0 ? args : args.slice(0, dashAt);
  const slot = resolved.spec ? typeArgument(resolved.spec) : undefined;
  return {
    program,
    args: [...resolved.path, ...positionals(before, slot), ...(dashAt < 0 ? [] : ['--', ...args.slice(dashAt)])],
    flags: flagValues(resolved.parsed),
  };
}

/** Reads one argv; a kubectl or minikube argv they would reject (unknown command or flag) gives a reason instead. */
function readArgv(argv: readonly string[]): ParsedCommand | string {
  const [program = '', ...words] = argv;
  const cli = PROGRAMS[program];
  if (!cli) return { program, args: [...words], flags: new Map() };
  try {
    const resolved = resolveCommand(cli, words);
    return resolved ? canonical(program, resolved) : `${program} has no such command`;
  } catch (error) {
    if (error instanceof FlagError) return error.message;
    throw error;
  }
}

function parsedOnly(commands: readonly (ParsedCommand | string)[]): ParsedCommand[] {
  return commands.filter((c): c is ParsedCommand => typeof c !== 'string');
}

/** One command as the shell ran it. */
export function parseArgv(argv: readonly string[]): ParsedCommand | undefined {
  const read = readArgv(argv);
  return typeof read === 'string' ? undefined : read;
}

/** Every simple command on the line, in order (those kubectl or minikube would reject left out). */
export function parseCommandLine(line: string): ParsedCommand[] {
  return parsedOnly(commandWords(line).map(readArgv));
}

/** Why a line cannot serve as a pattern or an answer, if it cannot. */
export function commandLineProblem(line: string): string | undefined {
  const commands = commandWords(line).map(readArgv);
  if (commands.length === 0) return 'is not a command line';
  const rejected = commands.find((c) => typeof c === 'string');
  return rejected === undefined ? undefined : `is not a command line the simulator accepts (${rejected})`;
}

/**
 * Whether `actual` is an instance of `pattern`: same program, the pattern's words a prefix of the
 * actual words, and every flag of the pattern present with the same values (others may be added).
 */
export function commandMatches(pattern: ParsedCommand, actual: ParsedCommand): boolean {
  if (pattern.program !== actual.program) return false;
  if (pattern.args.length > actual.args.length) return false;
  if (!pattern.args.every((a, i) => a === actual.args[i])) return false;
  for (const [name, values] of pattern.flags) {
    const got = actual.flags.get(name);
    if (!got) return false;
    if (!values.every((v) => got.includes(v))) return false;
  }
  return true;
}

/** Patterns come from lab files, a bounded set: each is read once. */
const patterns = new Map<string, ParsedCommand | undefined>();

function patternCommand(pattern: string): ParsedCommand | undefined {
  if (patterns.size >= 4096) patterns.clear();
  if (!patterns.has(pattern)) patterns.set(pattern, parseCommandLine(pattern)[0]);
  return patterns.get(pattern);
}

/** Whether a line the student typed contains a command matching `pattern` (a command line itself). */
export function lineMatches(pattern: string, line: string): boolean {
  const p = patternCommand(pattern);
  return p !== undefined && parseCommandLine(line).some((c) => commandMatches(p, c));
}

/** Log records are read on every check after every command: each is read once. */
const recorded = new WeakMap<CommandRecordLike, readonly ParsedCommand[]>();

/** Whether a logged line ran a command matching `pattern` (its text is read for records without argv). */
export function recordMatches(pattern: string, record: CommandRecordLike): boolean {
  const p = patternCommand(pattern);
  if (p === undefined) return false;
  let commands = recorded.get(record);
  if (!commands) {
    commands = record.argv ? parsedOnly(record.argv.map(readArgv)) : parseCommandLine(record.line);
    recorded.set(record, commands);
  }
  return commands.some((c) => commandMatches(p, c));
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** One canonical text per command line, for exact comparisons and messages. */
export function canonicalCommand(line: string): string {
  return parseCommandLine(line)
    .map((c) => {
      const flags = [...c.flags.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([n, v]) => `--${n}=${v.join(',')}`);
      return [c.program, ...c.args, ...flags].join(' ');
    })
    .join(' | ');
}

/** Whether two command lines mean the same thing (both exactly, not as a pattern). */
export function sameCommand(a: string, b: string): boolean {
  const ca = parseCommandLine(a);
  const cb = parseCommandLine(b);
  if (ca.length === 0 || ca.length !== cb.length) return false;
  return ca.every((x, i) => {
    const y = cb[i]!;
    if (x.program !== y.program || !sameValues(x.args, y.args) || x.flags.size !== y.flags.size) return false;
    return [...x.flags].every(([n, v]) => sameValues(v, y.flags.get(n) ?? []));
  });
}
