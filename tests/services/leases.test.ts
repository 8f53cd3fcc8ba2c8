// Ownership leases between server processes (db/labLeases.ts, services/leases.ts), on a real PostgreSQL: one owner
// per lab, a live owner hands its lab over on request, a dead owner's leases lapse, a clean stop gives them back, and
// the fencing token refuses the writes of an owner that lost its lease.
import { beat, takeLease } from '../../server/src/db/labLeases';
import { insertUser } from '../../server/src/db/users';
import { LeaseKeeper } from '../../server/src/services/leases';
import { SandboxManager, type SandboxStore } from '../../server/src/services/sandboxes';
import { createKubelabSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { createDbSandboxStore } from '../../server/src/services/sandboxesStore';
import { SandboxBusyError, StaleSandboxError } from '../../server/src/services/sandboxesTypes';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testCourse } from '../support/services';
import { prompts, Tab, until } from '../support/sandboxTab';

const LAB = 'kubectl-first-day';
let db: TestDatabase;
let userId: string;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
beforeEach(async () => {
  const user = await insertUser(db.prisma, {
    email: `l${++n}@example.com`,
    name: 'L',
    role: 'student',
    passwordHash: 'x',
  });
  userId = user.id;
});
afterAll(() => db.drop());

const storeOf = (owner: string, waitMs = 3000) => createDbSandboxStore(db.prisma, { leases: { owner, waitMs } });
const ownerOf = async (labId = LAB) =>
  (await db.prisma.labSession.findUnique({ where: { userId_labId: { userId, labId } } }))?.owner ?? null;

const managerOn = (store: SandboxStore) =>
  new SandboxManager({ factory: createKubelabSandboxFactory({ course: testCourse() }), store }).start();
const keeperOf = (owner: string, ttlMs: number) =>
  new LeaseKeeper({
    db: db.prisma,
    connectionString: db.url,
    claim: { owner, ttlMs },
    onError: (err, context) => console.error(context, err),
    onNotice: () => undefined,
  });

it('keeps a lab with its live owner: another process waits, then is refused (SandboxBusyError)', async () => {
  await beat(db.prisma, { owner: 'p1', ttlMs: 60_000 });
  const opened = await storeOf('p1').open(userId, 'lab-a');
  expect(await ownerOf('lab-a')).toBe('p1');
  // Nobody answers p1's hand-over requests here: p2 gives up after its wait.
  await expect(storeOf('p2', 300).open(userId, 'lab-a')).rejects.toBeInstanceOf(SandboxBusyError);
  expect(await ownerOf('lab-a')).toBe('p1');
  // p1 opening it again (its own restart) takes it at once.
  expect((await storeOf('p1').open(userId, 'lab-a')).epoch).toBe(opened.epoch + 1);
});

it('lets another process take a lab whose owner stopped renewing, and refuses the old owner’s writes', async () => {
  await beat(db.prisma, { owner: 'dead', ttlMs: 200 });
  const old = await storeOf('dead').open(userId, 'lab-b');
  expect(old.takenOver).toBeUndefined();
  const next = await storeOf('heir').open(userId, 'lab-b');
  expect(next.takenOver).toBe(true);
  expect(next.epoch).toBe(old.epoch + 1);
  expect(await ownerOf('lab-b')).toBe('heir');
  await expect(
    storeOf('dead').append(userId, 'lab-b', '{"kind":"full"}', { epoch: old.epoch, seq: 1 }),
  ).rejects.toBeInstanceOf(StaleSandboxError);
  // Nobody holds it once released; taking a released lease is no take-over.
  await storeOf('heir').close!(userId, 'lab-b', next.epoch);
  expect(await ownerOf('lab-b')).toBeNull();
  expect((await storeOf('third').open(userId, 'lab-b')).takenOver).toBeUndefined();
});

it('renews every lease of a process with its heartbeat, and gives them all back at a clean stop', async () => {
  const keeper = keeperOf('beating', 300);
  const manager = managerOn(storeOf('beating'));
  await keeper.start(manager);
  await storeOf('beating').open(userId, 'lab-c');
  await storeOf('beating').open(userId, 'lab-d');
  // Three lease times later, still held: the heartbeat renewed both with one row.
  await new Promise((r) => setTimeout(r, 900));
  expect(await takeLease(db.prisma, userId, 'lab-c', 'other')).toMatchObject({ heldBy: 'beating' });
  expect(await takeLease(db.prisma, userId, 'lab-d', 'other')).toMatchObject({ heldBy: 'beating' });
  await manager.shutdown();
  await keeper.stop();
  expect(await db.prisma.serverInstance.count({ where: { id: 'beating' } })).toBe(0);
  expect(await takeLease(db.prisma, userId, 'lab-c', 'other')).toMatchObject({ takenFrom: null });
});

it('hands a live lab over on request: saved, its tabs told `moved`, nothing acknowledged lost', async () => {
  const keepers = [keeperOf('one', 2000), keeperOf('two', 2000)];
  const first = managerOn(storeOf('one'));
  const second = managerOn(storeOf('two'));
  await keepers[0]!.start(first);
  await keepers[1]!.start(second);
  const tab = new Tab();
  const a = await first.attach(userId, LAB, tab, { mode: 'interactive', create: true });
  tab.screen = a.scrollback + tab.screen;
  await until(() => prompts(tab) === 1, 'the first prompt');
  a.write('kubectl create configmap before-the-move\r');
  await until(() => prompts(tab) === 2, 'the acknowledgement');
  a.write('echo half-typed');

  const moved = new Tab();
  const b = await second.attach(userId, LAB, moved, { mode: 'interactive', create: true });
  moved.screen = b.scrollback + moved.screen;
  expect(tab.closedWith).toBe('moved');
  expect(first.isLive(userId, LAB)).toBe(false);
  expect(await ownerOf()).toBe('two');
  expect(b.restored).toBe(true);
  b.write('kubectl get configmaps -o name\r');
  await until(() => moved.text().includes('configmap/before-the-move'), 'the moved lab to answer');
  // A hand-over is no take-over: no notice of a stopped server.
  expect(moved.text()).not.toContain('after its server stopped');

  await Promise.all([first.shutdown(), second.shutdown()]);
  await Promise.all(keepers.map((k) => k.stop()));
});

it('restores a lab on another process after its owner died, with a one-line notice', async () => {
  await beat(db.prisma, { owner: 'killed', ttlMs: 300 });
  const dying = managerOn(storeOf('killed'));
  const tab = new Tab();
  const a = await dying.attach(userId, LAB, tab, { mode: 'interactive', create: true });
  tab.screen = a.scrollback + tab.screen;
  await until(() => prompts(tab) === 1, 'the first prompt');
  a.write('kubectl create configmap acknowledged\r');
  await until(() => prompts(tab) === 2, 'the acknowledgement');
  // As after kill -9: no save, no release, no heartbeat.
  const heir = managerOn(storeOf('heir', 2000));
  const again = new Tab();
  const b = await heir.attach(userId, LAB, again, { mode: 'interactive', create: true });
  again.screen = b.scrollback + again.screen;
  expect(again.text()).toContain('[kubelab] Your lab moved to another server after its server stopped');
  b.write('kubectl get configmaps -o name\r');
  await until(() => again.text().includes('configmap/acknowledged'), 'the restored lab to answer');
  await heir.shutdown();
  dying.tickAll();
  await dying.shutdown();
});
