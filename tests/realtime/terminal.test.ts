// The /terminal and /dashboard gateways over real sockets, real sessions and a real PostgreSQL.
import { createTestDatabase, type TestDatabase } from '../support/db';
import { echoFactory, PROMPT } from './support/echoSandbox';
import {
  TerminalClient,
  dashboardClient,
  makeCohort,
  makeUser,
  startTestServer,
  waitUntil,
  type TestServer,
  type TestUser,
} from './support/harness';
import type { PresenceEvent, ProgressEvent } from '../../server/src/realtime/protocol';

jest.setTimeout(20_000);

let db: TestDatabase;
let server: TestServer;
let factory: ReturnType<typeof echoFactory>;
let alice: TestUser;
let bob: TestUser;
let teacher: TestUser;
let otherTeacher: TestUser;
let cohortId: string;
const clients: TerminalClient[] = [];

function open(
  user: TestUser | null,
  auth: { labId: string; watch?: string },
  options: { ack?: boolean } = {},
): TerminalClient {
  const c = new TerminalClient(server.url, auth, user?.cookie, options);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  db = await createTestDatabase();
  factory = echoFactory();
  server = await startTestServer(factory);
  [alice, bob, teacher, otherTeacher] = await Promise.all([
    makeUser('student', 'alice'),
    makeUser('student', 'bob'),
    makeUser('instructor', 'teacher'),
    makeUser('instructor', 'other'),
  ]);
  cohortId = await makeCohort(teacher, [alice, bob]);
  await makeCohort(otherTeacher, []);
});

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('connecting', () => {
  it('refuses a connection without a session cookie', async () => {
    expect(await open(null, { labId: 'lab1' }).refused()).toBe('unauthenticated');
  });

  it('refuses an unknown or forged session token', async () => {
    const forged = { ...alice, cookie: 'kubelab_session=not-a-real-token' };
    expect(await open(forged, { labId: 'lab1' }).refused()).toBe('unauthenticated');
  });

  it('refuses an invalid handshake payload', async () => {
    expect(await open(alice, { labId: '../../etc/passwd' }).refused()).toBe('invalid');
  });

  it('refuses a socket opened from another site with the student cookie', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(`${server.url}/terminal`, {
      auth: { labId: 'lab1' },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: alice.cookie, origin: 'https://evil.example' },
    });
    const code = await new Promise<string>((resolve) => {
      socket.on('connect_error', (err) =>
        resolve((err as Error & { data?: { code: string } }).data?.code ?? err.message),
      );
      socket.on('connect', () => resolve('accepted'));
    });
    socket.close();
    expect(code).toBe('forbidden');
  });

  it("gives a student their own sandbox and never another student's", async () => {
    const a = open(alice, { labId: 'lab-own' });
    expect((await a.opened()).studentId).toBe(alice.id);
    // The sandbox is created for the student's own login (their prompt reads `alice-…@minikube`).
    expect(factory.contexts.find((c) => c.userId === alice.id)?.login).toMatch(/^alice-\d+-\d+$/);
    a.type('secret-of-alice\r');
    await a.waitFor('ran: secret-of-alice');

    expect(await open(bob, { labId: 'lab-own', watch: alice.id }).refused()).toBe('forbidden');
    const b = open(bob, { labId: 'lab-own' });
    const ready = await b.opened();
    expect(ready.studentId).toBe(bob.id);
    b.type('x\r');
    await b.waitFor('ran: x');
    expect(b.text).not.toContain('secret-of-alice');
  });
});

describe('a session across tabs and reconnects', () => {
  it('shares one sandbox and its output between several tabs', async () => {
    const t1 = open(alice, { labId: 'lab-tabs' });
    const t2 = open(alice, { labId: 'lab-tabs' });
    await Promise.all([t1.opened(), t2.opened()]);
    const before = factory.created.length;
    t1.type('from-tab-one\r');
    await t2.waitFor('ran: from-tab-one');
    t2.type('from-tab-two\r');
    await t1.waitFor('ran: from-tab-two');
    expect(factory.created.length).toBe(before);
    t1.socket.emit('resize', { cols: 100, rows: 30 });
    await waitUntil(() => t2.sizes.length > 0);
    expect(t2.sizes.at(-1)).toEqual({ cols: 100, rows: 30 });
  });

  it("tells each of a student's tabs how many tabs share the lab's shell, as they open and close", async () => {
    const t1 = open(alice, { labId: 'lab-count' });
    await t1.opened();
    await waitUntil(() => t1.tabs.at(-1) === 1);
    const t2 = open(alice, { labId: 'lab-count' });
    await t2.opened();
    await waitUntil(() => t1.tabs.at(-1) === 2 && t2.tabs.at(-1) === 2);
    const other = open(bob, { labId: 'lab-count' });
    await other.opened();
    await waitUntil(() => other.tabs.at(-1) === 1);
    t2.close();
    await waitUntil(() => t1.tabs.at(-1) === 1);
    expect(t1.tabs).toEqual([1, 2, 1]);
  });

  it('resumes the same sandbox on reconnect and replays the scrollback', async () => {
    const first = open(alice, { labId: 'lab-resume' });
    expect((await first.opened()).restored).toBe(false);
    first.type('kubectl create deployment web\r');
    await first.waitFor('ran: kubectl create deployment web');
    const created = factory.created.length;
    first.close();

    const again = open(alice, { labId: 'lab-resume' });
    await again.opened();
    await again.waitFor(`ran: kubectl create deployment web\r\n${PROMPT}`);
    again.type('history\r');
    await again.waitFor('kubectl create deployment web\r\nhistory\r\n');
    expect(factory.created.length).toBe(created);
    expect(server.sandboxes.isLive(alice.id, 'lab-resume')).toBe(true);
  });

  it('saves the sandbox on last disconnect, so a restarted manager restores it', async () => {
    const t = open(alice, { labId: 'lab-restart' });
    await t.opened();
    t.type('keep-me\r');
    await t.waitFor('ran: keep-me');
    t.close();
    await waitUntil(() => !server.sandboxes.online().some((p) => p.userId === alice.id && p.labId === 'lab-restart'));
    await server.sandboxes.flush();

    const second = await startTestServer(echoFactory());
    try {
      const c = new TerminalClient(second.url, { labId: 'lab-restart' }, alice.cookie);
      const ready = await c.opened();
      expect(ready.restored).toBe(true);
      await c.waitFor('ran: keep-me');
      c.type('history\r');
      await c.waitFor('keep-me\r\nhistory');
      c.close();
    } finally {
      await second.close();
    }
  });
});

