// Per-user limits of /terminal over real sockets and PostgreSQL: input size, sockets per lab and per user, commands.
import { createTestDatabase, type TestDatabase } from '../support/db';
import { echoFactory } from './support/echoSandbox';
import {
  TerminalClient,
  makeCohort,
  makeUser,
  startTestServer,
  waitUntil,
  type TestServer,
  type TestUser,
} from './support/harness';
import type { RealtimeAccess, RealtimeActor } from '../../server/src/realtime/deps';

jest.setTimeout(20_000);

let db: TestDatabase;
let server: TestServer;
let teacher: TestUser;
/** Holds up the handshakes of one lab until `until` resolves. */
let hold: { labId: string; reached: () => void; until: Promise<void>; passed: () => void } | null = null;
const clients: TerminalClient[] = [];

function open(user: TestUser, auth: { labId: string; watch?: string }): TerminalClient {
  const c = new TerminalClient(server.url, auth, user.cookie);
  clients.push(c);
  return c;
}

async function student(name: string): Promise<TestUser> {
  const user = await makeUser('student', name);
  await makeCohort(teacher, [user]);
  return user;
}

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(
    echoFactory(),
    { limits: { commandsPerSecond: 1, commandBurst: 5 } },
    {
      terminalLimits: { inputMaxBytes: 100, socketsPerLab: 2, socketsPerUser: 3 },
      wrapAccess: (access) =>
        Object.assign(Object.create(access) as RealtimeAccess, {
          async canUseLab(actor: RealtimeActor, labId: string) {
            const held = hold;
            if (held && labId === held.labId) {
              held.reached();
              await held.until;
            }
            const allowed = await access.canUseLab(actor, labId);
            held?.passed();
            return allowed;
          },
        }),
    },
  );
  teacher = await makeUser('instructor', 'teacher');
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await waitUntil(() => server.io.of('/terminal').sockets.size === 0);
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('input size (TERMINAL_INPUT_MAX_BYTES=100)', () => {
  it('refuses an input event over the configured bytes with a message, and tells the client the limit', async () => {
    const t = open(await student('dora'), { labId: 'lab-size' });
    expect((await t.opened()).inputMaxBytes).toBe(100);
    t.type('a'.repeat(1006));
    await t.waitFor('larger than the 100 bytes the terminal accepts at once and was ignored');
    t.type('b'.repeat(101));
    t.type('c'.repeat(100));
    await t.waitFor('c'.repeat(100));
    expect(t.text).not.toContain('aa');
    expect(t.text).not.toContain('bb');
  });

  it('measures bytes of UTF-8, not characters', async () => {
    const t = open(await student('emil'), { labId: 'lab-bytes' });
    await t.opened();
    t.type('€'.repeat(34)); // 34 characters, 102 bytes
    await t.waitFor('larger than the 100 bytes');
    t.type('é'.repeat(50)); // 50 characters, 100 bytes
    await t.waitFor('é'.repeat(50));
    expect(t.text).not.toContain('€');
  });
});

