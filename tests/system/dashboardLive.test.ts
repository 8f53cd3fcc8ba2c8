// The live dashboard and assist through the real start(): a dashboard hears a passed step once (as one feed line and
// a fresh row), a failed automatic check is no activity, a student sees no one else's data, and an assist needs the
// student's consent and ends when either side ends it.
import type { Socket } from 'socket.io-client';
import type { RunningServer } from '../../server/src/main';
import { startSystemServer } from '../support/systemServer';
import type {
  ActivityLine,
  AssistState,
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  StudentRow,
} from '../../server/src/realtime/protocol';
import { addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';
import { TerminalClient, dashboardClient, waitUntil } from '../realtime/support/harness';

jest.setTimeout(90_000);

const LAB = 'minikube-basics';
let db: TestDatabase;
let server: RunningServer;
let url = '';
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startSystemServer(db);
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.stop();
  await db.drop();
});

let counter = 0;
async function login(role: 'student' | 'instructor', name: string) {
  const email = `${name.toLowerCase()}-${++counter}@example.org`;
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, { email, name, role, password: 'correct horse battery' });
  const session = await server.services.sessions.create(user.id);
  return { id: user.id, email, name, cookie: `${SESSION_COOKIE}=${session.token}` };
}

async function classroom(students: number) {
  const teacher = await login('instructor', 'Tess');
  const pupils = await Promise.all(Array.from({ length: students }, (_, i) => login('student', `Pupil${i}`)));
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: `Class ${++counter}` });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: teacher.email });
  for (const p of pupils) await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: p.email });
  return { teacher, pupils, cohortId: cohort.id };
}

type DashboardSocket = Socket<DashboardServerToClientEvents, DashboardClientToServerEvents>;
const follow = (cohortId: string, cookie: string): DashboardSocket => dashboardClient(url, cohortId, cookie);
const connected = (s: DashboardSocket) =>
  new Promise<void>((resolve, reject) => {
    s.once('presenceSnapshot', () => resolve());
    s.once('connect_error', reject);
  });

it('a passed step reaches the dashboard once, live; a failed automatic check is no activity', async () => {
  const { teacher, pupils, cohortId } = await classroom(1);
  const student = pupils[0]!;
  const dashboard = follow(cohortId, teacher.cookie);
  const lines: ActivityLine[] = [];
  const rows: StudentRow[] = [];
  dashboard.on('activity', (l) => lines.push(...l));
  dashboard.on('rows', (r) => rows.push(...r));
  await connected(dashboard);

  const terminal = new TerminalClient(url, { labId: LAB }, student.cookie);
  await terminal.opened();
  terminal.type('minikube status\r');
  await waitUntil(() => terminal.progress.some((p) => p.stepId === 'start' && !p.passed), 15_000);
  expect(lines).toEqual([]);

  terminal.type('minikube start\r');
  await terminal.waitFor('Done!', 30_000);
  await waitUntil(
    () => rows.some((r) => r.id === student.id && r.labs.some((l) => l.labId === LAB && l.passed === 1)),
    15_000,
    () => JSON.stringify(rows),
  );
  // More commands and their follow-up checks must not announce the step again.
  terminal.type('minikube status\r');
  await waitUntil(
    () => lines.some((l) => l.stepId === 'status'),
    15_000,
    () => JSON.stringify(lines),
  );
  terminal.type('echo done\r');
  await terminal.waitFor('done\r\n');
  terminal.close();
  await new Promise((r) => setTimeout(r, 1000));
  dashboard.close();

  expect(lines.map((l) => [l.studentId, l.kind, l.stepId])).toEqual([
    [student.id, 'step_passed', 'start'],
    [student.id, 'step_passed', 'status'],
  ]);
  const online = rows.find((r) => r.id === student.id && r.online);
  expect(online).toMatchObject({ currentLabId: LAB });
  // The feed survives a reload: the same lines come from the database.
  const stored = await server.services.dashboard.feed(
    { id: teacher.id, email: teacher.email, name: teacher.name, role: 'instructor' },
    cohortId,
    { limit: 50 },
  );
  expect(stored.map((l) => l.id).sort()).toEqual(lines.map((l) => l.id).sort());
});

it("a student never receives another student's data", async () => {
  const { pupils, cohortId } = await classroom(2);
  const [ann, bob] = pupils as [(typeof pupils)[number], (typeof pupils)[number]];
  // Not the cohort's dashboard …
  const spy = follow(cohortId, ann.cookie);
  const refusal = await new Promise<string>((resolve) => spy.once('connect_error', (e) => resolve(e.message)));
  expect(refusal).toBe('you may not follow this cohort');
  // … nor a classmate's terminal …
  const watch = new TerminalClient(url, { labId: LAB, watch: bob.id }, ann.cookie);
  expect(await watch.refused()).toBe('forbidden');
  // … nor, in her own terminal, anything of Bob's lab.
  const annTerminal = new TerminalClient(url, { labId: LAB }, ann.cookie);
  const bobTerminal = new TerminalClient(url, { labId: LAB }, bob.cookie);
  const annAssist: AssistState[] = [];
  annTerminal.socket.on('assist', (s) => annAssist.push(s));
  await Promise.all([annTerminal.opened(), bobTerminal.opened()]);
  bobTerminal.type('echo bob-secret\r');
  bobTerminal.type('minikube start\r');
  await bobTerminal.waitFor('Done!', 30_000);
  await waitUntil(() => bobTerminal.progress.some((p) => p.passed), 15_000);
  annTerminal.type('echo ann\r');
  await annTerminal.waitFor('ann\r\n');
  expect(annTerminal.text).not.toContain('bob-secret');
  // Ann's own lab is checked too (its first step fails: she never started minikube); Bob's passed step is not hers.
  expect(annTerminal.progress.filter((p) => p.passed)).toEqual([]);
  expect(annAssist).toEqual([]);
  annTerminal.close();
  bobTerminal.close();
});

