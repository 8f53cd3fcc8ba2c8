// Grades routes: the role matrix (a grader of cohort A cannot read or export cohort B; students reach none of
// it), the gradebook under a cohort's grading scheme, every export format parsed as its importer would, the
// audit trail, graders' API tokens (shown once, stored hashed, scoped, revocable), every attempt for graders.
import request from 'supertest';
import { courseItems } from '../../server/src/labs/grading';
import { enrolStudent } from '../../server/src/services/cohorts';
import { gradebookHead, gradebookRows } from '../../server/src/services/grades';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { testDb } from '../support/db';
import { checkCanvas, checkMoodle, LONG_COLUMNS, parseCsv } from '../support/gradebookFiles';
import { testCourse } from '../support/services';
import { buildWorld, createTestApp, errorOf, makeUser, type Client, type TestApp, type World } from './helpers';

const WHO = ['anonymous', 'student', 'otherStudent', 'grader', 'instructor', 'otherInstructor', 'admin'] as const;
type Who = (typeof WHO)[number];
const only = (allowed: Partial<Record<Who, number>>): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : (allowed[w] ?? 403)])) as Record<Who, number>;
const staffOfA = only({ grader: 200, instructor: 200, admin: 200 });
const staffOfB = only({ otherInstructor: 200, admin: 200 });

let t: TestApp;
let w: World;
const course = testCourse();
const items = courseItems(course.catalogue);
const minikubeSteps = course.findLab('minikube-basics').steps;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
  await makeUser('student', 'eve@example.org', '=HYPERLINK("http://evil")');
  await makeUser('student', 'zoe@example.org', 'Zoë Ñúñez, "Z" 🚀');
  for (const email of ['eve@example.org', 'zoe@example.org'])
    await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: w.cohortA.id, email });
  const sam = w.student.user.id;
  await t.db.prisma.stepCompletion.createMany({
    data: [
      { userId: sam, labId: 'minikube-basics', stepId: minikubeSteps[0]!.id, attempts: 1, firstPassedAt: new Date() },
      { userId: sam, labId: 'minikube-basics', stepId: minikubeSteps[1]!.id, attempts: 3, firstPassedAt: new Date() },
      { userId: sam, labId: 'kubectl-first-day', stepId: 'x', attempts: 2, firstPassedAt: null },
    ],
  });
  await t.db.prisma.hintReveal.create({
    data: { userId: sam, labId: 'minikube-basics', stepId: minikubeSteps[1]!.id, hintIndex: 0 },
  });
  await t.db.prisma.quizAttempt.create({
    data: {
      userId: sam,
      quizId: 'minikube-quiz',
      answers: { 'what-is': { choice: 'a' } },
      score: 7,
      maxScore: 11,
      submittedAt: new Date('2026-01-01T10:00:00Z'),
    },
  });
  await t.db.prisma.quizAttempt.create({
    data: { userId: sam, quizId: 'minikube-quiz', answers: {}, score: 3, maxScore: 11 },
  });
}, 60_000);
afterAll(() => t.close());

const client = (who: Who): Client | null => (who === 'anonymous' ? null : w[who]);
const get = (who: Who, path: string) => client(who)?.get(path) ?? request(t.app).get(path);

