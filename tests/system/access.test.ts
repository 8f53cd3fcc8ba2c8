// Open sockets do not outlive the access they were opened with: a logout closes that session's terminals at once,
// and a role change closes every socket of the user (a demoted instructor stops watching), through the real start().
import request from 'supertest';
import type { RunningServer } from '../../server/src/main';
import { startSystemServer } from '../support/systemServer';
import { addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { TerminalClient, waitUntil } from '../realtime/support/harness';
import { createTestDatabase, testDb, type TestDatabase } from '../support/db';

jest.setTimeout(60_000);

const PASSWORD = 'correct horse battery';
const LAB = 'minikube-basics';

let db: TestDatabase;
let server: RunningServer;
let url: string;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startSystemServer(db);
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.stop();
  await db.drop();
});

/** A logged-in browser: its agent, session cookie and CSRF token. */
async function login(email: string, role: 'student' | 'instructor' | 'admin') {
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, { email, name: role, role, password: PASSWORD });
  const agent = request.agent(url);
  const res = await agent.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
  return { user, agent, csrf: (res.body as { csrfToken: string }).csrfToken, cookie: cookie.split(';')[0]! };
}

function closed(terminal: TerminalClient): Promise<void> {
  return waitUntil(
    () => terminal.socket.disconnected,
    5000,
    () => 'the socket is still open',
  );
}

it('a logout closes the terminals of that session, and only those', async () => {
  const student = await login('sam@example.org', 'student');
  const otherTab = await login('sam2@example.org', 'student');
  const mine = new TerminalClient(url, { labId: LAB }, student.cookie);
  const other = new TerminalClient(url, { labId: LAB }, otherTab.cookie);
  await Promise.all([mine.opened(), other.opened()]);

  await student.agent.post('/api/auth/logout').set('x-csrf-token', student.csrf).expect(204);
  await closed(mine);
  expect(mine.closing).toEqual({ reason: 'You logged out. Log in again to continue this lab.', retry: false });
  expect(other.socket.connected).toBe(true);
  // The cookie no longer opens anything.
  expect(await new TerminalClient(url, { labId: LAB }, student.cookie).refused()).toBe('unauthenticated');
  other.close();
});

it('a demoted instructor stops watching at once and cannot watch again', async () => {
  const [admin, teacher, student] = await Promise.all([
    login('ada@example.org', 'admin'),
    login('ines@example.org', 'instructor'),
    login('olga@example.org', 'student'),
  ]);
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Access' });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: teacher.user.email });
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: student.user.email });
  const terminal = new TerminalClient(url, { labId: LAB }, student.cookie);
  await terminal.opened();
  const watch = new TerminalClient(url, { labId: LAB, watch: student.user.id }, teacher.cookie);
  await watch.opened();

  await admin.agent
    .patch(`/api/users/${teacher.user.id}`)
    .set('x-csrf-token', admin.csrf)
    .send({ role: 'student' })
    .expect(200);
  await closed(watch);
  expect(watch.closing).toEqual({ reason: 'Your role changed. Reload the page to continue.', retry: false });
  expect(terminal.socket.connected).toBe(true);
  expect(await new TerminalClient(url, { labId: LAB, watch: student.user.id }, teacher.cookie).refused()).toBe(
    'forbidden',
  );
  terminal.close();
});
