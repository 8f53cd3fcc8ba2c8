// Registering with a join code, logging in and out.
import { findCohortByJoinCode } from '../db/cohorts.js';
import { isUniqueViolation } from '../db/errors.js';
import { findUserByEmail, insertUser } from '../db/users.js';
import type { User } from '../db/types.js';
import type { Db } from '../db/client.js';
import type { AccessEvents } from './accessEvents.js';
import { actorOf, type Actor, type RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import { ConflictError, DomainError, UnauthenticatedError } from './errors.js';
import { normalizeEmail, normalizeJoinCode } from './normalize.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import type { NewSession, SessionService } from './sessions.js';

export interface RegisterInput {
  joinCode: string;
  email: string;
  name: string;
  password: string;
  context?: RequestContext;
}

export interface LoggedIn {
  actor: Actor;
  session: NewSession;
}

export interface LoginInput {
  email: string;
  password: string;
  context?: RequestContext;
}

/** Registering, logging in and out: the use cases that open and close login sessions. */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly accessEvents: AccessEvents,
  ) {}

  /** A new student account, enrolled in the cohort whose join code was given, and logged in. */
  async registerStudent(_actor: null, input: RegisterInput): Promise<LoggedIn> {
    const cohort = await findCohortByJoinCode(this.db, normalizeJoinCode(input.joinCode));
    if (!cohort || cohort.archivedAt)
      throw new DomainError(
        400,
        'invalid_request',
        'joinCode: no cohort has this join code; check it with your instructor',
      );
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    let user: User;
    try {
      user = await insertUser(this.db, { email, name: input.name.trim(), role: 'student', passwordHash }, cohort.id);
    } catch (err) {
      if (isUniqueViolation(err))
        throw new ConflictError('email: an account with this email already exists; log in instead');
      throw err;
    }
    await recordAudit(this.db, {
      actorId: user.id,
      action: 'auth.registered',
      target: { type: 'cohort', id: cohort.id },
      context: input.context,
    });
    return { actor: actorOf(user), session: await this.sessions.create(user.id, input.context) };
  }

  /** Checks the password; a failure is audited and answered the same way for unknown emails and wrong passwords. */
  async login(_actor: null, input: LoginInput): Promise<LoggedIn> {
    const email = normalizeEmail(input.email);
    const user = await findUserByEmail(this.db, email);
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyAgainstDummy(input.password), false);
    if (!user || !ok) {
      await recordAudit(this.db, {
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        ...(user ? { target: { type: 'user', id: user.id } } : {}),
        context: input.context,
        detail: { email, reason: user ? 'wrong_password' : 'unknown_email' },
      });
      throw new UnauthenticatedError('Wrong email or password.');
    }
    await recordAudit(this.db, {
      actorId: user.id,
      action: 'auth.login',
      target: { type: 'user', id: user.id },
      context: input.context,
    });
    return { actor: actorOf(user), session: await this.sessions.create(user.id, input.context) };
  }

  async logout(actor: Actor, input: { sessionId: string; context?: RequestContext }): Promise<void> {
    await this.sessions.end(input.sessionId);
    this.accessEvents.emit({ userId: actor.id, sessionId: input.sessionId, reason: 'logout' });
    await recordAudit(this.db, { actorId: actor.id, action: 'auth.logout', context: input.context });
  }

  /** Audits a login refused by the rate limiter (no password was checked). */
  async recordLoginRateLimited(input: { email?: string | undefined; context?: RequestContext }): Promise<void> {
    await recordAudit(this.db, {
      actorId: null,
      action: 'auth.login_rate_limited',
      context: input.context,
      detail: input.email ? { email: normalizeEmail(input.email) } : {},
    });
  }
}
