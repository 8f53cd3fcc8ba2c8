// Queries on users.
import { getPrisma } from './client.js';
import type { Role, User } from './types.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

export function findUserById(id: string): Promise<User | null> {
  return getPrisma().user.findUnique({ where: { id } });
}

export function findUserByEmail(email: string): Promise<User | null> {
  return getPrisma().user.findUnique({ where: { email } });
}

/** Inserts a user; with `enrolInCohortId`, enrols them in that cohort in the same statement. */
export function insertUser(data: NewUser, enrolInCohortId?: string): Promise<User> {
  return getPrisma().user.create({
    data: { ...data, ...(enrolInCohortId ? { enrolments: { create: { cohortId: enrolInCohortId } } } : {}) },
  });
}

export interface UserFilter {
  role?: Role | undefined;
  /** Case-insensitive match on email or name. */
  search?: string | undefined;
  limit: number;
  offset: number;
}

export async function listUsers(filter: UserFilter): Promise<{ users: User[]; total: number }> {
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.search
      ? {
          OR: [
            { email: { contains: filter.search, mode: 'insensitive' as const } },
            { name: { contains: filter.search, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const [users, total] = await getPrisma().$transaction([
    getPrisma().user.findMany({ where, orderBy: [{ email: 'asc' }], take: filter.limit, skip: filter.offset }),
    getPrisma().user.count({ where }),
  ]);
  return { users, total };
}

export function updateUser(id: string, data: { name?: string; role?: Role; passwordHash?: string }): Promise<User> {
  return getPrisma().user.update({ where: { id }, data });
}

export function countUsers(): Promise<number> {
  return getPrisma().user.count();
}
