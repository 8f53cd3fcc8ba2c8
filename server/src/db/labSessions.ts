// Saved lab sessions: a student's cluster and shell snapshots plus recent scrollback, one row per (user, lab).
import type { PrismaClient } from './client.js';

export interface LabSessionData {
  cluster: unknown;
  shell: unknown;
  scrollback: string;
}

export interface LabSessionRow {
  userId: string;
  labId: string;
  /** Null until the first checkpoint (the journal may hold the lab meanwhile). */
  session: LabSessionData | null;
  journalSeq: number;
  updatedAt: Date;
  lastActiveAt: Date;
}

export async function findLabSession(db: PrismaClient, userId: string, labId: string): Promise<LabSessionRow | null> {
  const row = await db.labSession.findUnique({ where: { userId_labId: { userId, labId } } });
  if (!row) return null;
  const saved = row.clusterSnapshot !== null && row.shellSnapshot !== null;
  return {
    userId: row.userId,
    labId: row.labId,
    session: saved ? { cluster: row.clusterSnapshot, shell: row.shellSnapshot, scrollback: row.scrollback } : null,
    journalSeq: row.journalSeq,
    updatedAt: row.updatedAt,
    lastActiveAt: row.lastActiveAt,
  };
}

/**
 * A value already serialised (a sandbox worker sends its snapshots as JSON text: serialising a large cluster, or
 * copying its object graph between threads, would hold the main thread up).
 */
export class RawJson {
  constructor(readonly text: string) {}

