import type { PrismaClient } from './client.js';

/** Resolves when the database answers a trivial query. */
export async function pingDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
