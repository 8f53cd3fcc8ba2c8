// Acknowledged means saved: every command's changes are journaled before its prompt returns, a crash loses none of
// them, and saves are fenced so a stale copy can never overwrite the lab's owner.
import { stripVTControlCharacters } from 'node:util';
import { createKubelabSandboxFactory, type ShellSandbox } from '../../server/src/services/sandboxesFactory';
import { JournalCursor, replay, type JournalEntry } from '../../server/src/services/sandboxesJournal';
import { CHECKPOINT_JOURNAL_ENTRIES } from '../../server/src/services/sandboxesEntry';
import { StaleSandboxError } from '../../server/src/services/sandboxesTypes';
import { SandboxManager, type SandboxSnapshot, type SandboxStore } from '../../server/src/services/sandboxes';
import { createDbSandboxStore, createMemorySandboxStore } from '../../server/src/services/sandboxesStore';
import { createPrismaClient } from '../../server/src/db/client';
import { insertUser } from '../../server/src/db/users';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testCourse } from '../support/services';
import { prompts, Tab, until } from '../support/sandboxTab';

const ctx = { userId: 'u1', labId: 'kubectl-first-day', nowMs: Date.UTC(2026, 0, 1), cols: 80, rows: 24 };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What a student would compare: the objects, the files, the history and the variables of a sandbox. */
async function view(snapshot: SandboxSnapshot): Promise<string> {
  const sandbox = (await createKubelabSandboxFactory({ course: testCourse() }).restore(
    ctx,
    json(snapshot),
  )) as ShellSandbox;
  let screen = '';
  sandbox.onOutput((d) => (screen += d));
  for (const line of [
    'kubectl get cm,deploy,svc,pods -A -o name',
    'find ~ -type f | sort | xargs md5sum',
    'history',
    'echo "$GREETING" "$PWD"',
    'alias',
  ])
    sandbox.write(`${line}\r`);
  sandbox.dispose();
  return stripVTControlCharacters(screen);
}

describe('the journal', () => {
  it('replays command by command to the very state the live sandbox has', async () => {
    const sandbox = (await createKubelabSandboxFactory({ course: testCourse() }).create(ctx)) as ShellSandbox;
    sandbox.onOutput(() => undefined);
    const cursor = new JournalCursor();
    const entries: JournalEntry[] = [];
    const journal = () => {
      const entry = cursor.next(sandbox.snapshot());
      if (entry) entries.push(json(entry));
    };
    journal();
    expect(entries.map((e) => e.kind)).toEqual(['full']);
    const lines = [
      'kubectl create configmap first --from-literal=a=1',
      'echo hello > note.txt',
      'mkdir -p work/deep && cd work',
      'GREETING=hi; alias k=kubectl',
      'k create deployment web --image=nginx --replicas=2',
      'rm ../note.txt',
      'kubectl delete configmap first',
      'kubectl create configmap second --from-literal=b=2',
    ];
    let t = ctx.nowMs;
    for (const line of lines) {
      sandbox.write(`${line}\r`);
      t += 2000;
      sandbox.tick(t);
      journal();
    }
    // Nothing changed: no entry.
    expect(cursor.next(sandbox.snapshot())).toBeNull();
    expect(entries.slice(1).every((e) => e.kind === 'delta')).toBe(true);
    // Small: a delta holds what changed, not the cluster.
    const deltaBytes = JSON.stringify(entries[entries.length - 1]).length;
    expect(deltaBytes).toBeLessThan(JSON.stringify(entries[0]).length / 4);

    const replayed = replay(null, entries);
    expect(replayed).not.toBeNull();
    const live = await view(sandbox.snapshot());
    expect(live).toContain('configmap/second');
    expect(live).not.toContain('configmap/first');
    expect(live).toContain('hi /home/student/work');
    expect(await view(replayed!)).toEqual(live);
  });

  it('finds the objects written and removed anywhere in a list, in any order, by identity', () => {
    const cm = (name: string, v = '1') => ({ metadata: { name, namespace: 'default' }, data: { v } });
    const snapshot = (configmaps: object[]) =>
      ({
        cluster: { clock: 0, objects: { configmaps } },
        shell: { cwd: '/', vfs: { entries: [] }, history: { entries: [], base: 0 }, log: [] },
      }) as unknown as SandboxSnapshot;
    const [a, b, c, d] = [cm('a'), cm('b'), cm('c'), cm('d')];
    const cursor = new JournalCursor();
    cursor.next(snapshot([a, b, c]));
    const names = (entry: JournalEntry | null) =>
      entry?.kind === 'delta'
        ? { put: entry.put.map(([, o]) => `${o.metadata.name}=${(o as unknown as typeof a).data.v}`), del: entry.del }
        : entry;
    // b rewritten in the middle, c removed, d added.
    const b2 = cm('b', '2');
    expect(names(cursor.next(snapshot([a, b2, d])))).toEqual({
      put: ['b=2', 'd=1'],
      del: [['configmaps', 'default', 'c']],
    });
    expect(names(cursor.next(snapshot([a, d])))).toEqual({ put: [], del: [['configmaps', 'default', 'b']] });
    // The same objects in another order: nothing changed.
    expect(cursor.next(snapshot([d, a]))).toBeNull();
    expect(names(cursor.next(snapshot([])))).toEqual({
      put: [],
      del: [
        ['configmaps', 'default', 'd'],
        ['configmaps', 'default', 'a'],
      ],
    });
  });

  it('starts from a checkpoint and applies only the entries after it', async () => {
    const sandbox = (await createKubelabSandboxFactory({ course: testCourse() }).create(ctx)) as ShellSandbox;
    sandbox.onOutput(() => undefined);
    sandbox.write('kubectl create configmap before --from-literal=a=1\r');
    const checkpoint = json(sandbox.snapshot());
    const cursor = new JournalCursor();
    cursor.reset(sandbox.snapshot());
    sandbox.write('kubectl create configmap after --from-literal=a=1\r');
    const entry = cursor.next(sandbox.snapshot());
    expect(entry?.kind).toBe('delta');
    const restored = await view(replay(checkpoint, [json(entry!)])!);
    expect(restored).toContain('configmap/before');
    expect(restored).toContain('configmap/after');
    // After a failed write, the next entry holds everything.
    cursor.invalidate();
    sandbox.write('kubectl delete configmap before\r');
    expect(cursor.next(sandbox.snapshot())?.kind).toBe('full');
  });
});

