/**
 * A student's shell: keystrokes in, ANSI out. Ties together key decoding, the line editor,
 * the parser and interpreter, foreground programs, history and the virtual file system.
 * It never touches sockets or timers: the host feeds `write` and `tick` and forwards output.
 */
import { Budget } from '../lib/budget.js';
import { ArgvLog } from './argvLog.js';
import { type Clock } from './clock.js';
import { CommandRegistry, type Command, type TerminalSize } from './command.js';
import type { InternalErrorHook } from './internalError.js';
import { builtins, coreutils } from './commands/index.js';
import { completeLine } from './completion.js';
import { Foreground } from './foreground.js';
import { Interpreter, PAUSE, type Execution, type Sink } from './interpreter.js';
import { KeyDecoder, type KeyEvent } from './keys.js';
import { DEFAULT_LIMITS, type ShellLimits } from './limits.js';
import { LineEditor, type LineEditorAction } from './lineEditor.js';
import { parseScript } from './parse.js';
import { CONTINUATION_PROMPT, primaryPrompt } from './prompt.js';
import { type CommandRecord, type ShellSnapshot } from './snapshot.js';
import { homeOf, initialState, type ShellState } from './state.js';
import { DEFAULT_VFS_LIMITS, Vfs, type VfsLimits } from './vfs.js';
import { stripAnsi } from './width.js';

/** Shown once when a typed line's loop starts running in slices (see LOOP_SLICE_MS). */
const SLICED =
  'kubelab: this loop keeps the CPU busy, so it now runs in short slices and others sharing the server stay fast (Ctrl-C stops it)\n';

/** What a host runs around each interactive command line. */
export interface LineHooks {
  /** Before the line runs: a message to print instead of running it (exit status 126), or undefined to run it. */
  guard?(line: string): string | undefined;
  /** After it ends, before the prompt: a promise here holds the prompt back until it settles. */
  end?(): Promise<void> | undefined;
}

export interface ShellSessionDeps {
  /** Commands added to the built-in utilities (kubectl, minikube ...); they win on name clashes. */
  readonly commands?: Iterable<Command>;
  readonly clock: Clock;
  readonly cols?: number;
  readonly rows?: number;
  readonly limits?: Partial<ShellLimits>;
  readonly vfsLimits?: Partial<VfsLimits>;
  /** Another shell's flavour (the `sh` in a container): its prompt, exit message, wording and environment. */
  readonly flavour?: ShellFlavour;
  /** Where a program's unexpected exception is reported (the server's logger); offline, the message is printed. */
  readonly onInternalError?: InternalErrorHook | undefined;
  /**
   * A monotonic clock in ms for the CPU-time budget (the server injects `performance.now`). Without
   * it only commands, steps and bytes are counted, which keeps tests and the offline CLI deterministic.
   */
  readonly cpuClock?: () => number;
}

/** What differs between the student's bash and the shell inside a container. */
export interface ShellFlavour {
  /** The primary prompt for a working directory, e.g. `/ # ` (busybox) or `root@web-5d8f:/# `. */
  prompt(cwd: string): string;
  /** Printed when `exit` ends an interactive session ('logout' for the student's login shell). */
  readonly exitMessage: string;
  /** stderr for an unknown command, e.g. `sh: foo: not found`. */
  notFound(name: string): string;
  /** The exported environment, instead of the student's. */
  readonly env: readonly (readonly [string, string])[];
  readonly cwd: string;
  /** Directories and files the shell starts with (absolute paths). */
  readonly dirs: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  /** Directories written to besides the home and /tmp (a container's emptyDir mounts). */
  readonly writable?: readonly string[];
}

