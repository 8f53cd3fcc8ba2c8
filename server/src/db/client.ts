// The Prisma client, built by a composition root (main.ts, the CLI, a test) and passed to every query in db/.
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient } from '../generated/prisma/client.js';
/** The database as the services see it: one client (pool) per process, passed down from the composition root. */
export type Db = PrismaClient;

const pools = new WeakMap<PrismaClient, Pool>();

/** Builds a client on PostgreSQL through the `pg` driver adapter (Prisma 7 needs no engine binary that way). */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const pool = new Pool({ connectionString, max: options.max ?? 10 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The client's own connection pool, for the few statements that carry megabytes (sandbox snapshots and journal
 * entries): Prisma's parameter and result handling costs about 6 ms of the event loop per megabyte, `pg` about 2.
 */
export function sqlPool(db: PrismaClient): Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('this database client was not built by createPrismaClient');
  return pool;
}

const checkpointPools = new WeakMap<PrismaClient, Pool>();

/**
 * Connections of their own for sandbox checkpoints (snapshot saves), committed without waiting for the disk
 * (`synchronous_commit=off`): what a student was told is durable in the journal already, and a checkpoint and the
 * journal entries it replaces go in one statement, so a checkpoint lost in a crash of PostgreSQL leaves those entries
 * in place. Separate, so a burst of checkpoints never holds a journal write (a waiting prompt) up for a connection.
 */
export function checkpointPool(db: PrismaClient): Pool {
  let pool = checkpointPools.get(db);
  if (!pool) {
    pool = new Pool({
      connectionString: sqlPool(db).options.connectionString,
      max: 3,
      options: '-c synchronous_commit=off',
      // Idle connections neither keep the process alive nor outlive a test's database.
      allowExitOnIdle: true,
      idleTimeoutMillis: 10_000,
    });
    // A connection dropped while idle (the database restarted) is replaced on next use.
    pool.on('error', () => undefined);
    checkpointPools.set(db, pool);
  }
  return pool;
}
