// The sandbox manager's snapshots and journals in PostgreSQL (the lab_sessions and lab_journal tables).
import {
  appendLabJournal,
  deleteLabSession,
  findLabSession,
  jsonTextString,
  openLabSession,
  readLabJournal,
  readOpenedLabSession,
  saveLabSession,
} from '../db/labSessions.js';
import type { PrismaClient } from '../db/client.js';
import { releaseLease, requestHandOver, takeLease } from '../db/labLeases.js';
import { JournalCommitter } from './sandboxesCommitter.js';
import { openedFromText, restoreText, type OpenedText } from './sandboxesJournal.js';
import { SandboxBusyError, StaleSandboxError, type SandboxStore, type StoredSandbox } from './sandboxesTypes.js';

/** The PostgreSQL store, and how long its writes have been failing (for /readyz). */
export interface DbSandboxStore extends SandboxStore {
  /** Milliseconds since writes (checkpoints, journal entries) started failing without a success since; 0 when fine. */
  failingForMs(now?: number): number;
  /** `open` without parsing: a sandbox worker parses and replays the text itself. */
  openText(userId: string, labId: string): Promise<OpenedText>;
}

/** Ownership leases (several processes on one database): without them, an opening simply raises the epoch. */
export interface StoreLeases {
  /** This process's id (its heartbeat is services/leases.ts's job). */
  owner: string;
  /** How long an opening waits for the live holder to hand the lab over, or for its lease to lapse. */
  waitMs: number;
}

const HANDOVER_POLL_MS = 50;
const HANDOVER_POLL_MAX_MS = 250;

/**
 * Takes the lab's lease: at once when nobody live holds it; otherwise asks the holder to hand it over and polls
 * until it has, or its lease lapsed (a dead holder), or `waitMs` passed (SandboxBusyError: the client retries).
 */
async function takeLeaseOf(db: PrismaClient, userId: string, labId: string, leases: StoreLeases) {
  const deadline = Date.now() + leases.waitMs;
  let asked = '';
  for (let attempt = 1; ; attempt++) {
    const taken = await takeLease(db, userId, labId, leases.owner);
    if ('epoch' in taken) return taken;
    if (taken.heldBy && taken.heldBy !== asked) {
      asked = taken.heldBy;
      await requestHandOver(db, { owner: asked, userId, labId });
    }
    if (Date.now() >= deadline) throw new SandboxBusyError(userId, labId, taken.heldBy);
    // A live holder answers within tens of milliseconds; a dead one's lease lapses at `expiresInMs`: no busy polling.
    const backoff = Math.min(HANDOVER_POLL_MAX_MS, HANDOVER_POLL_MS * attempt);
    await new Promise((r) => setTimeout(r, Math.max(HANDOVER_POLL_MS, Math.min(backoff, taken.expiresInMs + 10))));
  }
}

