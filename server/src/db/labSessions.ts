// Saved lab sessions: a student's cluster and shell snapshots plus recent scrollback, one row per (user, lab).
import { getPrisma, type PrismaClient } from './client.js';
import type { Prisma } from '../generated/prisma/client.js';

export interface LabSessionData {
  cluster: unknown;
  shell: unknown;
  scrollback: string;
}

export interface LabSessionRow extends LabSessionData {
  userId: string;
  labId: string;
  updatedAt: Date;
  lastActiveAt: Date;
}

export async function findLabSession(
  userId: string,
  labId: string,
  db: PrismaClient = getPrisma(),
): Promise<LabSessionRow | null> {
  const row = await db.labSession.findUnique({ where: { userId_labId: { userId, labId } } });
  if (!row || row.clusterSnapshot === null || row.shellSnapshot === null) return null;
  return {
    userId: row.userId,
    labId: row.labId,
    cluster: row.clusterSnapshot,
    shell: row.shellSnapshot,
    scrollback: row.scrollback,
    updatedAt: row.updatedAt,
    lastActiveAt: row.lastActiveAt,
  };
}

/** Inserts or replaces the saved state of a student's lab in one statement. */
export async function saveLabSession(
  userId: string,
  labId: string,
  data: LabSessionData,
  db: PrismaClient = getPrisma(),
): Promise<void> {
  const cluster = data.cluster as Prisma.InputJsonValue;
  const shell = data.shell as Prisma.InputJsonValue;
  const now = new Date();
  // PostgreSQL text cannot hold NUL characters; a terminal never needs them.
  const scrollback = data.scrollback.replaceAll('\u0000', '');
  await db.labSession.upsert({
    where: { userId_labId: { userId, labId } },
    create: { userId, labId, clusterSnapshot: cluster, shellSnapshot: shell, scrollback, lastActiveAt: now },
    update: { clusterSnapshot: cluster, shellSnapshot: shell, scrollback, lastActiveAt: now },
  });
}

/** Forgets a student's saved lab (a "reset lab" action); returns whether there was one. */
export async function deleteLabSession(userId: string, labId: string, db: PrismaClient = getPrisma()): Promise<boolean> {
  const { count } = await db.labSession.deleteMany({ where: { userId, labId } });
  return count > 0;
}
