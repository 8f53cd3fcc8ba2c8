// The sandbox manager on a fake clock: sharing, snapshots, eviction and restore, limits; and its PostgreSQL store.
import {
  SandboxManager,
  SandboxNotFoundError,
  type CloseReason,
  type SandboxClient,
  type SandboxManagerOptions,
} from '../../server/src/services/sandboxes';
import { countCommands } from '../../server/src/services/sandboxesLimits';
import { createShellSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { createDbSandboxStore, createMemorySandboxStore } from '../../server/src/services/sandboxesStore';
import { insertUser } from '../../server/src/db/users';
import { RawJson } from '../../server/src/db/labSessions';
import { storableJsonBytes } from '../../server/src/lib/storableJson';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { echoFactory, PROMPT } from './support/echoSandbox';

class Tab implements SandboxClient {
  text = '';
  closedWith: CloseReason | null = null;
  sizes: { cols: number; rows: number }[] = [];
  output(data: string) {
    this.text += data;
  }
  size(size: { cols: number; rows: number }) {
    this.sizes.push(size);
  }
  closed(reason: CloseReason) {
    this.closedWith = reason;
  }
}

function setup(options: Partial<SandboxManagerOptions> = {}) {
  let now = 1_000_000;
  const factory = echoFactory();
  const store = createMemorySandboxStore();
  const saves: string[] = [];
  const save = store.save.bind(store);
  store.save = (userId, labId, data, fence) => {
    saves.push(`${userId}/${labId}`);
    return save(userId, labId, data, fence);
  };
  const manager = new SandboxManager({
    factory,
    store,
    now: () => now,
    snapshotDebounceMs: 1000,
    snapshotMaxDelayMs: 5000,
    idleEvictMs: 60_000,
    ...options,
  });
  const advance = async (ms: number) => {
    now += ms;
    manager.tickAll();
    await new Promise((r) => setImmediate(r));
  };
  return { manager, factory, store, saves, advance, now: () => now };
}

describe('SandboxManager', () => {
  it('backs off failing saves, logs a failing streak once, and says when saves work again', async () => {
    const errors: string[] = [];
    const notices: string[] = [];
    const { manager, store, advance } = setup({
      onError: (_err, context) => errors.push(context),
      onNotice: (message) => notices.push(message),
    });
    let down = true;
    let attempts = 0;
    const save = store.save.bind(store);
    store.save = (userId, labId, data, fence) => {
      attempts++;
      return down ? Promise.reject(new Error('database down')) : save(userId, labId, data, fence);
    };
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('touch\r');
    // 30 s of outage: tries at growing intervals (1, 2, 4, 8, 16 s after each failure), not every tick.
    for (let i = 0; i < 300; i++) await advance(100);
    expect(attempts).toBeGreaterThan(2);
    expect(attempts).toBeLessThanOrEqual(7);
    expect(errors.filter((c) => c.startsWith('save '))).toEqual(['save u1/lab1']);
    down = false;
    for (let i = 0; i < 400; i++) await advance(100);
    expect(notices).toEqual([expect.stringMatching(/^save u1\/lab1: works again after \d+ failed attempt/)]);
    expect(await store.load('u1', 'lab1')).not.toBeNull();
  });

  it('creates one sandbox per (student, lab), shared by several tabs, and replays scrollback to a new tab', async () => {
    const { manager, factory } = setup();
    const a = new Tab();
    const b = new Tab();
    const [ta, tb] = await Promise.all([
      manager.attach('u1', 'lab1', a, { mode: 'interactive', create: true }),
      manager.attach('u1', 'lab1', b, { mode: 'interactive', create: true }),
    ]);
    expect(factory.created).toHaveLength(1);
    expect(ta.restored).toBe(false);
    ta.write('ls\r');
    expect(a.text).toBe(`ls\r\nran: ls\r\n${PROMPT}`);
    expect(b.text).toBe(a.text);
    tb.write('pwd\r');
    const c = new Tab();
    const tc = await manager.attach('u1', 'lab1', c, { mode: 'interactive', create: true });
    expect(tc.scrollback).toBe(a.text);
    await manager.attach('u2', 'lab1', new Tab(), { mode: 'interactive', create: true });
    expect(factory.created).toHaveLength(2);
  });

  it('saves shortly after a change (debounced), not on every keystroke', async () => {
    const { manager, saves, advance } = setup();
    const t = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    await advance(1000); // a fresh sandbox is saved once soon after creation
    expect(saves).toHaveLength(1);
    t.write('a\r');
    await advance(500);
    t.write('b\r');
    await advance(500);
    expect(saves).toHaveLength(1);
    await advance(1000);
    expect(saves).toHaveLength(2);
    await advance(5000);
    expect(saves).toHaveLength(2); // nothing changed since
  });

  it('saves no later than the maximum delay while changes keep coming', async () => {
    const { manager, saves, advance } = setup();
    const t = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    await advance(1000);
    saves.length = 0;
    for (let i = 0; i < 24; i++) {
      t.write(`c${i}\r`);
      await advance(500);
    }
    // 12 s of changes every 500 ms: saved every 5 s, not after every change once overdue.
    expect(saves.length).toBe(2);
  });

  it('runs background saves two at a time when many sandboxes fall due together, each with its latest state', async () => {
    const { manager, store, advance } = setup();
    let inFlight = 0;
    let most = 0;
    const save = store.save.bind(store);
    store.save = async (userId, labId, data, fence) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return save(userId, labId, data, fence);
    };
    const terminals = [];
    for (let i = 0; i < 10; i++)
      terminals.push(await manager.attach(`u${i}`, 'lab1', new Tab(), { mode: 'interactive', create: true }));
    terminals.forEach((t, i) => t.write(`first${i}\r`));
    await advance(1000); // all ten fall due in this tick
    // The last one waits for a slot; what it runs meanwhile is in the save it gets.
    terminals[9]!.write('second9\r');
    for (
      let i = 0;
      i < 200 && [...store.rows.values()].filter((row) => JSON.stringify(row).includes('first')).length < 10;
      i++
    )
      await new Promise((r) => setTimeout(r, 5));
    expect(most).toBe(2);
    for (let i = 0; i < 10; i++) expect(JSON.stringify(store.rows.get(`u${i}/lab1`))).toContain(`first${i}`);
    expect(JSON.stringify(store.rows.get('u9/lab1'))).toContain('second9');
  });

  it('saves on last disconnect, evicts when idle, and restores from the snapshot with its scrollback', async () => {
    const { manager, factory, saves, advance } = setup();
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('kubectl get pods\r');
    t.detach();
    await new Promise((r) => setImmediate(r));
    expect(saves).toEqual(['u1/lab1']);
    expect(manager.isLive('u1', 'lab1')).toBe(true);
    await advance(59_000);
    expect(manager.isLive('u1', 'lab1')).toBe(true);
    await advance(2000);
    expect(manager.isLive('u1', 'lab1')).toBe(false);
    expect(factory.created[0]!.disposed).toBe(true);

    const again = new Tab();
    const t2 = await manager.attach('u1', 'lab1', again, { mode: 'interactive', create: true });
    expect(t2.restored).toBe(true);
    expect(factory.restored).toHaveLength(1);
    expect(t2.scrollback).toBe(tab.text);
    t2.write('history\r');
    expect(again.text).toContain('kubectl get pods\r\nhistory\r\n');
  });

  it('drives every live sandbox clock from the shared interval, within a time budget', async () => {
    const { manager, factory, advance } = setup({ tickBudgetMs: 0 });
    for (let i = 0; i < 3; i++) await manager.attach(`u${i}`, 'lab1', new Tab(), { mode: 'interactive', create: true });
    // A zero budget still ticks one sandbox per pass, round-robin.
    await advance(100);
    await advance(100);
    await advance(100);
    expect(factory.created.map((s) => s.ticks)).toEqual([1, 1, 1]);
    expect(factory.created[2]!.state.clock).toBe(1_000_300);
  });

  it('limits commands per second per student with a message in the terminal', async () => {
    const { manager } = setup({ limits: { commandsPerSecond: 1, commandBurst: 3 } });
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    for (let i = 0; i < 6; i++) t.write(`c${i}\r`);
    expect(tab.text).toContain('ran: c2');
    expect(tab.text).not.toContain('ran: c3');
    expect(tab.text.match(/Too many commands per second/g)).toHaveLength(1);
  });

  it('counts every line break as a command (`\r\n` once), so pasted lines cannot slip past the limit', async () => {
    const { manager } = setup({ limits: { commandsPerSecond: 1, commandBurst: 3 } });
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('a\r\nb\nc\r');
    expect(tab.text).toContain('ran: c');
    t.write('d\n');
    expect(tab.text).not.toContain('ran: d');
    expect(tab.text).toContain('Too many commands per second');
  });

  it('applies at most one resize per tick per sandbox, the latest, and none that changes nothing', async () => {
    const { manager, factory, advance } = setup();
    const [a, b, c] = [new Tab(), new Tab(), new Tab()];
    const [ta, tb, tc] = await Promise.all(
      [a, b, c].map((tab) => manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true })),
    );
    const sandbox = factory.created[0]!;
    for (let i = 0; i < 50; i++) {
      ta!.resize(100 + i, 30);
      tb!.resize(90, 20 + i);
    }
    tc!.resize(120, 40);
    expect(sandbox.resizes).toEqual([]);
    await advance(100);
    expect(sandbox.resizes).toEqual([{ cols: 120, rows: 40 }]);
    // The other tabs follow the size that won; the tab it came from already has it.
    expect([a.sizes, b.sizes, c.sizes]).toEqual([[{ cols: 120, rows: 40 }], [{ cols: 120, rows: 40 }], []]);

    ta!.resize(120, 40);
    await advance(100);
    tb!.resize(80, 24);
    tc!.resize(120, 40);
    await advance(100);
    expect(sandbox.resizes).toHaveLength(1);
  });

  it('re-renders a running `watch` once for a burst of resizes from several tabs, and not at all for the same size', async () => {
    let now = Date.UTC(2026, 0, 1);
    const manager = new SandboxManager({
      factory: createShellSandboxFactory(),
      store: createMemorySandboxStore(),
      now: () => now,
    });
    const advance = (ms: number) => {
      now += ms;
      manager.tickAll();
    };
    const [a, b] = [new Tab(), new Tab()];
    const [ta, tb] = await Promise.all(
      [a, b].map((tab) => manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true })),
    );
    // `watch` runs its command again on every resize it is told of (see shell/commands/time.ts).
    const renders = () => a.text.split('Every 60.0s: echo hi').length - 1;
    ta!.write('watch -n 60 echo hi\r');
    expect(renders()).toBe(1);
    for (let i = 0; i < 50; i++) {
      ta!.resize(100 + (i % 2), 30);
      tb!.resize(120, 40 + (i % 2));
    }
    advance(100);
    expect(renders()).toBe(2);
    tb!.resize(120, 41);
    ta!.resize(120, 41);
    advance(100);
    expect(renders()).toBe(2);
    await manager.shutdown();
  });

  it("shares one resize budget among all of a student's tabs; the latest size still arrives, others are unaffected", async () => {
    const { manager, factory, advance } = setup({ limits: { resizesPerSecond: 1, resizeBurst: 2 } });
    const tabs = await Promise.all(
      [1, 2, 3].map(() => manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true })),
    );
    const other = await manager.attach('u2', 'lab1', new Tab(), { mode: 'interactive', create: true });
    const [mine, theirs] = factory.created;
    for (let i = 0; i < 6; i++) {
      tabs[i % 3]!.resize(100 + i, 30);
      await advance(100);
    }
    expect(mine!.resizes).toEqual([
      { cols: 100, rows: 30 },
      { cols: 101, rows: 30 },
    ]);
    other.resize(60, 30);
    await advance(100);
    expect(theirs!.resizes).toEqual([{ cols: 60, rows: 30 }]);
    await advance(1000);
    expect(mine!.resizes.at(-1)).toEqual({ cols: 105, rows: 30 });
    expect(mine!.resizes).toHaveLength(3);
  });

  it.each([
    ['ls', 0],
    ['ls\r', 1],
    ['a\r\nb\nc\r', 3],
    ['a; b && c || d | e &\r', 6],
    ['\x1b[200~a\nb\nc\x1b[201~\r', 2],
    ['x;\x1b[200~cat <<EOF > web.yaml\nkind: Pod\na: |\n  b && c\nEOF\n\x1b[201~', 2],
    ['\x1b[1;5C\x1b[<0;10;20M', 0],
  ])('counts %j as %i command(s)', (data, n) => {
    expect(countCommands(data)).toBe(n);
  });

  it('counts a bracketed paste split over several events as one command', () => {
    const paste = { open: false };
    expect(countCommands('\x1b[200~line 1\nline 2\n', paste)).toBe(1);
    expect(countCommands('line 3; still pasted\nline 4\n', paste)).toBe(0);
    expect(countCommands('line 5\x1b[201~\r', paste)).toBe(1);
    expect(paste.open).toBe(false);
  });

  it('counts commands joined on one line against the rate', async () => {
    const { manager } = setup({ limits: { commandsPerSecond: 1, commandBurst: 3 } });
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('a; b; c; d\r');
    expect(tab.text).toContain('Too many commands per second');
    expect(tab.text).not.toContain('ran:');
  });

  it('limits keystrokes per second per student', async () => {
    const { manager } = setup({ limits: { inputCharsPerSecond: 10, inputBurst: 10 } });
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('0123456789');
    t.write('more');
    expect(tab.text).toContain('0123456789');
    expect(tab.text).not.toContain('more');
    expect(tab.text).toContain('faster than the terminal accepts');
  });

  it('limits output bytes per second and says so', async () => {
    const { manager, advance } = setup({ limits: { outputBytesPerSecond: 1000, outputBurst: 2000 } });
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('spam 5000\r');
    expect(tab.text.length).toBeLessThan(2500);
    expect(tab.text).toContain('more output than the terminal shows per second');
    await advance(3000);
    const before = tab.text.length;
    t.write('spam 10\r');
    expect(tab.text.length).toBeGreaterThan(before + 10);
  });

  it('keeps a student under the live-sandbox limit by releasing the least recently used lab', async () => {
    const { manager, saves } = setup({ limits: { maxLivePerUser: 2 } });
    const first = new Tab();
    await manager.attach('u1', 'lab1', first, { mode: 'interactive', create: true });
    await manager.attach('u1', 'lab2', new Tab(), { mode: 'interactive', create: true });
    await manager.attach('u1', 'lab3', new Tab(), { mode: 'interactive', create: true });
    expect(manager.isLive('u1', 'lab1')).toBe(false);
    expect(manager.isLive('u1', 'lab3')).toBe(true);
    expect(first.closedWith).toBe('replaced');
    expect(saves).toContain('u1/lab1');
  });

  it('lets a watcher see output but not type, and never creates a sandbox for one', async () => {
    const { manager, advance } = setup();
    await expect(manager.attach('u1', 'lab1', new Tab(), { mode: 'watch', create: false })).rejects.toBeInstanceOf(
      SandboxNotFoundError,
    );
    const student = new Tab();
    const s = await manager.attach('u1', 'lab1', student, { mode: 'interactive', create: true });
    const watcher = new Tab();
    const w = await manager.attach('u1', 'lab1', watcher, { mode: 'watch', create: false });
    w.write('rm -rf /\r');
    s.write('ls\r');
    expect(watcher.text).toBe(`ls\r\nran: ls\r\n${PROMPT}`);
    s.resize(120, 40);
    await advance(100);
    expect(watcher.sizes).toEqual([{ cols: 120, rows: 40 }]);
  });

  it('reports presence when the first interactive tab attaches and the last one leaves', async () => {
    const { manager } = setup();
    const events: string[] = [];
    manager.onPresence((p) => events.push(`${p.userId}/${p.labId}:${p.online}`));
    const a = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    const b = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    const w = await manager.attach('u1', 'lab1', new Tab(), { mode: 'watch', create: false });
    expect(manager.online()).toEqual([{ userId: 'u1', labId: 'lab1', online: true }]);
    a.detach();
    b.detach();
    w.detach();
    expect(events).toEqual(['u1/lab1:true', 'u1/lab1:false']);
  });

  it('saves every live sandbox at shutdown and tells the tabs', async () => {
    const { manager, store } = setup();
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('x\r');
    await manager.shutdown();
    expect(await store.load('u1', 'lab1')).not.toBeNull();
    expect(tab.closedWith).toBe('shutdown');
    await expect(manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true })).rejects.toThrow(
      /shut down/,
    );
  });

  it('starts the lab afresh, and says so, when a saved snapshot cannot be restored', async () => {
    const { manager, factory, store } = setup();
    const { epoch } = await store.open('u1', 'lab1');
    await store.save(
      'u1',
      'lab1',
      { snapshot: { cluster: null, shell: null }, scrollback: 'old screen\r\n' },
      { epoch, seq: 0 },
    );
    factory.restore = () => {
      throw new Error('unreadable snapshot');
    };
    const errors: string[] = [];
    const m = new SandboxManager({ factory, store, onError: (_e, context) => errors.push(context) });
    const t = await m.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    expect(t.restored).toBe(false);
    expect(t.scrollback).toContain('could not be restored');
    expect(errors).toEqual(['restore u1/lab1']);
    await m.shutdown();
    await manager.shutdown();
  });

  it('never loads a snapshot older than a save still in flight', async () => {
    const { manager, store, factory } = setup({ idleEvictMs: 0 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const save = store.save.bind(store);
    store.save = async (u, l, d, fence) => {
      await gate;
      return save(u, l, d, fence);
    };
    const t = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    t.write('important\r');
    t.detach();
    manager.tickAll(); // idle eviction while the save is still pending
    expect(manager.isLive('u1', 'lab1')).toBe(false);
    const reopening = manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    await new Promise((r) => setImmediate(r));
    release();
    const again = await reopening;
    expect(again.restored).toBe(true);
    expect(factory.restored[0]!.state.lines).toEqual(['important']);
  });

  it('reset drops the live sandbox unsaved, tells its tabs, deletes the snapshot, and the next attach starts afresh', async () => {
    const { manager, factory, store, saves } = setup();
    const tab = new Tab();
    const t = await manager.attach('u1', 'lab1', tab, { mode: 'interactive', create: true });
    t.write('broke everything\r');
    await manager.flush();
    expect(store.rows.has('u1/lab1')).toBe(true);
    t.write('more\r');
    const savesBefore = saves.length;
    await manager.reset('u1', 'lab1');
    expect(tab.closedWith).toBe('reset');
    expect(factory.created[0]!.disposed).toBe(true);
    expect(store.rows.has('u1/lab1')).toBe(false);
    expect(saves).toHaveLength(savesBefore);
    t.write('ignored\r');
    const fresh = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    expect(fresh.restored).toBe(false);
    expect(factory.created).toHaveLength(2);
    expect(factory.created[1]!.state.lines).toEqual([]);
    await manager.shutdown();
  });

  it('a reset waits for a save in flight and an attach meanwhile gets the fresh sandbox, not the old snapshot', async () => {
    const { manager, store, factory } = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const save = store.save.bind(store);
    store.save = async (u, l, d, fence) => {
      await gate;
      return save(u, l, d, fence);
    };
    const t = await manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    t.write('old\r');
    const flushing = manager.flush();
    const resetting = manager.reset('u1', 'lab1');
    const reopening = manager.attach('u1', 'lab1', new Tab(), { mode: 'interactive', create: true });
    release();
    await Promise.all([flushing, resetting]);
    const again = await reopening;
    expect(again.restored).toBe(false);
    expect(factory.restored).toHaveLength(0);
    await manager.shutdown();
  });

  it('reset of a lab that is not live deletes its snapshot', async () => {
    const { manager, store } = setup();
    const { epoch } = await store.open('u1', 'lab1');
    await store.save('u1', 'lab1', { snapshot: { cluster: null, shell: null }, scrollback: '' }, { epoch, seq: 0 });
    await manager.reset('u1', 'lab1');
    expect(store.rows.has('u1/lab1')).toBe(false);
  });
});

