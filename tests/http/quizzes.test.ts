// Quiz routes: no answers or explanations before the quiz's rules allow them (payloads inspected), scoring,
// attempts recorded with answers and time, attempt limits, the counting score, choices shuffled per attempt.
// The course's defaults: 3 attempts, best counts, answers after the last attempt, shuffled choices.
import request from 'supertest';
import { testCourse } from '../support/services';
import { createTestApp, errorOf, loginAs, makeUser, type Client, type TestApp } from './helpers';

let t: TestApp;
let sam: Client;
beforeAll(async () => {
  t = await createTestApp();
  sam = await loginAs(t.app, await makeUser('student', 'sam@example.org', 'Sam'));
});
afterAll(() => t.close());

const SECRET_KEYS = ['correct', 'answer', 'accepted', 'explanation', 'correctAnswer'];

function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

describe('before any submission', () => {
  it('needs a login', async () => {
    expect((await request(t.app).get('/api/quizzes/minikube-quiz')).status).toBe(401);
  });

  it('sends questions and choices but no answers or explanations, for every quiz', async () => {
    const list = await sam.get('/api/quizzes').expect(200);
    const ids = (list.body as { quizzes: { id: string }[] }).quizzes.map((q) => q.id);
    expect(ids.length).toBe(testCourse().quizzes.length);
    for (const id of ids) {
      const res = await sam.get(`/api/quizzes/${id}`).expect(200);
      const keys = keysDeep(res.body);
      for (const secret of SECRET_KEYS) expect(keys.has(secret)).toBe(false);
      const quiz = testCourse().quizzes.find((q) => q.id === id)!;
      for (const q of quiz.questions) expect(res.text).not.toContain(JSON.stringify(q.explanation));
      for (const q of quiz.questions)
        if (q.type === 'command') for (const a of q.accepted) expect(res.text).not.toContain(JSON.stringify(a));
      expect((res.body as { lastAttempt: unknown }).lastAttempt).toBeNull();
    }
  });

  it('presents each question type by hand', async () => {
    const res = await sam.get('/api/quizzes/minikube-quiz').expect(200);
    const body = res.body as { quiz: { scoring: object; questions: Record<string, unknown>[] }; standing: object };
    expect(body.quiz.scoring).toEqual({
      multiSelect: 'partial',
      attemptsAllowed: 3,
      counts: 'best',
      passPercent: 70,
      showAnswers: 'after-last-attempt',
      shuffleChoices: true,
    });
    const first = body.quiz.questions[0] as { choices: { id: string }[] };
    expect({ ...first, choices: [...first.choices].sort((a, b) => a.id.localeCompare(b.id)) }).toEqual({
      id: 'what-is',
      type: 'single',
      prompt: 'What does minikube give you?',
      choices: [
        { id: 'a', text: 'A local Kubernetes cluster on your own machine, for learning and development' },
        { id: 'b', text: 'A managed cluster in the cloud' },
        { id: 'c', text: 'A smaller version of kubectl' },
        { id: 'd', text: 'A container registry' },
      ],
    });
    expect(body.quiz.questions.find((q) => q.id === 'start')).toEqual({
      id: 'start',
      type: 'command',
      prompt: 'Write the command that creates and starts a minikube cluster.',
      placeholder: null,
    });
    expect(body.quiz.questions.find((q) => q.id === 'stop-keeps')).toEqual({
      id: 'stop-keeps',
      type: 'truefalse',
      prompt: '`minikube stop` deletes all the objects in the cluster.',
    });
    expect(body.standing).toEqual({
      attemptsUsed: 0,
      attemptsLeft: 3,
      score: null,
      maxScore: null,
      passed: false,
      answersShown: false,
    });
  });

  it('shows the choices in an order seeded by student and attempt: the same on a reload', async () => {
    const order = async (c: Client) =>
      ((await c.get('/api/quizzes/architecture-quiz').expect(200)).body as QuizBody).quiz.questions.map((q) =>
        (q.choices ?? []).map((x) => x.id).join(''),
      );
    const olga = await loginAs(t.app, await makeUser('student', 'olga@example.org', 'Olga'));
    const samOrder = await order(sam);
    expect(await order(sam)).toEqual(samOrder);
    // Nine questions with 2 to 5 choices each: another student almost surely sees another order somewhere.
    expect(await order(olga)).not.toEqual(samOrder);
    const sorted = samOrder.map((ids) => [...ids].sort().join(''));
    expect(sorted).toEqual((await order(olga)).map((ids) => [...ids].sort().join('')));
  });
});

interface QuizBody {
  quiz: { questions: { id: string; choices?: { id: string }[] }[] };
}

