/**
 * Pipeline stages that run at the same time. A stage that keeps running (a program such as `tail -f` or
 * `kubectl get -w`, a loop that sleeps) writes into a pipe while the stages after it read from it: `read`
 * takes each line as it comes, a line filter (`grep`) prints as it goes, other commands wait for the end of
 * the input. Both sides are executions (interpreter.ts) whose programs this one program hosts; it ends with
 * the last stage's status. When the reader ends first, the writer is stopped, as SIGPIPE would stop it.
 */
import { type ProgramHandlers, type ProgramIO, type ProgramStart, type TerminalSize } from './command.js';
import type { ProgramRequest } from './interpreter.js';
import type { Stdin } from './stdin.js';

type Stage = Generator<ProgramRequest, number, number>;

/** A program that ends once `stdin` has a line to read (or is closed), or once it is closed. */
export function waitFor(stdin: Stdin, until: 'line' | 'close'): ProgramRequest {
  const satisfied = () => (until === 'line' ? stdin.ready : stdin.closed);
  return {
    name: 'read',
    start: (io) => {
      if (satisfied()) {
        io.exit(0);
        return {};
      }
      const stop = stdin.onChange(() => {
        if (!satisfied()) return;
        stop();
        io.exit(0);
      });
      return { onInterrupt: stop };
    },
    write: () => undefined,
    isTerminal: false,
  };
}

/** One side of the pipe: its execution and the program it waits on. */
class Lane {
  private handlers: ProgramHandlers | undefined;
  private exited: number | undefined;
  /** The side's status once its execution has finished. */
  done: number | undefined;

  constructor(
    private readonly execution: Stage,
    private readonly host: { now(): number; size(): TerminalSize },
  ) {}

  /** Runs the execution on until it waits on a program that is still running, or finishes. */
  advance(first?: ProgramRequest): void {
    let request = first;
    while (this.done === undefined) {
      if (!request) {
        if (this.handlers && this.exited === undefined) return;
        const value = this.exited;
        this.handlers = undefined;
        this.exited = undefined;
        const step = value === undefined ? this.execution.next() : this.execution.next(value);
        if (step.done) {
          this.done = step.value;
          return;
        }
        request = step.value;
      }
      this.start(request);
      request = undefined;
    }
  }

  tick(now: number): void {
    if (this.exited === undefined) this.handlers?.onTick?.(now);
  }

  /** Ctrl-C, or the reader gone: the running program is stopped and the execution abandoned. */
  stop(code: number): void {
    if (this.done !== undefined) return;
    const handlers = this.handlers;
    this.handlers = undefined;
    handlers?.onInterrupt?.();
    this.done = code;
    this.execution.return(code);
  }

  private start(request: ProgramRequest): void {
    let code: number | undefined;
    const io: ProgramIO = {
      write: (data) => {
        if (code === undefined) request.write(data);
      },
      error: (data) => {
        if (code === undefined) (request.writeError ?? request.write)(data);
      },
      exit: (c) => {
        if (code !== undefined) return;
        code = c;
        this.exited = c;
      },
      now: () => this.host.now(),
      size: () => this.host.size(),
      isTerminal: request.isTerminal,
    };
    this.exited = undefined;
    this.handlers = request.start(io);
    if (code !== undefined) this.exited = code;
  }
}

/**
 * The writer (a stage that yielded `first`, its program now starting) and the reader (the rest of the
 * pipeline reading `pipe`), run together as one foreground program.
 */
export function concurrently(writer: Stage, first: ProgramRequest, pipe: Stdin, reader: Stage): ProgramRequest {
  const start: ProgramStart = (io) => {
    const up = new Lane(writer, io);
    const down = new Lane(reader, io);
    let finished = false;
    // Writes during the writer's step wake a reader waiting for a line; one pass each way is enough.
    const settle = (): void => {
      if (finished) return;
      up.advance();
      if (up.done !== undefined) pipe.close();
      down.advance();
      if (down.done === undefined) return;
      up.stop(141);
      finished = true;
      io.exit(down.done);
    };
    up.advance(first);
    settle();
    return {
      onTick: (now) => {
        up.tick(now);
        down.tick(now);
        settle();
      },
      onInterrupt: () => {
        // Ctrl-C reaches every process of the pipeline: all stop, and the shell ends the line.
        up.stop(130);
        down.stop(130);
      },
    };
  };
  return { name: first.name, start, write: () => undefined, isTerminal: false };
}
