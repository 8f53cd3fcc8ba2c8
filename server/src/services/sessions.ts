// Login sessions: an opaque random token in the `kubelab_session` cookie; PostgreSQL keeps only a keyed hash of it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from '../db/sessions.js';
import { actorOf, type Actor, type RequestContext } from './actor.js';

/** The cookie that carries the session token (HTTP and the socket.io handshake). */
export const SESSION_COOKIE = 'kubelab_session';

const TOUCH_EVERY_MS = 60_000;

let settings = { secret: 'kubelab-development-secret-do-not-use-in-production', ttlHours: 24 * 7 };

/** Called once by the composition root with SESSION_SECRET and SESSION_TTL_HOURS. */
export function configureSessions(options: { secret: string; ttlHours: number }): void {
  settings = { ...options };
}

export function sessionIdOf(token: string): string {
  return createHmac('sha256', settings.secret).update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(userId: string, context: RequestContext = {}): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.ttlHours * 3600_000);
  await insertSession({
    id: sessionIdOf(token),
    userId,
    csrfToken,
    expiresAt,
    ip: context.ip ?? null,
    userAgent: context.userAgent?.slice(0, 512) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** The session for a cookie token, or null when it is unknown or expired (expired ones are deleted). */
export async function findSession(token: string): Promise<AuthenticatedSession | null> {
  if (!token || token.length > 200) return null;
  const id = sessionIdOf(token);
  const session = await findSessionWithUser(id);
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await deleteSession(id);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(id, new Date(now));
  return { actor: actorOf(session.user), sessionId: id, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

/** For the socket.io handshake and anything else holding a raw cookie token: who is it, if anyone. */
export async function authenticateSessionToken(token: string): Promise<Actor | null> {
  return (await findSession(token))?.actor ?? null;
}

export async function endSession(sessionId: string): Promise<void> {
  await deleteSession(sessionId);
}

export function csrfTokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function purgeExpiredSessions(): Promise<number> {
  return deleteExpiredSessions(new Date());
}
