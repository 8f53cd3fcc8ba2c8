/**
 * Grading arithmetic, pure: the gradebook's items (every lab and quiz of the course, in course order, with
 * its maximum), a cohort's grading scheme, and one student's points per item, totals and percentage.
 *
 * A lab is worth one point per step; each hint revealed in it costs `hintPenalty` points (never below zero).
 * A quiz is worth its questions' points; which attempt counts is the cohort's choice, or the quiz's own rule.
 * The percentage weighs labs and quizzes: (labWeight × lab% + quizWeight × quiz%) / (labWeight + quizWeight).
 */
import type { Chapter, Lab } from './format.js';
import { questionPoints } from './quiz.js';
import type { Quiz, QuizScoring } from './quizFormat.js';

export type ItemKind = 'lab' | 'quiz';

export interface GradeItem {
  /** Stable column id: `lab:<lab id>` or `quiz:<quiz id>`. */
  id: string;
  kind: ItemKind;
  /** The lab's or quiz's own id. */
  sourceId: string;
  title: string;
  chapter: string;
  maxPoints: number;
}

export type QuizAttemptRule = 'quiz' | QuizScoring['counts'];

export interface GradingScheme {
  labWeight: number;
  quizWeight: number;
  /** Points taken off a lab per hint revealed. */
  hintPenalty: number;
  /** Which quiz attempt counts: `quiz` follows each quiz's own `counts`. */
  quizAttempt: QuizAttemptRule;
}

export const DEFAULT_SCHEME: GradingScheme = { labWeight: 50, quizWeight: 50, hintPenalty: 0, quizAttempt: 'quiz' };

/** Every lab and quiz of the course in course order: chapter by chapter, its labs, then its quiz. */
export function courseItems(course: {
  chapters: readonly Chapter[];
  labs: readonly Lab[];
  quizzes: readonly Quiz[];
}): GradeItem[] {
  const items: GradeItem[] = [];
  for (const chapter of course.chapters) {
    for (const lab of course.labs.filter((l) => l.chapter === chapter.id))
      items.push({
        id: `lab:${lab.id}`,
        kind: 'lab',
        sourceId: lab.id,
        title: lab.title,
        chapter: chapter.id,
        maxPoints: lab.steps.length,
      });
    for (const quiz of course.quizzes.filter((q) => q.chapter === chapter.id))
      items.push({
        id: `quiz:${quiz.id}`,
        kind: 'quiz',
        sourceId: quiz.id,
        title: quiz.title,
        chapter: chapter.id,
        maxPoints: quiz.questions.reduce((sum, q) => sum + questionPoints(q, quiz.scoring), 0),
      });
  }
  return items;
}

/** What the database knows of one student in one lab. */
export interface LabFacts {
  stepsPassed: number;
  hintsRevealed: number;
  /** When the last step was first passed. */
  lastPassedAt: Date | null;
}

/** What the database knows of one student's attempts at one quiz. */
export interface QuizFacts {
  best: number;
  last: number;
  /** Mean score over all attempts. */
  average: number;
  attempts: number;
  lastSubmittedAt: Date;
}

export type ItemStatus = 'not_started' | 'in_progress' | 'completed' | 'submitted';

export interface ItemGrade {
  itemId: string;
  /** Null: nothing to grade yet (a lab not started, a quiz not submitted); counts as 0 in totals. */
  points: number | null;
  maxPoints: number;
  status: ItemStatus;
  submittedAt: Date | null;
  /** Hints revealed (labs) or attempts submitted (quizzes), for feedback columns. */
  hints: number;
  attempts: number;
  /** A lab completed after its due date in the cohort (the exports flag it). */
  late: boolean;
}

export interface StudentGrades {
  items: ItemGrade[];
  labPoints: number;
  labMax: number;
  quizPoints: number;
  quizMax: number;
  totalPoints: number;
  totalMax: number;
  /** Weighted per the scheme, 0–100, two decimals. */
  percent: number;
}

/** Two decimals, without binary noise (0.1 + 0.2 → 0.3). */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

