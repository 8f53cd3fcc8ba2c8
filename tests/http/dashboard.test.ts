/* eslint-disable @typescript-eslint/no-unsafe-member-access -- Jest's asymmetric matchers (expect.any …) are typed any */
// The cohort dashboard and running a cohort, through the routes: what the instructor sees, flags, the feed, a
// student's drill-down, due dates, archive and join codes. Who may call what is in matrix.test.ts.
import request from 'supertest';
import type { ActivityResponse, BoardResponse, StudentDetailResponse } from '../../server/src/http/contract';
import { buildWorld, createTestApp, errorOf, type TestApp, type World } from './helpers';

let t: TestApp;
let w: World;
const LAB = 'minikube-basics';
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
}, 60_000);
afterAll(() => t.close());

const board = async (who = w.instructor) => {
  const res = await who.get(`/api/cohorts/${w.cohortA.id}/board`);
  expect(res.status).toBe(200);
  return res.body as BoardResponse;
};
const samRow = async () => (await board()).students.find((s) => s.id === w.student.user.id)!;
const feed = async (query = '') =>
  (await w.instructor.get(`/api/cohorts/${w.cohortA.id}/activity${query}`)).body as ActivityResponse;

/** Sam opened the lab, passed its first step and failed the second `failed` times. */
async function samWorks(failed: number): Promise<void> {
  const prisma = t.db.prisma;
  const userId = w.student.user.id;
  await prisma.labSession.upsert({
    where: { userId_labId: { userId, labId: LAB } },
    create: {
      userId,
      labId: LAB,
      shellSnapshot: { history: { entries: ['minikube start', 'kubectl get nodes'], base: 0 } },
    },
    update: {},
  });
  await prisma.stepCompletion.upsert({
    where: { userId_labId_stepId: { userId, labId: LAB, stepId: 'start' } },
    create: { userId, labId: LAB, stepId: 'start', attempts: 1, firstPassedAt: new Date() },
    update: {},
  });
  await prisma.stepCompletion.upsert({
    where: { userId_labId_stepId: { userId, labId: LAB, stepId: 'status' } },
    create: { userId, labId: LAB, stepId: 'status', attempts: failed },
    update: { attempts: failed },
  });
}

describe('the board', () => {
  it("shows each student's lab cells, current step, failed checks and hints; the join code to instructors only", async () => {
    await samWorks(1);
    await t.services.progress.revealHint(w.student.user, LAB, 'status');
    const b = await board();
    expect(b.cohort).toEqual({
      id: w.cohortA.id,
      name: 'Cohort A',
      course: 'k8s-basics',
      joinCode: w.cohortA.joinCode,
      archivedAt: null,
      help: { failedChecks: 3, idleMinutes: 15 },
    });
    expect(b.labs.map((l) => l.id)).toContain(LAB);
    expect(b.students).toEqual([
      expect.objectContaining({
        id: w.student.user.id,
        name: 'Sam Student',
        online: false,
        currentLabId: LAB,
        currentStepId: 'status',
        stepStartedAt: expect.any(String),
        hintsUsed: 1,
        failedChecks: 1,
        labs: [{ labId: LAB, passed: 1, total: 7, completedAt: null, late: false }],
        flag: null,
      }),
    ]);
    expect((await board(w.grader)).cohort.joinCode).toBeNull();
  });

  it('shows every student’s state on each step of one lab on demand', async () => {
    const res = await w.grader.get(`/api/cohorts/${w.cohortA.id}/labs/${LAB}/steps`);
    expect(res.status).toBe(200);
    expect(res.body.cells).toEqual(
      expect.arrayContaining([
        { studentId: w.student.user.id, stepId: 'start', state: 'passed', attempts: 1, passedAt: expect.any(String) },
        { studentId: w.student.user.id, stepId: 'status', state: 'failed', attempts: 1, passedAt: null },
      ]),
    );
    expect(errorOf(await w.grader.get(`/api/cohorts/${w.cohortA.id}/labs/No%20Lab/steps`)).message).toBe(
      'labId: must be a lab id (lower-case letters, digits, dots, dashes)',
    );
    expect((await w.grader.get(`/api/cohorts/${w.cohortA.id}/labs/no-such-lab/steps`)).status).toBe(404);
  });
});