describe('the role matrix', () => {
  const settings = {
    labWeight: 50,
    quizWeight: 50,
    hintPenalty: 0,
    quizAttempt: 'quiz',
    canvasAssignmentIds: {},
    quizDueDates: {},
  };
  const cases: [string, (w: World) => Promise<request.Response>[], Record<Who, number>][] = [
    ['GET /cohorts/A/grades', () => WHO.map((who) => get(who, `/api/cohorts/${w.cohortA.id}/grades`)), staffOfA],
    ['GET /cohorts/B/grades', () => WHO.map((who) => get(who, `/api/cohorts/${w.cohortB.id}/grades`)), staffOfB],
    [
      'GET /cohorts/A/grades/export',
      () => WHO.map((who) => get(who, `/api/cohorts/${w.cohortA.id}/grades/export?format=canvas`)),
      staffOfA,
    ],
    [
      'GET /cohorts/B/grades/export',
      () => WHO.map((who) => get(who, `/api/cohorts/${w.cohortB.id}/grades/export?format=csv`)),
      staffOfB,
    ],
    ['GET /cohorts/A/grading', () => WHO.map((who) => get(who, `/api/cohorts/${w.cohortA.id}/grading`)), staffOfA],
    [
      'PUT /cohorts/A/grading',
      () =>
        WHO.map((who) => {
          const c = client(who);
          const path = `/api/cohorts/${w.cohortA.id}/grading`;
          return c
            ? c.agent.put(path).set('x-csrf-token', c.csrf).send(settings)
            : request(t.app).put(path).send(settings);
        }),
      only({ instructor: 200, admin: 200 }),
    ],
    [
      'GET /students/sam/quiz-attempts',
      () => WHO.map((who) => get(who, `/api/students/${w.student.user.id}/quiz-attempts`)),
      staffOfA,
    ],
    [
      'GET /students/olga/quiz-attempts',
      () => WHO.map((who) => get(who, `/api/students/${w.otherStudent.user.id}/quiz-attempts`)),
      staffOfB,
    ],
    [
      'GET /tokens',
      () => WHO.map((who) => get(who, '/api/tokens')),
      only({ grader: 200, instructor: 200, otherInstructor: 200 }),
    ],
    [
      'DELETE /tokens/:id (no such token)',
      () =>
        WHO.map((who) => {
          const c = client(who);
          const path = '/api/tokens/00000000-0000-4000-8000-000000000000';
          return c ? c.delete(path) : request(t.app).delete(path);
        }),
      only({ grader: 404, instructor: 404, otherInstructor: 404 }),
    ],
  ];
  it.each(cases)('%s', async (_name, run, expected) => {
    const statuses = await Promise.all(run(w));
    expect(Object.fromEntries(WHO.map((who, i) => [who, statuses[i]!.status]))).toEqual(expected);
  });

  it('documents every grades route and covers it here', async () => {
    const doc = (await request(t.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { tags: string[]; security: object[] }>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.tags.includes('grades'))
        .map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.security] as const),
    );
    expect(routes.map(([r]) => r).sort()).toEqual([
      'DELETE /api/tokens/{tokenId}',
      'GET /api/cohorts/{id}/grades',
      'GET /api/cohorts/{id}/grades/export',
      'GET /api/cohorts/{id}/grading',
      'GET /api/students/{id}/quiz-attempts',
      'GET /api/tokens',
      'POST /api/tokens',
      'PUT /api/cohorts/{id}/grading',
    ]);
    expect(Object.fromEntries(routes)['GET /api/cohorts/{id}/grades/export']).toEqual([
      { session: [] },
      { apiToken: [] },
    ]);
  });
});

interface Gradebook {
  items: { id: string; maxPoints: number }[];
  students: {
    name: string;
    email: string;
    grades: { itemId: string; points: number | null; status: string }[];
    labPoints: number;
    quizPoints: number;
    percent: number;
  }[];
}

