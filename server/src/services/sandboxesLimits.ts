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

/** Control sequences (a Ctrl-arrow key `\x1b[1;5C`, a mouse report) whose `;` separates nothing. */
// eslint-disable-next-line no-control-regex -- terminal input is made of control characters
const CSI = /\x1b\[[0-?]*[ -/]*[@-~]/g;
/** What starts one more command: a line break as the shell reads it (`\r\n` once), `;`, `&&`, `||`, `|`, `&`. */
const COMMAND_START = /\r\n|[\r\n;]|&&|\|\||[&|]/g;

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** Whether a bracketed paste is still open after the input seen so far (a long paste may come in several events). */
export interface PasteState {
  open: boolean;
}

function countTyped(data: string): number {
  if (!/[\r\n;&|]/.test(data)) return 0;
  return data.replace(CSI, '').match(COMMAND_START)?.length ?? 0;
}

/**
 * Counts the commands raw terminal input makes the shell run: every typed line break, and every operator that joins
 * another command onto a line. Counted as the keys arrive, so typing a line one key at a time cannot dodge the count.
 * A bracketed paste counts as one, however many lines it holds: a pasted manifest (a heredoc, or text into vi) is one
 * action, and what a paste makes the shell run is bounded by the shell's CPU slice per event. Approximate on purpose:
 * a quoted `;`, a `2>&1` or an `&&` typed key by key counts one more; the commands of a loop count once (the shell's
 * CPU budget per line bounds those).
 */
export function countCommands(data: string, paste: PasteState = { open: false }): number {
  let count = 0;
  let rest = data;
  while (rest !== '') {
    if (paste.open) {
      const end = rest.indexOf(PASTE_END);
      if (end < 0) return count;
      paste.open = false;
      rest = rest.slice(end + PASTE_END.length);
      continue;
    }
    const start = rest.indexOf(PASTE_START);
    count += countTyped(start < 0 ? rest : rest.slice(0, start));
    if (start < 0) return count;
    count++;
    paste.open = true;
    rest = rest.slice(start + PASTE_START.length);
  }
  return count;
}
