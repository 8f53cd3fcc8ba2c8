/**
 * Chapter quizzes: reading a quiz (the route presents it without answers), submitting an attempt
 * (scored by labs/quiz.ts, recorded with its answers and time), attempts and the counting score.
 */
import type { Db } from '../db/client.js';
import { attemptsLeft, correctAnswer, countingAttempt, scoreQuiz, type QuestionResult } from '../labs/quiz.js';
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
  /** The attempt that counts (best or last, per the quiz's rules). */
  counting: AttemptRecord | undefined;
  passed: boolean;
}

export interface QuestionReview {
  question: Question;
  result: QuestionResult;
  answer: Answer | undefined;
  correctAnswer: Answer;
}

export interface AttemptReview {
  quiz: Quiz;
  attempt: AttemptRecord;
  reviews: QuestionReview[];
  standing: QuizStanding;
}

function asAnswers(value: unknown): Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Answers) : {};
}

async function attemptsOf(db: Db, userId: string, quizId: string): Promise<AttemptRecord[]> {
  const rows = await db.quizAttempt.findMany({ where: { userId, quizId }, orderBy: { submittedAt: 'asc' } });
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    maxScore: r.maxScore,
    submittedAt: r.submittedAt,
    answers: asAnswers(r.answers),
  }));
}

function standing(quiz: Quiz, attempts: AttemptRecord[]): QuizStanding {
  const counting = countingAttempt(quiz.scoring, attempts);
  const passed =
    counting !== undefined &&
    counting.maxScore > 0 &&
    (100 * counting.score) / counting.maxScore >= quiz.scoring.passPercent;
  return {
    attempts,
    attemptsUsed: attempts.length,
    attemptsLeft: attemptsLeft(quiz.scoring, attempts.length),
    counting,
    passed,
  };
}

function review(quiz: Quiz, attempt: AttemptRecord, attempts: AttemptRecord[]): AttemptReview {
  const { results } = scoreQuiz(quiz, attempt.answers);
  const reviews = quiz.questions.map((question, i) => ({
    question,
    result: results[i]!,
    answer: attempt.answers[question.id],
    correctAnswer: correctAnswer(question),
  }));
  return { quiz, attempt, reviews, standing: standing(quiz, attempts) };
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
  ) {}

  async list(actor: Actor): Promise<{ quiz: Quiz; standing: QuizStanding }[]> {
    authorize(actor, 'read', await studentWorkTarget(this.db, actor.id));
    const all = await this.db.quizAttempt.findMany({
      where: { userId: actor.id },
      orderBy: { submittedAt: 'asc' },
    });
    return this.course.quizzes.map((quiz) => {
      const attempts = all
        .filter((a) => a.quizId === quiz.id)
        .map((r) => ({
          id: r.id,
          score: r.score,
          maxScore: r.maxScore,
          submittedAt: r.submittedAt,
          answers: asAnswers(r.answers),
        }));
      return { quiz, standing: standing(quiz, attempts) };
    });
  }

  /** The quiz and the caller's standing; with `lastReview` when they have submitted before. */
  async get(
    actor: Actor,
    quizId: string,
  ): Promise<{ quiz: Quiz; standing: QuizStanding; lastReview: AttemptReview | undefined }> {
    authorize(actor, 'read', await studentWorkTarget(this.db, actor.id));
    const quiz = this.course.findQuiz(quizId);
    const attempts = await attemptsOf(this.db, actor.id, quizId);
    const last = attempts[attempts.length - 1];
    return { quiz, standing: standing(quiz, attempts), lastReview: last ? review(quiz, last, attempts) : undefined };
  }

  /** Scores and records an attempt; answers and explanations come back only now. */
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
    const attempts = await attemptsOf(this.db, actor.id, quiz.id);
    const attempt = attempts[attempts.length - 1]!;
    await this.activity?.record([
      { kind: 'quiz_submitted', userId: actor.id, quizId: quiz.id, attemptId: attempt.id, score, maxScore },
    ]);
    return review(quiz, attempt, attempts);
  }
}
