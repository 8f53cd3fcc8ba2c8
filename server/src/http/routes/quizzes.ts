// Quizzes: questions without answers; answers and explanations only in the review of a submitted attempt.
import { z } from 'zod';
import { answersSchema, type Answer, type Question, type Quiz } from '../../labs/quizFormat.js';
import type { AttemptReview, QuizStanding } from '../../services/quizzes.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';

const quizParams = z.object({
  quizId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a quiz id such as "minikube-quiz"'),
});

/** Only what a student needs to answer: never `correct`, `answer`, `accepted` or `explanation`. */
export function presentQuestion(q: Question) {
  const base = { id: q.id, type: q.type, prompt: q.prompt };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, choices: q.choices.map((c) => ({ id: c.id, text: c.text })) };
    case 'truefalse':
      return base;
    case 'command':
      return { ...base, placeholder: q.placeholder ?? null };
    default: {
      const never: never = q;
      return never;
    }
  }
}

function presentScoring(quiz: Quiz) {
  const s = quiz.scoring;
  return {
    multiSelect: s.multiSelect,
    attemptsAllowed: s.attemptsAllowed,
    counts: s.counts,
    passPercent: s.passPercent,
  };
}

function presentStanding(s: QuizStanding) {
  return {
    attemptsUsed: s.attemptsUsed,
    attemptsLeft: s.attemptsLeft,
    score: s.counting?.score ?? null,
    maxScore: s.counting?.maxScore ?? null,
    passed: s.passed,
  };
}

function presentAnswer(a: Answer | undefined) {
  if (!a) return null;
  if ('choice' in a) return { choice: a.choice };
  if ('choices' in a) return { choices: [...a.choices] };
  if ('value' in a) return { value: a.value };
  return { command: a.command };
}

export function presentReview(r: AttemptReview) {
  return {
    attempt: {
      id: r.attempt.id,
      score: r.attempt.score,
      maxScore: r.attempt.maxScore,
      submittedAt: r.attempt.submittedAt.toISOString(),
    },
    results: r.reviews.map((x) => ({
      questionId: x.question.id,
      correct: x.result.correct,
      earned: x.result.earned,
      points: x.result.points,
      answer: presentAnswer(x.answer),
      correctAnswer: presentAnswer(x.correctAnswer),
      explanation: x.question.explanation,
    })),
    standing: presentStanding(r.standing),
  };
}

const standingSchema = z.object({
  attemptsUsed: z.number(),
  attemptsLeft: z.number().nullable(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  passed: z.boolean(),
});
const answerOut = z
  .union([
    z.object({ choice: z.string() }),
    z.object({ choices: z.array(z.string()) }),
    z.object({ value: z.boolean() }),
    z.object({ command: z.string() }),
  ])
  .nullable();
const reviewSchema = z.object({
  attempt: z.object({ id: z.string(), score: z.number(), maxScore: z.number(), submittedAt: z.string() }),
  results: z.array(
    z.object({
      questionId: z.string(),
      correct: z.boolean(),
      earned: z.number(),
      points: z.number(),
      answer: answerOut,
      correctAnswer: answerOut,
      explanation: z.string(),
    }),
  ),
  standing: standingSchema,
});
const questionSchema = z.object({
  id: z.string(),
  type: z.enum(['single', 'multiple', 'truefalse', 'command']),
  prompt: z.string(),
  choices: z.array(z.object({ id: z.string(), text: z.string() })).optional(),
  placeholder: z.string().nullable().optional(),
});

export function quizRoutes({ services: { quizzes } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/quizzes',
      tag: 'quizzes',
      summary: 'Every chapter quiz with your standing',
      auth: 'user',
      response: {
        status: 200,
        description: 'Quizzes',
        schema: z.object({
          quizzes: z.array(
            z.object({
              id: z.string(),
              chapter: z.string(),
              title: z.string(),
              questionCount: z.number(),
              standing: standingSchema,
            }),
          ),
        }),
      },
      handler: async ({ actor }) => ({
        quizzes: (await quizzes.list(actor)).map(({ quiz, standing }) => ({
          id: quiz.id,
          chapter: quiz.chapter,
          title: quiz.title,
          questionCount: quiz.questions.length,
          standing: presentStanding(standing),
        })),
      }),
    }),
    route({
      method: 'get',
      path: '/quizzes/:quizId',
      tag: 'quizzes',
      summary:
        'A quiz: questions and choices (no answers), scoring rules, your standing and the review of your last attempt',
      auth: 'user',
      params: quizParams,
      response: {
        status: 200,
        description: 'The quiz',
        schema: z.object({
          quiz: z.object({
            id: z.string(),
            chapter: z.string(),
            title: z.string(),
            scoring: z.object({
              multiSelect: z.string(),
              attemptsAllowed: z.number(),
              counts: z.string(),
              passPercent: z.number(),
            }),
            questions: z.array(questionSchema),
          }),
          standing: standingSchema,
          lastAttempt: reviewSchema.nullable(),
        }),
      },
      handler: async ({ actor, params }) => {
        const { quiz, standing, lastReview } = await quizzes.get(actor, params.quizId);
        return {
          quiz: {
            id: quiz.id,
            chapter: quiz.chapter,
            title: quiz.title,
            scoring: presentScoring(quiz),
            questions: quiz.questions.map(presentQuestion),
          },
          standing: presentStanding(standing),
          lastAttempt: lastReview ? presentReview(lastReview) : null,
        };
      },
    }),
    route({
      method: 'post',
      path: '/quizzes/:quizId/attempts',
      tag: 'quizzes',
      summary: 'Submit answers: scored and recorded; the response shows right answers and explanations',
      auth: 'user',
      params: quizParams,
      body: z.strictObject({ answers: answersSchema }),
      response: { status: 201, description: 'The scored attempt with its review', schema: reviewSchema },
      handler: async ({ actor, params, body }) =>
        presentReview(await quizzes.submitAttempt(actor, { quizId: params.quizId, answers: body.answers })),
    }),
  ];
}
