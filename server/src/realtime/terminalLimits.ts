/** Per-user limits of the `/terminal` namespace: input size, and how many sockets one user may hold open. */

export interface TerminalLimits {
  /** Largest `input` event, in bytes of UTF-8 (TERMINAL_INPUT_MAX_BYTES). */
  inputMaxBytes: number;
  /** Sockets one user may have open on one terminal: their own lab, or one student's lab they watch. */
  socketsPerLab: number;
  /** Sockets one user may have open on all terminals together. */
  socketsPerUser: number;
}

export const DEFAULT_TERMINAL_LIMITS: TerminalLimits = { inputMaxBytes: 4096, socketsPerLab: 10, socketsPerUser: 30 };

export type SocketRefusal = 'lab' | 'user';

/**
 * Counts open terminal sockets per user, in total and per terminal. A watcher's sockets count
 * against the watcher, never against the student watched.
 */
export class SocketQuota {
  private readonly perUser = new Map<string, number>();
  private readonly perTerminal = new Map<string, number>();

  constructor(private readonly limits: Pick<TerminalLimits, 'socketsPerLab' | 'socketsPerUser'>) {}

  /**
   * Counts one more socket of `userId` on the terminal of `studentId` in `labId`. Returns the
   * function that gives it back (safe to call more than once), or which limit it would exceed.
   */
  acquire(userId: string, studentId: string, labId: string): { release: () => void } | { refused: SocketRefusal } {
    const terminal = `${userId}|${studentId}/${labId}`;
    if ((this.perTerminal.get(terminal) ?? 0) >= this.limits.socketsPerLab) return { refused: 'lab' };
    if ((this.perUser.get(userId) ?? 0) >= this.limits.socketsPerUser) return { refused: 'user' };
    increment(this.perTerminal, terminal, 1);
    increment(this.perUser, userId, 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        increment(this.perTerminal, terminal, -1);
        increment(this.perUser, userId, -1);
      },
    };
  }
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** What a refused browser shows (the `connect_error` message). */
export function tooManyMessage(
  refused: SocketRefusal,
  limits: Pick<TerminalLimits, 'socketsPerLab' | 'socketsPerUser'>,
): string {
  return refused === 'lab'
    ? `This terminal is already open in ${limits.socketsPerLab} tabs or windows, the most allowed. Close one of them, then reload this page.`
    : `You already have ${limits.socketsPerUser} terminals open, the most allowed. Close some tabs or windows, then reload this page.`;
}
