/**
 * Chapter quizzes: reading a quiz (the route presents it without answers), submitting an attempt
 * (scored by labs/quiz.ts, recorded with its answers and time), attempts and the counting score.
 */
import type { Db } from '../db/client.js';
import { quizDueDatesFor } from '../db/grading.js';
import {
  answersVisible,
  attemptsLeft,
  choiceOrder,
  correctAnswer,
  countedScore,
  scoreQuiz,
  type QuestionResult,
} from '../labs/quiz.js';
import type { Answer, Answers, Question, Quiz } from '../labs/quizFormat.js';
import type { ActivityRecorder } from './activity.js';
import type { Actor } from './actor.js';
import { ConflictError, ValidationError } from './errors.js';
import { authorize } from './policies.js';
import type { Course } from './course.js';
import { studentWorkTarget } from './targets.js';

export interface AttemptRecord {
  id: string;
  score: number;
  maxScore: number;
  submittedAt: Date;
  answers: Answers;
}

export interface QuizStanding {
  attempts: AttemptRecord[];
  attemptsUsed: number;
  /** null: unlimited. */
  attemptsLeft: number | null;
  /** The score that counts (best, last or average, per the quiz's rules). */
  counted: { score: number; maxScore: number } | undefined;
  passed: boolean;
  /** Whether right answers and explanations may be shown now (the quiz's `showAnswers`). */
  answersShown: boolean;
}

export interface QuestionReview {
  question: Question;
  result: QuestionResult;
  answer: Answer | undefined;
  correctAnswer: Answer;
}

export interface AttemptReview {
  quiz: Quiz;
  /** False: per-question results, right answers and explanations are withheld. */
  answersShown: boolean;
  attempt: AttemptRecord;
  reviews: QuestionReview[];
  standing: QuizStanding;
}

function asAnswers(value: unknown): Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Answers) : {};
}

function toRecord(r: {
  id: string;
  score: number;
  maxScore: number;
  submittedAt: Date;
  answers: unknown;
}): AttemptRecord {
  return { id: r.id, score: r.score, maxScore: r.maxScore, submittedAt: r.submittedAt, answers: asAnswers(r.answers) };
}

async function attemptsOf(db: Db, userId: string, quizId: string): Promise<AttemptRecord[]> {
  const rows = await db.quizAttempt.findMany({ where: { userId, quizId }, orderBy: { submittedAt: 'asc' } });
  return rows.map(toRecord);
}

function standing(quiz: Quiz, attempts: AttemptRecord[], due: { now: Date; dueAt: Date | null }): QuizStanding {
  const counted = countedScore(quiz.scoring.counts, attempts);
  const passed =
    counted !== undefined &&
    counted.maxScore > 0 &&
    (100 * counted.score) / counted.maxScore >= quiz.scoring.passPercent;
  return {
    attempts,
    attemptsUsed: attempts.length,
    attemptsLeft: attemptsLeft(quiz.scoring, attempts.length),
    counted,
    passed,
    answersShown: answersVisible(quiz.scoring, { attemptsUsed: attempts.length, ...due }),
  };
}

/** The quiz as this student sees it on their next attempt: choices in their seeded order when the quiz shuffles. */
export function quizForAttempt(quiz: Quiz, userId: string, attempt: number): Quiz {
  if (!quiz.scoring.shuffleChoices) return quiz;
  return {
    ...quiz,
    questions: quiz.questions.map((q) =>
      q.type === 'single' || q.type === 'multiple'
        ? { ...q, choices: choiceOrder(q.choices, { userId, quizId: quiz.id, questionId: q.id, attempt }) }
        : q,
    ),
  };
}

function review(
  quiz: Quiz,
  attempt: AttemptRecord,
  attempts: AttemptRecord[],
  due: { now: Date; dueAt: Date | null },
): AttemptReview {
  const { results } = scoreQuiz(quiz, attempt.answers);
  const reviews = quiz.questions.map((question, i) => ({
    question,
    result: results[i]!,
    answer: attempt.answers[question.id],
    correctAnswer: correctAnswer(question),
  }));
  const s = standing(quiz, attempts, due);
  return { quiz, answersShown: s.answersShown, attempt, reviews, standing: s };
}

function checkAnswers(quiz: Quiz, answers: Answers): void {
  for (const [id, answer] of Object.entries(answers)) {
    const q = quiz.questions.find((x) => x.id === id);
    if (!q) throw new ValidationError(`answers: no question "${id}" in this quiz`);
    const expected = { single: 'choice', multiple: 'choices', truefalse: 'value', command: 'command' }[q.type];
    if (!(expected in answer)) throw new ValidationError(`answers.${id}: a ${q.type} question takes "${expected}"`);
    const ids = 'choice' in answer ? [answer.choice] : 'choices' in answer ? answer.choices : [];
    if ((q.type === 'single' || q.type === 'multiple') && ids.some((c) => !q.choices.some((x) => x.id === c))) {
      throw new ValidationError(`answers.${id}: unknown choice`);
    }
  }
}