describe('sockets per user', () => {
  it('refuses a third tab on one lab with a clear message; the student keeps the other two, another student is unaffected', async () => {
    const [fred, gina] = await Promise.all([student('fred'), student('gina')]);
    const [a, b] = [open(fred, { labId: 'lab-tabs' }), open(fred, { labId: 'lab-tabs' })];
    await Promise.all([a.opened(), b.opened()]);
    const third = open(fred, { labId: 'lab-tabs' });
    expect(await third.refused()).toBe('too_many');
    expect(third.refusal).toBe(
      'This terminal is already open in 2 tabs or windows, the most allowed. Close one of them, then reload this page.',
    );
    a.type('still-here\r');
    await b.waitFor('ran: still-here');
    const other = open(gina, { labId: 'lab-tabs' });
    await other.opened();
    other.type('mine\r');
    await other.waitFor('ran: mine');

    // A closed tab gives its place back.
    a.close();
    await waitUntil(() => server.io.of('/terminal').sockets.size === 2);
    expect(await open(fred, { labId: 'lab-tabs' }).refused()).toBe('accepted');
  });

  it('refuses a socket beyond the per-user total across labs', async () => {
    const hana = await student('hana');
    for (const labId of ['lab-x', 'lab-x', 'lab-y']) await open(hana, { labId }).opened();
    const fourth = open(hana, { labId: 'lab-z' });
    expect(await fourth.refused()).toBe('too_many');
    expect(fourth.refusal).toBe(
      'You already have 3 terminals open, the most allowed. Close some tabs or windows, then reload this page.',
    );
  });

  it("counts a watcher's sockets against the watcher, not against the student watched", async () => {
    const ivan = await student('ivan');
    await Promise.all([open(ivan, { labId: 'lab-w' }).opened(), open(ivan, { labId: 'lab-w' }).opened()]);
    const watchers = [
      open(teacher, { labId: 'lab-w', watch: ivan.id }),
      open(teacher, { labId: 'lab-w', watch: ivan.id }),
    ];
    expect((await Promise.all(watchers.map((w) => w.opened()))).map((r) => r.mode)).toEqual(['watch', 'watch']);
    expect(await open(teacher, { labId: 'lab-w', watch: ivan.id }).refused()).toBe('too_many');
  });

  it('gives back the place of a socket whose connection closed during its handshake', async () => {
    const nora = await student('nora');
    let reached!: () => void;
    let letGo!: () => void;
    let passed!: () => void;
    const atHandshake = new Promise<void>((resolve) => (reached = resolve));
    const handshakeDone = new Promise<void>((resolve) => (passed = resolve));
    hold = { labId: 'lab-gone', reached, until: new Promise<void>((resolve) => (letGo = resolve)), passed };
    const gone = open(nora, { labId: 'lab-gone' });
    await atHandshake;
    const before = server.io.engine.clientsCount;
    gone.close();
    await waitUntil(() => server.io.engine.clientsCount < before);
    hold = null;
    letGo();
    await handshakeDone;
    await new Promise((resolve) => setImmediate(resolve));

    const tabs = [open(nora, { labId: 'lab-gone' }), open(nora, { labId: 'lab-gone' })];
    expect(await Promise.all(tabs.map((t) => t.refused()))).toEqual(['accepted', 'accepted']);
  });
});

describe('commands per second', () => {
  it('counts every line of unbracketed multi-line input, and a bracketed paste as one command', async () => {
    const [jana, karl] = await Promise.all([student('jana'), student('karl')]);
    const t = open(jana, { labId: 'lab-cmds' });
    const other = open(karl, { labId: 'lab-cmds' });
    await Promise.all([t.opened(), other.opened()]);
    // Six lines in one event, over the burst of five: none of them runs.
    t.type(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', ''].join('\n'));
    await t.waitFor('Too many commands per second');
    other.type('unaffected\r');
    await other.waitFor('ran: unaffected');
    expect(t.text).not.toMatch(/ran: c\d/);
    // A pasted manifest is one action: its lines do not spend the rate (the shell's CPU slices bound what it runs).
    t.type(`\x1b[200~${['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].join('\r\n')}\x1b[201~`);
    t.type('\r');
    await t.waitFor(/ran: [^\r]*p5/);
  });
});

describe('resizes', () => {
  it("applies one resize per tick from all of a student's tabs, the latest; another student types on", async () => {
    const factory = echoFactory();
    // The clock is driven by hand here: no interval tick during the test.
    const manual = await startTestServer(factory, { tickIntervalMs: 3_600_000 });
    try {
      const [lena, max] = await Promise.all([student('lena'), student('max')]);
      const [a, b] = [0, 1].map(() => new TerminalClient(manual.url, { labId: 'lab-resize' }, lena.cookie));
      const other = new TerminalClient(manual.url, { labId: 'lab-resize' }, max.cookie);
      await Promise.all([a!.opened(), b!.opened(), other.opened()]);
      for (let i = 0; i < 40; i++) a!.socket.emit('resize', { cols: 100 + (i % 2), rows: 30 });
      a!.type('a-done');
      await a!.waitFor('a-done');
      for (let i = 0; i < 40; i++) b!.socket.emit('resize', { cols: 120, rows: 30 + (i % 2) });
      b!.socket.emit('resize', { cols: 132, rows: 43 });
      other.type('typing\r');
      b!.type('b-done');
      await b!.waitFor('b-done');
      await other.waitFor('ran: typing');

      manual.sandboxes.tickAll();
      const sandbox = factory.created.find((s) => s.line.includes('b-done'));
      expect(sandbox?.resizes).toEqual([{ cols: 132, rows: 43 }]);
      await waitUntil(() => a!.sizes.length > 0);
      expect(a!.sizes).toEqual([{ cols: 132, rows: 43 }]);
      for (const c of [a!, b!, other]) c.close();
    } finally {
      await manual.close();
    }
  });
});
