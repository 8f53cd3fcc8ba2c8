/**
 * How much work one student may make the server do in one go. Hundreds of students share one Node
 * process, so every evaluator a student can drive (the shell, templates, JSONPath, regular
 * expressions) spends from the budget of the line being run, and throws `BudgetExceededError`
 * where the work happens once it runs out.
 *
 * The budget is ambient: the shell installs it with `run` around each host event (keystrokes, a
 * tick, a resize, `runLine`), which is safe because all of that work is synchronous. It starts
 * afresh with each event and with each command line (`startLine`); a line that waits on a program
 * goes on, at the next event, with a fresh one. Code with no budget installed (the simulator,
 * tests of a printer) spends nothing.
 */

export interface BudgetLimits {
  /** Simple commands run in one line (or one event of a line that waits). */
  readonly maxCommands: number;
  /** Units of evaluation work (loop turns, template nodes, JSONPath nodes, grep lines). */
  readonly maxSteps: number;
  /** Milliseconds of CPU on `cpuClock`; not measured without one. */
  readonly maxCpuMs: number;
  /** Bytes produced, copied or read (output, pipes, files, expansions). */
  readonly maxBytes: number;
}

/** The message (after `bash: `) says which limit ran out; kubectl and the shell print it in their own style. */
export class BudgetExceededError extends Error {}

/**
 * CPU milliseconds a loop may run before it lets the host's other work go first (it goes on at the next tick):
 * other students' keystrokes on the same thread then wait at most this long for a loop of this one.
 */
export const LOOP_SLICE_MS = 10;

/** CPU time is read once per this many steps: cheap enough, and a step is short. */
const CPU_CHECK_EVERY = 256;

let active: Budget | undefined;

export class Budget {
  private commands = 0;
  private steps = 0;
  private bytes = 0;
  private startedAt = 0;
  private eventStartedAt = 0;
  private nextCpuCheck = CPU_CHECK_EVERY;
  private reason: string | undefined;
  private sliced = false;
  /** The budget installed when this one was: nested shells (`kubectl exec -it`) spend from both. */
  private outer: Budget | undefined;

  /** `cpuClock` is the host's monotonic clock (the server injects `performance.now`). */
  constructor(
    private readonly limits: BudgetLimits,
    private readonly cpuClock?: () => number,
  ) {}

  /** Why the budget ran out, if it did. */
  get exceeded(): string | undefined {
    return this.reason;
  }

  /** Runs `fn` as one event with a fresh budget installed. */
  run<T>(fn: () => T): T {
    if (active === this) return fn();
    this.outer = active;
    const saved = install(this);
    this.reset();
    this.eventStartedAt = this.startedAt;
    try {
      return fn();
    } finally {
      install(saved);
    }
  }

  /**
   * A new command line: a fresh budget, whatever the event spent before it (earlier lines of a paste). `sliced`: the
   * line's loops pause at each tick once they have used LOOP_SLICE_MS (a terminal's line on the live clock; a script
   * replayed in virtual time runs straight through).
   */
  startLine(options: { sliced?: boolean } = {}): void {
    this.sliced = options.sliced ?? false;
    this.reset();
  }

  /** Whether this line's loops should pause: sliced, and the event has used its slice. */
  sliceSpent(): boolean {
    return this.sliced && this.eventCpuMs() > LOOP_SLICE_MS;
  }

  /** CPU milliseconds since the event began (0 without a `cpuClock`). */
  eventCpuMs(): number {
    return this.cpuClock ? this.cpuClock() - this.eventStartedAt : 0;
  }

  /** One more simple command. */
  command(): void {
    this.outer?.command();
    this.check();
    if (++this.commands > this.limits.maxCommands)
      this.exceed(`more than ${this.limits.maxCommands} commands in one line`);
    this.checkCpu();
  }

  step(n = 1): void {
    this.outer?.step(n);
    this.check();
    this.steps += n;
    if (this.steps > this.limits.maxSteps) this.exceed(`more than ${this.limits.maxSteps} steps of work in one line`);
    if (this.steps >= this.nextCpuCheck) {
      this.nextCpuCheck = this.steps + CPU_CHECK_EVERY;
      this.checkCpu();
    }
  }

  spendBytes(n: number): void {
    this.outer?.spendBytes(n);
    this.check();
    this.bytes += n;
    if (this.bytes > this.limits.maxBytes) this.exceed(`more than ${this.limits.maxBytes} bytes of data in one line`);
  }

  /** Throws again once exceeded, so a command that caught the first error cannot carry on working. */
  check(): void {
    if (this.reason !== undefined) throw new BudgetExceededError(`command budget exceeded: ${this.reason}`);
  }

  /** Fails the current work for a reason other than a counter (a variable grown too large). */
  exceed(reason: string): never {
    this.reason ??= reason;
    throw new BudgetExceededError(`command budget exceeded: ${reason}`);
  }

  private reset(): void {
    this.commands = 0;
    this.steps = 0;
    this.bytes = 0;
    this.nextCpuCheck = CPU_CHECK_EVERY;
    this.reason = undefined;
    this.startedAt = this.cpuClock?.() ?? 0;
  }

  private checkCpu(): void {
    if (!this.cpuClock) return;
    if (this.cpuClock() - this.startedAt > this.limits.maxCpuMs)
      this.exceed(`more than ${this.limits.maxCpuMs} ms of CPU time in one line`);
  }
}

/**
 * Runs `fn` charged to no one: work the cluster does on its own (a container's program woken while
 * a student's `sleep` advances the virtual clock) is bounded by its own budget, not the student's line.
 */
export function outsideBudget<T>(fn: () => T): T {
  const saved = install(undefined);
  try {
    return fn();
  } finally {
    install(saved);
  }
}

/** Makes `budget` the one work is charged to; returns the one it replaces. */
function install(budget: Budget | undefined): Budget | undefined {
  const saved = active;
  active = budget;
  return saved;
}

/** Spends `n` steps of the installed budget (none installed: free). */
export function spendSteps(n = 1): void {
  active?.step(n);
}

/** Spends `n` bytes of the installed budget. */
export function spendBytes(n: number): void {
  active?.spendBytes(n);
}

/** Fails the current work for a reason of the caller's (a variable grown too large). */
export function exceedBudget(reason: string): never {
  if (active) active.exceed(reason);
  throw new BudgetExceededError(`command budget exceeded: ${reason}`);
}

/** Fails when the installed budget has run out. */
/** Whether the running event has used its slice (LOOP_SLICE_MS): a loop should pause till the next tick. */
export function sliceSpent(): boolean {
  return active?.sliceSpent() ?? false;
}

export function checkBudget(): void {
  active?.check();
}