/** The chapter quizzes: the caller's standing, a quiz to answer, and scored attempts. */
export class QuizService {
  constructor(
    private readonly db: Db,
    private readonly course: Course,
    /** Where submitted attempts are reported (the activity feed). */
    private readonly activity?: ActivityRecorder,
    /** The clock deciding whether a due date has passed (tests move it). */
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async dueOf(userId: string, quizId: string): Promise<{ now: Date; dueAt: Date | null }> {
    return { now: this.now(), dueAt: (await quizDueDatesFor(this.db, userId)).get(quizId) ?? null };
  }

  async list(actor: Actor): Promise<{ quiz: Quiz; standing: QuizStanding }[]> {
    authorize(actor, 'read', await studentWorkTarget(this.db, actor.id));
    const [all, dueDates] = await Promise.all([
      this.db.quizAttempt.findMany({ where: { userId: actor.id }, orderBy: { submittedAt: 'asc' } }),
      quizDueDatesFor(this.db, actor.id),
    ]);
    const now = this.now();
    return this.course.quizzes.map((quiz) => {
      const attempts = all.filter((a) => a.quizId === quiz.id).map(toRecord);
      return { quiz, standing: standing(quiz, attempts, { now, dueAt: dueDates.get(quiz.id) ?? null }) };
    });
  }

  /**
   * The quiz as the caller answers it next (choices in their order for that attempt) and their standing;
   * with `lastReview` when they have submitted before.
   */
  async get(
    actor: Actor,
    quizId: string,
  ): Promise<{ quiz: Quiz; standing: QuizStanding; lastReview: AttemptReview | undefined }> {
    authorize(actor, 'read', await studentWorkTarget(this.db, actor.id));
    const quiz = this.course.findQuiz(quizId);
    const [attempts, due] = await Promise.all([attemptsOf(this.db, actor.id, quizId), this.dueOf(actor.id, quizId)]);
    const last = attempts[attempts.length - 1];
    return {
      quiz: quizForAttempt(quiz, actor.id, attempts.length + 1),
      standing: standing(quiz, attempts, due),
      lastReview: last ? review(quiz, last, attempts, due) : undefined,
    };
  }

  /** Scores and records an attempt; answers and explanations come back only when the quiz's rules allow. */
  async submitAttempt(actor: Actor, input: { quizId: string; answers: Answers }): Promise<AttemptReview> {
    authorize(actor, 'use', await studentWorkTarget(this.db, actor.id));
    const quiz = this.course.findQuiz(input.quizId);
    checkAnswers(quiz, input.answers);
    const { score, maxScore } = scoreQuiz(quiz, input.answers);
    await this.db.$transaction(async (tx) => {
      // One submission at a time per student and quiz, so the attempt limit holds under double clicks.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${actor.id}/${quiz.id}`}))`;
      const used = await tx.quizAttempt.count({ where: { userId: actor.id, quizId: quiz.id } });
      if (attemptsLeft(quiz.scoring, used) === 0)
        throw new ConflictError(`You have used all ${quiz.scoring.attemptsAllowed} attempts at this quiz.`);
      await tx.quizAttempt.create({
        data: { userId: actor.id, quizId: quiz.id, answers: input.answers, score, maxScore },
      });
    });
    const [attempts, due] = await Promise.all([attemptsOf(this.db, actor.id, quiz.id), this.dueOf(actor.id, quiz.id)]);
    const attempt = attempts[attempts.length - 1]!;
    await this.activity?.record([
      { kind: 'quiz_submitted', userId: actor.id, quizId: quiz.id, attemptId: attempt.id, score, maxScore },
    ]);
    return review(quiz, attempt, attempts, due);
  }

  /** Every attempt of a student at every quiz, with answers and per-question results (their graders and instructors). */
  async attemptsOfStudent(actor: Actor, studentId: string): Promise<AttemptReview[]> {
    authorize(actor, 'reviewAttempts', await studentWorkTarget(this.db, studentId));
    const rows = await this.db.quizAttempt.findMany({ where: { userId: studentId }, orderBy: { submittedAt: 'asc' } });
    const due = { now: this.now(), dueAt: null };
    return rows
      .filter((r) => this.course.hasQuiz(r.quizId))
      .map((r) => {
        const quiz = this.course.findQuiz(r.quizId);
        const attempts = rows.filter((x) => x.quizId === r.quizId).map(toRecord);
        // Staff always see the right answers: the quiz's showAnswers rule is about students.
        return { ...review(quiz, toRecord(r), attempts, due), answersShown: true };
      });
  }
}
