/**
 * What a command is: a value `{ name, run(args, ctx) }` looked up by name (the just-bash model).
 * `run` returns its output, or a foreground `Program` that owns the terminal until it exits
 * (`watch`, `kubectl get -w`, `logs -f`, editors, `kubectl exec -it`).
 */
import { type Clock } from './clock.js';
import { type Vfs } from './vfs.js';

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Output and control handed to a running program. */
export interface ProgramIO {
  /** Writes to the terminal (or to the pipe, when the program's stdout is piped). `\n` is fine. */
  write(data: string): void;
  /** Writes to standard error: the terminal, or where `2>` points (never into the pipe of `|`). */
  error(data: string): void;
  /** Ends the program; the shell resumes with this exit code. Later calls are ignored. */
  exit(exitCode: number): void;
  /** Current clock time in ms. */
  now(): number;
  /** Current terminal size. */
  size(): TerminalSize;
  /** True when the program's output goes to the terminal rather than a pipe or file. */
  readonly isTerminal: boolean;
}

/**
 * The handlers of a running program; all optional.
 * - `onInput`: raw terminal input (decode it with `KeyDecoder`). A program WITH `onInput` receives
 *   everything, Ctrl-C (`\x03`) included, and must exit itself. A program WITHOUT it is stopped by
 *   the shell on Ctrl-C: the shell prints `^C`, calls `onInterrupt`, and ends it with exit code 130.
 * - `onTick(now)`: the clock moved (the host calls `ShellSession.tick`).
 * - `onResize`: the terminal changed size.
 * - `onInterrupt`: release resources (unsubscribe watches) when stopped by the shell.
 */
export interface ProgramHandlers {
  onInput?(data: string): void;
  onTick?(now: number): void;
  onResize?(size: TerminalSize): void;
  onInterrupt?(): void;
}

export type ProgramStart = (io: ProgramIO) => ProgramHandlers;

/** Returned by `run` instead of a `CommandResult` to take over the terminal. */
export interface ProgramOutcome {
  readonly program: ProgramStart;
}

export type CommandOutcome = CommandResult | ProgramOutcome;

export function isProgram(outcome: CommandOutcome): outcome is ProgramOutcome {
  return 'program' in outcome;
}

export interface TerminalSize {
  readonly cols: number;
  readonly rows: number;
}

export interface CommandContext {
  readonly stdin: string;
  /** Exported variables, as a program sees its environment. */
  readonly env: ReadonlyMap<string, string>;
  readonly cwd: string;
  readonly home: string;
  readonly user: string;
  readonly hostname: string;
  readonly vfs: Vfs;
  readonly clock: Clock;
  readonly terminal: TerminalSize;
  /** True when stdout is the terminal (not a pipe or a file): `ls` prints columns only then. */
  readonly isTerminal: boolean;
  /** Runs another command by argv (no shell syntax); programs are refused here. */
  runArgv(argv: readonly string[], stdin?: string): CommandResult;
  /** Runs a shell line (pipes, redirections ...) as `sh -c` would, capturing its output (for `watch`). */
  runLine(line: string): CommandResult;
  /** Names of every command and builtin, for `which`, `help` and completion. */
  commandNames(): readonly string[];
  /** The one-line summary of a command or builtin, for `help`. */
  commandSummary(name: string): string | undefined;
}

export interface CompletionContext {
  readonly cwd: string;
  readonly home: string;
  readonly vfs: Vfs;
  readonly env: ReadonlyMap<string, string>;
}

export interface Command {
  readonly name: string;
  /** One line for `help`. */
  readonly summary?: string;
  run(args: readonly string[], ctx: CommandContext): CommandOutcome;
  /**
   * Tab completion. `args` are the finished words after the command name, `partial` the word
   * under the cursor (may be ''). Return full candidate words; the shell keeps those starting with
   * `partial`. A candidate ending in `/` or `=` is not followed by a space. Return `undefined` to
   * fall back to file-name completion.
   */
  complete?(args: readonly string[], partial: string, ctx: CompletionContext): readonly string[] | undefined;
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ''): CommandResult {
  return { stdout, stderr: stderr.endsWith('\n') || stderr === '' ? stderr : `${stderr}\n`, exitCode };
}

/** Name → command. Later registrations replace earlier ones (so hosts can override builtins' peers). */
export class CommandRegistry {
  private readonly byName = new Map<string, Command>();

  constructor(commands: Iterable<Command> = []) {
    for (const command of commands) this.register(command);
  }

  register(command: Command): this {
    this.byName.set(command.name, command);
    return this;
  }

  get(name: string): Command | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }
}