export interface ShellSessionOptions extends ShellSessionDeps {
  readonly user: string;
  readonly hostname: string;
  /** Initial files: paths relative to the home directory (or absolute) → contents. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Result of `runLine`: what the terminal would show, without prompts or echo. */
export interface RunLineResult {
  readonly output: string;
  /** Exit code of the line; undefined while incomplete (open quote, heredoc) or still running. */
  readonly exitCode: number | undefined;
  /** 'running': a foreground program (watch, -w) continues; drive it with `tick` or stop it with `write('\x03')`. */
  readonly status: 'done' | 'incomplete' | 'running' | 'exited';
}

const SPLIT_LINES = /\r\n|\r|\n/;
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

export class ShellSession {
  readonly vfs: Vfs;
  private readonly state: ShellState;
  private readonly registry: CommandRegistry;
  private readonly interpreter: Interpreter;
  private readonly editor: LineEditor;
  private readonly decoder = new KeyDecoder();
  private readonly limits: ShellLimits;
  private readonly listeners = new Set<(data: string) => void>();
  private readonly commandListeners = new Set<(record: CommandRecord) => void>();
  private readonly exitListeners = new Set<(exitCode: number) => void>();
  private readonly log: CommandRecord[] = [];
  /** What the current line has run so far. */
  private lineArgvs = new ArgvLog();
  private size: TerminalSize;
  private queue: KeyEvent[] = [];
  /** Unfinished input (open quote, heredoc): typed lines and `runLine` lines are kept apart. */
  private readonly continuation = { typed: '', run: '' };
  private readonly foreground: Foreground;
  private running = false;
  private exited = false;
  private atLineStart = true;
  /** Set while `runLine` collects output instead of sending it to listeners. */
  private captured: string[] | undefined;
  private interactiveLine = true;
  private readonly flavour: ShellFlavour | undefined;
  private draining = false;
  private lineHooks: LineHooks = {};
  /** The running line's loops have been paused once already (its notice is shown). */
  private lineSliced = false;
  /** Spent by everything one host event (keystrokes, a tick, a resize, `runLine`) makes the shell do. */
  private readonly budget: Budget;

  constructor(
    options: {
      user: string;
      hostname: string;
      clock: Clock;
      cols?: number;
      rows?: number;
      limits?: Partial<ShellLimits>;
      vfsLimits?: Partial<VfsLimits>;
      commands?: Iterable<Command>;
      flavour?: ShellFlavour;
      onInternalError?: InternalErrorHook | undefined;
      cpuClock?: () => number;
    },
    private readonly clock: Clock,
    state?: ShellState,
  ) {
    this.flavour = options.flavour;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.size = { cols: clampSize(options.cols ?? 80), rows: clampSize(options.rows ?? 24) };
    this.budget = new Budget(
      {
        maxCommands: this.limits.maxCommandsPerLine,
        maxSteps: this.limits.maxStepsPerLine,
        maxCpuMs: this.limits.maxCpuMsPerLine,
        maxBytes: this.limits.maxBytesPerLine,
      },
      options.cpuClock,
    );
    const home = homeOf(options.user);
    this.vfs = new Vfs(() => clock.now(), [home, '/tmp', ...(options.flavour?.writable ?? [])], {
      ...DEFAULT_VFS_LIMITS,
      ...options.vfsLimits,
    });
    for (const dir of [home, '/tmp', '/etc', '/usr/bin', '/usr/local/bin']) this.vfs.forceMkdir(dir);
    this.vfs.seedFile('/etc/hostname', `${options.hostname}\n`);
    this.state = state ?? initialState(options.user, options.hostname, home, this.limits);
    if (this.flavour) this.adopt(this.flavour);
    this.registry = new CommandRegistry([...coreutils(), ...(options.commands ?? [])]);
    const builtinMap = new Map(builtins.map((b) => [b.name, b]));
    this.interpreter = new Interpreter({
      state: this.state,
      commands: this.registry,
      builtins: builtinMap,
      vfs: this.vfs,
      clock,
      limits: this.limits,
      budget: this.budget,
      terminalSize: () => this.size,
      onRun: (argv) => this.lineArgvs.add(argv),
      ...(this.flavour ? { notFound: this.flavour.notFound.bind(this.flavour) } : {}),
      onInternalError: options.onInternalError,
    });
    this.foreground = new Foreground({
      now: () => clock.now(),
      size: () => this.size,
      report: (message) => this.emitText(`${this.atLineStart ? '' : '\n'}${message}\n`),
      taken: () => this.editor.stop(),
      onInternalError: options.onInternalError,
    });
    this.editor = new LineEditor({
      write: (data) => this.emit(data),
      size: () => this.size,
      history: this.state.history,
      maxLength: this.limits.maxLineLength,
      complete: (text, cursor) =>
        completeLine(text, cursor, {
          commands: this.registry,
          builtinNames: [...builtinMap.keys()],
          aliases: this.state.aliases,
          cwd: this.state.cwd,
          home: this.state.home,
          vfs: this.vfs,
          env: this.state.vars,
        }),
    });
  }

