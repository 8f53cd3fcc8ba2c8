/** Token buckets for the per-student limits, and the messages printed when one is exceeded. */

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes `n` tokens if available; returns false (taking nothing) otherwise. */
  take(n: number, now: number): boolean {
    this.refill(now);
    if (n > this.tokens) return false;
    this.tokens -= n;
    return true;
  }

  /** Takes up to `n` tokens and returns how many it took. */
  takeUpTo(n: number, now: number): number {
    this.refill(now);
    const taken = Math.max(0, Math.min(n, Math.floor(this.tokens)));
    this.tokens -= taken;
    return taken;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.ratePerSecond);
  }
}

export type LimitKind = 'input' | 'commands' | 'output';

export function limitMessage(kind: LimitKind): string {
  const what: Record<LimitKind, string> = {
    input: 'You are typing or pasting faster than the terminal accepts; some input was ignored.',
    commands: 'Too many commands per second; some input was ignored. Wait a moment and try again.',
    output: 'A command produced more output than the terminal shows per second; some output was skipped.',
  };
  // Bold yellow on its own line, so it never looks like the shell's own output.
  return `\r\n\x1b[1;33m[kubelab] ${what[kind]}\x1b[0m\r\n`;
}

/**
 * Counts the command lines raw terminal input submits: every line break, as the shell reads them
 * (`\r\n`, `\r` or `\n`, typed or inside a bracketed paste, each one Enter).
 */
export function countCommands(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 10 || (c === 13 && data.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