describe('the PostgreSQL sandbox store', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('round-trips snapshots and scrollback, one row per (user, lab)', async () => {
    const user = await insertUser(db.prisma, { email: 's@example.com', name: 'S', role: 'student', passwordHash: 'x' });
    const store = createDbSandboxStore(db.prisma);
    expect(await store.load(user.id, 'lab1')).toBeNull();
    const fence = { epoch: (await store.open(user.id, 'lab1')).epoch, seq: 0 };
    await store.save(
      user.id,
      'lab1',
      {
        snapshot: { cluster: { a: 1 }, shell: { h: ['ls'] } },
        scrollback: 'hi\u0000\r\n',
      },
      fence,
    );
    await store.save(
      user.id,
      'lab1',
      {
        snapshot: { cluster: { a: 2 }, shell: { h: ['ls', 'pwd'] } },
        scrollback: 'hello\r\n',
      },
      fence,
    );
    expect(await store.load(user.id, 'lab1')).toEqual({
      snapshot: { cluster: { a: 2 }, shell: { h: ['ls', 'pwd'] } },
      scrollback: 'hello\r\n',
    });
    expect(await db.prisma.labSession.count()).toBe(1);
    // PostgreSQL refuses NUL in text and jsonb: it is dropped, the rest is kept.
    const fence2 = { epoch: (await store.open(user.id, 'lab2')).epoch, seq: 0 };
    await store.save(
      user.id,
      'lab2',
      {
        snapshot: { cluster: { s: 'a\u0000b', t: 'c\\u0000d' }, shell: {} },
        scrollback: '',
      },
      fence2,
    );
    expect((await store.load(user.id, 'lab2'))?.snapshot.cluster).toEqual({ s: 'ab', t: 'c\\u0000d' });
    // Nor lone surrogates (half an emoji): they become U+FFFD, and whole emoji stay.
    const fence3 = { epoch: (await store.open(user.id, 'lab3')).epoch, seq: 0 };
    await store.save(
      user.id,
      'lab3',
      {
        snapshot: { cluster: {}, shell: { h: ['echo \ud800x', 'echo 🙂', 'c\\ud800d'] } },
        scrollback: '\udc00!',
      },
      fence3,
    );
    expect(await store.load(user.id, 'lab3')).toEqual({
      snapshot: { cluster: {}, shell: { h: ['echo \ufffdx', 'echo 🙂', 'c\\ud800d'] } },
      scrollback: '\ufffd!',
    });
  });

  it('stores snapshots and journal entries a worker sends as bytes, and reads them back as text', async () => {
    const user = await insertUser(db.prisma, { email: 'b@example.com', name: 'B', role: 'student', passwordHash: 'x' });
    const store = createDbSandboxStore(db.prisma);
    const epoch = (await store.open(user.id, 'lab1')).epoch;
    // What a worker makes of a large cluster: the text checked for PostgreSQL (a lone surrogate) and encoded.
    const big = 'é'.repeat(100_000);
    const cluster = storableJsonBytes(JSON.stringify({ big, half: 'x\ud800', emoji: '🙂' }));
    const shell = storableJsonBytes(JSON.stringify({ h: ['ls'] }));
    await store.save(
      user.id,
      'lab1',
      { snapshot: { cluster: new RawJson(cluster), shell: new RawJson(shell) } as never, scrollback: '' },
      { epoch, seq: 1 },
    );
    const entry = { kind: 'full', snapshot: { cluster: { big, n: 2 }, shell: { h: ['ls', 'pwd'] } } };
    await store.append(user.id, 'lab1', storableJsonBytes(JSON.stringify(entry)), { epoch, seq: 2 });
    expect(await store.load(user.id, 'lab1')).toEqual({
      snapshot: { cluster: { big, n: 2 }, shell: { h: ['ls', 'pwd'] } },
      scrollback: '',
    });
    // The checkpoint itself, as the dashboard reads inside it.
    const [row] = await db.prisma.$queryRaw<{ half: string; emoji: string }[]>`
      SELECT cluster_snapshot ->> 'half' AS half, cluster_snapshot ->> 'emoji' AS emoji FROM lab_sessions
      WHERE user_id = ${user.id}::uuid`;
    expect(row).toEqual({ half: 'x\ufffd', emoji: '🙂' });
  });
});
