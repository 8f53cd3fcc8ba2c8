// One route = one object: method, path, zod schemas, summary for the OpenAPI file, and a handler that calls a use case.
// Route files under routes/ export a list of these; app.ts mounts them all under /api.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Services } from '../services/index.js';
import type { Throttles } from './throttles.js';
import type { Actor, RequestContext } from '../services/actor.js';
import { UnauthenticatedError } from '../services/errors.js';
import type { AuthenticatedSession } from '../services/sessions.js';
import { authOf, requestContext } from './auth.js';
import { TokenNotAllowedError, tokenAuthOf } from './bearer.js';
import { parseOrThrow } from './validation.js';

/** What route files are built with (app.ts hands the same to every file in routes/). */
export interface RouteDeps {
  config: Config;
  services: Services;
  /** Brakes on guessing passwords and join codes (throttles.ts). */
  throttles: Throttles;
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Ip and user agent, for use cases that audit or record them. */
  context: RequestContext;
  req: Request;
  res: Response;
}

/**
 * Status and shape of a success: a JSON body described by `schema`, no body (204), or a `contentType` other than
 * JSON whose body the handler writes itself.
 */
export type RouteResponse<S extends z.ZodType | undefined> =
  | { status: number; description: string; schema: S }
  | { status: 204; description: string }
  | { status: number; description: string; contentType: string };

/** What a handler resolves to: its response schema's output, or nothing when there is no JSON body. */
export type Reply<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : void;

interface BaseRoute<P, Q, B, S extends z.ZodType | undefined> {
  method: Method;
  /** Express path below /api, e.g. `/cohorts/:id`. */
  path: string;
  /** OpenAPI grouping, e.g. "cohorts". */
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: RouteResponse<S>;
  /** Runs before validation (rate limiters). */
  before?: RequestHandler[];
  /** Also open to graders' API tokens (`Authorization: Bearer`); other routes refuse token requests. */
  bearer?: boolean;
}

export interface PublicRoute<P, Q, B, S extends z.ZodType | undefined> extends BaseRoute<P, Q, B, S> {
  auth: 'public';
  handler(
    ctx: RouteContext<P, Q, B> & { actor: Actor | null; session: AuthenticatedSession | null },
  ): Promise<Reply<S>>;
}

export interface UserRoute<P, Q, B, S extends z.ZodType | undefined> extends BaseRoute<P, Q, B, S> {
  /** A logged-in user; what they may do is decided by the use case's `authorize()`. */
  auth: 'user';
  handler(ctx: RouteContext<P, Q, B> & { actor: Actor; session: AuthenticatedSession }): Promise<Reply<S>>;
}

export type RouteDef<P = unknown, Q = unknown, B = unknown, S extends z.ZodType | undefined = z.ZodType | undefined> =
  PublicRoute<P, Q, B, S> | UserRoute<P, Q, B, S>;

/** Any route, for lists of routes with different schemas. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the handler's context is checked where the route is defined
export type AnyRoute = RouteDef<any, any, any, z.ZodType>;

/** Declares a route; the identity function exists for type inference from the schemas (the handler's result too). */
export function route<
  P = Record<string, never>,
  Q = Record<string, never>,
  B = undefined,
  S extends z.ZodType | undefined = undefined,
>(def: RouteDef<P, Q, B, S>): AnyRoute {
  return def as AnyRoute;
}

/** A token request as handlers see it: the token's owner, with no cookie session (GET routes need no CSRF token). */
function bearerSession(token: { actor: Actor; tokenId: string }): AuthenticatedSession {
  return { actor: token.actor, sessionId: `token:${token.tokenId}`, csrfToken: '', expiresAt: new Date(8.64e15) };
}

export function mountRoute(router: Router, def: AnyRoute): void {
  const handle = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const token = tokenAuthOf(req);
      if (token && !def.bearer) throw new TokenNotAllowedError();
      const auth = token ? bearerSession(token) : authOf(req);
      if (def.auth === 'user' && !auth) throw new UnauthenticatedError();
      const params: unknown = def.params ? parseOrThrow(def.params, req.params, 'path') : {};
      const query: unknown = def.query ? parseOrThrow(def.query, req.query, 'query') : {};
      const body: unknown = def.body ? parseOrThrow(def.body, req.body ?? {}, 'request body') : undefined;
      const base = { params, query, body, context: requestContext(req), req, res };
      const result: unknown = await def.handler({
        ...base,
        actor: auth?.actor ?? null,
        session: auth ?? null,
      } as never);
      if (res.headersSent) return;
      if (result === undefined) res.status(def.response.status).end();
      else res.status(def.response.status).json(result);
    } catch (err) {
      next(err);
    }
  };
  router[def.method](def.path, ...(def.before ?? []), handle);
}