function managerOn(store: SandboxStore) {
  return new SandboxManager({ factory: createKubelabSandboxFactory({ course: testCourse() }), store });
}

describe('acknowledged means saved (PostgreSQL)', () => {
  let db: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const user = await insertUser(db.prisma, { email: 'j@example.com', name: 'J', role: 'student', passwordHash: 'x' });
    userId = user.id;
  });
  afterAll(() => db.drop());

  it('keeps every change whose prompt came back when the process dies without saving', async () => {
    const crashed = managerOn(createDbSandboxStore(db.prisma));
    const tab = new Tab();
    const t = await crashed.attach(userId, 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    tab.screen = t.scrollback + tab.screen;
    await until(() => prompts(tab) === 1, 'the first prompt');
    for (let i = 0; i < 5; i++) {
      t.write(`kubectl create configmap acked-${i} --from-literal=i=${i}\r`);
      await until(() => prompts(tab) === i + 2, `prompt ${i + 2}`);
    }
    t.write('echo kept > file.txt\r');
    await until(() => prompts(tab) === 7, 'the last prompt');
    // No flush, no shutdown: as after kill -9. A new process opens the lab.
    const next = managerOn(createDbSandboxStore(db.prisma));
    const again = new Tab();
    const t2 = await next.attach(userId, 'kubectl-first-day', again, { mode: 'interactive', create: true });
    again.screen = t2.scrollback + again.screen;
    expect(t2.restored).toBe(true);
    t2.write('kubectl get configmaps -o name; cat file.txt\r');
    await until(() => again.text().includes('kept'), 'the restored lab to answer');
    for (let i = 0; i < 5; i++) expect(again.text()).toContain(`configmap/acked-${i}`);
    await next.shutdown();

    // The crashed copy is fenced off: its next write is refused and its tab is told to reconnect.
    t.write('kubectl create configmap from-the-stale-copy\r');
    await until(() => tab.closedWith === 'moved', 'the stale copy to be closed');
    expect(crashed.isLive(userId, 'kubectl-first-day')).toBe(false);
    const reopened = managerOn(createDbSandboxStore(db.prisma));
    const check = new Tab();
    const t3 = await reopened.attach(userId, 'kubectl-first-day', check, { mode: 'interactive', create: true });
    check.screen = t3.scrollback + check.screen;
    t3.write('kubectl get configmaps -o name\r');
    await until(() => check.text().includes('configmap/acked-4'), 'the owner state');
    expect(check.text()).not.toContain('from-the-stale-copy');
    await reopened.shutdown();
    await crashed.shutdown();
  });

  it('refuses a stale copy’s save, and an upper-case id cannot make a second copy', async () => {
    const store = createDbSandboxStore(db.prisma);
    const first = await store.open(userId, 'lab-versioned');
    const second = await store.open(userId.toUpperCase(), 'lab-versioned');
    expect(second.epoch).toBe(first.epoch + 1);
    const data = { snapshot: { cluster: { v: 1 }, shell: {} }, scrollback: '' };
    await expect(store.save(userId, 'lab-versioned', data, { epoch: first.epoch, seq: 0 })).rejects.toBeInstanceOf(
      StaleSandboxError,
    );
    await expect(
      store.append(userId, 'lab-versioned', '{"kind":"full"}', { epoch: first.epoch, seq: 1 }),
    ).rejects.toBeInstanceOf(StaleSandboxError);
    await store.save(userId.toUpperCase(), 'lab-versioned', data, { epoch: second.epoch, seq: 0 });
    expect(await db.prisma.labSession.count({ where: { labId: 'lab-versioned' } })).toBe(1);
    expect(await db.prisma.labJournalEntry.count({ where: { labId: 'lab-versioned' } })).toBe(0);

    // In one manager, the two spellings of an id reach one live sandbox.
    const manager = managerOn(store);
    const a = await manager.attach(userId, 'kubectl-first-day', new Tab(), { mode: 'interactive', create: true });
    const b = await manager.attach(userId.toUpperCase(), 'kubectl-first-day', new Tab(), {
      mode: 'interactive',
      create: true,
    });
    expect(manager.liveCount).toBe(1);
    a.detach();
    b.detach();
    await manager.shutdown();
  });
});

