/**
 * Graders' API tokens for scripted exports (`Authorization: Bearer klg_…`). A token is shown once, when it is
 * created; the database keeps a keyed hash. A token acts as its owner but reaches only the grade routes, so it
 * sees exactly the cohorts its owner grades or teaches at the time of each request; revoking it takes effect at
 * once.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import {
  countActiveApiTokens,
  findActiveApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
  type ApiTokenRow,
} from '../db/apiTokens.js';
import { actorOf, type Actor, type RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import { ConflictError, NotFoundError } from './errors.js';
import { authorize } from './policies.js';

export type { ApiTokenRow };

export const TOKEN_PREFIX = 'klg_';
/** Active tokens per user: enough for a few scripts, few enough to review. */
export const MAX_ACTIVE_TOKENS = 20;
const TOUCH_EVERY_MS = 60_000;

export class ApiTokenService {
  constructor(
    private readonly db: Db,
    /** The keyed hash tokens are stored under (the session secret's HMAC). */
    private readonly hash: (token: string) => string,
  ) {}

  private selfTarget(actor: Actor) {
    return { type: 'user' as const, user: { id: actor.id, role: actor.role } };
  }

  async list(actor: Actor): Promise<ApiTokenRow[]> {
    authorize(actor, 'manageTokens', this.selfTarget(actor));
    return listApiTokens(this.db, actor.id);
  }

  /** Creates a token; the returned `token` is the only time anyone sees it. */
  async create(
    actor: Actor,
    input: { name: string; context?: RequestContext },
  ): Promise<{ token: string; row: ApiTokenRow }> {
    authorize(actor, 'manageTokens', this.selfTarget(actor));
    if ((await countActiveApiTokens(this.db, actor.id)) >= MAX_ACTIVE_TOKENS)
      throw new ConflictError(`You already have ${MAX_ACTIVE_TOKENS} active tokens: revoke one first.`);
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const row = await insertApiToken(this.db, {
      userId: actor.id,
      name: input.name,
      tokenHash: this.hash(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    });
    await recordAudit(this.db, {
      actorId: actor.id,
      action: 'token.created',
      target: { type: 'apiToken', id: row.id },
      context: input.context,
      detail: { name: row.name },
    });
    return { token, row };
  }

  async revoke(actor: Actor, input: { id: string; context?: RequestContext }): Promise<void> {
    authorize(actor, 'manageTokens', this.selfTarget(actor));
    if (!(await revokeApiToken(this.db, actor.id, input.id))) throw new NotFoundError('Token');
    await recordAudit(this.db, {
      actorId: actor.id,
      action: 'token.revoked',
      target: { type: 'apiToken', id: input.id },
      context: input.context,
    });
  }

  /** The actor a bearer token stands for, or null for an unknown or revoked token. */
  async authenticate(token: string, now = new Date()): Promise<{ actor: Actor; tokenId: string } | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const found = await findActiveApiToken(this.db, this.hash(token));
    if (!found) return null;
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS)
      await touchApiToken(this.db, found.id, now);
    return { actor: actorOf(found.user), tokenId: found.id };
  }
}
