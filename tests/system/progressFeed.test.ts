// The progress feed is wired once, in the composition root: through the real start(), an instructor's dashboard
// receives exactly one event per step a student completes in their terminal, and none for a failed automatic check.
import { io as connect, type Socket } from 'socket.io-client';
import type { RunningServer } from '../../server/src/main';
import { startSystemServer } from '../support/systemServer';
import type {
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  ProgressEvent,
} from '../../server/src/realtime/protocol';
import { addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';
import { TerminalClient, waitUntil } from '../realtime/support/harness';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startSystemServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db.drop();
});

async function login(
  role: 'student' | 'instructor',
  email: string,
): Promise<{ id: string; email: string; cookie: string }> {
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, {
    email,
    name: role,
    role,
    password: 'correct horse battery',
  });
  const session = await server.services.sessions.create(user.id);
  return { id: user.id, email, cookie: `${SESSION_COOKIE}=${session.token}` };
}

it('sends one dashboard event per completed step and none for a failed automatic check', async () => {
  const url = `http://127.0.0.1:${server.port}`;
  const [teacher, student] = await Promise.all([
    login('instructor', 'teacher@example.org'),
    login('student', 'student@example.org'),
  ]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Feed' });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: teacher.email });
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: student.email });

  const events: ProgressEvent[] = [];
  const dashboard: Socket<DashboardServerToClientEvents, DashboardClientToServerEvents> = connect(`${url}/dashboard`, {
    auth: { cohortId: cohort.id },
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { cookie: teacher.cookie },
  });
  dashboard.on('progress', (e) => events.push(e));
  await new Promise<void>((resolve, reject) => {
    dashboard.once('presenceSnapshot', () => resolve());
    dashboard.once('connect_error', reject);
  });

  const terminal = new TerminalClient(url, { labId: 'minikube-basics' }, student.cookie);
  await terminal.opened();
  // A command that leaves step 1 unsolved: its automatic check fails, and that is no activity.
  terminal.type('minikube status\r');
  await terminal.waitFor(/Profile "minikube" not found|minikube start/, 10_000);
  const failedCheck = await waitForCheck(terminal, 'start');
  expect(failedCheck.passed).toBe(false);
  expect(events).toEqual([]);

  terminal.type('minikube start\r');
  await terminal.waitFor('Done!', 30_000);
  terminal.type('minikube status\r');
  await waitUntil(
    () => events.some((e) => e.stepId === 'status'),
    15_000,
    () => JSON.stringify(events),
  );
  // Later checks (a follow-up, the next commands) must not announce the same completions again.
  terminal.type('minikube status\r');
  await new Promise((r) => setTimeout(r, 1000));
  terminal.type('kubectl get nodes\r');
  await waitUntil(
    () => events.some((e) => e.stepId === 'first-kubectl'),
    15_000,
    () => JSON.stringify(events),
  );
  terminal.close();
  dashboard.close();

  expect(events.map((e) => [e.studentId, e.stepId, e.passed])).toEqual([
    [student.id, 'start', true],
    [student.id, 'status', true],
    [student.id, 'first-kubectl', true],
  ]);
});

/** The student's own tab hears a step's automatic check when its result reads differently: wait for one of `stepId`. */
async function waitForCheck(terminal: TerminalClient, stepId: string): Promise<{ passed: boolean }> {
  const seen = terminal.progress.length;
  await waitUntil(
    () => terminal.progress.slice(seen).some((p) => p.stepId === stepId),
    10_000,
    () => `no check of ${stepId}: ${JSON.stringify(terminal.progress)}`,
  );
  return terminal.progress.slice(seen).find((p) => p.stepId === stepId)!;
}
