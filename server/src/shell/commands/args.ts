/**
 * Option parsing for the coreutils-style commands: clustered short flags (`-rf`), values glued or
 * separate (`-n5`, `-n 5`), long options (`--lines=5`), `--` and coreutils' error wording.
 */
import { spendBytes } from '../../lib/budget.js';
import { fail, type CommandContext, type CommandResult } from '../command.js';
import { errnoMessage, resolvePath, VfsError } from '../vfs.js';

export interface OptionSpec {
  /** Short flags without a value, e.g. 'alr1'. */
  readonly flags?: string;
  /** Short options taking a value, e.g. 'nd'. */
  readonly values?: string;
  /** Long option → short letter it stands for (`--lines` → 'n'); value taken after `=` or next. */
  readonly long?: Readonly<Record<string, string>>;
  /** Long options whose value is optional and only given after `=` (`--color[=WHEN]`); kept under their name, '' when bare. */
  readonly optional?: readonly string[];
  /** Exit code for usage errors (2 for ls, grep; 1 for most). */
  readonly usageExit?: number;
}

export interface ParsedOptions {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
}

export type ParseOutcome =
  { readonly ok: true; readonly options: ParsedOptions } | { readonly ok: false; readonly error: CommandResult };

function usage(command: string, message: string, code: number): ParseOutcome {
  return { ok: false, error: fail(`${command}: ${message}\nTry '${command} --help' for more information.`, code) };
}

export function parseOptions(command: string, args: readonly string[], spec: OptionSpec): ParseOutcome {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  const code = spec.usageExit ?? 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (spec.optional?.includes(name)) {
        values.set(name, inline ?? '');
        continue;
      }
      const letter = spec.long?.[name];
      if (letter === undefined) return usage(command, `unrecognized option '${arg}'`, code);
      if (spec.values?.includes(letter)) {
        const value = inline ?? args[++i];
        if (value === undefined) return usage(command, `option '--${name}' requires an argument`, code);
        values.set(letter, value);
      } else flags.add(letter);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j] ?? '';
      if (spec.values?.includes(letter)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return usage(command, `option requires an argument -- '${letter}'`, code);
        values.set(letter, value);
        break;
      }
      if (!spec.flags?.includes(letter)) return usage(command, `invalid option -- '${letter}'`, code);
      flags.add(letter);
    }
  }
  return { ok: true, options: { flags, values, operands } };
}

/** `cat: nofile: No such file or directory` from a thrown VfsError (or rethrows anything else). */
export function fileError(command: string, operand: string, error: unknown): string {
  if (error instanceof VfsError) return `${command}: ${operand}: ${errnoMessage(error.code)}\n`;
  throw error;
}

/** busybox's wording (libbb open_or_warn, full_read): `cat: can't open 'nofile': No such file or directory`. */
export function busyboxFileError(command: string, operand: string, error: unknown): string {
  if (!(error instanceof VfsError)) throw error;
  if (error.code === 'EISDIR') return `${command}: read error: ${errnoMessage(error.code)}\n`;
  return `${command}: can't open '${operand}': ${errnoMessage(error.code)}\n`;
}

/** Reads each operand (or stdin for none or `-`), collecting coreutils-style errors (or another wording). */
export function readInputs(
  command: string,
  operands: readonly string[],
  ctx: CommandContext,
  wording: typeof fileError = fileError,
): { inputs: { name: string; text: string }[]; stderr: string } {
  const inputs: { name: string; text: string }[] = [];
  let stderr = '';
  for (const operand of operands.length === 0 ? ['-'] : operands) {
    if (operand === '-') {
      inputs.push({ name: '(standard input)', text: ctx.stdin });
      continue;
    }
    try {
      const text = ctx.vfs.readFile(resolvePath(ctx.cwd, operand));
      // `cat f f f f …` would otherwise build gigabytes from one file before printing anything.
      spendBytes(text.length);
      inputs.push({ name: operand, text });
    } catch (error) {
      stderr += wording(command, operand, error);
    }
  }
  return { inputs, stderr };
}

/** Splits text into lines without the trailing empty string a final newline leaves. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function joinLines(list: readonly string[]): string {
  return list.length === 0 ? '' : `${list.join('\n')}\n`;
}
