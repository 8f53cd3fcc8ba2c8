// Login sessions: an opaque random token in the `kubelab_session` cookie; PostgreSQL keeps only a keyed hash of it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from '../db/sessions.js';
import type { Db } from '../db/client.js';
import { actorOf, type Actor, type RequestContext } from './actor.js';

/** The cookie that carries the session token (HTTP and the socket.io handshake). */
export const SESSION_COOKIE = 'kubelab_session';

const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface AuthenticatedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionSettings {
  /** SESSION_SECRET: keys the hash under which tokens are stored. */
  secret: string;
  ttlHours: number;
}

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly settings: SessionSettings,
  ) {}

  /** The stored id of a token: a keyed hash, so a leaked table holds no usable token. */
  sessionIdOf(token: string): string {
    return createHmac('sha256', this.settings.secret).update(token).digest('hex');
  }

  async create(userId: string, context: RequestContext = {}): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.settings.ttlHours * 3600_000);
    await insertSession(this.db, {
      id: this.sessionIdOf(token),
      userId,
      csrfToken,
      expiresAt,
      ip: context.ip ?? null,
      userAgent: context.userAgent?.slice(0, 512) ?? null,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The session for a cookie token, or null when it is unknown or expired (expired ones are deleted). */
  async find(token: string): Promise<AuthenticatedSession | null> {
    if (!token || token.length > 200) return null;
    const id = this.sessionIdOf(token);
    const session = await findSessionWithUser(this.db, id);
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) {
      await deleteSession(this.db, id);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(this.db, id, new Date(now));
    return { actor: actorOf(session.user), sessionId: id, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  /** For the socket.io handshake and anything else holding a raw cookie token: who is it, if anyone. */
  async authenticate(token: string): Promise<Actor | null> {
    return (await this.find(token))?.actor ?? null;
  }

  async end(sessionId: string): Promise<void> {
    await deleteSession(this.db, sessionId);
  }

  purgeExpired(): Promise<number> {
    return deleteExpiredSessions(this.db, new Date());
  }
}

export function csrfTokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
