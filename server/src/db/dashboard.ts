// What a cohort dashboard reads about its students, in a few set-based queries (500 students render in one pass).
import type { PrismaClient } from './client.js';

export interface LabTotalsRow {
  userId: string;
  labId: string;
  passed: number;
  lastPassedAt: Date | null;
}

export interface CurrentLabRow {
  userId: string;
  labId: string;
  openedAt: Date;
  lastActiveAt: Date;
}

export interface CurrentStepRow {
  userId: string;
  stepId: string;
  attempts: number;
  firstPassedAt: Date | null;
}

/** Steps passed per student and lab, and when the last of them passed. */
export function labTotalsOf(db: PrismaClient, userIds: string[]): Promise<LabTotalsRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<LabTotalsRow[]>`
    SELECT user_id AS "userId", lab_id AS "labId", count(first_passed_at)::int AS passed,
           max(first_passed_at) AS "lastPassedAt"
    FROM step_completions WHERE user_id = ANY(${userIds}::uuid[])
    GROUP BY user_id, lab_id`;
}

/** Each student's most recently used lab (the one they are working on). */
export function currentLabsOf(db: PrismaClient, userIds: string[]): Promise<CurrentLabRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<CurrentLabRow[]>`
    SELECT DISTINCT ON (user_id) user_id AS "userId", lab_id AS "labId", created_at AS "openedAt",
           last_active_at AS "lastActiveAt"
    FROM lab_sessions WHERE user_id = ANY(${userIds}::uuid[])
    ORDER BY user_id, last_active_at DESC`;
}

/** The checked steps of the given (student, lab) pairs: each student's current lab. */
export function stepsOfPairs(db: PrismaClient, pairs: { userId: string; labId: string }[]): Promise<CurrentStepRow[]> {
  if (pairs.length === 0) return Promise.resolve([]);
  const users = pairs.map((p) => p.userId);
  const labs = pairs.map((p) => p.labId);
  return db.$queryRaw<CurrentStepRow[]>`
    SELECT sc.user_id AS "userId", sc.step_id AS "stepId", sc.attempts, sc.first_passed_at AS "firstPassedAt"
    FROM step_completions sc
    JOIN unnest(${users}::uuid[], ${labs}::text[]) AS cur(user_id, lab_id)
      ON cur.user_id = sc.user_id AND cur.lab_id = sc.lab_id`;
}

export async function hintCountsOf(db: PrismaClient, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ userId: string; hints: number }[]>`
    SELECT user_id AS "userId", count(*)::int AS hints FROM hint_reveals
    WHERE user_id = ANY(${userIds}::uuid[]) GROUP BY user_id`;
  return new Map(rows.map((r) => [r.userId, r.hints]));
}

/** The commands a student typed in each lab, from the saved shell's history (never the cluster snapshot). */
export function commandHistoriesOf(db: PrismaClient, userId: string): Promise<{ labId: string; commands: unknown }[]> {
  return db.$queryRaw<{ labId: string; commands: unknown }[]>`
    SELECT lab_id AS "labId", shell_snapshot -> 'history' -> 'entries' AS commands
    FROM lab_sessions WHERE user_id = ${userId}::uuid ORDER BY lab_id`;
}

/** The students among `userIds` enrolled in the cohort (the live updates' few rows), by name. */
export async function enrolledAmong(
  db: PrismaClient,
  cohortId: string,
  userIds: readonly string[],
): Promise<{ id: string; name: string; email: string }[]> {
  const rows = await db.enrolment.findMany({
    where: { cohortId, userId: { in: [...userIds] } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => r.user);
}
