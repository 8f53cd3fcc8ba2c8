// The sandbox manager's snapshots and journals in PostgreSQL (the lab_sessions and lab_journal tables).
import {
  appendLabJournal,
  findLabSession,
  openLabSession,
  readLabJournal,
  saveLabSession,
  type LabSessionData,
} from '../db/labSessions.js';
import type { PrismaClient } from '../db/client.js';
import { JournalCommitter } from './sandboxesCommitter.js';
import { replay, type JournalEntry } from './sandboxesJournal.js';
import { StaleSandboxError, type JsonValue, type SandboxStore, type StoredSandbox } from './sandboxesTypes.js';

function restored(session: LabSessionData | null, journal: { data: unknown }[]): StoredSandbox | null {
  const base = session && { cluster: session.cluster as JsonValue, shell: session.shell as JsonValue };
  const snapshot = replay(
    base,
    journal.map((j) => j.data as JournalEntry),
  );
  return snapshot && { snapshot, scrollback: session?.scrollback ?? '' };
}

/** The PostgreSQL store, and how long its writes have been failing (for /readyz). */
export interface DbSandboxStore extends SandboxStore {
  /** Milliseconds since writes (checkpoints, journal entries) started failing without a success since; 0 when fine. */
  failingForMs(now?: number): number;
}

export function createDbSandboxStore(db: PrismaClient): DbSandboxStore {
  const committer = new JournalCommitter((rows) => appendLabJournal(db, rows));
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
    async open(userId, labId) {
      const opened = await openLabSession(db, userId, labId);
      const last = opened.journal[opened.journal.length - 1];
      return {
        stored: restored(opened.session, opened.journal),
        epoch: opened.epoch,
        journalSeq: Math.max(opened.journalSeq, last?.seq ?? 0),
      };
    },
    async load(userId, labId) {
      const row = await findLabSession(db, userId, labId);
      if (!row) return null;
      return restored(row.session, await readLabJournal(db, userId, labId, row.journalSeq));
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
    const journal = row.journal
      .filter((j) => j.seq > row.journalSeq)
      .map((j) => ({ data: JSON.parse(j.json) as unknown }));
    return restored(saved && { ...saved.snapshot, scrollback: saved.scrollback }, journal);
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
  };
}
