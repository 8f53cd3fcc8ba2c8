// The Prisma client: one per process, built by the composition root (main.ts, the CLI, or a test) and read by db/ modules.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient } from '../generated/prisma/client.js';

let current: PrismaClient | undefined;

/** Builds a client on PostgreSQL through the `pg` driver adapter (Prisma 7 needs no engine binary that way). */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

/** Makes `client` the one that `getPrisma()` returns. Called once at start-up (and by tests/support/db.ts). */
export function setPrismaClient(client: PrismaClient | undefined): void {
  current = client;
}

/** The process's Prisma client. Throws if the composition root has not connected one yet. */
export function getPrisma(): PrismaClient {
  if (!current)
    throw new Error('No database: call setPrismaClient() (main.ts, the CLI and tests/support/db.ts do) first.');
  return current;
}
