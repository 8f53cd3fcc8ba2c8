// The Prisma client, built by a composition root (main.ts, the CLI, a test) and passed to every query in db/.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient } from '../generated/prisma/client.js';
/** The database as the services see it: one client (pool) per process, passed down from the composition root. */
export type Db = PrismaClient;

/** Builds a client on PostgreSQL through the `pg` driver adapter (Prisma 7 needs no engine binary that way). */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
