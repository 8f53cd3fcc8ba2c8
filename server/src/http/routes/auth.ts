// Register with a join code, log in, log out, get the CSRF token.
import { clearSessionCookie, setSessionCookie } from '../auth.js';
import { presentActor } from '../presenters.js';
import { csrfResponse, loggedInResponse, meResponse, sessionResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { loginBody, registerBody } from './schemas.js';

export function authRoutes(deps: RouteDeps): AnyRoute[] {
  const { config } = deps;
  const { auth } = deps.services;
  return [
    route({
      method: 'get',
      path: '/auth/csrf',
      tag: 'auth',
      summary: 'The CSRF token of the current session',
      description:
        'Logged in: the token to send as `x-csrf-token` on every POST/PUT/PATCH/DELETE. Not logged in: null (register and log in need none).',
      auth: 'public',
      response: { status: 200, description: 'The token', schema: csrfResponse },
      handler: ({ session }) => Promise.resolve({ csrfToken: session?.csrfToken ?? null }),
    }),
    route({
      method: 'post',
      path: '/auth/register',
      tag: 'auth',
      summary: 'Create a student account with a cohort join code, and log in',
      auth: 'public',
      description: `Rate-limited: ${config.limits.joinCodeFailures} wrong join codes per ${config.limits.loginWindowMinutes} minutes per address, and ${config.limits.signUpsPerCohortPerMinute} sign-ups per cohort per minute.`,
      before: [deps.throttles.joinCode],
      body: registerBody,
      response: {
        status: 201,
        description: 'Registered and logged in (sets the session cookie)',
        schema: loggedInResponse,
      },
      handler: async ({ body, context, res }) => {
        const { actor, session } = await auth.registerStudent(null, { ...body, context });
        setSessionCookie(res, config, session.token, session.expiresAt);
        return { user: presentActor(actor), csrfToken: session.csrfToken };
      },
    }),
    route({
      method: 'post',
      path: '/auth/login',
      tag: 'auth',
      summary: 'Log in with email and password',
      description: `Rate-limited: ${config.limits.loginAttempts} failed attempts per ${config.limits.loginWindowMinutes} minutes per address, and per account (from any address) a back-off doubling from 1 s after ${config.limits.accountLoginFailures} failures. Failures are audited.`,
      auth: 'public',
      before: [deps.throttles.login],
      body: loginBody,
      response: { status: 200, description: 'Logged in (sets the session cookie)', schema: loggedInResponse },
      handler: async ({ body, context, res }) => {
        const { actor, session } = await auth.login(null, { ...body, context });
        setSessionCookie(res, config, session.token, session.expiresAt);
        return { user: presentActor(actor), csrfToken: session.csrfToken };
      },
    }),
    route({
      method: 'post',
      path: '/auth/logout',
      tag: 'auth',
      summary: 'Log out (ends the session)',
      auth: 'user',
      response: { status: 204, description: 'Logged out (clears the session cookie)' },
      handler: async ({ actor, session, context, res }) => {
        await auth.logout(actor, { sessionId: session.sessionId, context });
        clearSessionCookie(res, config);
      },
    }),
    route({
      method: 'get',
      path: '/auth/session',
      tag: 'auth',
      summary: 'Who is logged in: you, or null',
      description: 'Always 200, so a page asking whether someone is logged in logs no error when nobody is.',
      auth: 'public',
      response: { status: 200, description: 'You, or null', schema: sessionResponse },
      handler: ({ actor }) => Promise.resolve({ user: actor ? presentActor(actor) : null }),
    }),
    route({
      method: 'get',
      path: '/me',
      tag: 'auth',
      summary: 'The logged-in user',
      auth: 'user',
      response: { status: 200, description: 'You', schema: meResponse },
      handler: ({ actor }) => Promise.resolve({ user: presentActor(actor) }),
    }),
  ];
}
