/**
 * Brakes on guessing, counted by what fails, never by what is in flight or succeeds (a class logging in at once
 * from one school address must never lock itself out):
 * - login: failed logins per address; failed logins per account across addresses, with exponential back-off;
 * - join codes (registering, joining a cohort): failed attempts per address, and sign-ups per cohort per minute, so a
 *   leaked code cannot flood a cohort.
 * Counters live in this process (rate-limiter-flexible's memory store).
 */
import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';
import { normalizeEmail, normalizeJoinCode } from '../services/normalize.js';
import { requestContext } from './auth.js';

export interface Throttles {
  login: RequestHandler;
  joinCode: RequestHandler;
}

/** The longest an account's back-off grows to. */
const MAX_BACKOFF_SECONDS = 15 * 60;

function bodyField(req: Request, name: string): string | undefined {
  const body: unknown = req.body;
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.length <= 320 ? value : undefined;
}

/** The remaining wait of a key that has used all its points, or 0. */
async function waitMs(limiter: RateLimiterMemory, key: string): Promise<number> {
  const state: RateLimiterRes | null = await limiter.get(key);
  return state && state.consumedPoints >= limiter.points ? state.msBeforeNext : 0;
}

/** Counts one failure; rate-limiter-flexible rejects once the points are spent, which is expected here. */
async function count(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints;
  } catch (refusal) {
    if (refusal instanceof Error) throw refusal;
    return (refusal as RateLimiterRes).consumedPoints;
  }
}

function refuse(res: Response, ms: number, message: string): void {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(ms / 1000))));
  res.status(429).json({ error: { code: 'rate_limited', message } });
}

export function createThrottles(config: Config, auth: Services['auth'], logger: Pick<Logger, 'error'>): Throttles {
  /** Runs `after` with the response's status once it is sent (the request is over: errors are only logged). */
  const onFinish = (res: Response, after: (status: number) => Promise<unknown>): void => {
    res.on('finish', () => {
      after(res.statusCode).catch((err: unknown) => logger.error({ err }, 'throttle bookkeeping failed'));
    });
  };

  const windowSeconds = config.limits.loginWindowMinutes * 60;
  const loginsByAddress = new RateLimiterMemory({ points: config.limits.loginAttempts, duration: windowSeconds });
  const failuresByAccount = new RateLimiterMemory({ points: 1_000_000, duration: 24 * 3600 });
  const blockedAccounts = new RateLimiterMemory({ points: 1, duration: 1 });
  const joinCodesByAddress = new RateLimiterMemory({ points: config.limits.joinCodeFailures, duration: windowSeconds });
  const signUpsByCohort = new RateLimiterMemory({ points: config.limits.signUpsPerCohortPerMinute, duration: 60 });

  const login: RequestHandler = (req, res, next) => {
    const address = req.ip ?? 'unknown';
    const given = bodyField(req, 'email');
    const email = given === undefined ? undefined : normalizeEmail(given);
    void (async () => {
      const addressWait = await waitMs(loginsByAddress, address);
      const accountWait = email ? await waitMs(blockedAccounts, email) : 0;
      if (addressWait > 0 || accountWait > 0) {
        await auth.recordLoginRateLimited({ email, context: requestContext(req) });
        return refuse(
          res,
          Math.max(addressWait, accountWait),
          addressWait > 0
            ? 'Too many failed logins from your address; wait a few minutes and try again.'
            : 'Too many failed logins for this account; wait a little and try again.',
        );
      }
      onFinish(res, async (status) => {
        if (status === 200 && email) await failuresByAccount.delete(email);
        if (status !== 401) return;
        await count(loginsByAddress, address);
        if (!email) return;
        const failures = await count(failuresByAccount, email);
        const over = failures - config.limits.accountLoginFailures;
        if (over >= 0) await blockedAccounts.block(email, Math.min(2 ** over, MAX_BACKOFF_SECONDS));
      });
      next();
    })().catch(next);
  };

  const joinCode: RequestHandler = (req, res, next) => {
    const address = req.ip ?? 'unknown';
    const given = bodyField(req, 'joinCode');
    const code = given === undefined ? undefined : normalizeJoinCode(given);
    void (async () => {
      const addressWait = await waitMs(joinCodesByAddress, address);
      if (addressWait > 0)
        return refuse(
          res,
          addressWait,
          'Too many wrong join codes from your address; wait a few minutes and try again.',
        );
      const cohortWait = code ? await waitMs(signUpsByCohort, code) : 0;
      if (cohortWait > 0)
        return refuse(res, cohortWait, 'Many people are joining this cohort right now; try again in a minute.');
      onFinish(res, async (status) => {
        if (status >= 400 && status < 500) await count(joinCodesByAddress, address);
        else if (status < 300 && code) await count(signUpsByCohort, code);
      });
      next();
    })().catch(next);
  };

  return { login, joinCode };
}
