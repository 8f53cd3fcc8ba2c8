/**
 * Group commit of journal entries: entries of every sandbox that arrive while a write is in flight go together in
 * the next one (one INSERT for all), so durability costs one round trip per few milliseconds, not one per command.
 * Nothing waits on purpose: a write starts as soon as one of the few write slots is free. Several slots, so that
 * one batch held up (a row lock behind a lab's checkpoint) does not hold everyone's prompt.
 */
import type { JournalRow } from '../db/labSessions.js';

interface Pending {
  row: JournalRow;
  resolve: (written: boolean) => void;
  reject: (err: unknown) => void;
}

/** Rows in one statement at most (PostgreSQL takes the arrays as parameters; this bounds one statement's size). */
const MAX_BATCH = 500;
/** Statements in flight at once (the database pool has 10 connections; the rest serve HTTP and checkpoints). */
const MAX_IN_FLIGHT = 3;

export class JournalCommitter {
  private queue: Pending[] = [];
  private inFlight = 0;

  /** `write` stores the rows and returns the keys (`user/lab/seq`) it wrote; a missing key was fenced off. */
  constructor(private readonly write: (rows: readonly JournalRow[]) => Promise<Set<string>>) {}

  /** Resolves true once the entry is durable, false when its opening was fenced off; rejects when the write fails. */
  append(row: JournalRow): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      if (this.inFlight < MAX_IN_FLIGHT) this.flush();
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    this.inFlight++;
    const next = () => {
      this.inFlight--;
      this.flush();
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
