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

export interface LabFactsRow {
  labId: string;
  stepsPassed: number;
  hintsRevealed: number;
  lastPassedAt: Date | null;
}

export interface QuizFactsRow {
  quizId: string;
  best: number;
  last: number;
  average: number;
  attempts: number;
  lastSubmittedAt: Date;
}

export interface GradebookPageRow extends RosterRow {
  labs: LabFactsRow[];
  quizzes: QuizFactsRow[];
}

interface RawPageRow extends RosterRow {
  /** JSON text: [[labId, stepsPassed, hintsRevealed, lastPassedAt ms | null], …]. */
  labs: string | null;
  /** JSON text: [[quizId, best, last, average, attempts, lastSubmittedAt ms], …]. */
  quizzes: string | null;
}

type LabTuple = [string, number, number, number | null];
type QuizTuple = [string, number, number, number, number, number];

/**
 * One page of a cohort's students (by name, then email; keyset: pass the last row of the previous page) with
 * their facts per lab (steps passed, hints, last pass) and per quiz (best, last, mean score, attempts). One round
 * trip per page, one row per student: the facts travel as compact JSON, which is far cheaper to decode than a
 * row per student and item.
 */
export async function gradebookPage(
  db: PrismaClient,
  cohortId: string,
  after: RosterRow | null,
  limit: number,
): Promise<GradebookPageRow[]> {
  const rows = await db.$queryRaw<RawPageRow[]>`
    WITH page AS (
      SELECT u.id, u.name, u.email, e.created_at AS enrolled_at
      FROM enrolments e JOIN users u ON u.id = e.user_id
      WHERE e.cohort_id = ${cohortId}::uuid
        AND (${after === null} OR (u.name, u.email) > (${after?.name ?? ''}, ${after?.email ?? ''}))
      ORDER BY u.name, u.email LIMIT ${limit}
    ),
    steps AS (
      SELECT user_id, lab_id, count(first_passed_at)::int AS passed,
             (extract(epoch FROM max(first_passed_at)) * 1000)::float8 AS last_ms
      FROM step_completions WHERE user_id = ANY(ARRAY(SELECT id FROM page)) GROUP BY user_id, lab_id
    ), hints AS (
      SELECT user_id, lab_id, count(*)::int AS hints
      FROM hint_reveals WHERE user_id = ANY(ARRAY(SELECT id FROM page)) GROUP BY user_id, lab_id
    ), labs AS (
      SELECT COALESCE(s.user_id, h.user_id) AS user_id,
             json_agg(json_build_array(COALESCE(s.lab_id, h.lab_id), COALESCE(s.passed, 0), COALESCE(h.hints, 0), s.last_ms)) AS j
      FROM steps s FULL OUTER JOIN hints h ON s.user_id = h.user_id AND s.lab_id = h.lab_id
      GROUP BY 1
    ), quizzes AS (
      SELECT user_id, json_agg(json_build_array(quiz_id, best, last, average, attempts, last_ms)) AS j
      FROM (
        SELECT user_id, quiz_id, max(score) AS best, (array_agg(score ORDER BY submitted_at DESC, id DESC))[1] AS last,
               avg(score)::float8 AS average, count(*)::int AS attempts,
               (extract(epoch FROM max(submitted_at)) * 1000)::float8 AS last_ms
        FROM quiz_attempts WHERE user_id = ANY(ARRAY(SELECT id FROM page)) GROUP BY user_id, quiz_id
      ) q GROUP BY user_id
    )
    SELECT p.id, p.name, p.email, p.enrolled_at AS "enrolledAt", l.j::text AS labs, q.j::text AS quizzes
    FROM page p LEFT JOIN labs l ON l.user_id = p.id LEFT JOIN quizzes q ON q.user_id = p.id
    ORDER BY p.name, p.email`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    enrolledAt: r.enrolledAt,
    labs: r.labs
      ? (JSON.parse(r.labs) as LabTuple[]).map(([labId, stepsPassed, hintsRevealed, last]) => ({
          labId,
          stepsPassed,
          hintsRevealed,
          lastPassedAt: last === null ? null : new Date(last),
        }))
      : [],
    quizzes: r.quizzes
      ? (JSON.parse(r.quizzes) as QuizTuple[]).map(([quizId, best, last, average, attempts, at]) => ({
          quizId,
          best,
          last,
          average,
          attempts,
          lastSubmittedAt: new Date(at),
        }))
      : [],
  }));
}
