/** Foreground programs that print on the virtual clock (minikube start, rollout status, wait). */
import type { ProgramHandlers, ProgramIO, ProgramStart } from '../shell/command.js';

export interface TimedStep {
  /** Milliseconds after the previous step. */
  readonly after: number;
  readonly text?: string;
  /** Runs when the step is reached (before its text is written); may return text to print. */
  readonly action?: () => string | void;
}

/** Prints steps as the clock reaches them, then exits with `exitCode` (or what `exit` returns). */
export function timedProgram(steps: readonly TimedStep[], exitCode: number | (() => number) = 0): ProgramStart {
  return (io: ProgramIO): ProgramHandlers => {
    const start = io.now();
    let next = 0;
    let due = start;
    const advance = (now: number): void => {
      while (next < steps.length) {
        const step = steps[next]!;
        if (due + step.after > now) return;
        due += step.after;
        next++;
        const extra = step.action?.();
        if (step.text !== undefined) io.write(step.text);
        if (typeof extra === 'string') io.write(extra);
      }
      io.exit(typeof exitCode === 'function' ? exitCode() : exitCode);
    };
    advance(start);
    return { onTick: advance };
  };
}

/** A program that polls `check` on every tick until it returns an exit code (or the timeout passes). */
export function pollProgram(opts: {
  /** Called first at start, then on every tick; write output through io. Returns an exit code to finish. */
  check(io: ProgramIO, now: number): number | undefined;
  /** Milliseconds; 0 = no timeout. */
  timeoutMs?: number;
  onTimeout?(io: ProgramIO): number;
  onInterrupt?(): void;
}): ProgramStart {
  return (io) => {
    const start = io.now();
    let finished = false;
    const poll = (now: number): void => {
      if (finished) return;
      const code = opts.check(io, now);
      if (code !== undefined) {
        finished = true;
        io.exit(code);
        return;
      }
      if (opts.timeoutMs && now - start >= opts.timeoutMs) {
        finished = true;
        io.exit(opts.onTimeout ? opts.onTimeout(io) : 1);
      }
    };
    poll(start);
    return { onTick: poll, onInterrupt: () => opts.onInterrupt?.() };
  };
}

/** Counts foreground programs that read the keyboard (a shell in a pod, the editor), for piped drivers. */
export interface InputTracker {
  readingInput: number;
}

/** Marks a program as one that reads input while it runs (`kubelab sim` types piped lines into it). */
export function readsInput(tracker: InputTracker, start: ProgramStart): ProgramStart {
  return (io) => {
    tracker.readingInput++;
    let done = false;
    const release = (): void => {
      if (!done) {
        done = true;
        tracker.readingInput--;
      }
    };
    const handlers = start({
      write: (d) => io.write(d),
      error: (d) => io.error(d),
      exit: (code) => {
        release();
        io.exit(code);
      },
      now: () => io.now(),
      size: () => io.size(),
      isTerminal: io.isTerminal,
    });
    return {
      ...(handlers.onInput ? { onInput: (d: string) => handlers.onInput?.(d) } : {}),
      ...(handlers.onTick ? { onTick: (n: number) => handlers.onTick?.(n) } : {}),
      ...(handlers.onResize
        ? { onResize: (s: Parameters<NonNullable<typeof handlers.onResize>>[0]) => handlers.onResize?.(s) }
        : {}),
      onInterrupt: () => {
        release();
        handlers.onInterrupt?.();
      },
    };
  };
}
