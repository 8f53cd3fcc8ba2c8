/* eslint-disable @typescript-eslint/no-unsafe-member-access -- Jest's asymmetric matchers (expect.any …) are typed any */
// Cohort routes, each in the order unauthenticated → invalid → forbidden → success.
import request from 'supertest';
import { buildWorld, createTestApp, errorOf, loginAs, makeUser, type TestApp, type World } from './helpers';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
}, 60_000);
afterAll(() => t.close());

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

describe('GET /api/cohorts', () => {
  it('unauthenticated → 401', async () => expect((await request(t.app).get('/api/cohorts')).status).toBe(401));
  it("lists only the caller's cohorts with their roles", async () => {
    const res = await w.student.get('/api/cohorts');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      cohorts: [
        {
          id: w.cohortA.id,
          name: 'Cohort A',
          course: 'k8s-basics',
          createdAt: expect.any(String),
          myRoles: ['student'],
          archivedAt: null,
        },
      ],
    });
    expect((await w.grader.get('/api/cohorts')).body.cohorts).toEqual([
      expect.objectContaining({ id: w.cohortA.id, myRoles: ['grader'] }),
    ]);
    const all = (await w.admin.get('/api/cohorts')).body as { cohorts: { id: string }[] };
    expect(all.cohorts.map((c) => c.id).sort()).toEqual([w.cohortA.id, w.cohortB.id].sort());
  });
});

describe('POST /api/cohorts', () => {
  it('unauthenticated → 401', async () =>
    expect((await request(t.app).post('/api/cohorts').send({ name: 'x' })).status).toBe(401));
  it('invalid → 400 with the first problem', async () => {
    expect(errorOf(await w.instructor.post('/api/cohorts', {})).message).toBe('name: is required');
    expect(errorOf(await w.instructor.post('/api/cohorts', { name: 'x', course: 'no spaces!' })).message).toBe(
      'course: may contain only letters, digits, dots, dashes and underscores',
    );
  });
  it('student → 403', async () => expect((await w.student.post('/api/cohorts', { name: 'Mine' })).status).toBe(403));
  it('instructor → 201, teaches it, sees the join code; audited', async () => {
    const res = await w.instructor.post('/api/cohorts', { name: '  Autumn  ', course: 'ckad' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Autumn',
      course: 'ckad',
      joinCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      createdAt: expect.any(String),
      instructors: [{ id: w.instructor.user.id, email: 'ines@example.org', name: 'Ines Instructor' }],
      graders: [],
      studentCount: 0,
      archivedAt: null,
      help: { failedChecks: 3, idleMinutes: 15 },
    });
    expect(
      await t.db.prisma.auditLog.count({ where: { action: 'cohort.created', actorId: w.instructor.user.id } }),
    ).toBe(1);
  });
});

describe('GET /api/cohorts/:id', () => {
  it('unauthenticated → 401', async () =>
    expect((await request(t.app).get(`/api/cohorts/${w.cohortA.id}`)).status).toBe(401));
  it('invalid id → 400', async () =>
    expect(errorOf(await w.student.get('/api/cohorts/42'))).toEqual({
      code: 'invalid_request',
      message: 'id: must be a UUID',
    }));
  it('unknown → 404', async () =>
    expect(errorOf(await w.admin.get(`/api/cohorts/${NO_SUCH}`))).toEqual({
      code: 'not_found',
      message: 'Cohort not found.',
    }));
  it("another cohort's student → 403", async () =>
    expect((await w.otherStudent.get(`/api/cohorts/${w.cohortA.id}`)).status).toBe(403));
  it('a student sees it without the join code; its instructor with', async () => {
    const asStudent = await w.student.get(`/api/cohorts/${w.cohortA.id}`);
    expect(asStudent.status).toBe(200);
    expect(asStudent.body).toMatchObject({ id: w.cohortA.id, joinCode: null, studentCount: 1 });
    expect((await w.grader.get(`/api/cohorts/${w.cohortA.id}`)).body).toMatchObject({ joinCode: null });
    expect((await w.instructor.get(`/api/cohorts/${w.cohortA.id}`)).body).toMatchObject({
      joinCode: w.cohortA.joinCode,
    });
  });
});

describe('POST /api/cohorts/join', () => {
  it('unauthenticated → 401', async () =>
    expect((await request(t.app).post('/api/cohorts/join').send({ joinCode: w.cohortB.joinCode })).status).toBe(401));
  it('invalid → 400', async () => {
    expect(errorOf(await w.student.post('/api/cohorts/join', {})).message).toBe('joinCode: is required');
    expect(errorOf(await w.student.post('/api/cohorts/join', { joinCode: 'NOPE-NOPE' })).message).toMatch(
      /^joinCode: no cohort/,
    );
  });
  it('instructor → 403', async () =>
    expect((await w.instructor.post('/api/cohorts/join', { joinCode: w.cohortB.joinCode })).status).toBe(403));
  it('student → 201; twice → 409', async () => {
    const s = await loginAs(t.app, await makeUser('student', 'joiner@example.org'));
    expect((await s.post('/api/cohorts/join', { joinCode: w.cohortB.joinCode })).status).toBe(201);
    const again = await s.post('/api/cohorts/join', { joinCode: w.cohortB.joinCode });
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toBe('You are already in this cohort.');
  });
});

