// Quizzes: questions without answers; answers and explanations only in the review of a submitted attempt.
import { z } from 'zod';
import { questionPoints } from '../../labs/quiz.js';
import type { Answer as AnswerIn, Question as QuestionIn, Quiz } from '../../labs/quizFormat.js';
import type { AttemptReview, QuizStanding } from '../../services/quizzes.js';
import type { Answer, Question, QuizResponse, QuizReviewResponse, Standing } from '../contract.js';
import { quizResponse, quizReviewResponse, quizzesResponse } from '../responses.js';
import { route, type AnyRoute, type RouteDeps } from '../route.js';
import { quizAttemptBody } from './schemas.js';

const quizParams = z.object({
  quizId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be a quiz id such as "minikube-quiz"'),
});

/** Only what a student needs to answer: never `correct`, `answer`, `accepted` or `explanation`. */
export function presentQuestion(q: QuestionIn): Question {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { id: q.id, type: q.type, prompt: q.prompt, choices: q.choices.map((c) => ({ id: c.id, text: c.text })) };
    case 'truefalse':
      return { id: q.id, type: q.type, prompt: q.prompt };
    case 'command':
      return { id: q.id, type: q.type, prompt: q.prompt, placeholder: q.placeholder ?? null };
    default: {
      const never: never = q;
      return never;
    }
  }
}

function presentScoring(quiz: Quiz): QuizResponse['quiz']['scoring'] {
  const s = quiz.scoring;
  return {
    multiSelect: s.multiSelect,
    attemptsAllowed: s.attemptsAllowed,
    counts: s.counts,
    passPercent: s.passPercent,
    showAnswers: s.showAnswers,
    shuffleChoices: s.shuffleChoices,
  };
}

function presentStanding(s: QuizStanding): Standing {
  return {
    attemptsUsed: s.attemptsUsed,
    attemptsLeft: s.attemptsLeft,
    score: s.counted?.score ?? null,
    maxScore: s.counted?.maxScore ?? null,
    passed: s.passed,
    answersShown: s.answersShown,
  };
}

function presentAnswer(a: AnswerIn | undefined): Answer | null {
  if (!a) return null;
  if ('choice' in a) return { choice: a.choice };
  if ('choices' in a) return { choices: [...a.choices] };
  if ('value' in a) return { value: a.value };
  return { command: a.command };
}

/**
 * A scored attempt. Until the quiz's rules let the student see answers (`answersShown`), only the score goes
 * out: per-question results would give right answers away (a true/false marked wrong is its answer).
 */
export function presentReview(r: AttemptReview): QuizReviewResponse {
  const shown = r.answersShown;
  return {
    answersShown: shown,
    attempt: {
      id: r.attempt.id,
      score: r.attempt.score,
      maxScore: r.attempt.maxScore,
      submittedAt: r.attempt.submittedAt.toISOString(),
    },
    results: r.reviews.map((x) => ({
      questionId: x.question.id,
      correct: shown ? x.result.correct : null,
      earned: shown ? x.result.earned : null,
      points: x.result.points,
      answer: presentAnswer(x.answer),
      correctAnswer: shown ? presentAnswer(x.correctAnswer) : null,
      explanation: shown ? x.question.explanation : null,
    })),
    standing: presentStanding(r.standing),
  };
}

export function quizRoutes({ services: { quizzes } }: RouteDeps): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/quizzes',
      tag: 'quizzes',
      summary: 'Every chapter quiz with your standing',
      auth: 'user',
      response: { status: 200, description: 'Quizzes', schema: quizzesResponse },
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
      response: { status: 200, description: 'The quiz', schema: quizResponse },
      handler: async ({ actor, params }) => {
        const { quiz, standing, lastReview } = await quizzes.get(actor, params.quizId);
        return {
          quiz: {
            id: quiz.id,
            chapter: quiz.chapter,
            title: quiz.title,
            scoring: presentScoring(quiz),
            questions: quiz.questions.map(presentQuestion),
            maxScore: quiz.questions.reduce((sum, q) => sum + questionPoints(q, quiz.scoring), 0),
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
      summary:
        'Submit answers: scored and recorded; right answers and explanations only when the quiz shows them (showAnswers)',
      auth: 'user',
      params: quizParams,
      body: quizAttemptBody,
      response: { status: 201, description: 'The scored attempt with its review', schema: quizReviewResponse },
      handler: async ({ actor, params, body }) =>
        presentReview(await quizzes.submitAttempt(actor, { quizId: params.quizId, answers: body.answers })),
    }),
  ];
}
