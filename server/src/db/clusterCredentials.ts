// Queries on students' cluster credentials (kubeconfigs for their own kubectl; stored as keyed hashes).
import type { PrismaClient } from './client.js';

export interface ClusterCredentialRow {
  id: string;
  userId: string;
  labId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const columns = { id: true, userId: true, labId: true, createdAt: true, lastUsedAt: true } as const;

export function insertClusterCredential(
  db: PrismaClient,
  data: { userId: string; labId: string; tokenHash: string },
): Promise<ClusterCredentialRow> {
  return db.clusterCredential.create({ data, select: columns });
}

/** The active credential with this hash and its owner's login, or null. */
export function findActiveClusterCredential(db: PrismaClient, tokenHash: string) {
  return db.clusterCredential.findFirst({
    where: { tokenHash, revokedAt: null },
    select: { ...columns, user: { select: { email: true, name: true } } },
  });
}

/** Active credentials of a student for a lab, newest first. */
export function listActiveClusterCredentials(
  db: PrismaClient,
  userId: string,
  labId: string,
): Promise<ClusterCredentialRow[]> {
  return db.clusterCredential.findMany({
    where: { userId, labId, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: columns,
  });
}

/** Revokes the given credentials of the student (all of them for the lab when `ids` is omitted); returns how many. */
export async function revokeClusterCredentials(
  db: PrismaClient,
  userId: string,
  labId: string,
  ids?: readonly string[],
): Promise<number> {
  const { count } = await db.clusterCredential.updateMany({
    where: { userId, labId, revokedAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

export async function touchClusterCredential(db: PrismaClient, id: string, at: Date): Promise<void> {
  await db.clusterCredential.update({ where: { id }, data: { lastUsedAt: at } });
}