describe('the gradebook', () => {
  const gradesOf = async () =>
    (await w.grader.get(`/api/cohorts/${w.cohortA.id}/grades`).expect(200)).body as Gradebook;
  const samOf = (g: Gradebook) => g.students.find((s) => s.email === 'sam@example.org')!;
  const points = (g: Gradebook, itemId: string) => samOf(g).grades.find((x) => x.itemId === itemId)!.points;

  it('has every course item in course order with maxima, and every student by name', async () => {
    const g = await gradesOf();
    expect(g.items.map((i) => [i.id, i.maxPoints])).toEqual(items.map((i) => [i.id, i.maxPoints]));
    expect(g.students.map((s) => s.name)).toEqual(['=HYPERLINK("http://evil")', 'Sam Student', 'Zoë Ñúñez, "Z" 🚀']);
    expect(points(g, 'lab:minikube-basics')).toBe(2);
    // Checks run but no step passed, no hint: nothing to grade yet (0 in totals).
    expect(samOf(g).grades.find((x) => x.itemId === 'lab:kubectl-first-day')).toMatchObject({ points: null });
    expect(points(g, 'quiz:minikube-quiz')).toBe(7);
    expect(samOf(g).grades.filter((x) => x.points === null)).toHaveLength(items.length - 2);
  });

  it('follows the cohort’s scheme: hint penalty, which attempt counts, weights', async () => {
    const res = await w.instructor.agent
      .put(`/api/cohorts/${w.cohortA.id}/grading`)
      .set('x-csrf-token', w.instructor.csrf)
      .send({
        labWeight: 60,
        quizWeight: 40,
        hintPenalty: 0.5,
        quizAttempt: 'average',
        canvasAssignmentIds: { 'quiz:minikube-quiz': '4711' },
        quizDueDates: {},
      })
      .expect(200);
    expect(res.body).toMatchObject({ labWeight: 60, hintPenalty: 0.5, quizAttempt: 'average' });
    const g = await gradesOf();
    expect(points(g, 'lab:minikube-basics')).toBe(1.5);
    expect(points(g, 'quiz:minikube-quiz')).toBe(5);
    const labMax = items.filter((i) => i.kind === 'lab').reduce((s, i) => s + i.maxPoints, 0);
    const quizMax = items.filter((i) => i.kind === 'quiz').reduce((s, i) => s + i.maxPoints, 0);
    const expected = Math.round(100 * ((60 * 1.5) / labMax + (40 * 5) / quizMax)) / 100;
    expect(samOf(g).percent).toBeCloseTo(expected, 2);
  });

  it('reads students a page at a time, the same rows whatever the page size', async () => {
    const head = await gradebookHead(testDb(), course, SYSTEM_ACTOR, { cohortId: w.cohortA.id });
    const read = async (pageSize: number) => {
      const out: string[] = [];
      for await (const row of gradebookRows(testDb(), course, head, pageSize))
        out.push(`${row.student.email}:${row.grades.totalPoints}`);
      return out;
    };
    const whole = await read(1000);
    expect(whole).toHaveLength(3);
    expect(await read(1)).toEqual(whole);
    expect(await read(2)).toEqual(whole);
    expect(await read(3)).toEqual(whole);
  });

  it('rejects a bad scheme with a readable message', async () => {
    const put = (body: object) =>
      w.instructor.agent.put(`/api/cohorts/${w.cohortA.id}/grading`).set('x-csrf-token', w.instructor.csrf).send(body);
    const base = {
      labWeight: 1,
      quizWeight: 1,
      hintPenalty: 0,
      quizAttempt: 'best',
      canvasAssignmentIds: {},
      quizDueDates: {},
    };
    expect(errorOf(await put({ ...base, labWeight: -1 })).message).toMatch(/^labWeight: /);
    expect(errorOf(await put({ ...base, labWeight: 0, quizWeight: 0 })).message).toBe(
      'labWeight, quizWeight: at least one must be above 0',
    );
    expect(errorOf(await put({ ...base, canvasAssignmentIds: { 'lab:nope': '1' } })).message).toBe(
      'canvasAssignmentIds: "lab:nope" is not a lab or quiz of the course',
    );
    expect(errorOf(await put({ ...base, quizDueDates: { 'minikube-quiz': 'tomorrow' } })).message).toMatch(
      /^quizDueDates\.minikube-quiz: /,
    );
  });
});