  /** As JSON, it is the value it holds (the in-memory store and tests serialise it again). */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** What a fenced write carries: the opening it comes from (lab_sessions.epoch). */
export interface Fence {
  epoch: number;
}

export interface OpenedLabSession {
  /** The fencing token of this opening: writes with an older one are refused. */
  epoch: number;
  /** The last journal entry the snapshots hold. */
  journalSeq: number;
  session: LabSessionData | null;
  /** Journal entries after `journalSeq`, oldest first. */
  journal: { seq: number; data: unknown }[];
}

/**
 * Takes ownership of a student's lab: raises its fencing token (creating the row if there is none) and reads the
 * snapshots with the journal written after them. Writes of any earlier opening are refused from now on.
 * (With leases, `takeLease` raises the token instead, then `readOpenedLabSession` reads.)
 */
export async function openLabSession(db: PrismaClient, userId: string, labId: string): Promise<OpenedLabSession> {
  const [row] = await db.$queryRaw<{ epoch: number }[]>`
    INSERT INTO lab_sessions (id, user_id, lab_id, epoch, updated_at)
    VALUES (gen_random_uuid(), ${userId}::uuid, ${labId}, 1, now())
    ON CONFLICT (user_id, lab_id) DO UPDATE SET epoch = lab_sessions.epoch + 1
    RETURNING epoch`;
  if (!row) throw new Error(`could not open the lab session of ${userId} in ${labId}`);
  return readOpenedLabSession(db, userId, labId, row.epoch);
}

/** The snapshots and the journal after them of a lab just opened with fencing token `epoch`. */
export async function readOpenedLabSession(
  db: PrismaClient,
  userId: string,
  labId: string,
  epoch: number,
): Promise<OpenedLabSession> {
  const [row] = await db.$queryRaw<{ journal_seq: number; cluster: unknown; shell: unknown; scrollback: string }[]>`
    SELECT journal_seq, cluster_snapshot AS cluster, shell_snapshot AS shell, scrollback
    FROM lab_sessions WHERE user_id = ${userId}::uuid AND lab_id = ${labId}`;
  if (!row) throw new Error(`could not open the lab session of ${userId} in ${labId}`);
  const journal = await readLabJournal(db, userId, labId, row.journal_seq);
  const session =
    row.cluster === null || row.shell === null
      ? null
      : { cluster: row.cluster, shell: row.shell, scrollback: row.scrollback };
  return { epoch, journalSeq: row.journal_seq, session, journal };
}

/** Reads a lab's saved state and journal without taking ownership (for tests and tools). */
export async function readLabJournal(db: PrismaClient, userId: string, labId: string, afterSeq: number) {
  return db.$queryRaw<{ seq: number; data: unknown }[]>`
    SELECT seq, data FROM lab_journal
    WHERE user_id = ${userId}::uuid AND lab_id = ${labId} AND seq > ${afterSeq}
    ORDER BY seq`;
}

export interface JournalRow extends Fence {
  userId: string;
  labId: string;
  seq: number;
  /** The entry, serialised. */
  json: string;
}

/**
 * Appends journal entries of many labs in one statement (the group commit). An entry whose opening is no longer the
 * lab's owner is not written; returns the `userId/labId/seq` of those written. Locking the lab's row (FOR SHARE)
 * orders this against a new opening: either the entry is in before the opening reads the journal, or it is refused.
 */
export async function appendLabJournal(db: PrismaClient, rows: readonly JournalRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const written = await db.$queryRaw<{ user_id: string; lab_id: string; seq: number }[]>`
    INSERT INTO lab_journal (user_id, lab_id, seq, epoch, data)
    SELECT t.u, t.l, t.s, t.e, t.d::json
    FROM unnest(${rows.map((r) => r.userId)}::uuid[], ${rows.map((r) => r.labId)}::text[],
                ${rows.map((r) => r.seq)}::int[], ${rows.map((r) => r.epoch)}::int[],
                ${rows.map((r) => withoutNul(r.json))}::text[]) AS t(u, l, s, e, d)
    JOIN lab_sessions ls ON ls.user_id = t.u AND ls.lab_id = t.l AND ls.epoch = t.e
    FOR SHARE OF ls
    ON CONFLICT DO NOTHING
    RETURNING user_id, lab_id, seq`;
  return new Set(written.map((w) => `${w.user_id}/${w.lab_id}/${w.seq}`));
}

/**
 * Saves a checkpoint of a student's lab (snapshots and scrollback holding the journal up to `journalSeq`) and drops
 * the journal entries it holds, in one statement. Returns false, writing nothing, when another opening owns the lab.
 * Raw SQL with the JSON serialised once: Prisma's Json parameter handling costs ~15 ms of CPU for a 45 KB cluster,
 * this ~2 ms, and hundreds of live sandboxes save continuously.
 */
export async function saveLabSession(
  db: PrismaClient,
  userId: string,
  labId: string,
  data: LabSessionData,
  fence: Fence & { journalSeq: number },
): Promise<boolean> {
  const cluster = jsonWithoutNul(data.cluster);
  const shell = jsonWithoutNul(data.shell);
  const scrollback = wellFormed(data.scrollback.replaceAll('\u0000', ''));
  const [result] = await db.$queryRaw<{ saved: bigint }[]>`
    WITH saved AS (
      UPDATE lab_sessions SET
        cluster_snapshot = ${cluster}::jsonb,
        shell_snapshot = ${shell}::jsonb,
        scrollback = ${scrollback},
        journal_seq = GREATEST(journal_seq, ${fence.journalSeq}),
        updated_at = now(),
        last_active_at = now()
      WHERE user_id = ${userId}::uuid AND lab_id = ${labId} AND epoch = ${fence.epoch}
      RETURNING 1
    ), trimmed AS (
      DELETE FROM lab_journal
      WHERE user_id = ${userId}::uuid AND lab_id = ${labId} AND seq <= ${fence.journalSeq}
        AND EXISTS (SELECT 1 FROM saved)
    )
    SELECT count(*) AS saved FROM saved`;
  return Number(result?.saved ?? 0) === 1;
}

/** A journal entry as PostgreSQL's json accepts it: no NUL, no lone surrogates (see jsonWithoutNul). */
function withoutNul(json: string): string {
  if (!json.includes('\\u0000') && !/\\ud[89a-f]/i.test(json)) return json;
  return jsonWithoutNul(JSON.parse(json));
}

/**
 * PostgreSQL's jsonb and text cannot hold NUL characters or lone surrogates (a terminal never needs either, but a
 * half-typed emoji leaves one): drop NULs and replace lone surrogates with U+FFFD, so a save can never fail on them.
 */
function jsonWithoutNul(value: unknown): string {
  const json = value instanceof RawJson ? value.text : (JSON.stringify(value) ?? 'null');
  if (value instanceof RawJson && (json.includes('\\u0000') || /\\ud[89a-f]/i.test(json)))
    return jsonWithoutNul(JSON.parse(json));
  if (!json.includes('\\u0000') && !/\\ud[89a-f]/i.test(json)) return json;
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? wellFormed(v.replaceAll('\u0000', '')) : v,
  );
}

/** Lone surrogates → U+FFFD (String.prototype.toWellFormed, which ES2023's typings lack). */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Forgets a student's saved lab (a "reset lab" action): its snapshots, scrollback and journal. The row stays with its
 * fencing token raised, so no copy opened before the reset can write its old state back. Returns whether there was
 * saved state.
 */
export async function deleteLabSession(db: PrismaClient, userId: string, labId: string): Promise<boolean> {
  const [cleared, journal] = await db.$transaction([
    db.$queryRaw<{ had: boolean }[]>`
      UPDATE lab_sessions ls SET cluster_snapshot = NULL, shell_snapshot = NULL, scrollback = '',
        epoch = ls.epoch + 1, updated_at = now()
      FROM (SELECT id, cluster_snapshot IS NOT NULL AS had FROM lab_sessions
            WHERE user_id = ${userId}::uuid AND lab_id = ${labId} FOR UPDATE) old
      WHERE ls.id = old.id
      RETURNING old.had`,
    db.labJournalEntry.deleteMany({ where: { userId, labId } }),
  ]);
  return cleared.some((r) => r.had) || journal.count > 0;
}
