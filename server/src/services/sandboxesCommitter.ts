/**
 * Group commit of journal entries: entries of every sandbox that arrive while a write is in flight go together in
 * the next one (one INSERT for all), so durability costs one round trip per few milliseconds, not one per command.
 * An entry a prompt waits for never waits on purpose: a write starts as soon as one of the few write slots is free.
 * Several slots, so that one batch held up (a row lock behind a lab's checkpoint) does not hold everyone's prompt.
 * An entry nobody waits for (history alone) waits up to LAZY_MS for company: most command lines are reads, and one
 * statement for each was most of the database round trips of a busy server.
 */
import type { JournalRow } from '../db/labSessions.js';

interface Pending {
  row: JournalRow;
  urgent: boolean;
  /** performance.now() when it was queued. */
  at: number;
  resolve: (written: boolean) => void;
  reject: (err: unknown) => void;
}

/** Rows in one statement at most (PostgreSQL takes the arrays as parameters; this bounds one statement's size). */
const MAX_BATCH = 500;
/** Statements in flight at once (the database pool has 10 connections; the rest serve HTTP and checkpoints). */
const MAX_IN_FLIGHT = 3;
/** How long an entry nobody waits for may wait for others to share its statement. */
export const LAZY_MS = 20;

export class JournalCommitter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private lazyTimer: NodeJS.Timeout | null = null;

  /** `write` stores the rows and returns the keys (`user/lab/seq`) it wrote; a missing key was fenced off. */
  constructor(private readonly write: (rows: readonly JournalRow[]) => Promise<Set<string>>) {}

  /**
   * Resolves true once the entry is durable, false when its opening was fenced off; rejects when the write fails.
   * `urgent: false`: nobody waits for it, so it may wait up to LAZY_MS to share a statement (entries of one lab are
   * still written in order: the sandbox manager sends a lab's next entry once the one before it is durable).
   */
  append(row: JournalRow, options: { urgent?: boolean } = {}): Promise<boolean> {
    const urgent = options.urgent ?? true;
    return new Promise((resolve, reject) => {
      this.queue.push({ row, urgent, at: performance.now(), resolve, reject });
      if (urgent) this.hurry();
      else this.wake(LAZY_MS);
    });
  }

  /** Writes what is queued now, entries nobody waits for included (one of them is holding a prompt up after all). */
  hurry(): void {
    if (this.inFlight < MAX_IN_FLIGHT) this.flush();
  }

  /** Writes the queue in `ms` at the latest (a timer already set stays: it is due sooner). */
  private wake(ms: number): void {
    this.lazyTimer ??= setTimeout(() => {
      this.lazyTimer = null;
      this.hurry();
    }, ms).unref();
  }

  private flush(): void {
    if (this.lazyTimer) clearTimeout(this.lazyTimer);
    this.lazyTimer = null;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    this.inFlight++;
    // Then what queued meanwhile; entries nobody waits for only once the oldest has waited its time, or with a
    // waited one.
    const next = () => {
      this.inFlight--;
      const oldest = this.queue[0];
      if (!oldest) return;
      const waited = performance.now() - oldest.at;
      if (waited >= LAZY_MS || this.queue.some((p) => p.urgent)) this.flush();
      else this.wake(LAZY_MS - waited);
    };
    this.write(batch.map((p) => p.row)).then(
      (written) => {
        for (const p of batch) p.resolve(written.has(`${p.row.userId.toLowerCase()}/${p.row.labId}/${p.row.seq}`));
        next();
      },
      (err: unknown) => {
        for (const p of batch) p.reject(err);
        next();
      },
    );
  }
}
