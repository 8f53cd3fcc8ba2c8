// Queries on graders' API tokens (stored as keyed hashes).
import type { PrismaClient } from './client.js';

export interface ApiTokenRow {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const columns = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export function insertApiToken(
  db: PrismaClient,
  data: { userId: string; name: string; tokenHash: string; prefix: string },
): Promise<ApiTokenRow> {
  return db.apiToken.create({ data, select: columns });
}

export function listApiTokens(db: PrismaClient, userId: string): Promise<ApiTokenRow[]> {
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: columns });
}

export function countActiveApiTokens(db: PrismaClient, userId: string): Promise<number> {
  return db.apiToken.count({ where: { userId, revokedAt: null } });
}

/** The token with this hash and its user, unless revoked. */
export function findActiveApiToken(db: PrismaClient, tokenHash: string) {
  return db.apiToken.findFirst({
    where: { tokenHash, revokedAt: null },
    select: { ...columns, user: { select: { id: true, email: true, name: true, role: true } } },
  });
}

export async function revokeApiToken(db: PrismaClient, userId: string, id: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

export async function touchApiToken(db: PrismaClient, id: string, at: Date): Promise<void> {
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
}
