/**
 * Runs parsed scripts: expansion, redirection, pipelines, `&&`/`||`, builtins and commands.
 * Execution is a generator so that a command returning a foreground `Program` suspends the line
 * (`sleep 5 && echo done` in live mode) until the program exits; the session resumes it with the
 * program's exit code. Pipeline stages run one after the other, each reading the previous output.
 */
import { BudgetExceededError, sliceSpent, spendBytes, spendSteps, type Budget } from '../lib/budget.js';
import {
  type Assignment,
  type Command,
  type CompoundCommand,
  type Pipeline,
  type Script,
  type SimpleCommand,
} from './ast.js';
import { ArithmeticError, evaluateArithmetic } from './arith.js';
import { type Clock } from './clock.js';
import {
  isProgram,
  type CommandContext,
  type CommandOutcome,
  type CommandRegistry,
  type CommandResult,
  type ProgramHandlers,
  type ProgramStart,
  type TerminalSize,
} from './command.js';
import { expandWord, expandWords, type ExpandContext } from './expand.js';
import { internalErrorLine, type InternalErrorHook } from './internalError.js';
import { type ShellLimits } from './limits.js';
import { parseScript } from './parse.js';
import { concurrently, waitFor } from './pipeline.js';
import { assignRead, needsContinuation, parseRead } from './commands/read.js';
import { isLineFilter } from './commands/lineFilters.js';
import { Stdin } from './stdin.js';
import { applyRedirect, type Streams, type Target } from './redirect.js';
import { arrayElements, exportedEnv, homeOf, setElement, unsetArray, type Builtin, type ShellState } from './state.js';
import { resolvePath, VfsError, type Vfs } from './vfs.js';

/** Asks the session to run a program in the foreground; the generator is resumed with its exit code. */
export interface ProgramRequest {
  readonly name: string;
  readonly start: ProgramStart;
  /** Where the program's output goes (terminal, or a buffer when piped or redirected). */
  readonly write: (data: string) => void;
  /** Where its standard error goes (the terminal unless `2>` points elsewhere); stdout's place when absent. */
  readonly writeError?: (data: string) => void;
  readonly isTerminal: boolean;
}

export type Execution = Generator<ProgramRequest, number, number>;

/**
 * A loop that has used its CPU slice waits for the next tick (as `sleep 0` does), so that other students on the same
 * thread go first; Ctrl-C is read meanwhile. Its exit code is not the loop's: the loop ignores it.
 */
export const PAUSE: ProgramRequest = {
  name: 'loop',
  start: (io) => ({ onTick: () => io.exit(0) }),
  write: () => undefined,
  isTerminal: false,
};

/** Where a script's standard output and error go. */
export interface Sink {
  stdout(data: string): void;
  stderr(data: string): void;
  /** True when stdout is the student's terminal (not a `$(...)` capture or a piped run). */
  readonly isTerminal: boolean;
}

export interface InterpreterDeps {
  readonly state: ShellState;
  readonly commands: CommandRegistry;
  readonly builtins: ReadonlyMap<string, Builtin>;
  readonly vfs: Vfs;
  readonly clock: Clock;
  readonly limits: ShellLimits;
  /** The budget of the event being handled, installed by the session (see lib/budget.ts). */
  readonly budget: Budget;
  terminalSize(): TerminalSize;
  /** stderr for an unknown command (bash's wording unless another shell's is given). */
  notFound?(name: string): string;
  /** Where a program's unexpected exception is reported (the server's logger). */
  readonly onInternalError?: InternalErrorHook | undefined;
  /** Told the argv of every command about to run (for the command log). */
  onRun?(argv: readonly string[]): void;
}

const PID = '4242';

export class Interpreter {
  private aborted = false;
  private substitutionDepth = 0;
  private lastSubstitutionStatus = 0;
  /** Files standing in for `<(...)`, removed when their pipeline ends. */
  private readonly processFiles: string[] = [];

