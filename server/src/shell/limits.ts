/**
 * Every bound the shell enforces, in one place so hosts can see (and tests can shrink) them.
 *
 * The per-line budget (lib/budget.ts) is spent by everything a line runs: its commands, `$(...)`,
 * pipelines, loops, `watch` and `xargs`, grep, globs, kubectl's templates and JSONPath. A line
 * waiting on a program (`sleep 1` in a loop) goes on with a fresh budget at each tick or keystroke;
 * a program that ends at once (`sleep 0` in virtual time, `kubectl wait` on a condition that holds)
 * gives none back. The lines of a long paste each get a budget, but once an event has spent
 * `inputSliceMs` of CPU the rest waits for the next tick. When a budget runs out the line ends with exit status 1 and one of:
 *   bash: command budget exceeded: more than 1000 commands in one line
 *   bash: command budget exceeded: more than 1000000 steps of work in one line
 *   bash: command budget exceeded: more than 1000 ms of CPU time in one line
 *   bash: command budget exceeded: more than 16777216 bytes of data in one line
 *   bash: command budget exceeded: variable x larger than 65536 bytes
 *   bash: command budget exceeded: shell variables larger than 1048576 bytes in all
 *   bash: command budget exceeded: more than 1000 shell variables
 *   bash: command budget exceeded: variable name longer than 256 characters
 * kubectl words it as its own errors: `error: error executing template "…": template: output:1:8:
 * executing "output" at <$.items>: command budget exceeded: …`, and likewise for JSONPath.
 */
export interface ShellLimits {
  /** Longest line the editor accepts, in code points; further input rings the bell. */
  readonly maxLineLength: number;
  /** Bytes a single command may print; the rest is dropped with a note. */
  readonly maxOutputBytes: number;
  /** Commands in one pipeline. */
  readonly maxPipelineLength: number;
  /** Alias expansions while parsing one line. */
  readonly maxAliasExpansions: number;
  /** Bytes in one here-document body. */
  readonly maxHeredocBytes: number;
  /** Nesting of `$(...)`. */
  readonly maxSubstitutionDepth: number;
  /**
   * The budget of one event (a line, or one tick or keystroke of a program it waits on), shared by
   * everything it runs: `$(...)`, pipelines, loops, `watch`, kubectl's templates. Simple commands:
   */
  readonly maxCommandsPerLine: number;
  /**
   * Units of evaluation work (loop turns, template and JSONPath nodes, grep lines and characters): a step is a
   * fraction of a microsecond, so 100,000 keep one event of a student's line near 25 ms, and the other students on the
   * same thread wait at most that long. Counted, not timed, so a busy machine never fails a command that fits.
   */
  readonly maxStepsPerLine: number;
  /** Milliseconds of CPU, measured only when the host injects a `cpuClock`. */
  readonly maxCpuMsPerLine: number;
  /** Bytes output, piped, written, read or expanded. */
  readonly maxBytesPerLine: number;
  /** CPU ms one event may spend on queued input before the rest (a long paste) waits for the next tick. */
  readonly inputSliceMs: number;
  /** Bytes in one shell variable's value (the snapshot schema keeps at most 64 KiB). */
  readonly maxVariableBytes: number;
  /** Bytes in all shell variables together (names and values). */
  readonly maxVariablesBytes: number;
  /** Shell variables (the snapshot schema keeps at most 1000, with names of at most 256 characters). */
  readonly maxVariables: number;
  /** Lines kept in history (the oldest is dropped). */
  readonly maxHistory: number;
  /** Bytes of pending continuation input (open quote or heredoc). */
  readonly maxScriptBytes: number;
}

export const DEFAULT_LIMITS: ShellLimits = {
  maxLineLength: 16 * 1024,
  maxOutputBytes: 1024 * 1024,
  maxPipelineLength: 32,
  maxAliasExpansions: 64,
  maxHeredocBytes: 256 * 1024,
  maxSubstitutionDepth: 8,
  maxCommandsPerLine: 1000,
  maxStepsPerLine: 100_000,
  maxCpuMsPerLine: 1000,
  maxBytesPerLine: 16 * 1024 * 1024,
  inputSliceMs: 20,
  maxVariableBytes: 64 * 1024,
  maxVariablesBytes: 1024 * 1024,
  maxVariables: 1000,
  maxHistory: 1000,
  maxScriptBytes: 512 * 1024,
};