export function createDbSandboxStore(
  db: PrismaClient,
  options: { leases?: StoreLeases | undefined } = {},
): DbSandboxStore {
  const { leases } = options;
  const committer = new JournalCommitter((rows) => appendLabJournal(db, rows));
  /** Takes the lab (its lease, when there are leases, else by raising the epoch) and reads it as text. */
  const openText = async (userId: string, labId: string): Promise<OpenedText> => {
    const lease = leases ? await takeLeaseOf(db, userId, labId, leases) : null;
    const opened = lease
      ? await readOpenedLabSession(db, userId, labId, lease.epoch)
      : await openLabSession(db, userId, labId);
    return lease?.takenFrom ? { ...opened, takenOver: true } : opened;
  };
  let failingSince: number | null = null;
  /** Notes the outcome of a write; a refusal by the fence is an answer from the database, so it counts as working. */
  const track = <T>(write: Promise<T>): Promise<T> =>
    write.then(
      (value) => {
        failingSince = null;
        return value;
      },
      (err: unknown) => {
        if (err instanceof StaleSandboxError) failingSince = null;
        else failingSince ??= Date.now();
        throw err;
      },
    );
  return {
    failingForMs: (now = Date.now()) => (failingSince === null ? 0 : now - failingSince),
    openText,
    async open(userId, labId) {
      return openedFromText(await openText(userId, labId));
    },
    async load(userId, labId) {
      const row = await findLabSession(db, userId, labId);
      if (!row) return null;
      return restoreText({ session: row.session, journal: await readLabJournal(db, userId, labId, row.journalSeq) });
    },
    async save(userId, labId, data, fence) {
      const saved = await track(
        saveLabSession(
          db,
          userId,
          labId,
          { ...data.snapshot, scrollback: data.scrollback },
          { epoch: fence.epoch, journalSeq: fence.seq },
        ),
      );
      if (!saved) throw new StaleSandboxError(userId, labId);
    },
    async append(userId, labId, entry, fence, options) {
      const row = { userId, labId, epoch: fence.epoch, seq: fence.seq, json: entry };
      const written = await track(committer.append(row, { urgent: !options?.lazy }));
      if (!written) throw new StaleSandboxError(userId, labId);
    },
    hurry: () => committer.hurry(),
    async delete(userId, labId) {
      await deleteLabSession(db, userId, labId);
    },
    async close(userId, labId, epoch) {
      if (leases) await releaseLease(db, userId, labId, leases.owner, epoch);
    },
  };
}

/** Keeps snapshots and journals in memory, with the same fencing: for tests and for `kubelab sim` (no database). */
export function createMemorySandboxStore(): SandboxStore & { readonly rows: Map<string, unknown> } {
  interface Row {
    epoch: number;
    journalSeq: number;
    saved: string | null;
    journal: { seq: number; json: string }[];
  }
  const rows = new Map<string, Row>();
  const rowOf = (userId: string, labId: string) => {
    const key = `${userId.toLowerCase()}/${labId}`;
    let row = rows.get(key);
    if (!row) {
      row = { epoch: 0, journalSeq: 0, saved: null, journal: [] };
      rows.set(key, row);
    }
    return row;
  };
  const read = (row: Row): StoredSandbox | null => {
    const saved = row.saved === null ? null : (JSON.parse(row.saved) as StoredSandbox);
    const session = saved && {
      cluster: JSON.stringify(saved.snapshot.cluster),
      shell: JSON.stringify(saved.snapshot.shell),
      scrollback: saved.scrollback,
    };
    const journal = row.journal.filter((j) => j.seq > row.journalSeq).map((j) => ({ seq: j.seq, data: j.json }));
    return restoreText({ session, journal });
  };
  return {
    rows,
    open(userId, labId) {
      const row = rowOf(userId, labId);
      row.epoch++;
      const last = row.journal[row.journal.length - 1];
      return Promise.resolve({
        stored: read(row),
        epoch: row.epoch,
        journalSeq: Math.max(row.journalSeq, last?.seq ?? 0),
      });
    },
    load(userId, labId) {
      return Promise.resolve(read(rowOf(userId, labId)));
    },
    save(userId, labId, data, fence) {
      const row = rowOf(userId, labId);
      if (row.epoch !== fence.epoch) return Promise.reject(new StaleSandboxError(userId, labId));
      row.saved = JSON.stringify(data);
      row.journalSeq = Math.max(row.journalSeq, fence.seq);
      row.journal = row.journal.filter((j) => j.seq > row.journalSeq);
      return Promise.resolve();
    },
    append(userId, labId, entry, fence) {
      const row = rowOf(userId, labId);
      if (row.epoch !== fence.epoch) return Promise.reject(new StaleSandboxError(userId, labId));
      row.journal.push({ seq: fence.seq, json: jsonTextString(entry) });
      return Promise.resolve();
    },
    delete(userId, labId) {
      rows.delete(`${userId.toLowerCase()}/${labId}`);
      return Promise.resolve();
    },
  };
}
