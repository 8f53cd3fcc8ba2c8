// Queries on the audit log.
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from './client.js';
import type { AuditLog } from './types.js';

export interface NewAuditLog {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export async function insertAuditLog(db: PrismaClient, entry: NewAuditLog): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      detail: (entry.detail ?? {}) as Prisma.InputJsonObject,
    },
  });
}

export interface AuditFilter {
  limit: number;
  /** Entries strictly older than this (for paging backwards). */
  before?: Date | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
}

export function listAuditLogs(
  db: PrismaClient,
  filter: AuditFilter,
): Promise<(AuditLog & { actor: { email: string } | null })[]> {
  return db.auditLog.findMany({
    where: {
      ...(filter.before ? { createdAt: { lt: filter.before } } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
    },
    include: { actor: { select: { email: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.limit,
  });
}
