/**
 * The program that owns the terminal (watch, an editor, `kubectl get -w`): starts it with its
 * ProgramIO, routes input, ticks and resizes to it, and ends it. A handler that throws ends the
 * program with exit code 1 rather than escaping into the host.
 */
import { BudgetExceededError } from '../lib/budget.js';
import { type ProgramHandlers, type ProgramIO, type TerminalSize } from './command.js';
import { internalErrorLine, type InternalErrorHook } from './internalError.js';
import { type ProgramRequest } from './interpreter.js';

export interface ForegroundHost {
  now(): number;
  size(): TerminalSize;
  /** Tells the student why a program ended abnormally. */
  report(message: string): void;
  /** Where an unexpected exception of a program is reported (the server's logger). */
  readonly onInternalError?: InternalErrorHook | undefined;
  /** A program kept running after `start`: the terminal is now its own. */
  taken(): void;
}

interface Running {
  readonly handlers: ProgramHandlers;
  readonly request: ProgramRequest;
  readonly io: ProgramIO;
}

export class Foreground {
  private current: Running | undefined;

  constructor(private readonly host: ForegroundHost) {}

  get busy(): boolean {
    return this.current !== undefined;
  }

  /** True when the program reads the keyboard itself (editors, nested shells). */
  get takesInput(): boolean {
    return this.current?.handlers.onInput !== undefined;
  }

  /**
   * Starts a program. Returns its exit code when it ended during start; otherwise it runs on and
   * `resume` is called with the exit code when it ends. `crlf` converts `\n` for the terminal.
   */
  start(request: ProgramRequest, crlf: boolean, resume: (exitCode: number) => void): number | undefined {
    let exitCode: number | undefined;
    let starting = true;
    const io: ProgramIO = {
      write: (data) => {
        if (exitCode === undefined)
          request.write(crlf && request.isTerminal && data.includes('\n') ? data.replace(/\r?\n/g, '\r\n') : data);
      },
      error: (data) => {
        if (exitCode === undefined) (request.writeError ?? request.write)(data);
      },
      exit: (code) => {
        if (exitCode !== undefined) return;
        exitCode = code;
        if (starting) return;
        this.current = undefined;
        resume(code);
      },
      now: () => this.host.now(),
      size: () => this.host.size(),
      isTerminal: request.isTerminal,
    };
    let handlers: ProgramHandlers = {};
    try {
      handlers = request.start(io);
    } catch (error) {
      this.host.report(this.failure(request.name, error));
      exitCode ??= 1;
    }
    starting = false;
    if (exitCode !== undefined) return exitCode;
    this.current = { handlers, request, io };
    this.host.taken();
    return undefined;
  }

  input(data: string): void {
    this.guard((h) => h.onInput?.(data));
  }

  tick(now: number): void {
    this.guard((h) => h.onTick?.(now));
  }

  resize(size: TerminalSize): void {
    this.guard((h) => h.onResize?.(size));
  }

  /** Ctrl-C for a program without input handling: returns true when it is still running. */
  interrupt(): boolean {
    const running = this.current;
    this.guard((h) => h.onInterrupt?.());
    return running !== undefined && this.current === running;
  }

  /** Ends the running program with `exitCode` (the shell resumes the line). */
  end(exitCode: number): void {
    this.current?.io.exit(exitCode);
  }

  /** Stops the program without resuming the line (the session is going away). */
  dispose(): void {
    const running = this.current;
    this.current = undefined;
    try {
      running?.handlers.onInterrupt?.();
    } catch {
      // Disposal must not fail because a program's clean-up did.
    }
  }

  /** What the student is told when a program throws: its budget ran out, or a bug of ours. */
  private failure(name: string, error: unknown): string {
    if (error instanceof BudgetExceededError) return `bash: ${error.message}`;
    return internalErrorLine(name, error, this.host.onInternalError);
  }

  private guard(fn: (handlers: ProgramHandlers) => void): void {
    const running = this.current;
    if (!running) return;
    try {
      fn(running.handlers);
    } catch (error) {
      if (this.current !== running) return;
      this.host.report(this.failure(running.request.name, error));
      running.io.exit(1);
    }
  }
}