describe('exports', () => {
  const exportOf = async (format: string, extra = '') => {
    const res = await w.grader.get(`/api/cohorts/${w.cohortA.id}/grades/export?format=${format}${extra}`).buffer(true);
    expect(res.status).toBe(200);
    return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from(res.text, 'utf8')) };
  };

  it('CSV: BOM on request, a Points possible row, formulas neutralised, attachment name', async () => {
    const { res, text } = await exportOf('csv', '&bom=1');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=kubelab-grades-cohort-a-csv.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, maxima, ...rows] = parseCsv(text);
    expect(header!.slice(3, 3 + items.length)).toEqual(items.map((i) => i.id));
    expect(maxima!.slice(2, 3 + items.length)).toEqual(['Points possible', ...items.map((i) => String(i.maxPoints))]);
    expect(rows.map((r) => r[2])).toEqual([`'=HYPERLINK("http://evil")`, 'Sam Student', 'Zoë Ñúñez, "Z" 🚀']);
  });

  it('Canvas: passes the importer rules, with the mapped assignment id', async () => {
    const { text } = await exportOf('canvas');
    const { items: titles, maxima, students } = checkCanvas(parseCsv(text));
    expect(titles).toHaveLength(items.length);
    expect(titles.filter((x) => x.endsWith('(4711)'))).toHaveLength(1);
    expect(maxima).toEqual(items.map((i) => i.maxPoints));
    expect(students.map((s) => s[3])).toEqual(['eve@example.org', 'sam@example.org', 'zoe@example.org']);
    expect(students.every((s) => s[4] === 'Cohort A')).toBe(true);
  });

  it('Moodle: passes the import rules, in points and in percent', async () => {
    checkMoodle(
      parseCsv((await exportOf('moodle')).text),
      items.map((i) => i.maxPoints),
    );
    const { students } = checkMoodle(
      parseCsv((await exportOf('moodle', '&scale=percent')).text),
      items.map(() => 100),
    );
    const sam = students.find((s) => s[3] === 'sam@example.org')!;
    expect(sam.slice(0, 2)).toEqual(['Sam', 'Student']);
  });

  it('long and JSON', async () => {
    const [header, ...rows] = parseCsv((await exportOf('long')).text);
    expect(header).toEqual(LONG_COLUMNS);
    expect(rows).toHaveLength(3 * items.length);
    const { res } = await exportOf('json');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const json = JSON.parse(res.text) as { items: unknown[]; students: { email: string }[] };
    expect(json.items).toHaveLength(items.length);
    expect(json.students.map((s) => s.email)).toEqual(['eve@example.org', 'sam@example.org', 'zoe@example.org']);
  });

  it('refuses an unknown format', async () => {
    const res = await w.grader.get(`/api/cohorts/${w.cohortA.id}/grades/export?format=xlsx`);
    expect(errorOf(res).message).toBe('format: must be csv, json, canvas, moodle or long');
  });

  it('audits every export', async () => {
    const before = await t.db.prisma.auditLog.count({
      where: { action: 'scores.exported', actorId: w.grader.user.id },
    });
    await exportOf('long');
    const after = await t.db.prisma.auditLog.findMany({
      where: { action: 'scores.exported', actorId: w.grader.user.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ targetId: w.cohortA.id, detail: { format: 'long', viaToken: false } });
  });
});

describe('every attempt, for graders', () => {
  it('lists all of a student’s attempts with answers and right answers', async () => {
    const body = (await w.grader.get(`/api/students/${w.student.user.id}/quiz-attempts`).expect(200)).body as {
      attempts: {
        quizId: string;
        review: { answersShown: boolean; attempt: { score: number }; results: { correctAnswer: unknown }[] };
      }[];
    };
    expect(body.attempts.map((a) => [a.quizId, a.review.attempt.score])).toEqual([
      ['minikube-quiz', 7],
      ['minikube-quiz', 3],
    ]);
    expect(body.attempts[0]!.review.answersShown).toBe(true);
    expect(body.attempts[0]!.review.results.every((r) => r.correctAnswer !== null)).toBe(true);
  });
});