  constructor(private readonly deps: InterpreterDeps) {}

  /**
   * Runs one line (top level). A budget running out anywhere in it (a loop, `$(...)`, a program's
   * tick, a template) ends the whole line with bash-style `bash: command budget exceeded: …`.
   */
  *execute(script: Script, sink: Sink): Execution {
    this.aborted = false;
    this.deps.state.loopControl = undefined;
    try {
      return yield* this.runScript(script, sink, Stdin.of(''));
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      sink.stderr(`bash: ${error.message}\n`);
      this.deps.state.lastExitCode = 1;
      return 1;
    }
  }

  /**
   * Ctrl-C killed the foreground program: like SIGINT for the whole job, the rest of the line
   * (`;`, `&&` and `||` lists) is abandoned.
   */
  abort(): void {
    this.aborted = true;
  }

  private stopped(): boolean {
    const { state } = this.deps;
    return (
      this.aborted ||
      this.deps.budget.exceeded !== undefined ||
      state.exitCode !== undefined ||
      state.loopControl !== undefined
    );
  }

  /** Runs an argv directly (for `watch` and `ctx.runArgv`); programs are refused. */
  runArgv(argv: readonly string[], stdin: string): CommandResult {
    const [name, ...args] = argv;
    if (name === undefined) return { stdout: '', stderr: '', exitCode: 0 };
    this.deps.budget.command();
    this.deps.onRun?.(argv);
    let stdout = '';
    const outcome = this.dispatch(name, args, this.context(stdin, new Map(), false));
    if (!isProgram(outcome)) return outcome;
    let stderr = '';
    const exit = this.drive(name, outcome.program, (d) => (stdout += d), {
      stdout: () => undefined,
      stderr: (d) => (stderr += d),
      isTerminal: false,
    });
    return { stdout, stderr, exitCode: exit };
  }

  /** Runs a line with stdout and stderr captured, like `sh -c` (for `watch`). */
  runLine(line: string): CommandResult {
    let stdout = '';
    let stderr = '';
    const sink: Sink = { stdout: (d) => (stdout += d), stderr: (d) => (stderr += d), isTerminal: false };
    if (this.substitutionDepth >= this.deps.limits.maxSubstitutionDepth)
      return { stdout: '', stderr: 'bash: maximum nesting level exceeded\n', exitCode: 1 };
    this.substitutionDepth++;
    try {
      const exitCode = this.captured(line, sink);
      return { stdout, stderr, exitCode };
    } finally {
      this.substitutionDepth--;
    }
  }

  /** Runs a script whose commands read `stdin` (a loop's, a `$(...)`'s: empty). */
  private *runScript(script: Script, sink: Sink, stdin: Stdin): Execution {
    let status = this.deps.state.lastExitCode;
    for (const list of script) {
      status = yield* this.runPipeline(list.first, sink, stdin);
      for (const { op, pipeline } of list.rest) {
        if (this.stopped()) break;
        if ((op === '&&') === (status === 0)) status = yield* this.runPipeline(pipeline, sink, stdin);
      }
      if (this.stopped()) break;
    }
    return status;
  }

