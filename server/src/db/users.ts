// Queries on users.
import type { PrismaClient } from './client.js';
import type { Role, User } from './types.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

export function findUserById(db: PrismaClient, id: string): Promise<User | null> {
  return db.user.findUnique({ where: { id } });
}

export function findUserByEmail(db: PrismaClient, email: string): Promise<User | null> {
  return db.user.findUnique({ where: { email } });
}

/** Inserts a user; with `enrolInCohortId`, enrols them in that cohort in the same statement. */
export function insertUser(db: PrismaClient, data: NewUser, enrolInCohortId?: string): Promise<User> {
  return db.user.create({
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

export async function listUsers(db: PrismaClient, filter: UserFilter): Promise<{ users: User[]; total: number }> {
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
  const [users, total] = await db.$transaction([
    db.user.findMany({ where, orderBy: [{ email: 'asc' }], take: filter.limit, skip: filter.offset }),
    db.user.count({ where }),
  ]);
  return { users, total };
}

export function updateUser(
  db: PrismaClient,
  id: string,
  data: { name?: string; role?: Role; passwordHash?: string },
): Promise<User> {
  return db.user.update({ where: { id }, data });
}

export function countUsers(db: PrismaClient): Promise<number> {
  return db.user.count();
}