describe('API tokens', () => {
  const bearer = (token: string, path: string) => request(t.app).get(path).set('Authorization', `Bearer ${token}`);
  let token = '';
  let tokenId = '';

  it('are shown once and stored hashed', async () => {
    const res = await w.grader.post('/api/tokens', { name: 'nightly export' }).expect(201);
    const body = res.body as { token: string; apiToken: { id: string; prefix: string } };
    ({ token } = body);
    tokenId = body.apiToken.id;
    expect(token).toMatch(/^klg_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(body.apiToken.prefix)).toBe(true);
    const row = await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    const list = await w.grader.get('/api/tokens').expect(200);
    expect(list.text).not.toContain(token);
    expect((list.body as { tokens: { name: string }[] }).tokens.map((x) => x.name)).toEqual(['nightly export']);
    expect(errorOf(await w.grader.post('/api/tokens', { name: '  ' })).message).toBe('name: must not be empty');
    expect((await w.student.post('/api/tokens', { name: 'mine' })).status).toBe(403);
    expect((await w.admin.post('/api/tokens', { name: 'mine' })).status).toBe(403);
  });

  it('export the grader’s cohorts only, and reach nothing else', async () => {
    const res = await bearer(token, `/api/cohorts/${w.cohortA.id}/grades/export?format=canvas`).expect(200);
    checkCanvas(parseCsv(res.text));
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'scores.exported', actorId: w.grader.user.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.detail).toEqual({ format: 'canvas', viaToken: true });
    await bearer(token, `/api/cohorts/${w.cohortA.id}/grades`).expect(200);
    expect((await bearer(token, `/api/cohorts/${w.cohortB.id}/grades/export?format=csv`)).status).toBe(403);
    const other = await bearer(token, '/api/cohorts');
    expect(other.status).toBe(403);
    expect(errorOf(other).message).toBe('API tokens may only read and export grades; log in for everything else.');
    const put = await request(t.app)
      .put(`/api/cohorts/${w.cohortA.id}/grading`)
      .set('Authorization', `Bearer ${token}`)
      .send({});
    expect(put.status).toBe(403);
    expect(
      (await request(t.app).post('/api/tokens').set('Authorization', `Bearer ${token}`).send({ name: 'x' })).status,
    ).toBe(403);
    expect((await bearer('klg_not-a-token', '/api/cohorts')).status).toBe(401);
  });

  it('follow the owner’s cohorts: no longer grading A, no more A', async () => {
    await t.db.prisma.cohortGrader.delete({
      where: { cohortId_userId: { cohortId: w.cohortA.id, userId: w.grader.user.id } },
    });
    expect((await bearer(token, `/api/cohorts/${w.cohortA.id}/grades`)).status).toBe(403);
    await t.db.prisma.cohortGrader.create({ data: { cohortId: w.cohortA.id, userId: w.grader.user.id } });
    expect((await bearer(token, `/api/cohorts/${w.cohortA.id}/grades`)).status).toBe(200);
  });

  it('are revoked at once, by their owner only', async () => {
    expect((await w.instructor.delete(`/api/tokens/${tokenId}`)).status).toBe(404);
    await w.grader.delete(`/api/tokens/${tokenId}`).expect(204);
    const res = await bearer(token, `/api/cohorts/${w.cohortA.id}/grades`);
    expect(res.status).toBe(401);
    expect(errorOf(res).message).toBe('The API token is unknown or has been revoked.');
    const list = (await w.grader.get('/api/tokens').expect(200)).body as { tokens: { revokedAt: string | null }[] };
    expect(list.tokens[0]!.revokedAt).not.toBeNull();
    expect(await t.db.prisma.auditLog.count({ where: { action: { in: ['token.created', 'token.revoked'] } } })).toBe(2);
  });
});