describe('the store’s health', () => {
  it('counts how long writes have been failing, and forgets it at the next success', async () => {
    const unreachable = createPrismaClient('postgresql://nobody@127.0.0.1:1/none');
    try {
      const down = createDbSandboxStore(unreachable);
      expect(down.failingForMs()).toBe(0);
      const fence = { epoch: 1, seq: 1 };
      await expect(down.append('00000000-0000-4000-8000-000000000000', 'lab', '{}', fence)).rejects.toThrow();
      expect(down.failingForMs(Date.now() + 5000)).toBeGreaterThanOrEqual(5000);
    } finally {
      await unreachable.$disconnect();
    }
  });
});

describe('checkpoints of a busy lab', () => {
  it('come by the length of the journal, not every few seconds, and a restore replays at most that many entries', async () => {
    const store = createMemorySandboxStore();
    let saves = 0;
    const save = store.save.bind(store);
    store.save = (u, l, d, f) => {
      saves++;
      return save(u, l, d, f);
    };
    let now = ctx.nowMs;
    const manager = new SandboxManager({
      factory: createKubelabSandboxFactory({ course: testCourse() }),
      store,
      now: () => now,
      snapshotDebounceMs: 5000,
      snapshotMaxDelayMs: 600_000,
    });
    const tab = new Tab();
    const t = await manager.attach('u1', 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    tab.screen = t.scrollback + tab.screen;
    await until(() => prompts(tab) === 1, 'the first prompt');
    // A student who never pauses 5 s: a command every second for CHECKPOINT_JOURNAL_ENTRIES + 50 commands.
    const lines = CHECKPOINT_JOURNAL_ENTRIES + 50;
    for (let i = 0; i < lines; i++) {
      t.write(`kubectl create configmap busy-${i}\r`);
      await until(() => prompts(tab) === i + 2, `prompt ${i + 2}`);
      now += 1000;
      manager.tickAll();
    }
    await until(() => saves === 1, 'the checkpoint');
    // Four minutes of work: one checkpoint (the 10 minutes of the clock rule never came; a rule of every 10 s would
    // have written 25), and what a restore replays is the journal after it.
    const row = store.rows.get('u1/kubectl-first-day') as { journal: unknown[] };
    expect(row.journal.length).toBeGreaterThan(0);
    expect(row.journal.length).toBeLessThan(CHECKPOINT_JOURNAL_ENTRIES);
    await manager.shutdown();
  });
});

describe('the prompt waits for durability', () => {
  it('comes back only once the journal entry is written, and after a bounded wait with a notice', async () => {
    const store = createMemorySandboxStore();
    let release: (() => void) | null = null;
    const append = store.append.bind(store);
    store.append = (u, l, e, f) =>
      new Promise<void>((resolve) => {
        release = () => void append(u, l, e, f).then(resolve);
      });
    const manager = new SandboxManager({
      factory: createKubelabSandboxFactory({ course: testCourse() }),
      store,
      ackWaitMs: 300,
    });
    const tab = new Tab();
    const t = await manager.attach('u1', 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    tab.screen = t.scrollback + tab.screen;
    t.write('kubectl create configmap slow\r');
    await until(() => tab.text().includes('configmap/slow created'), 'the command');
    await new Promise((r) => setTimeout(r, 50));
    expect(prompts(tab)).toBe(1);
    release!();
    await until(() => prompts(tab) === 2, 'the prompt after the write');
    expect(tab.text()).not.toContain('taking longer');
    // A write that never ends: the prompt comes back after ackWaitMs, with a notice.
    t.write('kubectl create configmap stuck\r');
    await until(() => prompts(tab) === 3, 'the prompt after the bounded wait');
    expect(tab.text()).toContain('Saving your last change is taking longer than usual');
    release!();
    await manager.shutdown();
  });

  it("does not wait for a command that changed nothing but history, and writes the lab's entries in order", async () => {
    const store = createMemorySandboxStore();
    const held: { seq: number; lazy: boolean; write: () => Promise<void> }[] = [];
    const append = store.append.bind(store);
    store.append = (u, l, e, f, o) =>
      new Promise<void>((resolve, reject) => {
        held.push({ seq: f.seq, lazy: o?.lazy ?? false, write: () => append(u, l, e, f).then(resolve, reject) });
      });
    let hurried = 0;
    store.hurry = () => hurried++;
    const manager = new SandboxManager({
      factory: createKubelabSandboxFactory({ course: testCourse() }),
      store,
      ackWaitMs: 60_000,
    });
    const tab = new Tab();
    const t = await manager.attach('u1', 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    tab.screen = t.scrollback + tab.screen;
    // The first line journals the whole lab, and waits for it.
    t.write('echo first\r');
    await until(() => held.length === 1, 'the lab journaled whole');
    expect(prompts(tab)).toBe(1);
    await held.shift()!.write();
    await until(() => prompts(tab) === 2, 'the prompt after the whole lab');
    // A read in a quiet cluster: its prompt comes back while its entry (history) is still being written.
    t.write('kubectl get configmaps\r');
    await until(() => prompts(tab) === 3, 'the prompt after a read');
    // Nobody waits for it: the store may hold it to write it with others.
    await until(() => held.length === 1, 'the read journaled');
    expect(held.map((h) => [h.seq, h.lazy])).toEqual([[2, true]]);
    expect(hurried).toBe(0);
    // A change: its entry goes to the database only after the one before it is durable, and its prompt waits.
    t.write('kubectl create configmap after-read\r');
    await until(() => tab.text().includes('configmap/after-read created'), 'the command');
    await new Promise((r) => setTimeout(r, 50));
    expect(held.map((h) => h.seq)).toEqual([2]);
    expect(prompts(tab)).toBe(3);
    // Now a prompt waits behind it: the store is told not to hold it back.
    expect(hurried).toBe(1);
    await held.shift()!.write();
    await until(() => held.length === 1, 'the change sent after the read');
    expect(held.map((h) => [h.seq, h.lazy])).toEqual([[3, false]]);
    expect(prompts(tab)).toBe(3);
    await held.shift()!.write();
    await until(() => prompts(tab) === 4, 'the prompt once the change is durable');
    const row = store.rows.get('u1/kubectl-first-day') as { journal: { seq: number }[] };
    expect(row.journal.map((j) => j.seq)).toEqual([1, 2, 3]);
    store.append = append;
    await manager.shutdown();
  });

  it('after an entry that could not be written, tells the student and journals the whole lab next: nothing is missing', async () => {
    const store = createMemorySandboxStore();
    const append = store.append.bind(store);
    let failing = false;
    store.append = (u, l, e, f) => (failing ? Promise.reject(new Error('database down')) : append(u, l, e, f));
    const errors: string[] = [];
    const manager = new SandboxManager({
      factory: createKubelabSandboxFactory({ course: testCourse() }),
      store,
      onError: (_err, context) => errors.push(context),
    });
    const tab = new Tab();
    const t = await manager.attach('u1', 'kubectl-first-day', tab, { mode: 'interactive', create: true });
    tab.screen = t.scrollback + tab.screen;
    t.write('kubectl create configmap one\r');
    await until(() => prompts(tab) === 2, 'the first change');
    failing = true;
    t.write('kubectl create configmap two\r');
    await until(() => prompts(tab) === 3, 'the prompt after the failed write');
    expect(tab.text()).toContain('could not be saved yet');
    failing = false;
    // The next entry is the whole lab again, so nothing is missing from a replay.
    t.write('kubectl create configmap three\r');
    await until(() => prompts(tab) === 4, 'the prompt once the database is back');
    const opened = await store.open('u1', 'kubectl-first-day');
    expect(await view(opened.stored!.snapshot)).toMatch(
      /configmap\/one[\s\S]*configmap\/three|configmap\/three[\s\S]*configmap\/one/,
    );
    expect(await view(opened.stored!.snapshot)).toContain('configmap/two');
    expect(errors.filter((c) => c.startsWith('journal'))).toHaveLength(1);
    await manager.shutdown();
  });
});