describe('needs help', () => {
  it('flags N failed checks on one step once in the feed; clearing waits for N more', async () => {
    await samWorks(3);
    expect((await samRow()).flag).toEqual({ labId: LAB, stepId: 'status', reason: 'failed_checks' });
    await samRow(); // read twice: still one "flagged" line
    const flagged = () => feed().then((f) => f.activities.filter((a) => a.kind === 'flagged'));
    expect(await flagged()).toHaveLength(1);

    expect((await w.grader.post(`/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}/clear-flag`)).status).toBe(
      403,
    );
    const cleared = await w.instructor.post(`/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}/clear-flag`);
    expect(cleared.status).toBe(200);
    expect(cleared.body.student.flag).toBeNull();
    expect(await t.db.prisma.auditLog.count({ where: { action: 'dashboard.flag_cleared' } })).toBe(1);
    expect(
      errorOf(await w.instructor.post(`/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}/clear-flag`)),
    ).toEqual({ code: 'conflict', message: 'Sam Student is not flagged as needing help.' });

    await samWorks(5);
    expect((await samRow()).flag).toBeNull();
    await samWorks(6);
    expect((await samRow()).flag).toEqual({ labId: LAB, stepId: 'status', reason: 'failed_checks' });
    expect(await flagged()).toHaveLength(2);
  });

  it('uses the cohort’s own thresholds, validated', async () => {
    const path = `/api/cohorts/${w.cohortA.id}/settings`;
    expect(errorOf(await w.instructor.patch(path, {})).message).toBe('request body: give at least one setting');
    expect(errorOf(await w.instructor.patch(path, { helpFailedChecks: 0 })).message).toBe(
      'helpFailedChecks: must be at least 1',
    );
    const res = await w.instructor.patch(path, { helpFailedChecks: 10, helpIdleMinutes: 5 });
    expect(res.body.help).toEqual({ failedChecks: 10, idleMinutes: 5 });
    expect((await samRow()).flag).toBeNull();
    await w.instructor.patch(path, { helpFailedChecks: 3, helpIdleMinutes: 15 });
  });
});

