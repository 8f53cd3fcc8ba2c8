// The one error boundary: every failure becomes `{ "error": { "code", "message" } }` with the right status.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import { DomainError, type ErrorCode } from '../services/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

function send(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } } satisfies ErrorBody);
}

/** Errors from body-parser carry a `type` and a `status`. */
function bodyParserError(err: unknown): { type: string; status: number } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { type, status } = err as { type?: unknown; status?: unknown };
  return typeof type === 'string' && typeof status === 'number' ? { type, status } : undefined;
}

/** Every request gets an id (X-Request-Id), logged with what goes wrong while it is handled. */
export function assignRequestId(_req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
}

function requestIdOf(res: Response): string {
  const id: unknown = res.locals.requestId;
  return typeof id === 'string' ? id : 'unknown';
}

export function notFoundHandler(req: Request, res: Response): void {
  send(res, 404, 'not_found', `No route for ${req.method} ${req.path}.`);
}

/** Unexpected errors are logged with their stack under the request's id, which the response gives as a reference. */
export function errorBoundary(logger: Pick<Logger, 'error'>) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (err instanceof DomainError) return send(res, err.status, err.code, err.message);
    const parser = bodyParserError(err);
    if (parser?.type === 'entity.parse.failed')
      return send(res, 400, 'invalid_request', 'request body: must be valid JSON');
    if (parser?.type === 'entity.too.large') return send(res, 413, 'payload_too_large', 'request body: too large');
    if (parser && parser.status >= 400 && parser.status < 500)
      return send(res, parser.status, 'invalid_request', `request body: ${parser.type}`);
    const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
    if (code === 'P2002') return send(res, 409, 'conflict', 'That already exists.');
    if (code === 'P2025') return send(res, 404, 'not_found', 'Not found.');
    const requestId = requestIdOf(res);
    logger.error({ err, requestId, method: req.method, url: req.originalUrl }, 'request failed');
    send(res, 500, 'internal', `Something went wrong on our side; please try again (reference ${requestId}).`);
  };
}
