/**
 * Grades: a cohort's grading scheme, its gradebook (every course item, in course order, with maxima, totals and
 * the weighted percentage) and the gradebook's rows, read from the database a page of students at a time so an
 * export of any size runs in flat memory.
 */
import { z } from 'zod';
import { gradingSettingsSchema } from '../labs/gradingFormat.js';
import type { Db } from '../db/client.js';
import { findGrading, gradebookPage, saveGrading, type RosterRow } from '../db/grading.js';
import {
  courseItems,
  DEFAULT_SCHEME,
  gradeStudent,
  type GradeItem,
  type GradingScheme,
  type LabFacts,
  type QuizFacts,
  type StudentGrades,
} from '../labs/grading.js';
import type { Actor, RequestContext } from './actor.js';
import { recordAudit } from './audit.js';
import type { Course } from './course.js';
import { ValidationError } from './errors.js';
import { authorize } from './policies.js';
import { auditActorId } from './system.js';
import { loadCohortTarget } from './targets.js';

/** A cohort's grading settings: the scheme, plus what exports and quizzes need per item. */
export interface GradingSettings extends GradingScheme {
  /** Canvas assignment id per item id (`lab:…`, `quiz:…`). */
  canvasAssignmentIds: Record<string, string>;
  /** Due date (ISO) per quiz id: quizzes that show answers "after the due date" use it. */
  quizDueDates: Record<string, string>;
}

const storedRecord = z.record(z.string(), z.string()).catch({});

export async function gradingSettingsOf(db: Db, cohortId: string): Promise<GradingSettings> {
  const row = await findGrading(db, cohortId);
  if (!row) return { ...DEFAULT_SCHEME, canvasAssignmentIds: {}, quizDueDates: {} };
  const quizAttempt = gradingSettingsSchema.shape.quizAttempt.catch('quiz').parse(row.quizAttempt);
  return {
    labWeight: row.labWeight,
    quizWeight: row.quizWeight,
    hintPenalty: row.hintPenalty,
    quizAttempt,
    canvasAssignmentIds: storedRecord.parse(row.canvasAssignmentIds),
    quizDueDates: storedRecord.parse(row.quizDueDates),
  };
}

export async function getGradingSettings(db: Db, actor: Actor, input: { cohortId: string }): Promise<GradingSettings> {
  const { target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, 'viewGrades', target);
  return gradingSettingsOf(db, input.cohortId);
}

export async function updateGradingSettings(
  db: Db,
  course: Course,
  actor: Actor,
  input: { cohortId: string; settings: GradingSettings; context?: RequestContext },
): Promise<GradingSettings> {
  const { target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, 'configureGrading', target);
  const s = input.settings;
  if (s.labWeight + s.quizWeight === 0)
    throw new ValidationError('labWeight, quizWeight: at least one must be above 0');
  const itemIds = new Set(courseItems(course.catalogue).map((i) => i.id));
  const unknownItem = Object.keys(s.canvasAssignmentIds).find((id) => !itemIds.has(id));
  if (unknownItem)
    throw new ValidationError(`canvasAssignmentIds: "${unknownItem}" is not a lab or quiz of the course`);
  const unknownQuiz = Object.keys(s.quizDueDates).find((id) => !course.hasQuiz(id));
  if (unknownQuiz) throw new ValidationError(`quizDueDates: "${unknownQuiz}" is not a quiz of the course`);
  await saveGrading(db, input.cohortId, s);
  await recordAudit(db, {
    actorId: auditActorId(actor),
    action: 'grading.changed',
    target: { type: 'cohort', id: input.cohortId },
    context: input.context,
    detail: {
      labWeight: s.labWeight,
      quizWeight: s.quizWeight,
      hintPenalty: s.hintPenalty,
      quizAttempt: s.quizAttempt,
    },
  });
  return gradingSettingsOf(db, input.cohortId);
}

export interface GradebookRow {
  student: RosterRow;
  grades: StudentGrades;
}

export interface GradebookHead {
  cohort: { id: string; name: string };
  items: GradeItem[];
  settings: GradingSettings;
  /** The cohort's lab due dates: a lab completed after its date is flagged late. */
  labDueDates: Map<string, Date>;
}

/** Students per database round: big enough to be quick, small enough that memory stays flat. */
export const GRADEBOOK_PAGE = 500;

/** The gradebook's rows, a page of students at a time, by name. */
export async function* gradebookRows(
  db: Db,
  course: Course,
  head: GradebookHead,
  pageSize = GRADEBOOK_PAGE,
): AsyncGenerator<GradebookRow> {
  const quizRules = new Map(course.quizzes.map((q) => [q.id, q.scoring.counts]));
  const fetchAfter = (after: RosterRow | null) => {
    const page = gradebookPage(db, head.cohort.id, after, pageSize);
    // Marked handled: a consumer that stops early leaves the prefetched page unread (its error is rethrown if read).
    page.catch(() => undefined);
    return page;
  };
  let next = fetchAfter(null);
  for (;;) {
    const page = await next;
    const last = page[page.length - 1];
    const more = page.length === pageSize && last !== undefined;
    // Ask the database for the next page while this one is graded and written.
    if (more) next = fetchAfter(last);
    for (const { labs, quizzes, ...student } of page) {
      const grades = gradeStudent(
        head.items,
        head.settings,
        quizRules,
        new Map<string, LabFacts>(labs.map((l) => [l.labId, l])),
        new Map<string, QuizFacts>(quizzes.map((q) => [q.quizId, q])),
        head.labDueDates,
      );
      yield { student, grades };
    }
    if (!more) return;
  }
}

/** Who may see a cohort's grades, and what the gradebook's columns are. */
export async function gradebookHead(
  db: Db,
  course: Course,
  actor: Actor,
  input: { cohortId: string },
  action: 'viewGrades' | 'exportScores' = 'viewGrades',
): Promise<GradebookHead> {
  const { cohort, target } = await loadCohortTarget(db, actor, input.cohortId);
  authorize(actor, action, target);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    items: courseItems(course.catalogue),
    settings: await gradingSettingsOf(db, cohort.id),
    labDueDates: new Map(
      (await db.labDueDate.findMany({ where: { cohortId: cohort.id } })).map((d) => [d.labId, d.dueAt]),
    ),
  };
}

/** The whole gradebook as data (the Grades page). */
export async function gradebook(
  db: Db,
  course: Course,
  actor: Actor,
  input: { cohortId: string },
): Promise<GradebookHead & { rows: GradebookRow[] }> {
  const head = await gradebookHead(db, course, actor, input);
  const rows: GradebookRow[] = [];
  for await (const row of gradebookRows(db, course, head)) rows.push(row);
  return { ...head, rows };
}

/** Records an export in the audit log (before the first byte leaves, so an aborted download is still recorded). */
export async function auditExport(
  db: Db,
  actor: Actor,
  input: { cohortId: string; format: string; viaToken: boolean; context?: RequestContext | undefined },
): Promise<void> {
  await recordAudit(db, {
    actorId: auditActorId(actor),
    action: 'scores.exported',
    target: { type: 'cohort', id: input.cohortId },
    context: input.context,
    detail: { format: input.format, viaToken: input.viaToken },
  });
}