describe('assist', () => {
  async function setUp() {
    const { teacher, pupils } = await classroom(1);
    const student = pupils[0]!;
    const own = new TerminalClient(url, { labId: LAB }, student.cookie);
    await own.opened();
    const watcher = new TerminalClient(url, { labId: LAB, watch: student.id }, teacher.cookie);
    const presence: boolean[] = [];
    watcher.socket.on('studentPresence', (p) => presence.push(p.online));
    await watcher.opened();
    const toStudent: AssistState[] = [];
    const toTeacher: AssistState[] = [];
    own.socket.on('assist', (s) => toStudent.push(s));
    watcher.socket.on('assist', (s) => toTeacher.push(s));
    return { teacher, student, own, watcher, toStudent, toTeacher, presence };
  }
  const states = (list: AssistState[]) => list.map((s) => s.state);

  it('needs the student to accept; the student sees who types; the student can end it', async () => {
    const { teacher, student, own, watcher, toStudent, toTeacher, presence } = await setUp();
    // Before any request, and while one waits, the watcher's keys go nowhere.
    watcher.type('echo too-early\r');
    watcher.socket.emit('assistRequest');
    await waitUntil(() => toStudent.length === 1);
    expect(toStudent[0]).toEqual({ state: 'requested', helper: { id: teacher.id, name: 'Tess' } });
    watcher.type('echo still-early\r');

    own.socket.emit('assistAnswer', { accept: true });
    await waitUntil(() => states(toTeacher).includes('active') && states(toStudent).includes('active'));
    expect(toStudent[1]).toEqual({ state: 'active', helper: { id: teacher.id, name: 'Tess' } });
    watcher.type('echo from-teacher\r');
    await own.waitFor('from-teacher\r\n');
    await watcher.waitFor('from-teacher\r\n');

    own.socket.emit('assistEnd');
    await waitUntil(() => states(toTeacher).includes('ended'));
    expect(toTeacher.at(-1)).toEqual({
      state: 'ended',
      helper: { id: teacher.id, name: 'Tess' },
      message: 'The student ended the assist.',
    });
    watcher.type('echo too-late\r');
    own.type('echo mine\r');
    await own.waitFor('mine\r\n');
    expect(own.text).not.toMatch(/too-early|still-early|too-late/);
    const audit = await testDb().auditLog.findMany({
      where: { targetId: student.id, action: { startsWith: 'terminal.assist_' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'terminal.assist_requested',
      'terminal.assist_started',
      'terminal.assist_ended',
    ]);
    // The watcher sees the student leave (the screen stays).
    own.close();
    await waitUntil(
      () => presence.at(-1) === false,
      5000,
      () => JSON.stringify(presence),
    );
    expect(presence).toEqual([true, false]);
    watcher.close();
  });

  it('a declined request types nothing; the helper can end an assist, and leaving ends it', async () => {
    const { own, watcher, toStudent, toTeacher } = await setUp();
    watcher.socket.emit('assistRequest');
    await waitUntil(() => toStudent.length === 1);
    own.socket.emit('assistAnswer', { accept: false });
    await waitUntil(() => states(toTeacher).includes('declined'));
    watcher.type('echo declined\r');

    watcher.socket.emit('assistRequest');
    await waitUntil(() => toStudent.filter((s) => s.state === 'requested').length === 2);
    own.socket.emit('assistAnswer', { accept: true });
    await waitUntil(() => states(toStudent).includes('active'));
    watcher.socket.emit('assistEnd');
    await waitUntil(() => states(toStudent).includes('ended'));
    expect(toStudent.at(-1)?.message).toBe('Tess stopped typing.');

    watcher.socket.emit('assistRequest');
    await waitUntil(() => toStudent.filter((s) => s.state === 'requested').length === 3);
    own.socket.emit('assistAnswer', { accept: true });
    await waitUntil(() => toStudent.filter((s) => s.state === 'active').length === 2);
    watcher.close();
    await waitUntil(() => toStudent.filter((s) => s.state === 'ended').length === 2);
    expect(toStudent.at(-1)?.message).toBe('The assist ended: the other side left.');
    own.type('echo after\r');
    await own.waitFor('after\r\n');
    expect(own.text).not.toContain('declined\r\n');
    own.close();
  });
});
