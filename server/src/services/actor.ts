// Who is acting: the logged-in user as every use case and policy sees them.
import type { Role, User } from '../db/types.js';

export type { Role } from '../db/types.js';
export const ROLES = ['student', 'instructor', 'grader', 'admin'] as const satisfies readonly Role[];

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function actorOf(user: Pick<User, 'id' | 'email' | 'name' | 'role'>): Actor {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The Unix login a student's terminal shows (`sam@minikube:~$`, home `/home/sam`): the local part
 * of their email as useradd would accept it (lower case, letters, digits, `_` and `-`, a letter
 * first, at most 32), else `student`.
 */
export function loginName(email: string): string {
  const local = email
    .slice(0, Math.max(0, email.indexOf('@')))
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .slice(0, 32);
  return /^[a-z]/.test(local) ? local : 'student';
}

/** Request facts some use cases record (audit log, session row); never used for decisions. */
export interface RequestContext {
  ip?: string | null | undefined;
  userAgent?: string | null | undefined;
}