describe('the activity feed', () => {
  it('is newest first, timestamped, one line per event, a page at a time', async () => {
    await t.services.quizzes.submitAttempt(w.student.user, {
      quizId: 'minikube-quiz',
      answers: { 'what-is': { choice: 'a' } },
    });
    const all = await feed();
    const kinds = all.activities.map((a) => a.kind);
    expect(kinds[0]).toBe('quiz_submitted');
    expect(kinds).toContain('hint_revealed');
    expect(new Set(all.activities.map((a) => a.id)).size).toBe(all.activities.length);
    const times = all.activities.map((a) => a.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = await feed('?limit=1');
    expect(first.activities).toHaveLength(1);
    expect(first.next).toBe(first.activities[0]!.id);
    const second = await feed(`?limit=1&before=${first.next}`);
    expect(second.activities[0]!.id).toBe(all.activities[1]!.id);
    expect(errorOf(await w.instructor.get(`/api/cohorts/${w.cohortA.id}/activity?limit=500`)).message).toBe(
      'limit: must be at most 200',
    );
  });

  it("never shows another cohort's students", async () => {
    await t.services.quizzes.submitAttempt(w.otherStudent.user, {
      quizId: 'minikube-quiz',
      answers: { 'what-is': { choice: 'b' } },
    });
    expect((await feed()).activities.map((a) => a.studentId)).not.toContain(w.otherStudent.user.id);
  });
});

describe("a student's drill-down", () => {
  it('has steps per lab, quiz attempts with answers and the commands typed', async () => {
    const res = await w.instructor.get(`/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}`);
    expect(res.status).toBe(200);
    const body = res.body as StudentDetailResponse;
    const lab = body.labs.find((l) => l.labId === LAB)!;
    expect(lab.commands).toEqual(['minikube start', 'kubectl get nodes']);
    expect(lab.steps.slice(0, 2)).toEqual([
      { id: 'start', title: 'Start minikube', attempts: 1, hints: 0, passedAt: expect.any(String) },
      { id: 'status', title: expect.any(String), attempts: 6, hints: 1, passedAt: null },
    ]);
    expect(body.quizAttempts).toEqual([
      expect.objectContaining({ quizId: 'minikube-quiz', answers: { 'what-is': { choice: 'a' } } }),
    ]);
    expect((await w.instructor.get(`/api/cohorts/${w.cohortA.id}/students/${w.otherStudent.user.id}`)).status).toBe(
      404,
    );
  });
});

describe('running a cohort', () => {
  it('marks a completion after the due date as late', async () => {
    const path = `/api/cohorts/${w.cohortA.id}/due-dates/${LAB}`;
    expect(
      errorOf(await w.instructor.agent.put(path).set('x-csrf-token', w.instructor.csrf).send({ dueAt: 'soon' }))
        .message,
    ).toBe('dueAt: must be a date and time such as 2026-05-01T23:59:00Z');
    const put = (dueAt: string | null) =>
      w.instructor.agent.put(path).set('x-csrf-token', w.instructor.csrf).send({ dueAt });
    expect((await put('2020-01-01T00:00:00Z')).status).toBe(204);
    const steps = ['status', 'first-kubectl', 'addon', 'stop', 'status-stopped', 'restart'];
    for (const stepId of steps)
      await t.db.prisma.stepCompletion.upsert({
        where: { userId_labId_stepId: { userId: w.student.user.id, labId: LAB, stepId } },
        create: { userId: w.student.user.id, labId: LAB, stepId, attempts: 1, firstPassedAt: new Date() },
        update: { firstPassedAt: new Date() },
      });
    const b = await board();
    expect(b.labs.find((l) => l.id === LAB)!.dueAt).toBe('2020-01-01T00:00:00.000Z');
    expect(b.students[0]!.labs).toEqual([expect.objectContaining({ labId: LAB, passed: 7, late: true })]);
    expect((await put(null)).status).toBe(204);
    expect((await board()).students[0]!.labs[0]!.late).toBe(false);
  });

  it('regenerates the join code: the old one no longer registers anyone', async () => {
    const res = await w.instructor.post(`/api/cohorts/${w.cohortA.id}/join-code`);
    expect(res.status).toBe(200);
    expect(res.body.joinCode).not.toBe(w.cohortA.joinCode);
    const register = (joinCode: string, email: string) =>
      request(t.app).post('/api/auth/register').send({ joinCode, email, name: 'New', password: 'a long password' });
    expect((await register(w.cohortA.joinCode, 'late@example.org')).status).toBe(400);
    expect((await register(res.body.joinCode as string, 'new@example.org')).status).toBe(201);
    w.cohortA.joinCode = res.body.joinCode as string;
  });

  it('archives a cohort: no one joins it until it is restored', async () => {
    const archive = (archived: boolean) => w.instructor.post(`/api/cohorts/${w.cohortA.id}/archive`, { archived });
    expect((await archive(true)).body.archivedAt).toEqual(expect.any(String));
    expect((await w.otherStudent.post('/api/cohorts/join', { joinCode: w.cohortA.joinCode })).status).toBe(400);
    const list = (await w.instructor.get('/api/cohorts')).body.cohorts as { id: string; archivedAt: string | null }[];
    expect(list.find((c) => c.id === w.cohortA.id)!.archivedAt).toEqual(expect.any(String));
    expect((await archive(false)).body.archivedAt).toBeNull();
    expect((await w.otherStudent.post('/api/cohorts/join', { joinCode: w.cohortA.joinCode })).status).toBe(201);
  });

  it('removes members; an instructor cannot remove themselves', async () => {
    const res = await w.instructor.delete(`/api/cohorts/${w.cohortA.id}/instructors/${w.instructor.user.id}`);
    expect(errorOf(res)).toEqual({
      code: 'conflict',
      message: 'You cannot remove yourself; another instructor of the cohort or an admin can.',
    });
    expect(
      (await w.instructor.delete(`/api/cohorts/${w.cohortA.id}/enrolments/${w.otherStudent.user.id}`)).status,
    ).toBe(204);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'cohort.member_removed' } })).toBe(1);
  });
});
