// Managing accounts (admins, and operators through the CLI).
import type { Db } from '../db/client.js';
import type { AccessEvents } from './accessEvents.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Role, User } from '../db/types.js';
import { findUserById, insertUser, listUsers as queryUsers, updateUser as writeUser } from '../db/users.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import { ConflictError, NotFoundError } from './errors.js';
import { normalizeEmail } from './normalize.js';
import { generatePassword, hashPassword } from './passwords.js';
import { authorize } from './policies.js';
import { auditActorId } from './system.js';
import { loadUserTarget } from './targets.js';

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  /** Omitted: a password is generated and returned once. */
  password?: string | undefined;
  context?: RequestContext;
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: CreateUserInput,
): Promise<{ user: User; generatedPassword?: string }> {
  authorize(actor, 'create', { type: 'users' });
  const generated = input.password === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? generated!);
  let user: User;
  try {
    user = await insertUser(db, {
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      role: input.role,
      passwordHash,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('email: an account with this email already exists');
    throw err;
  }
  await recordAudit(db, {
    actorId: auditActorId(actor),
    action: 'user.created',
    target: { type: 'user', id: user.id },
    context: input.context,
    detail: { email: user.email, role: user.role },
  });
  return generated === undefined ? { user } : { user, generatedPassword: generated };
}

export async function getUser(db: Db, actor: Actor, input: { id: string }): Promise<User> {
  authorize(actor, 'read', await loadUserTarget(db, input.id));
  const user = await findUserById(db, input.id);
  if (!user) throw new NotFoundError('User');
  return user;
}

export interface ListUsersInput {
  role?: Role | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export async function listUsers(
  db: Db,
  actor: Actor,
  input: ListUsersInput,
): Promise<{ users: User[]; total: number }> {
  authorize(actor, 'list', { type: 'users' });
  return queryUsers(db, input);
}

export interface UpdateUserInput {
  id: string;
  name?: string | undefined;
  role?: Role | undefined;
  context?: RequestContext;
}

/**
 * Renames a user or changes their role; a role change is audited with the old and new role, and told to
 * `accessEvents` so the user's open sockets close at once.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  input: UpdateUserInput,
  accessEvents?: AccessEvents,
): Promise<User> {
  const target = await loadUserTarget(db, input.id);
  authorize(actor, 'update', target);
  const roleChanges = input.role !== undefined && input.role !== target.user.role;
  if (roleChanges) authorize(actor, 'changeRole', target);
  const user = await writeUser(db, input.id, {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(roleChanges && input.role ? { role: input.role } : {}),
  });
  if (roleChanges) {
    await recordAudit(db, {
      actorId: auditActorId(actor),
      action: 'user.role_changed',
      target: { type: 'user', id: user.id },
      context: input.context,
      detail: { email: user.email, from: target.user.role, to: user.role },
    });
    accessEvents?.emit({ userId: user.id, reason: 'role_changed' });
  }
  return user;
}
