// Ownership of live labs across server processes: each process has a heartbeat row (server_instances) and a lab's
// lease is lab_sessions.owner = that process's id. One write per period renews every lease a process holds; a lease
// whose owner stopped beating (kill -9) lapses after the TTL and can be taken, raising the lab's epoch (the fencing
// token the journal and checkpoints already check), so the old owner's late writes are refused.
import { Client } from 'pg';
import type { PrismaClient } from './client.js';

/** How a lease is held: by this process, for this long after its last heartbeat. */
export interface LeaseClaim {
  owner: string;
  ttlMs: number;
}

/** Writes this process's heartbeat (creating its row): every lease it holds lasts `ttlMs` more. */
export async function beat(db: PrismaClient, claim: LeaseClaim): Promise<void> {
  await db.$executeRaw`
    INSERT INTO server_instances (id, expires_at) VALUES (${claim.owner}, now() + ${claim.ttlMs} * interval '1 millisecond')
    ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at`;
}

/**
 * Takes a lab's lease if nobody live holds it (no owner, this process, or an owner whose heartbeat lapsed) and
 * raises its epoch, creating its row; returns the new epoch, or the live owner's id when another process holds it.
 */
export async function takeLease(
  db: PrismaClient,
  userId: string,
  labId: string,
  owner: string,
): Promise<{ epoch: number; takenFrom: string | null } | { heldBy: string; expiresInMs: number }> {
  await db.$executeRaw`
    INSERT INTO lab_sessions (id, user_id, lab_id, epoch, updated_at)
    VALUES (gen_random_uuid(), ${userId}::uuid, ${labId}, 0, now())
    ON CONFLICT (user_id, lab_id) DO NOTHING`;
  // `old` is the holder before the take (its row locked): a lease taken from another process means that one died.
  const [taken] = await db.$queryRaw<{ epoch: number; previous: string | null }[]>`
    UPDATE lab_sessions ls SET epoch = ls.epoch + 1, owner = ${owner}
    FROM (SELECT id, owner FROM lab_sessions WHERE user_id = ${userId}::uuid AND lab_id = ${labId} FOR UPDATE) old
    WHERE ls.id = old.id AND (old.owner IS NULL OR old.owner = ${owner} OR NOT EXISTS (
      SELECT 1 FROM server_instances i WHERE i.id = old.owner AND i.expires_at > now()))
    RETURNING ls.epoch, old.owner AS previous`;
  if (taken) return { epoch: taken.epoch, takenFrom: taken.previous === owner ? null : taken.previous };
  const [held] = await db.$queryRaw<{ owner: string | null; expires_in_ms: number | null }[]>`
    SELECT ls.owner, (extract(epoch FROM i.expires_at - now()) * 1000)::int AS expires_in_ms
    FROM lab_sessions ls LEFT JOIN server_instances i ON i.id = ls.owner
    WHERE ls.user_id = ${userId}::uuid AND ls.lab_id = ${labId}`;
  // Released between the two statements: the caller simply tries again.
  return { heldBy: held?.owner ?? '', expiresInMs: Math.max(0, held?.expires_in_ms ?? 0) };
}

/** Gives a lab's lease back, if this process still holds it; `epoch` limits it to one opening (null: any). */
export async function releaseLease(
  db: PrismaClient,
  userId: string,
  labId: string,
  owner: string,
  epoch: number | null,
): Promise<void> {
  await db.$executeRaw`
    UPDATE lab_sessions SET owner = NULL
    WHERE user_id = ${userId}::uuid AND lab_id = ${labId} AND owner = ${owner}
      AND (${epoch}::int IS NULL OR epoch = ${epoch}::int)`;
}

/** Gives back every lease of this process and ends its heartbeat (a clean stop). */
export async function releaseAllLeases(db: PrismaClient, owner: string): Promise<number> {
  const [released] = await db.$transaction([
    db.$executeRaw`UPDATE lab_sessions SET owner = NULL WHERE owner = ${owner}`,
    db.$executeRaw`DELETE FROM server_instances WHERE id = ${owner}`,
  ]);
  return released;
}

const HANDOVER_CHANNEL = 'kubelab_handover';

export interface HandOverRequest {
  owner: string;
  userId: string;
  labId: string;
}

/** Asks the process holding a lab to save it and give its lease back (LISTEN/NOTIFY: PostgreSQL is the only bus). */
export async function requestHandOver(db: PrismaClient, request: HandOverRequest): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${HANDOVER_CHANNEL}, ${JSON.stringify(request)})`;
}

/**
 * Listens for hand-over requests addressed to `owner` on a connection of its own (LISTEN needs one that stays open);
 * reconnects after a lost connection. Returns what stops it.
 */
export function listenForHandOvers(
  connectionString: string,
  owner: string,
  onRequest: (request: HandOverRequest) => void,
  onError: (err: unknown) => void,
): () => Promise<void> {
  let client: Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    const c = new Client({ connectionString });
    c.on('error', (err) => {
      onError(err);
      if (client === c) client = null;
      void c.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(), 1000);
    });
    c.on('notification', (message) => {
      try {
        const request = JSON.parse(message.payload ?? '') as HandOverRequest;
        if (request.owner === owner && typeof request.userId === 'string' && typeof request.labId === 'string')
          onRequest(request);
      } catch (err) {
        onError(err);
      }
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${HANDOVER_CHANNEL}`);
      if (stopped) await c.end();
      else client = c;
    } catch (err) {
      c.emit('error', err);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
