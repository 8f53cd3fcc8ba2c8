// The sandbox manager's snapshots and journals in PostgreSQL (the lab_sessions and lab_journal tables).
import {
  appendLabJournal,
  deleteLabSession,
  findLabSession,
  openLabSession,
  readLabJournal,
  saveLabSession,
  type JournalDurability,
} from '../db/labSessions.js';
import type { PrismaClient } from '../db/client.js';
import { JournalCommitter } from './sandboxesCommitter.js';
import { openedFromText, restoreText, type OpenedText } from './sandboxesJournal.js';
import { StaleSandboxError, type SandboxStore, type StoredSandbox } from './sandboxesTypes.js';

/** The PostgreSQL store, and how long its writes have been failing (for /readyz). */
export interface DbSandboxStore extends SandboxStore {
  /** Milliseconds since writes (checkpoints, journal entries) started failing without a success since; 0 when fine. */
  failingForMs(now?: number): number;
  /** `open` without parsing: a sandbox worker parses and replays the text itself. */
  openText(userId: string, labId: string): Promise<OpenedText>;
}

export function createDbSandboxStore(
  db: PrismaClient,
  options: { journalDurability?: JournalDurability } = {},
): DbSandboxStore {
  const committer = new JournalCommitter((rows) => appendLabJournal(db, rows, options.journalDurability));
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
    openText: (userId, labId) => openLabSession(db, userId, labId),
    async open(userId, labId) {
      return openedFromText(await openLabSession(db, userId, labId));
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
    async append(userId, labId, entry, fence) {
      const written = await track(committer.append({ userId, labId, epoch: fence.epoch, seq: fence.seq, json: entry }));
      if (!written) throw new StaleSandboxError(userId, labId);
    },
    async delete(userId, labId) {
      await deleteLabSession(db, userId, labId);
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
      row.journal.push({ seq: fence.seq, json: entry });
      return Promise.resolve();
    },
    delete(userId, labId) {
      rows.delete(`${userId.toLowerCase()}/${labId}`);
      return Promise.resolve();
    },
  };
}
