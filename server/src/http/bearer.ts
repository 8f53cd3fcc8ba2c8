// `Authorization: Bearer klg_…`: graders' API tokens. A token request reaches only routes declared with
// `bearer: true` (the grade exports); every other route answers 403, whatever the token's owner may do.
import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '../services/actor.js';
import type { ApiTokenService } from '../services/apiTokens.js';
import { DomainError, UnauthenticatedError } from '../services/errors.js';

const tokensOfRequests = new WeakMap<Request, { actor: Actor; tokenId: string }>();

/** The API token this request authenticated with, if any (set by `loadApiToken`). */
export function tokenAuthOf(req: Request): { actor: Actor; tokenId: string } | undefined {
  return tokensOfRequests.get(req);
}

export function loadApiToken(tokens: ApiTokenService) {
  return async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    try {
      const header = req.get('authorization');
      if (!header) return next();
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const found = match ? await tokens.authenticate(match[1]!) : null;
      if (!found) throw new UnauthenticatedError('The API token is unknown or has been revoked.');
      tokensOfRequests.set(req, found);
      next();
    } catch (err) {
      next(err);
    }
  };
}

export class TokenNotAllowedError extends DomainError {
  constructor() {
    super(403, 'forbidden', 'API tokens may only read and export grades; log in for everything else.');
  }
}
