// Queries on cohorts and their members (enrolled students, instructors, graders).
import type { PrismaClient } from './client.js';
import type { Cohort, User } from './types.js';

/** A cohort with the ids that access decisions need. */
export interface CohortWithMembers extends Cohort {
  instructorIds: string[];
  graderIds: string[];
}

export type CohortRole = 'student' | 'instructor' | 'grader';

const memberIds = { instructors: { select: { userId: true } }, graders: { select: { userId: true } } } as const;

function withIds(c: Cohort & { instructors: { userId: string }[]; graders: { userId: string }[] }): CohortWithMembers {
  const { instructors, graders, ...cohort } = c;
  return { ...cohort, instructorIds: instructors.map((i) => i.userId), graderIds: graders.map((g) => g.userId) };
}

export async function insertCohort(
  db: PrismaClient,
  data: {
    name: string;
    course: string | null;
    joinCode: string;
    instructorId?: string;
  },
): Promise<Cohort> {
  return db.cohort.create({
    data: {
      name: data.name,
      course: data.course,
      joinCode: data.joinCode,
      ...(data.instructorId ? { instructors: { create: { userId: data.instructorId } } } : {}),
    },
  });
}

export async function findCohortWithMembers(db: PrismaClient, id: string): Promise<CohortWithMembers | null> {
  const c = await db.cohort.findUnique({ where: { id }, include: memberIds });
  return c && withIds(c);
}

export function findCohortByJoinCode(db: PrismaClient, joinCode: string): Promise<Cohort | null> {
  return db.cohort.findUnique({ where: { joinCode } });
}

export function findCohortByName(db: PrismaClient, name: string): Promise<Cohort[]> {
  return db.cohort.findMany({ where: { name }, orderBy: { createdAt: 'asc' } });
}

export async function isEnrolled(db: PrismaClient, cohortId: string, userId: string): Promise<boolean> {
  return (await db.enrolment.count({ where: { cohortId, userId } })) > 0;
}

/** The cohorts a user belongs to, with their role in each (a user can hold several roles in one cohort). */
export async function listCohortsOfUser(
  db: PrismaClient,
  userId: string,
): Promise<{ cohort: Cohort; roles: CohortRole[] }[]> {
  const rows = await db.cohort.findMany({
    where: {
      OR: [
        { enrolments: { some: { userId } } },
        { instructors: { some: { userId } } },
        { graders: { some: { userId } } },
      ],
    },
    include: {
      enrolments: { where: { userId }, select: { userId: true } },
      instructors: { where: { userId }, select: { userId: true } },
      graders: { where: { userId }, select: { userId: true } },
    },
    orderBy: [{ createdAt: 'desc' }],
  });
  return rows.map(({ enrolments, instructors, graders, ...cohort }) => ({
    cohort,
    roles: [
      ...(enrolments.length ? (['student'] as const) : []),
      ...(instructors.length ? (['instructor'] as const) : []),
      ...(graders.length ? (['grader'] as const) : []),
    ],
  }));
}

export function listAllCohorts(db: PrismaClient): Promise<Cohort[]> {
  return db.cohort.findMany({ orderBy: [{ createdAt: 'desc' }] });
}

/** The cohorts a student is enrolled in, with staff ids: what policies need to decide who may see the student's work. */
export async function listCohortsOfStudent(db: PrismaClient, userId: string): Promise<CohortWithMembers[]> {
  const rows = await db.cohort.findMany({ where: { enrolments: { some: { userId } } }, include: memberIds });
  return rows.map(withIds);
}

export async function insertEnrolment(db: PrismaClient, cohortId: string, userId: string): Promise<void> {
  await db.enrolment.create({ data: { cohortId, userId } });
}

export async function insertInstructor(db: PrismaClient, cohortId: string, userId: string): Promise<void> {
  await db.cohortInstructor.create({ data: { cohortId, userId } });
}

export async function insertGrader(db: PrismaClient, cohortId: string, userId: string): Promise<void> {
  await db.cohortGrader.create({ data: { cohortId, userId } });
}

type Person = Pick<User, 'id' | 'email' | 'name'>;
const person = { select: { id: true, email: true, name: true } } as const;

export async function cohortStaff(
  db: PrismaClient,
  cohortId: string,
): Promise<{ instructors: Person[]; graders: Person[]; studentCount: number }> {
  const [instructors, graders, studentCount] = await db.$transaction([
    db.cohortInstructor.findMany({
      where: { cohortId },
      include: { user: person },
      orderBy: { createdAt: 'asc' },
    }),
    db.cohortGrader.findMany({
      where: { cohortId },
      include: { user: person },
      orderBy: { createdAt: 'asc' },
    }),
    db.enrolment.count({ where: { cohortId } }),
  ]);
  return { instructors: instructors.map((i) => i.user), graders: graders.map((g) => g.user), studentCount };
}

export async function listEnrolledStudents(
  db: PrismaClient,
  cohortId: string,
): Promise<(Person & { enrolledAt: Date })[]> {
  const rows = await db.enrolment.findMany({ where: { cohortId }, include: { user: person } });
  return rows
    .map((r) => ({ ...r.user, enrolledAt: r.createdAt }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}