function labGrade(item: GradeItem, facts: LabFacts | undefined, scheme: GradingScheme, dueAt?: Date): ItemGrade {
  const passed = Math.min(facts?.stepsPassed ?? 0, item.maxPoints);
  const hints = facts?.hintsRevealed ?? 0;
  const started = passed > 0 || hints > 0;
  const completed = started && passed >= item.maxPoints;
  return {
    late: completed && dueAt !== undefined && facts?.lastPassedAt != null && facts.lastPassedAt > dueAt,
    itemId: item.id,
    points: started ? round2(clamp(passed - scheme.hintPenalty * hints, item.maxPoints)) : null,
    maxPoints: item.maxPoints,
    status: !started ? 'not_started' : passed >= item.maxPoints ? 'completed' : 'in_progress',
    submittedAt: facts?.lastPassedAt ?? null,
    hints,
    attempts: 0,
  };
}

function quizGrade(item: GradeItem, facts: QuizFacts | undefined, rule: QuizScoring['counts']): ItemGrade {
  if (!facts || facts.attempts === 0)
    return {
      late: false,
      itemId: item.id,
      points: null,
      maxPoints: item.maxPoints,
      status: 'not_started',
      submittedAt: null,
      hints: 0,
      attempts: 0,
    };
  const raw = rule === 'best' ? facts.best : rule === 'last' ? facts.last : facts.average;
  return {
    late: false,
    itemId: item.id,
    // A quiz whose questions changed since the attempt is still graded on today's maximum.
    points: round2(clamp(raw, item.maxPoints)),
    maxPoints: item.maxPoints,
    status: 'submitted',
    submittedAt: facts.lastSubmittedAt,
    hints: 0,
    attempts: facts.attempts,
  };
}

/** One student's gradebook row. `quizRules`: each quiz's own `counts`, by quiz id. */
export function gradeStudent(
  items: readonly GradeItem[],
  scheme: GradingScheme,
  quizRules: ReadonlyMap<string, QuizScoring['counts']>,
  labs: ReadonlyMap<string, LabFacts>,
  quizzes: ReadonlyMap<string, QuizFacts>,
  /** The cohort's due date of each lab (by lab id). */
  labDueDates: ReadonlyMap<string, Date> = new Map(),
): StudentGrades {
  const grades = items.map((item) =>
    item.kind === 'lab'
      ? labGrade(item, labs.get(item.sourceId), scheme, labDueDates.get(item.sourceId))
      : quizGrade(
          item,
          quizzes.get(item.sourceId),
          scheme.quizAttempt === 'quiz' ? (quizRules.get(item.sourceId) ?? 'best') : scheme.quizAttempt,
        ),
  );
  const sum = (kind: ItemKind, pick: (g: ItemGrade) => number) =>
    round2(grades.filter((_, i) => items[i]!.kind === kind).reduce((s, g) => s + pick(g), 0));
  const labPoints = sum('lab', (g) => g.points ?? 0);
  const labMax = sum('lab', (g) => g.maxPoints);
  const quizPoints = sum('quiz', (g) => g.points ?? 0);
  const quizMax = sum('quiz', (g) => g.maxPoints);
  return {
    items: grades,
    labPoints,
    labMax,
    quizPoints,
    quizMax,
    totalPoints: round2(labPoints + quizPoints),
    totalMax: round2(labMax + quizMax),
    percent: weightedPercent(scheme, { labPoints, labMax, quizPoints, quizMax }),
  };
}

/** The weighted percentage; a part with no maximum (a course without labs) drops out of the weighting. */
export function weightedPercent(
  scheme: Pick<GradingScheme, 'labWeight' | 'quizWeight'>,
  t: { labPoints: number; labMax: number; quizPoints: number; quizMax: number },
): number {
  const parts = [
    { weight: t.labMax > 0 ? scheme.labWeight : 0, ratio: t.labMax > 0 ? t.labPoints / t.labMax : 0 },
    { weight: t.quizMax > 0 ? scheme.quizWeight : 0, ratio: t.quizMax > 0 ? t.quizPoints / t.quizMax : 0 },
  ];
  const weight = parts.reduce((s, p) => s + p.weight, 0);
  if (weight === 0) return 0;
  return round2((100 * parts.reduce((s, p) => s + p.weight * p.ratio, 0)) / weight);
}
