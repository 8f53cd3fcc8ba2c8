// A cohort's progress: the instructor dashboard and the grader's score export (CSV and JSON).
import type { Db } from '../db/client.js';
import { stringify } from 'csv-stringify/sync';
import { listEnrolledStudents } from '../db/cohorts.js';
import { labProgressOf, quizBestOf, type LabProgressRow, type QuizBestRow } from '../db/scores.js';
import type { Cohort } from '../db/types.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import type { Course } from './course.js';
import { authorize } from './policies.js';
import { auditActorId } from './system.js';
import { loadCohortTarget } from './targets.js';

export interface StudentProgress {
  id: string;
  name: string;
  email: string;
  enrolledAt: Date;
  lastActiveAt: Date | null;
  stepsCompleted: number;
  checkAttempts: number;
  hintsRevealed: number;
  quizScore: number;
  quizMaxScore: number;
  labs: Omit<LabProgressRow, 'userId'>[];
  quizzes: Omit<QuizBestRow, 'userId'>[];
}

export interface CohortProgress {
  cohort: Pick<Cohort, 'id' | 'name' | 'course'>;
  /** Every lab and quiz of the course any student of the cohort has touched, in course order (the export's extra columns). */
  labIds: string[];
  quizIds: string[];
  students: StudentProgress[];
}

async function progressOf(
  db: Db,
  course: Course,
  cohort: Pick<Cohort, 'id' | 'name' | 'course'>,
): Promise<CohortProgress> {
  const students = await listEnrolledStudents(db, cohort.id);
  const ids = students.map((s) => s.id);
  const [allLabs, allQuizzes] = await Promise.all([labProgressOf(db, ids), quizBestOf(db, ids)]);
  // Only what the course has: rows left by ids it never had (or no longer has) are no grade.
  const labs = allLabs.filter((l) => course.hasLab(l.labId));
  const quizzes = allQuizzes.filter((q) => course.hasQuiz(q.quizId));
  const touchedLabs = new Set(labs.map((l) => l.labId));
  const touchedQuizzes = new Set(quizzes.map((q) => q.quizId));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    cohort: { id: cohort.id, name: cohort.name, course: cohort.course },
    labIds: course.labs.map((l) => l.id).filter((id) => touchedLabs.has(id)),
    quizIds: course.quizzes.map((q) => q.id).filter((id) => touchedQuizzes.has(id)),
    students: students.map((s) => {
      const myLabs = labs.filter((l) => l.userId === s.id).map(({ userId: _u, ...rest }) => rest);
      const myQuizzes = quizzes.filter((q) => q.userId === s.id).map(({ userId: _u, ...rest }) => rest);
      const activity = myLabs.map((l) => l.lastActiveAt?.getTime() ?? 0).filter((t) => t > 0);
      return {
        ...s,
        lastActiveAt: activity.length ? new Date(Math.max(...activity)) : null,
        stepsCompleted: sum(myLabs.map((l) => l.stepsCompleted)),
        checkAttempts: sum(myLabs.map((l) => l.checkAttempts)),
        hintsRevealed: sum(myLabs.map((l) => l.hintsRevealed)),
        quizScore: sum(myQuizzes.map((q) => q.bestScore)),
        quizMaxScore: sum(myQuizzes.map((q) => q.maxScore)),
        labs: myLabs,
        quizzes: myQuizzes,
      };
    }),
  };
}

/** What the instructor dashboard shows: every student with their progress. */
export async function cohortDashboard(
  db: Db,
  course: Course,
  actor: Actor,
  input: { cohortId: string },
): Promise<CohortProgress> {
  const { cohort, target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, 'viewDashboard', target);
  return progressOf(db, course, cohort);
}

export interface ExportInput {
  cohortId: string;
  context?: RequestContext;
}

/** The score report as data (the JSON export); audited like every export. */
export async function exportScores(
  db: Db,
  course: Course,
  actor: Actor,
  input: ExportInput & { format: 'csv' | 'json' },
): Promise<CohortProgress> {
  const { cohort, target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, 'exportScores', target);
  const report = await progressOf(db, course, cohort);
  await recordAudit(db, {
    actorId: auditActorId(actor),
    action: 'scores.exported',
    target: { type: 'cohort', id: cohort.id },
    context: input.context,
    detail: { format: input.format, students: report.students.length },
  });
  return report;
}

/** Spreadsheets run cells that start with these as formulas; a student's name must never do that. */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per student: totals, then steps completed per lab and best score per quiz. */
export function scoresToCsv(report: CohortProgress): string {
  const header = [
    'student_id',
    'email',
    'name',
    'enrolled_at',
    'last_active_at',
    'steps_completed',
    'check_attempts',
    'hints_revealed',
    'quiz_score',
    'quiz_max_score',
    ...report.labIds.map((id) => `lab:${id}:steps_completed`),
    ...report.quizIds.map((id) => `quiz:${id}:best_score`),
  ];
  const rows = report.students.map((s) => [
    s.id,
    safeCell(s.email),
    safeCell(s.name),
    s.enrolledAt.toISOString(),
    s.lastActiveAt?.toISOString() ?? '',
    s.stepsCompleted,
    s.checkAttempts,
    s.hintsRevealed,
    s.quizScore,
    s.quizMaxScore,
    ...report.labIds.map((id) => s.labs.find((l) => l.labId === id)?.stepsCompleted ?? 0),
    ...report.quizIds.map((id) => s.quizzes.find((q) => q.quizId === id)?.bestScore ?? ''),
  ]);
  return stringify([header, ...rows]);
}

export async function exportScoresCsv(
  db: Db,
  course: Course,
  actor: Actor,
  input: ExportInput,
): Promise<{ filename: string; csv: string }> {
  const report = await exportScores(db, course, actor, { ...input, format: 'csv' });
  const slug =
    report.cohort.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'cohort';
  return { filename: `kubelab-scores-${slug}.csv`, csv: scoresToCsv(report) };
}
