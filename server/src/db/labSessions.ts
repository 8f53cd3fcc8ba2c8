// Saved lab sessions: a student's cluster and shell snapshots plus recent scrollback, one row per (user, lab).
import { storableJson, wellFormed } from '../lib/storableJson.js';
import { checkpointPool, sqlPool, type PrismaClient } from './client.js';

export interface LabSessionData {
  cluster: unknown;
  shell: unknown;
  scrollback: string;
}

/** A lab's saved snapshots (JSON text) and the last journal entry they hold; null when the lab has no row. */
export async function findLabSession(
  db: PrismaClient,
  userId: string,
  labId: string,
): Promise<{ journalSeq: number; session: OpenedLabSession['session'] } | null> {
  const {
    rows: [row],
  } = await sqlPool(db).query<{
    journal_seq: number;
    cluster: string | null;
    shell: string | null;
    scrollback: string;
  }>(
    `SELECT journal_seq, cluster_snapshot::text AS cluster, shell_snapshot::text AS shell, scrollback
     FROM lab_sessions WHERE user_id = $1::uuid AND lab_id = $2`,
    [userId, labId],
  );
  if (!row) return null;
  const session =
    row.cluster === null || row.shell === null
      ? null
      : { cluster: row.cluster, shell: row.shell, scrollback: row.scrollback };
  return { journalSeq: row.journal_seq, session };
}

/**
 * JSON text, or its UTF-8 bytes already made storable (lib/storableJson's `storableJsonBytes`): a sandbox worker
 * sends large snapshots and journal entries as bytes, so the thread serving everyone neither copies nor scans them.
 */
export type JsonText = string | Uint8Array;

const decoder = new TextDecoder();

/** JSON text as a string (decoding bytes). */
export function jsonTextString(json: JsonText): string {
  return typeof json === 'string' ? json : decoder.decode(json);
}

/** The length of JSON text, in characters or bytes (what a journal's size is counted in). */
export function jsonTextLength(json: JsonText): number {
  return typeof json === 'string' ? json.length : json.byteLength;
}

/**
 * A value already serialised (a sandbox worker sends its snapshots as JSON text: serialising a large cluster, or
 * copying its object graph between threads, would hold the main thread up).
 */
export class RawJson {
  constructor(readonly text: JsonText) {}

