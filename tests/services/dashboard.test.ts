// "Needs help" by time: M minutes on one step without progress, only while the student's terminal is open; a
// cleared flag comes back after M more minutes. The board's clock and presence are injected.
import { ActivityService } from '../../server/src/services/activity';
import type { ActivityLine } from '../../server/src/services/dashboardTypes';
import { DashboardService } from '../../server/src/services/dashboard';
import { addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';
import { makeUser } from '../http/helpers';
import { testCourse } from '../support/services';

const LAB = 'minikube-basics';
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it('flags a student idle on a step while online, not while away; clearing waits M more minutes', async () => {
  const [teacher, student] = await Promise.all([
    makeUser('instructor', 'tess@example.org'),
    makeUser('student', 'sid@example.org'),
  ]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Idle' });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: teacher.email });
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: student.email });
  const opened = new Date('2026-03-01T10:00:00Z');
  await testDb().labSession.create({
    data: { userId: student.id, labId: LAB, createdAt: opened, lastActiveAt: opened },
  });

  let now = new Date(opened.getTime() + 14 * 60_000);
  let online = true;
  const activity = new ActivityService(testDb(), (err) => {
    throw err;
  });
  const lines: ActivityLine[] = [];
  activity.onActivity((l) => lines.push(...l));
  const dashboard = new DashboardService(testDb(), testCourse(), activity, () => now);
  dashboard.usePresence(() => (online ? [{ userId: student.id, labId: LAB }] : []));
  const flag = async () => (await dashboard.board(teacher, cohort.id)).students[0]!.flag;

  expect(await flag()).toBeNull(); // 14 minutes: under the default 15
  now = new Date(opened.getTime() + 16 * 60_000);
  expect(await flag()).toEqual({ labId: LAB, stepId: 'start', reason: 'idle' });
  online = false;
  expect(await flag()).toBeNull(); // away: not stuck, just gone
  online = true;
  expect(await flag()).toEqual({ labId: LAB, stepId: 'start', reason: 'idle' });
  expect(lines.map((l) => [l.kind, l.stepId, l.cohortId, l.detail.reason])).toEqual([
    ['flagged', 'start', cohort.id, 'idle'],
  ]);

  await dashboard.clearFlag(teacher, { cohortId: cohort.id, userId: student.id });
  now = new Date(opened.getTime() + 30 * 60_000);
  expect(await flag()).toBeNull();
  now = new Date(opened.getTime() + 32 * 60_000);
  expect(await flag()).toEqual({ labId: LAB, stepId: 'start', reason: 'idle' });
  expect(lines.filter((l) => l.kind === 'flagged')).toHaveLength(2);
});
