// Queries on login sessions (the `sessions` table).
import { getPrisma } from './client.js';
import type { Session, User } from './types.js';

export interface NewSession {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export function insertSession(data: NewSession): Promise<Session> {
  return getPrisma().session.create({ data });
}

export function findSessionWithUser(id: string): Promise<(Session & { user: User }) | null> {
  return getPrisma().session.findUnique({ where: { id }, include: { user: true } });
}

export async function touchSession(id: string, at: Date): Promise<void> {
  await getPrisma().session.updateMany({ where: { id }, data: { lastSeenAt: at } });
}

export async function deleteSession(id: string): Promise<void> {
  await getPrisma().session.deleteMany({ where: { id } });
}

export async function deleteSessionsOfUser(userId: string): Promise<number> {
  const { count } = await getPrisma().session.deleteMany({ where: { userId } });
  return count;
}

export async function deleteExpiredSessions(now: Date): Promise<number> {
  const { count } = await getPrisma().session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
