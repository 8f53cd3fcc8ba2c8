import { getPrisma } from './client.js';

/** Resolves when the database answers a trivial query. */
export async function pingDatabase(): Promise<void> {
  await getPrisma().$queryRaw`SELECT 1`;
}
