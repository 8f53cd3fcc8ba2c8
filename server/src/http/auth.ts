// Per request: who is logged in (from the session cookie), CSRF and same-origin checks, the session cookie itself.
import { parse as parseCookies } from 'cookie';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import type { RequestContext } from '../services/actor.js';
import { DomainError } from '../services/errors.js';
import {
  csrfTokenMatches,
  SESSION_COOKIE,
  type AuthenticatedSession,
  type SessionService,
} from '../services/sessions.js';

export const CSRF_HEADER = 'x-csrf-token';

const sessionsOfRequests = new WeakMap<Request, AuthenticatedSession>();

/** The logged-in session of this request, if any (set by `loadSession`). */
export function authOf(req: Request): AuthenticatedSession | undefined {
  return sessionsOfRequests.get(req);
}

export function requestContext(req: Request): RequestContext {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
}

export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookies(header)[SESSION_COOKIE] : undefined;
}

/**
 * The routing cookie: the logged-in user's id, readable by the browser app, which sends it as the `route` query of
 * its terminal socket. The proxy hashes on it (README, "Scaling and deployment"), so all of a student's terminals
 * reach the process that holds their sandboxes. Not a credential: the session cookie still authenticates.
 */
export const ROUTE_COOKIE = 'kubelab_route';

export function loadSession(sessions: SessionService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const token = sessionTokenOf(req);
      const session = token ? await sessions.find(token) : null;
      if (session) sessionsOfRequests.set(req, session);
      if (session && parseCookies(req.headers.cookie ?? '')[ROUTE_COOKIE] !== session.actor.id)
        res.cookie(ROUTE_COOKIE, session.actor.id, { sameSite: 'lax', secure: req.secure, path: '/' });
      next();
    } catch (err) {
      next(err);
    }
  };
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Mutating requests: with a session they must carry its CSRF token in `x-csrf-token` (synchronizer token);
 * without one (register, log in) a browser-sent Origin must be our own, which stops cross-site login forms.
 */
export function csrfProtection(config: Config) {
  const publicOrigin = new URL(config.publicUrl).origin;
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (!MUTATING.has(req.method)) return next();
    const session = authOf(req);
    if (session) {
      if (!csrfTokenMatches(session.csrfToken, req.get(CSRF_HEADER))) {
        return next(
          new DomainError(
            403,
            'csrf_invalid',
            `Missing or invalid CSRF token: send the token from GET /api/auth/csrf in the ${CSRF_HEADER} header.`,
          ),
        );
      }
      return next();
    }
    const origin = req.get('origin');
    if (origin && origin !== publicOrigin && origin !== `${req.protocol}://${req.get('host') ?? ''}`) {
      return next(new DomainError(403, 'forbidden', 'Cross-site request refused.'));
    }
    next();
  };
}

export function sessionCookieOptions(config: Config, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/', ...(expires ? { expires } : {}) };
}

export function setSessionCookie(res: Response, config: Config, token: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(config, expires));
}

export function clearSessionCookie(res: Response, config: Config): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
}
