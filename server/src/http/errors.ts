// The one error boundary: every failure becomes `{ "error": { "code", "message" } }` with the right status.
import type { NextFunction, Request, Response } from 'express';
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

export function notFoundHandler(req: Request, res: Response): void {
  send(res, 404, 'not_found', `No route for ${req.method} ${req.path}.`);
}

export function errorBoundary(log: (line: string) => void) {
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
    log(
      `error on ${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    send(res, 500, 'internal', 'Something went wrong on our side; please try again.');
  };
}
