// Queries behind grades: a cohort's grading settings, its students page by page, and their lab and quiz facts.
import type { PrismaClient } from './client.js';

export interface GradingRow {
  labWeight: number;
  quizWeight: number;
  hintPenalty: number;
  quizAttempt: string;
  canvasAssignmentIds: unknown;
  quizDueDates: unknown;
}

export function findGrading(db: PrismaClient, cohortId: string): Promise<GradingRow | null> {
  return db.cohortGrading.findUnique({ where: { cohortId } });
}

export async function saveGrading(
  db: PrismaClient,
  cohortId: string,
  data: {
    labWeight: number;
    quizWeight: number;
    hintPenalty: number;
    quizAttempt: string;
    canvasAssignmentIds: Record<string, string>;
    quizDueDates: Record<string, string>;
  },
): Promise<GradingRow> {
  return db.cohortGrading.upsert({ where: { cohortId }, create: { cohortId, ...data }, update: data });
}

/** For each quiz, the latest due date set by any cohort the student is enrolled in. */
export async function quizDueDatesFor(db: PrismaClient, userId: string): Promise<Map<string, Date>> {
  const rows = await db.cohortGrading.findMany({
    where: { cohort: { enrolments: { some: { userId } } } },
    select: { quizDueDates: true },
  });
  const out = new Map<string, Date>();
  for (const r of rows) {
    const dates = r.quizDueDates;
    if (typeof dates !== 'object' || dates === null || Array.isArray(dates)) continue;
    for (const [quizId, iso] of Object.entries(dates)) {
      const at = typeof iso === 'string' ? new Date(iso) : null;
      if (!at || Number.isNaN(at.getTime())) continue;
      const known = out.get(quizId);
      if (!known || at > known) out.set(quizId, at);
    }
  }
  return out;
}

export interface RosterRow {
  id: string;
  name: string;
  email: string;
  enrolledAt: Date;
}

/** One page of a cohort's students, by name then email (keyset: pass the last row of the previous page). */
export function rosterPage(
  db: PrismaClient,
  cohortId: string,
  after: RosterRow | null,
  limit: number,
): Promise<RosterRow[]> {
  return after
    ? db.$queryRaw<RosterRow[]>`
        SELECT u.id, u.name, u.email, e.created_at AS "enrolledAt"
        FROM enrolments e JOIN users u ON u.id = e.user_id
        WHERE e.cohort_id = ${cohortId}::uuid AND (u.name, u.email) > (${after.name}, ${after.email})
        ORDER BY u.name, u.email LIMIT ${limit}`
    : db.$queryRaw<RosterRow[]>`
        SELECT u.id, u.name, u.email, e.created_at AS "enrolledAt"
        FROM enrolments e JOIN users u ON u.id = e.user_id
        WHERE e.cohort_id = ${cohortId}::uuid
        ORDER BY u.name, u.email LIMIT ${limit}`;
}

export interface LabFactsRow {
  userId: string;
  labId: string;
  stepsPassed: number;
  hintsRevealed: number;
  lastPassedAt: Date | null;
}

/** Per student and lab: steps passed (and when the last was), hints revealed. */
export function labFactsOf(db: PrismaClient, userIds: string[]): Promise<LabFactsRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<LabFactsRow[]>`
    SELECT COALESCE(s.user_id, h.user_id) AS "userId", COALESCE(s.lab_id, h.lab_id) AS "labId",
           COALESCE(s.passed, 0)::int AS "stepsPassed", COALESCE(h.hints, 0)::int AS "hintsRevealed",
           s.last_passed AS "lastPassedAt"
    FROM (SELECT user_id, lab_id, count(first_passed_at) AS passed, max(first_passed_at) AS last_passed
          FROM step_completions WHERE user_id = ANY(${userIds}::uuid[]) GROUP BY user_id, lab_id) s
    FULL OUTER JOIN
         (SELECT user_id, lab_id, count(*) AS hints
          FROM hint_reveals WHERE user_id = ANY(${userIds}::uuid[]) GROUP BY user_id, lab_id) h
    ON s.user_id = h.user_id AND s.lab_id = h.lab_id`;
}

export interface QuizFactsRow {
  userId: string;
  quizId: string;
  best: number;
  last: number;
  average: number;
  attempts: number;
  lastSubmittedAt: Date;
}

/** Per student and quiz: best, last and mean score, number of attempts, last submission. */
export function quizFactsOf(db: PrismaClient, userIds: string[]): Promise<QuizFactsRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<QuizFactsRow[]>`
    SELECT user_id AS "userId", quiz_id AS "quizId", max(score)::int AS best,
           (array_agg(score ORDER BY submitted_at DESC, id DESC))[1]::int AS last,
           avg(score)::float8 AS average, count(*)::int AS attempts, max(submitted_at) AS "lastSubmittedAt"
    FROM quiz_attempts WHERE user_id = ANY(${userIds}::uuid[]) GROUP BY user_id, quiz_id`;
}