  /** As JSON, it is the value it holds (the in-memory store and tests serialise it again). */
  toJSON(): unknown {
    return JSON.parse(jsonTextString(this.text));
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
  /** The snapshots as JSON text: the sandbox's own thread parses them, not the thread serving everyone. */
  session: { cluster: string; shell: string; scrollback: string } | null;
  /** Journal entries after `journalSeq`, oldest first, as JSON text. */
  journal: { seq: number; data: string }[];
}

/**
 * Takes ownership of a student's lab: raises its fencing token (creating the row if there is none) and reads the
 * snapshots with the journal written after them. Writes of any earlier opening are refused from now on.
 * (With leases, `takeLease` raises the token instead, then `readOpenedLabSession` reads.)
 */
export async function openLabSession(db: PrismaClient, userId: string, labId: string): Promise<OpenedLabSession> {
  const {
    rows: [row],
  } = await sqlPool(db).query<{ epoch: number }>(
    `INSERT INTO lab_sessions (id, user_id, lab_id, epoch, updated_at)
     VALUES (gen_random_uuid(), $1::uuid, $2, 1, now())
     ON CONFLICT (user_id, lab_id) DO UPDATE SET epoch = lab_sessions.epoch + 1
     RETURNING epoch`,
    [userId, labId],
  );
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
  const row = await findLabSession(db, userId, labId);
  if (!row) throw new Error(`could not open the lab session of ${userId} in ${labId}`);
  const journal = await readLabJournal(db, userId, labId, row.journalSeq);
  return { epoch, journalSeq: row.journalSeq, session: row.session, journal };
}

/** A lab's journal entries after `afterSeq`, oldest first, as JSON text. */
export async function readLabJournal(
  db: PrismaClient,
  userId: string,
  labId: string,
  afterSeq: number,
): Promise<{ seq: number; data: string }[]> {
  const { rows } = await sqlPool(db).query<{ seq: number; data: string }>(
    `SELECT seq, data::text AS data FROM lab_journal
     WHERE user_id = $1::uuid AND lab_id = $2 AND seq > $3
     ORDER BY seq`,
    [userId, labId, afterSeq],
  );
  return rows;
}

export interface JournalRow extends Fence {
  userId: string;
  labId: string;
  seq: number;
  /** The entry, serialised. */
  json: JsonText;
}

/** Batches of up to this many journal entries run as prepared statements (one per size and connection). */
const PREPARED_BATCH_SIZES = 8;

/**
 * Appends journal entries of many labs in one statement (the group commit). An entry whose opening is no longer the
 * lab's owner is not written; returns the `userId/labId/seq` of those written. Locking the lab's row (FOR SHARE)
 * orders this against a new opening: either the entry is in before the opening reads the journal, or it is refused.
 * One parameter per value (not arrays): an entry's text goes to the server as it is, never escaped into a literal.
 */
export async function appendLabJournal(db: PrismaClient, rows: readonly JournalRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = rows.map((_, i) => {
    const p = i * 5;
    return `($${p + 1}::uuid, $${p + 2}::text, $${p + 3}::int, $${p + 4}::int, $${p + 5}::text)`;
  });
  const params = rows.flatMap((r) => [r.userId, r.labId, r.seq, r.epoch, storableParam(r.json)]);
  const { rows: written } = await sqlPool(db).query<{ user_id: string; lab_id: string; seq: number }>({
    // The usual small batches are prepared once per connection (planning them cost a tenth of a millisecond a write).
    ...(rows.length <= PREPARED_BATCH_SIZES ? { name: `kubelab_journal_append_${rows.length}` } : {}),
    text: `INSERT INTO lab_journal (user_id, lab_id, seq, epoch, data)
     SELECT t.u, t.l, t.s, t.e, t.d::json
     FROM (VALUES ${values.join(', ')}) AS t(u, l, s, e, d)
     JOIN lab_sessions ls ON ls.user_id = t.u AND ls.lab_id = t.l AND ls.epoch = t.e
     FOR SHARE OF ls
     ON CONFLICT DO NOTHING
     RETURNING user_id, lab_id, seq`,
    values: params,
  });
  return new Set(written.map((w) => `${w.user_id}/${w.lab_id}/${w.seq}`));
}

/**
 * Saves a checkpoint of a student's lab (snapshots and scrollback holding the journal up to `journalSeq`) and drops
 * the journal entries it holds, in one statement. Returns false, writing nothing, when another opening owns the lab.
 * Raw SQL with the JSON serialised once: hundreds of live sandboxes save continuously. Committed without waiting for
 * the disk (see checkpointPool): what a student was told is in the journal already, and a checkpoint lost in a
 * database crash takes with it the trimming of the journal entries it holds, which stay.
 */
export async function saveLabSession(
  db: PrismaClient,
  userId: string,
  labId: string,
  data: LabSessionData,
  fence: Fence & { journalSeq: number },
): Promise<boolean> {
  const cluster = snapshotParam(data.cluster);
  const shell = snapshotParam(data.shell);
  const scrollback = wellFormed(data.scrollback.replaceAll('\u0000', ''));
  const {
    rows: [result],
  } = await checkpointPool(db).query<{ saved: number }>(
    `WITH saved AS (
       UPDATE lab_sessions SET
         cluster_snapshot = $3::json,
         shell_snapshot = $4::json,
         scrollback = $5,
         journal_seq = GREATEST(journal_seq, $6::int),
         updated_at = now(),
         last_active_at = now()
       WHERE user_id = $1::uuid AND lab_id = $2 AND epoch = $7
       RETURNING 1
     ), trimmed AS (
       DELETE FROM lab_journal
       WHERE user_id = $1::uuid AND lab_id = $2 AND seq <= $6::int
         AND EXISTS (SELECT 1 FROM saved)
     )
     SELECT count(*)::int AS saved FROM saved`,
    [userId, labId, cluster, shell, scrollback, fence.journalSeq, fence.epoch],
  );
  return result?.saved === 1;
}

/**
 * JSON text as a statement parameter PostgreSQL can store (lib/storableJson). Bytes go as they are, in the binary
 * format (a json or text parameter's binary form is its UTF-8 text): the driver neither measures nor re-encodes them.
 */
function storableParam(json: JsonText): string | Buffer {
  return typeof json === 'string' ? storableJson(json) : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
}

/** A snapshot as a storable parameter: a value serialised here, or one serialised already (RawJson). */
function snapshotParam(value: unknown): string | Buffer {
  return value instanceof RawJson ? storableParam(value.text) : storableJson(JSON.stringify(value) ?? 'null');
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
