// Queries on login sessions (the `sessions` table).
import type { PrismaClient } from './client.js';
import type { Session, User } from './types.js';

export interface NewSession {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export function insertSession(db: PrismaClient, data: NewSession): Promise<Session> {
  return db.session.create({ data });
}

export function findSessionWithUser(db: PrismaClient, id: string): Promise<(Session & { user: User }) | null> {
  return db.session.findUnique({ where: { id }, include: { user: true } });
}

export async function touchSession(db: PrismaClient, id: string, at: Date): Promise<void> {
  await db.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
}

export async function deleteSession(db: PrismaClient, id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

export async function deleteSessionsOfUser(db: PrismaClient, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

export async function deleteExpiredSessions(db: PrismaClient, now: Date): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