  /** Another shell's environment, files and working directory, in place of the student's. */
  private adopt(flavour: ShellFlavour): void {
    const { vars, exported } = this.state;
    vars.clear();
    exported.clear();
    for (const [name, value] of flavour.env) {
      vars.set(name, value);
      exported.add(name);
    }
    this.state.aliases.clear();
    for (const dir of flavour.dirs) this.vfs.forceMkdir(dir);
    for (const [path, content] of Object.entries(flavour.files)) this.vfs.seedFile(path, content);
    this.state.cwd = flavour.cwd;
  }

  // ---- output and events -------------------------------------------------------------------

  /** Subscribes to terminal output (ANSI). Returns an unsubscribe function. */
  onOutput(listener: (data: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when a command line finishes, with its exit code (for lab checks). */
  onCommand(listener: (record: CommandRecord) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  /** Called when the shell exits (`exit`, Ctrl-D). */
  onExit(listener: (exitCode: number) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  // ---- state -----------------------------------------------------------------------------------

  get cwd(): string {
    return this.state.cwd;
  }

  get user(): string {
    return this.state.user;
  }

  get terminalSize(): TerminalSize {
    return this.size;
  }

  get lastExitCode(): number {
    return this.state.lastExitCode;
  }

  /** True while a foreground program (watch, an editor, `kubectl get -w`) owns the terminal. */
  get busy(): boolean {
    return this.foreground.busy;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  /** The lines in bash's history (what ↑ and `history` show). */
  history(): readonly string[] {
    return this.state.history.list();
  }

  /** Every line run, with exit codes and the argv of the commands it ran, oldest first (bounded like history). */
  commandLog(): readonly CommandRecord[] {
    return this.log;
  }

  snapshot(): ShellSnapshot {
    const { state } = this;
    return {
      version: 1,
      user: state.user,
      hostname: state.hostname,
      cwd: state.cwd,
      vars: [...state.vars],
      exported: [...state.exported],
      aliases: [...state.aliases],
      lastExitCode: state.lastExitCode,
      history: state.history.toJSON(),
      log: this.log.map((r) => ({ ...r })),
      vfs: { entries: this.vfs.snapshot().entries.map((e) => ({ ...e })) },
    };
  }

  // ---- input -----------------------------------------------------------------------------------

  /** Prints the first prompt. Call once, after subscribing to output. */
  start(): void {
    if (!this.editor.isActive && !this.running && !this.exited) this.prompt();
  }

  /**
   * The terminal that showed the prompt is gone (the student's last tab closed or reloaded): a half-typed line,
   * or an unfinished heredoc or quote, is cancelled as Ctrl-C would, so it cannot join the next command typed
   * in a new tab. A program owning the terminal (an editor, a watch) is left alone. Returns whether anything
   * was cancelled.
   */
  discardTypedInput(): boolean {
    if (this.exited || this.running || this.foreground.busy) return false;
    const typed = (this.editor.isActive && this.editor.text !== '') || this.continuation.typed !== '';
    if (typed) this.write('\x03');
    return typed;
  }

  /** Keystrokes from the terminal. */
  write(data: string): void {
    this.budget.run(() => this.handleInput(data));
  }

  private handleInput(data: string): void {
    if (this.exited) return;
    if (this.foreground.busy) {
      this.toProgram(data);
      return;
    }
    this.queue.push(...splitPastes(this.decoder.feed(data)));
    this.drain();
  }

  resize(cols: number, rows: number): void {
    this.size = { cols: clampSize(cols), rows: clampSize(rows) };
    this.budget.run(() => (this.foreground.busy ? this.foreground.resize(this.size) : this.editor.resize()));
  }

  /**
   * The clock moved: running programs may print; a held-back Esc key is released. Each tick has a
   * fresh budget: a line waiting on `sleep` in a loop runs on, one turn per tick, until Ctrl-C.
   */
  tick(now: number): void {
    this.budget.run(() => this.handleTick(now));
  }

  private handleTick(now: number): void {
    if (this.foreground.busy) {
      this.foreground.tick(now);
      return;
    }
    if (this.decoder.hasPendingEscape()) this.queue.push(...this.decoder.flush());
    if (this.queue.length > 0) this.drain();
  }

  /**
   * Runs one line as if typed, without prompt or echo, returning what it printed. Used by the
   * offline CLI with piped input and by tests. Lines of an unfinished command (heredoc) can be fed
   * one at a time: each returns 'incomplete' until the command is complete.
   */
  runLine(line: string): RunLineResult {
    return this.budget.run(() => this.runCapturedLine(line));
  }

  private runCapturedLine(line: string): RunLineResult {
    if (this.exited) return { output: '', exitCode: undefined, status: 'exited' };
    if (this.running) return { output: 'bash: a command is still running\n', exitCode: undefined, status: 'running' };
    const output: string[] = [];
    this.captured = output;
    this.interactiveLine = false;
    let result: { exitCode: number | undefined; status: RunLineResult['status'] };
    try {
      result = this.submit(line);
    } finally {
      this.captured = undefined;
    }
    const status = this.exited ? 'exited' : result.status;
    return { output: output.join(''), exitCode: result.exitCode, status };
  }

  /**
   * End of piped input: an unfinished `runLine` command (open quote or heredoc) is reported as
   * bash reports it at the end of a script, and dropped.
   */
  endInput(): RunLineResult {
    const pending = this.continuation.run;
    if (!pending) return { output: '', exitCode: this.state.lastExitCode, status: this.exited ? 'exited' : 'done' };
    this.continuation.run = '';
    this.state.lastExitCode = 2;
    return { output: 'bash: syntax error: unexpected end of file\n', exitCode: 2, status: 'done' };
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Feeds queued keys to the line editor; iterative so a 10 000-line paste cannot overflow the stack. */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0 && !this.foreground.busy && !this.running && !this.exited) {
        // A long paste must not hold the process: past its slice, the rest waits for the next tick.
        if (this.budget.eventCpuMs() > this.limits.inputSliceMs) break;
        const event = this.queue.shift();
        if (!event) break;
        if (!this.editor.isActive) this.prompt();
        const action = this.editor.handle(event);
        if (action) this.act(action);
      }
    } finally {
      this.draining = false;
    }
  }

  private act(action: LineEditorAction): void {
    switch (action.kind) {
      case 'line':
        this.emit(BRACKETED_PASTE_OFF);
        this.atLineStart = true;
        this.interactiveLine = true;
        this.submit(action.text);
        if (!this.running && !this.exited && !this.editor.isActive) this.prompt();
        return;
      case 'interrupt':
        this.atLineStart = true;
        this.continuation.typed = '';
        this.state.lastExitCode = 130;
        this.prompt();
        return;
      case 'eof':
        if (this.continuation.typed) {
          this.emit(`\r\nbash: syntax error: unexpected end of file\r\n`);
          this.continuation.typed = '';
          this.state.lastExitCode = 2;
          this.prompt();
          return;
        }
        this.emit('logout\r\n');
        this.exit(this.state.lastExitCode);
        return;
    }
  }

  /** Parses and starts a line; returns its exit code if it finished synchronously. */
  private submit(line: string): { exitCode: number | undefined; status: RunLineResult['status'] } {
    const mode = this.interactiveLine ? 'typed' : 'run';
    const pending = this.continuation[mode];
    const source = pending ? `${pending}\n${line}` : line;
    this.continuation[mode] = '';
    this.lineArgvs = new ArgvLog();
    if (source.length > this.limits.maxScriptBytes) {
      this.emitText('bash: input too long\n');
      return { exitCode: this.finishLine(source, 1, this.clock.now()), status: 'done' };
    }
    const parsed = parseScript(source, {
      aliases: this.state.aliases,
      maxAliasExpansions: this.limits.maxAliasExpansions,
      maxHeredocBytes: this.limits.maxHeredocBytes,
      maxDepth: this.limits.maxSubstitutionDepth,
      maxPipelineLength: this.limits.maxPipelineLength,
    });
    switch (parsed.kind) {
      case 'incomplete':
        this.continuation[mode] = source;
        if (this.interactiveLine) this.editor.start(CONTINUATION_PROMPT);
        return { exitCode: undefined, status: 'incomplete' };
      case 'error':
        this.state.history.add(source);
        this.emitText(`${parsed.message}\n`);
        return { exitCode: this.finishLine(source, 2, this.clock.now()), status: 'done' };
      case 'ok':
        break;
    }
    if (source.trim() === '') return { exitCode: this.state.lastExitCode, status: 'done' };
    this.state.history.add(source);
    const refusal = this.interactiveLine ? this.lineHooks.guard?.(source) : undefined;
    if (refusal !== undefined) {
      this.emitText(refusal);
      return { exitCode: this.finishLine(source, 126, this.clock.now()), status: 'done' };
    }
    const startedAt = this.clock.now();
    const sink: Sink = {
      stdout: (d) => this.emitText(d),
      stderr: (d) => this.emitText(d),
      isTerminal: this.interactiveLine,
    };
    this.running = true;
    this.lineSliced = false;
    // On the live clock a typed line's loops run in slices, so the students sharing this thread wait little.
    this.budget.startLine({ sliced: this.interactiveLine && !this.clock.advance });
    let finished: number | undefined;
    this.step(this.interpreter.execute(parsed.script, sink), undefined, (exitCode) => {
      finished = this.finishLine(source, exitCode, startedAt);
    });
    return finished === undefined ? { exitCode: undefined, status: 'running' } : { exitCode: finished, status: 'done' };
  }

  /** Advances an execution until it ends or waits on a program. */
  private step(execution: Execution, value: number | undefined, done: (exitCode: number) => void): void {
    let input = value;
    for (;;) {
      const next = input === undefined ? execution.next() : execution.next(input);
      if (next.done) {
        done(next.value);
        return;
      }
      if (next.value === PAUSE && !this.lineSliced) {
        this.lineSliced = true;
        this.emitText(SLICED);
      }
      const result = this.foreground.start(next.value, this.interactiveLine, (exitCode) =>
        this.step(execution, exitCode, done),
      );
      if (result === undefined) return;
      input = result;
    }
  }

  private toProgram(data: string): void {
    if (this.foreground.takesInput) {
      this.foreground.input(data);
      return;
    }
    // Programs without input handling are stopped by Ctrl-C, like SIGINT, which also discards
    // typeahead. Other keys are kept and reach the prompt when the program ends, as in a real tty.
    if (!data.includes('\x03')) {
      this.queue.push(...splitPastes(this.decoder.feed(data)));
      return;
    }
    this.queue = [];
    this.emit('^C');
    if (this.foreground.interrupt()) {
      this.emit('\r\n');
      this.atLineStart = true;
      this.interpreter.abort();
      this.foreground.end(130);
    }
  }

  /**
   * Stops a running program (its `onInterrupt` releases watches) and drops listeners; for hosts
   * evicting an idle session. The session can still be snapshotted afterwards.
   */
  dispose(): void {
    this.foreground.dispose();
    this.listeners.clear();
    this.commandListeners.clear();
    this.exitListeners.clear();
    this.editor.stop();
    this.exited = true;
  }

  private finishLine(line: string, exitCode: number, startedAt: number): number {
    this.running = false;
    this.state.lastExitCode = exitCode;
    // A pasted heredoc can be large; the log keeps enough of it to recognise the command.
    const max = this.limits.maxLineLength;
    const logged = line.length > max ? `${line.slice(0, max)}…` : line;
    const record: CommandRecord = {
      line: logged,
      exitCode,
      startedAt,
      endedAt: this.clock.now(),
      argv: this.lineArgvs.list(),
    };
    this.log.push(record);
    if (this.log.length > this.limits.maxHistory) this.log.shift();
    for (const listener of this.commandListeners) listener(record);
    const interactive = this.interactiveLine && this.captured === undefined;
    const settling = interactive ? this.lineHooks.end?.() : undefined;
    if (this.state.exitCode !== undefined) {
      const message = this.flavour ? this.flavour.exitMessage : 'logout';
      if (this.interactiveLine && message) this.emit(`${message}\r\n`);
      this.exit(this.state.exitCode);
      return exitCode;
    }
    if (interactive && !this.editor.isActive) {
      if (settling) {
        // Typed keys wait in the queue meanwhile, as they do while a command runs.
        this.running = true;
        void settling.then(() => {
          this.running = false;
          if (this.exited || this.editor.isActive || this.foreground.busy) return;
          this.budget.run(() => {
            this.prompt();
            this.drain();
          });
        });
        return exitCode;
      }
      this.prompt();
      this.drain();
    }
    return exitCode;
  }

  /** What the host runs around each interactive command line (see LineHooks). */
  setLineHooks(hooks: LineHooks): void {
    this.lineHooks = hooks;
  }

  private exit(code: number): void {
    this.exited = true;
    this.editor.stop();
    for (const listener of this.exitListeners) listener(code);
  }

  private prompt(): void {
    if (!this.atLineStart) this.emit('\r\n');
    // Like readline, ask the terminal to bracket pastes while editing, so pasted tabs and
    // newlines are text, not completion requests; turned off again while a command runs.
    this.emit(BRACKETED_PASTE_ON);
    this.editor.start(
      this.flavour
        ? this.flavour.prompt(this.state.cwd)
        : primaryPrompt(this.state.user, this.state.hostname, this.state.cwd, this.state.home),
    );
  }

  /** Command output: newlines become CRLF on the terminal. */
  private emitText(data: string): void {
    this.emit(this.interactiveLine && this.captured === undefined ? toCrlf(data) : data);
  }

  private emit(data: string): void {
    if (data === '') return;
    // Leaving the alternate screen restores the cursor saved when the program started, after a newline.
    this.atLineStart =
      data.endsWith('\n') || data.endsWith(LEAVE_ALTERNATE_SCREEN) || (this.atLineStart && stripAnsi(data) === '');
    if (this.captured) {
      this.captured.push(data);
      return;
    }
    for (const listener of this.listeners) listener(data);
  }

  /** Used by `restoreShellSession` to load saved history and log. */
  loadLog(records: readonly CommandRecord[]): void {
    this.log.push(...records.slice(-this.limits.maxHistory));
  }
}

function toCrlf(data: string): string {
  return data.includes('\n') ? data.replace(/\r?\n/g, '\r\n') : data;
}

function clampSize(n: number): number {
  return Number.isFinite(n) ? Math.max(2, Math.min(1000, Math.floor(n))) : 80;
}

/** A multi-line paste runs line by line: split it into text and Enter keys. */
function splitPastes(events: readonly KeyEvent[]): KeyEvent[] {
  const out: KeyEvent[] = [];
  for (const event of events) {
    if (event.kind !== 'paste') {
      out.push(event);
      continue;
    }
    event.text.split(SPLIT_LINES).forEach((line, i) => {
      if (i > 0) out.push({ kind: 'key', key: 'enter' });
      if (line) out.push({ kind: 'paste', text: line });
    });
  }
  return out;
}