describe('submitting', () => {
  it('validates the answers', async () => {
    expect(
      errorOf(await sam.post('/api/quizzes/minikube-quiz/attempts', { answers: { nope: { value: true } } })).message,
    ).toBe('answers: no question "nope" in this quiz');
    expect(
      errorOf(await sam.post('/api/quizzes/minikube-quiz/attempts', { answers: { 'what-is': { value: true } } }))
        .message,
    ).toBe('answers.what-is: a single question takes "choice"');
    expect(
      errorOf(await sam.post('/api/quizzes/minikube-quiz/attempts', { answers: { 'what-is': { choice: 'z' } } }))
        .message,
    ).toBe('answers.what-is: unknown choice');
    expect((await sam.post('/api/quizzes/no-such-quiz/attempts', { answers: {} })).status).toBe(404);
  });

  it('scores and records an attempt, and withholds answers, explanations and per-question results', async () => {
    const res = await sam
      .post('/api/quizzes/minikube-quiz/attempts', {
        answers: {
          'what-is': { choice: 'a' },
          drivers: { choices: ['a', 'b', 'd'] },
          start: { command: '  minikube   start ' },
          'stop-keeps': { value: true },
          addons: { command: 'minikube addons enable metrics-server' },
        },
      })
      .expect(201);
    const body = res.body as {
      answersShown: boolean;
      attempt: { score: number; maxScore: number; submittedAt: string };
      results: {
        questionId: string;
        correct: unknown;
        earned: unknown;
        correctAnswer: unknown;
        explanation: unknown;
      }[];
      standing: { attemptsUsed: number; score: number };
    };
    // what-is 1 + drivers (2 right, 1 wrong of 3) 1 + start 1 + stop-keeps 0 + addons 1 = 4 of 1+3+1+1+1+1+1+1+1 = 11
    expect(body.attempt).toMatchObject({ score: 4, maxScore: 11 });
    expect(body.answersShown).toBe(false);
    for (const r of body.results)
      expect(r).toMatchObject({ correct: null, earned: null, correctAnswer: null, explanation: null });
    const quiz = testCourse().quizzes.find((q) => q.id === 'minikube-quiz')!;
    for (const q of quiz.questions) expect(res.text).not.toContain(JSON.stringify(q.explanation));
    expect(body.standing).toMatchObject({ attemptsUsed: 1, score: 4 });

    const rows = await t.db.prisma.quizAttempt.findMany({ where: { userId: sam.user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quizId: 'minikube-quiz',
      score: 4,
      maxScore: 11,
      answers: { start: { command: '  minikube   start ' } },
    });
    expect(rows[0]!.submittedAt.toISOString()).toBe(body.attempt.submittedAt);

    const after = (await sam.get('/api/quizzes/minikube-quiz').expect(200)).body as {
      lastAttempt: { results: unknown[] } | null;
    };
    expect(after.lastAttempt?.results).toHaveLength(9);
  });

  it('the best attempt counts; the right answers come with the last attempt', async () => {
    await sam.post('/api/quizzes/minikube-quiz/attempts', { answers: {} }).expect(201);
    const scores = (await sam.get('/api/scores/me').expect(200)).body as {
      quizzes: { quizId: string; score: number; attempts: number }[];
    };
    expect(scores.quizzes.find((q) => q.quizId === 'minikube-quiz')).toMatchObject({ score: 4, attempts: 2 });

    const last = (await sam.post('/api/quizzes/minikube-quiz/attempts', { answers: { 'stop-keeps': { value: true } } }))
      .body as { answersShown: boolean; results: Record<string, unknown>[]; standing: object };
    expect(last.answersShown).toBe(true);
    const byId = Object.fromEntries(last.results.map((r) => [r.questionId as string, r]));
    expect(byId.drivers).toMatchObject({
      correct: false,
      earned: 0,
      points: 3,
      correctAnswer: { choices: ['a', 'b', 'c'] },
    });
    expect(byId['stop-keeps']).toMatchObject({
      correct: false,
      correctAnswer: { value: false },
      explanation: '`stop` powers the cluster off and keeps everything; `minikube delete` removes it.',
    });
    expect(byId.status).toMatchObject({ earned: 0, correctAnswer: { command: 'minikube status' } });
    expect(last.standing).toMatchObject({ attemptsUsed: 3, attemptsLeft: 0, score: 4, answersShown: true });
  });

  it('enforces the attempt limit', async () => {
    const limit = testCourse().quizzes.find((q) => q.id === 'features-quiz')!.scoring.attemptsAllowed;
    for (let i = 0; i < limit; i++) await sam.post('/api/quizzes/features-quiz/attempts', { answers: {} }).expect(201);
    const res = await sam.post('/api/quizzes/features-quiz/attempts', { answers: {} });
    expect(res.status).toBe(409);
    expect(errorOf(res).message).toBe(`You have used all ${limit} attempts at this quiz.`);
  });
});