describe('limits', () => {
  it('ignores input larger than the bound and says so in the terminal', async () => {
    const t = open(alice, { labId: 'lab-limits' });
    await t.opened();
    t.type('a'.repeat(5000));
    await t.waitFor('larger than the 4096 bytes the terminal accepts at once');
    expect(t.text).not.toContain('aaaa');
    t.type('ok\r');
    await t.waitFor('ran: ok');
  });

  it('ignores commands beyond the per-student rate with a clear message', async () => {
    const carol = await makeUser('student', 'carol');
    const t = open(carol, { labId: 'lab-rate' });
    await t.opened();
    for (let i = 0; i < 40; i++) t.type(`cmd${i}\r`);
    await t.waitFor('Too many commands per second');
    expect(t.text).toContain('ran: cmd0');
    expect(t.text).not.toContain('ran: cmd39');
  });

  it('ignores malformed resize payloads', async () => {
    const t = open(alice, { labId: 'lab-resize' });
    await t.opened();
    t.socket.emit('resize', { cols: 1e9, rows: -1 });
    t.socket.emit('resize', 'huge' as unknown as { cols: number; rows: number });
    t.type('still-alive\r');
    await t.waitFor('ran: still-alive');
  });

  it('holds output back while the client does not acknowledge, without losing the connection', async () => {
    const t = open(alice, { labId: 'lab-slow' }, { ack: false });
    await t.opened();
    for (let i = 0; i < 3; i++) t.type(`slow${i}\r`);
    await t.waitFor('ran: slow2');
    expect(t.socket.connected).toBe(true);
  });
});

describe('watching and the dashboard', () => {
  it('lets the instructor of the cohort watch a student read-only', async () => {
    const student = open(alice, { labId: 'lab-watch' });
    await student.opened();
    student.type('before\r');
    await student.waitFor('ran: before');

    const watcher = open(teacher, { labId: 'lab-watch', watch: alice.id });
    const ready = await watcher.opened();
    expect(ready.mode).toBe('watch');
    await watcher.waitFor('ran: before');
    watcher.type('rm -rf /\r');
    student.type('after\r');
    await watcher.waitFor('ran: after');
    expect(student.text).not.toContain('rm -rf');
  });

  it("refuses an instructor who does not teach the student's cohort", async () => {
    expect(await open(otherTeacher, { labId: 'lab-watch', watch: alice.id }).refused()).toBe('forbidden');
  });

  it('tells a watcher when the student has not started the lab', async () => {
    const w = open(teacher, { labId: 'never-opened', watch: bob.id });
    await waitUntil(() => w.closing !== null);
    expect(w.closing).toEqual({ reason: 'This student has not started the lab yet.', retry: false });
  });

  it("tells the student's own tabs about checked steps, and the dashboard about first passes", async () => {
    const dash = dashboardClient(server.url, cohortId, teacher.cookie);
    const seen: ProgressEvent[] = [];
    dash.on('progress', (p) => seen.push(p));
    await new Promise<void>((resolve) => dash.once('presenceSnapshot', () => resolve()));
    const own = open(alice, { labId: 'lab-progress' });
    const other = open(bob, { labId: 'lab-progress' });
    await Promise.all([own.opened(), other.opened()]);
    server.progress.emit({ userId: alice.id, labId: 'lab-progress', stepId: 'one', passed: false, completed: false });
    server.progress.emit({ userId: alice.id, labId: 'lab-progress', stepId: 'one', passed: true, completed: true });
    await waitUntil(() => own.progress.length === 2 && seen.length === 1);
    expect(own.progress[1]).toEqual({ labId: 'lab-progress', stepId: 'one', passed: true, completed: true });
    expect(seen[0]).toMatchObject({ studentId: alice.id, labId: 'lab-progress', stepId: 'one', passed: true });
    expect(other.progress).toEqual([]);
    dash.close();
  });

  it('sends presence to the cohort dashboard, and refuses students and other instructors', async () => {
    const dash = dashboardClient(server.url, cohortId, teacher.cookie);
    const events: PresenceEvent[] = [];
    dash.on('presence', (p) => events.push(p));
    await new Promise<void>((resolve, reject) => {
      dash.once('presenceSnapshot', () => resolve());
      dash.once('connect_error', reject);
    });
    const t = open(bob, { labId: 'lab-presence' });
    await t.opened();
    await waitUntil(() => events.some((e) => e.studentId === bob.id && e.online));
    t.close();
    await waitUntil(() => events.some((e) => e.studentId === bob.id && !e.online));
    dash.close();

    for (const user of [alice, otherTeacher]) {
      const s = dashboardClient(server.url, cohortId, user.cookie);
      const code = await new Promise<string>((resolve) => {
        s.on('connect_error', (err) => resolve((err as Error & { data?: { code: string } }).data?.code ?? err.message));
        s.on('connect', () => resolve('accepted'));
      });
      s.close();
      expect(code).toBe('forbidden');
    }
  });
});