  private *runPipeline(pipeline: Pipeline, sink: Sink, stdin: Stdin): Execution {
    let status: number;
    const mark = this.processFiles.length;
    try {
      status = yield* this.runStages(pipeline.commands, 0, stdin, sink);
    } finally {
      for (const path of this.processFiles.splice(mark)) this.deps.vfs.unseed(path);
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    this.deps.state.lastExitCode = status;
    return status;
  }

  /**
   * Stages `from`… of a pipeline, each reading the one before. A stage that finishes at once hands on all it
   * wrote; one that keeps running (a program, a loop that sleeps) runs alongside the rest, which read its
   * output as it comes (pipeline.ts). The status is the last stage's.
   */
  private *runStages(commands: readonly Command[], from: number, stdin: Stdin, sink: Sink): Execution {
    let input = stdin;
    for (let i = from; ; i++) {
      const command = commands[i];
      if (!command) return 0;
      const last = i === commands.length - 1;
      const pipe = last ? undefined : Stdin.pipe();
      const stage =
        command.kind === 'simple'
          ? this.runSimple(command, input, pipe, sink, i > 0)
          : this.runCompound(command, input, pipe, sink);
      if (!pipe) return yield* stage;
      const first = stage.next();
      if (!first.done) return yield concurrently(stage, first.value, pipe, this.runStages(commands, i + 1, pipe, sink));
      pipe.close();
      input = pipe;
    }
  }

  /** Sets up a command's redirections; on the first failure prints bash's message and says no. */
  private applyRedirects(
    redirects: readonly Parameters<typeof applyRedirect>[0][],
    streams: Streams,
    expansion: ReturnType<Interpreter['expandContext']>,
    sink: Sink,
  ): boolean {
    for (const redirect of redirects) {
      const error = applyRedirect(redirect, streams, {
        expansion,
        vfs: this.deps.vfs,
        cwd: this.deps.state.cwd,
        lexer: this.lexerOptions(),
      });
      if (error !== undefined) {
        sink.stderr(error);
        return false;
      }
    }
    return true;
  }

  /** for / while / until / if, with output piped or redirected as a whole (`done > file`). */
  private *runCompound(command: CompoundCommand, stdin: Stdin, pipe: Stdin | undefined, sink: Sink): Execution {
    const streams: Streams = { stdin: undefined, fd1: pipe ? { kind: 'pipe' } : { kind: 'out' }, fd2: { kind: 'err' } };
    const expansion = this.expandContext(sink);
    if (!this.applyRedirects(command.redirects, streams, expansion, sink)) return 1;
    // `done < file`, `done <<EOF`: the loop's commands read that; else what the loop itself reads (a pipe).
    const input = streams.stdin === undefined ? stdin : Stdin.of(streams.stdin);
    const send = (target: Target, data: string): void => {
      const error = this.route(target, data, sink, pipe, command.kind);
      if (error) sink.stderr(error);
    };
    const inner: Sink =
      streams.fd1.kind === 'out' && streams.fd2.kind === 'err'
        ? sink
        : { stdout: (d) => send(streams.fd1, d), stderr: (d) => send(streams.fd2, d), isTerminal: false };
    let status = 0;
    switch (command.kind) {
      case 'for':
        for (const value of expandWords(command.words, this.expandContext(sink))) {
          spendSteps();
          if (sliceSpent()) yield PAUSE;
          this.deps.state.vars.set(command.name, value);
          status = yield* this.runScript(command.body, inner, input);
          if (this.leaveLoop()) break;
        }
        break;
      case 'while':
        for (;;) {
          spendSteps();
          if (sliceSpent()) yield PAUSE;
          const condition = yield* this.runScript(command.condition, inner, input);
          if (this.leaveLoop() || (condition === 0) === command.until) break;
          status = yield* this.runScript(command.body, inner, input);
          if (this.leaveLoop()) break;
        }
        break;
      case 'if': {
        const branch = yield* this.chooseBranch(command, inner, input);
        status = branch === undefined ? 0 : yield* this.runScript(branch, inner, input);
        break;
      }
    }
    return status;
  }

  /** Sends output to where a redirection points; returns a write error for the student, if any. */
  private route(target: Target, data: string, sink: Sink, pipe: Stdin | undefined, name: string): string | undefined {
    if (data === '') return undefined;
    this.spendOutput(data);
    switch (target.kind) {
      case 'out':
        sink.stdout(data);
        return undefined;
      case 'err':
        sink.stderr(data);
        return undefined;
      case 'pipe':
        pipe?.push(data);
        return undefined;
      case 'null':
        return undefined;
      case 'file':
        try {
          this.deps.vfs.writeFile(target.path, data, { append: true });
          return undefined;
        } catch (error) {
          if (!(error instanceof VfsError)) throw error;
          return `bash: ${name}: write error: ${error.message.slice(error.path.length + 2)}\n`;
        }
    }
  }

  /** After a loop body: consumes one level of `break`/`continue`; true when the loop must end. */
  private leaveLoop(): boolean {
    const { state } = this.deps;
    const control = state.loopControl;
    if (control) {
      control.levels--;
      if (control.levels <= 0) state.loopControl = undefined;
      return control.kind === 'break' || control.levels > 0;
    }
    return this.stopped();
  }

  private *chooseBranch(
    command: Extract<CompoundCommand, { kind: 'if' }>,
    sink: Sink,
    stdin: Stdin,
  ): Generator<ProgramRequest, Script | undefined, number> {
    for (const { condition, body } of command.branches) {
      if ((yield* this.runScript(condition, sink, stdin)) === 0) return body;
      if (this.stopped()) return undefined;
    }
    return command.otherwise;
  }

  /**
   * One command. `direct`: its input is the pipe from the stage before; while that stage still runs, `read`
   * takes its lines as they come, a line filter runs on each batch of lines, other commands wait for the end.
   */
  private *runSimple(
    command: SimpleCommand,
    stdin: Stdin,
    pipe: Stdin | undefined,
    sink: Sink,
    direct: boolean,
  ): Execution {
    this.deps.budget.command();
    this.lastSubstitutionStatus = 0;
    const expansion = this.expandContext(sink);
    const argv = expandWords(command.words, expansion);
    const temp = new Map<string, string>();
    // `A=1 cmd`: the command's environment only; alone, the assignments set the shell's variables, in order.
    if (argv.length > 0)
      for (const assignment of command.assignments) temp.set(assignment.name, expandWord(assignment.value, expansion));
    else for (const assignment of command.assignments) this.assign(assignment, expansion);
    const streams: Streams = { stdin: undefined, fd1: pipe ? { kind: 'pipe' } : { kind: 'out' }, fd2: { kind: 'err' } };
    if (!this.applyRedirects(command.redirects, streams, expansion, sink)) return 1;
    // `exec CMD`: CMD takes the shell's place, so the shell ends when it does (a container's `exec nginx …`).
    const replaces = argv[0] === 'exec' && !this.deps.commands.get('exec');
    const [name, ...args] = replaces ? argv.slice(1) : argv;
    if (name === undefined) return replaces ? 0 : this.lastSubstitutionStatus;
    this.deps.onRun?.(argv);
    const run = this.runCommand(name, args, stdin, pipe, sink, direct, streams, temp);
    if (!replaces) return yield* run;
    const status = yield* run;
    this.deps.state.exitCode = status;
    return status;
  }

  private *runCommand(
    name: string,
    args: readonly string[],
    stdin: Stdin,
    pipe: Stdin | undefined,
    sink: Sink,
    direct: boolean,
    streams: Streams,
    temp: ReadonlyMap<string, string>,
  ): Execution {
    const deliver = (target: Target, data: string): string | undefined => this.route(target, data, sink, pipe, name);
    const input = streams.stdin === undefined ? stdin : Stdin.of(streams.stdin);
    if (name === 'read') return yield* this.read(args, input, (d) => deliver(streams.fd2, d), temp.get('IFS'));
    const isTerminal = streams.fd1.kind === 'out' && sink.isTerminal;
    if (direct && !input.closed) {
      if (isLineFilter(name, args))
        return yield* this.filterLines(name, args, input, temp, isTerminal, streams, deliver, sink);
      yield waitFor(input, 'close');
    }
    const outcome = this.dispatch(name, args, this.context(input.rest(), temp, isTerminal));
    if (isProgram(outcome)) {
      let buffered = '';
      // Into the pipe as it comes: the next stage may be reading it already (pipeline.ts).
      const write =
        streams.fd1.kind === 'out'
          ? (d: string) => sink.stdout(d)
          : streams.fd1.kind === 'pipe'
            ? (d: string) => pipe?.push(d)
            : (d: string) => (buffered += d);
      const writeError = (d: string): void => {
        const error = deliver(streams.fd2, d);
        if (error) sink.stderr(error);
      };
      const exitCode = yield { name, start: outcome.program, write: this.bounded(write), writeError, isTerminal };
      const error = deliver(streams.fd1, buffered);
      if (error) sink.stderr(error);
      return exitCode;
    }
    return this.deliverResult(outcome, streams, deliver, sink);
  }

  /** A finished command's output to where its streams point; a write error fails it. */
  private deliverResult(
    outcome: CommandResult,
    streams: Streams,
    deliver: (target: Target, data: string) => string | undefined,
    sink: Sink,
  ): number {
    const writeError = deliver(streams.fd1, this.truncate(outcome.stdout));
    const stderrError = deliver(streams.fd2, this.truncate(outcome.stderr));
    const error = writeError ?? stderrError;
    if (error) {
      sink.stderr(error);
      return 1;
    }
    return outcome.exitCode;
  }

  /** bash's read: one line (waiting for it on a pipe still being written), split into the names. */
  private *read(args: readonly string[], stdin: Stdin, stderr: (data: string) => void, ifs?: string): Execution {
    const options = parseRead(args);
    if ('exitCode' in options) {
      stderr(options.stderr);
      return options.exitCode;
    }
    let line = '';
    for (;;) {
      if (!stdin.ready) yield waitFor(stdin, 'line');
      const got = stdin.readLine();
      line += got?.text ?? '';
      // The end of the input: what was read is assigned, but read fails (`while read` skips an unfinished line).
      if (!got?.complete) {
        assignRead(this.deps.state, options, line, ifs);
        return 1;
      }
      if (!needsContinuation(line, options.raw)) break;
      line = line.slice(0, -1);
    }
    assignRead(this.deps.state, options, line, ifs);
    return 0;
  }

  /** A line filter reading a pipe still being written: it runs on each batch of complete lines as they come. */
  private *filterLines(
    name: string,
    args: readonly string[],
    input: Stdin,
    temp: ReadonlyMap<string, string>,
    isTerminal: boolean,
    streams: Streams,
    deliver: (target: Target, data: string) => string | undefined,
    sink: Sink,
  ): Execution {
    let status = 1;
    for (;;) {
      if (!input.ready) yield waitFor(input, 'line');
      const chunk = input.takeLines();
      if (chunk !== '') {
        const outcome = this.dispatch(name, args, this.context(chunk, temp, isTerminal));
        if (isProgram(outcome)) return 1;
        // grep's status: 0 once any batch matched.
        status = Math.min(status, this.deliverResult(outcome, streams, deliver, sink));
      }
      if (input.closed && input.rest() === '') return status;
    }
  }

  /** `a=x`, `a+=x`, `a[i]=x`, `a=(x y)`, `a+=(z)`. */
  private assign(assignment: Assignment, expansion: ExpandContext): void {
    const { vars } = this.deps.state;
    const { name } = assignment;
    if (assignment.array) {
      const values = expandWords(assignment.array, expansion);
      let next = 0;
      if (assignment.append) next = (arrayElements(vars, name).pop()?.[0] ?? -1) + 1;
      else unsetArray(vars, name);
      for (const value of values) setElement(vars, name, next++, value);
      return;
    }
    const value = expandWord(assignment.value, expansion);
    const index = assignment.index ? Number(expansion.arithmetic(expandWord(assignment.index, expansion)) || '0') : 0;
    const key = index === 0 ? name : `${name}[${index}]`;
    setElement(vars, name, index, assignment.append ? (vars.get(key) ?? '') + value : value);
  }

  private dispatch(name: string, args: readonly string[], ctx: CommandContext): CommandOutcome {
    const builtin = this.deps.builtins.get(name);
    const command = builtin ? undefined : this.deps.commands.get(name);
    try {
      if (builtin) return builtin.run(args, ctx, this.deps.state);
      if (command) return command.run(args, ctx);
    } catch (error) {
      if (error instanceof BudgetExceededError) throw error;
      if (error instanceof VfsError) return { stdout: '', stderr: `${name}: ${error.message}\n`, exitCode: 1 };
      return { stdout: '', stderr: `${internalErrorLine(name, error, this.deps.onInternalError)}\n`, exitCode: 1 };
    }
    if (name.includes('/')) {
      const path = resolvePath(this.deps.state.cwd, name);
      const stat = this.deps.vfs.stat(path);
      const reason = !stat ? 'No such file or directory' : stat.type === 'dir' ? 'Is a directory' : 'Permission denied';
      return { stdout: '', stderr: `bash: ${name}: ${reason}\n`, exitCode: stat ? 126 : 127 };
    }
    return { stdout: '', stderr: this.deps.notFound?.(name) ?? `bash: ${name}: command not found\n`, exitCode: 127 };
  }

  private context(stdin: string, temp: ReadonlyMap<string, string>, isTerminal: boolean): CommandContext {
    const { state, vfs, clock } = this.deps;
    const env = exportedEnv(state);
    for (const [key, value] of temp) env.set(key, value);
    return {
      stdin,
      env,
      cwd: state.cwd,
      home: state.home,
      user: state.user,
      hostname: state.hostname,
      vfs,
      clock,
      terminal: this.deps.terminalSize(),
      isTerminal,
      runArgv: (argv, input) => this.runArgv(argv, input ?? ''),
      runLine: (line) => this.runLine(line),
      commandNames: () => [...new Set([...this.deps.builtins.keys(), ...this.deps.commands.names()])].sort(),
      commandSummary: (name) => this.deps.builtins.get(name)?.summary ?? this.deps.commands.get(name)?.summary,
    };
  }

  private expandContext(sink: Sink): ExpandContext {
    const { state, vfs } = this.deps;
    return {
      cwd: state.cwd,
      vfs,
      lookup: (name) => this.lookup(name),
      elements: (name) => arrayElements(state.vars, name),
      tilde: (user) =>
        user === ''
          ? (state.vars.get('HOME') ?? state.home)
          : user === state.user || user === 'root'
            ? homeOf(user)
            : undefined,
      substitute: (source) => this.substitute(source, sink),
      processFile: (source) => this.processFile(source, sink),
      arithmetic: (expression) => {
        try {
          return String(evaluateArithmetic(expression, (name) => this.lookup(name)));
        } catch (error) {
          if (!(error instanceof ArithmeticError)) throw error;
          sink.stderr(`bash: ${error.message}\n`);
          this.lastSubstitutionStatus = 1;
          return '';
        }
      },
    };
  }

  private lookup(name: string): string | undefined {
    const { state } = this.deps;
    switch (name) {
      case '?':
        return String(state.lastExitCode);
      case '$':
        return PID;
      case '#':
        return '0';
      case '0':
        return '-bash';
      case '-':
        return 'himBHs';
      default:
        return /^[@*!1-9]$/.test(name) ? '' : state.vars.get(name);
    }
  }

  /** `$(...)`: runs the source with stdout captured, like a subshell (cd and exit do not leak out). */
  private substitute(source: string, sink: Sink): string {
    const { state, limits } = this.deps;
    if (this.substitutionDepth >= limits.maxSubstitutionDepth) {
      sink.stderr('bash: maximum command substitution depth exceeded\n');
      this.lastSubstitutionStatus = 1;
      return '';
    }
    let out = '';
    const capture: Sink = {
      stdout: (d) => {
        if (out.length < limits.maxOutputBytes) out += d;
      },
      stderr: (d) => sink.stderr(d),
      isTerminal: false,
    };
    const saved = { cwd: state.cwd, exitCode: state.exitCode, lastExitCode: state.lastExitCode };
    this.substitutionDepth++;
    try {
      this.lastSubstitutionStatus = this.captured(source, capture);
    } finally {
      this.substitutionDepth--;
      state.cwd = saved.cwd;
      state.exitCode = saved.exitCode;
      state.lastExitCode = saved.lastExitCode;
    }
    return out;
  }

  /** `<(source)`: runs it and stores the output where the command can read it, as bash's /dev/fd/63. */
  private processFile(source: string, sink: Sink): string {
    const output = this.substitute(source, sink);
    const path = `/dev/fd/${63 - this.processFiles.length}`;
    try {
      this.deps.vfs.seedFile(path, output);
    } catch (error) {
      if (!(error instanceof VfsError)) throw error;
      sink.stderr(`bash: ${path}: ${error.message.slice(error.path.length + 2)}\n`);
    }
    this.processFiles.push(path);
    return path;
  }

  /** Parses and runs `source` to completion with output to `sink`; programs run synchronously. */
  private captured(source: string, sink: Sink): number {
    const { state, limits } = this.deps;
    const parsed = parseScript(source, {
      aliases: state.aliases,
      maxAliasExpansions: limits.maxAliasExpansions,
      ...this.lexerOptions(),
      maxPipelineLength: limits.maxPipelineLength,
    });
    if (parsed.kind !== 'ok') {
      sink.stderr(parsed.kind === 'error' ? `${parsed.message}\n` : 'bash: unexpected end of file\n');
      return 2;
    }
    const generator = this.runScript(parsed.script, sink, Stdin.of(''));
    let step = generator.next();
    while (!step.done) {
      const request = step.value;
      step = generator.next(this.drive(request.name, request.start, request.write, sink, request.writeError));
    }
    return step.value;
  }

  /**
   * Runs a program to completion synchronously: it gets one tick at the current time (so `sleep 0`
   * ends); one that still waits for input or time is stopped.
   */
  private drive(
    name: string,
    start: ProgramStart,
    write: (data: string) => void,
    sink: Sink,
    writeError: (data: string) => void = (d) => sink.stderr(d),
  ): number {
    let exitCode: number | undefined;
    const size = this.deps.terminalSize();
    const handlers: ProgramHandlers = start({
      write,
      error: writeError,
      exit: (code) => (exitCode ??= code),
      now: () => this.deps.clock.now(),
      size: () => size,
      isTerminal: false,
    });
    if (exitCode === undefined) handlers.onTick?.(this.deps.clock.now());
    if (exitCode !== undefined) return exitCode;
    handlers.onInterrupt?.();
    sink.stderr(`${name}: cannot run here: it needs the terminal\n`);
    return 1;
  }

  private bounded(write: (data: string) => void): (data: string) => void {
    let written = 0;
    const max = this.deps.limits.maxOutputBytes;
    return (data) => {
      this.spendOutput(data);
      if (written > max) return;
      written += data.length;
      write(
        written > max ? `${data.slice(0, Math.max(0, max - (written - data.length)))}\n[output truncated]\n` : data,
      );
    };
  }

  /**
   * Output is paid for, except once the budget has run out: the command that said so (kubectl's
   * template error, watch leaving the alternate screen) still gets its last words out.
   */
  private spendOutput(data: string): void {
    if (this.deps.budget.exceeded === undefined) spendBytes(data.length);
  }

  private truncate(text: string): string {
    const max = this.deps.limits.maxOutputBytes;
    return text.length > max ? `${text.slice(0, max)}\n[output truncated after ${max} bytes]\n` : text;
  }

  private lexerOptions(): { maxHeredocBytes: number; maxDepth: number } {
    return { maxHeredocBytes: this.deps.limits.maxHeredocBytes, maxDepth: this.deps.limits.maxSubstitutionDepth };
  }
}