describe.each([
  ['enrolments', 'student', 'enrolled@example.org', 'cohort.enrolled'],
  ['instructors', 'instructor', 'second-teacher@example.org', 'cohort.staff_added'],
  ['graders', 'grader', 'second-grader@example.org', 'cohort.staff_added'],
] as const)('POST /api/cohorts/:id/%s', (path, role, email, action) => {
  const url = () => `/api/cohorts/${w.cohortA.id}/${path}`;
  beforeAll(() => makeUser(role, email));

  it('unauthenticated → 401', async () => expect((await request(t.app).post(url()).send({ email })).status).toBe(401));
  it('invalid → 400', async () => {
    expect(errorOf(await w.instructor.post(url(), { email: 'not-an-email' }))).toEqual({
      code: 'invalid_request',
      message: 'email: must be an email',
    });
    expect(errorOf(await w.instructor.post(`/api/cohorts/nope/${path}`, { email })).message).toBe('id: must be a UUID');
  });
  it('grader, student, or an instructor of another cohort → 403', async () => {
    for (const c of [w.grader, w.student, w.otherInstructor]) expect((await c.post(url(), { email })).status).toBe(403);
  });
  it('unknown cohort or user → 404', async () => {
    expect((await w.admin.post(`/api/cohorts/${NO_SUCH}/${path}`, { email })).status).toBe(404);
    expect(errorOf(await w.instructor.post(url(), { email: 'ghost@example.org' }))).toEqual({
      code: 'not_found',
      message: 'User not found.',
    });
  });
  it('an account of the wrong role → 409', async () => {
    const wrong = role === 'student' ? w.grader.user.email : w.student.user.email;
    const res = await w.instructor.post(url(), { email: wrong });
    expect(res.status).toBe(409);
    expect(errorOf(res).message).toMatch(/only .* can be added as/);
  });
  it('its instructor → 201 (audited); again → 409', async () => {
    const res = await w.instructor.post(url(), { email: email.toUpperCase() });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ user: expect.objectContaining({ email, role }) });
    expect((await w.instructor.post(url(), { email })).status).toBe(409);
    const audit = await t.db.prisma.auditLog.findFirst({
      where: { action, targetId: w.cohortA.id, detail: { path: ['email'], equals: email } },
    });
    expect(audit).toMatchObject({ actorId: w.instructor.user.id, targetType: 'cohort' });
  });
});

describe('GET /api/cohorts/:id/dashboard', () => {
  const url = () => `/api/cohorts/${w.cohortA.id}/dashboard`;
  it('unauthenticated → 401', async () => expect((await request(t.app).get(url())).status).toBe(401));
  it('invalid → 400', async () => expect((await w.instructor.get('/api/cohorts/x/dashboard')).status).toBe(400));
  it('student, other instructor → 403', async () => {
    expect((await w.student.get(url())).status).toBe(403);
    expect((await w.otherInstructor.get(url())).status).toBe(403);
  });
  it('its instructor and grader see every student with progress', async () => {
    const student = w.student.user.id;
    await t.db.prisma.stepCompletion.createMany({
      data: [
        { userId: student, labId: 'bin-packing', stepId: 'create', attempts: 2, firstPassedAt: new Date() },
        { userId: student, labId: 'bin-packing', stepId: 'delete', attempts: 3, firstPassedAt: null },
      ],
    });
    await t.db.prisma.hintReveal.create({
      data: { userId: student, labId: 'bin-packing', stepId: 'delete', hintIndex: 0 },
    });
    await t.db.prisma.quizAttempt.createMany({
      data: [
        { userId: student, quizId: 'features-quiz', answers: {}, score: 3, maxScore: 5 },
        { userId: student, quizId: 'features-quiz', answers: {}, score: 4, maxScore: 5 },
      ],
    });
    const res = await w.grader.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cohort: { id: w.cohortA.id, name: 'Cohort A' },
      labIds: ['bin-packing'],
      quizIds: ['features-quiz'],
    });
    const sam = (res.body as { students: { email: string }[] }).students.find((s) => s.email === 'sam@example.org');
    expect(sam).toMatchObject({
      stepsCompleted: 1,
      checkAttempts: 5,
      hintsRevealed: 1,
      quizScore: 4,
      quizMaxScore: 5,
      labs: [{ labId: 'bin-packing', stepsCompleted: 1, checkAttempts: 5, hintsRevealed: 1, lastActiveAt: null }],
      quizzes: [{ quizId: 'features-quiz', bestScore: 4, maxScore: 5, attempts: 2 }],
    });
    expect((await w.instructor.get(url())).status).toBe(200);
  });
});
