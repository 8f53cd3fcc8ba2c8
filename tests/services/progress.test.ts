// Step completions: written once (first pass time kept), attempts counted, events for listeners.
import { ProgressService, type CheckTarget, type ProgressEvent } from '../../server/src/services/progress';
import { checkSteps } from '../../server/src/labs/progressCheck';
import { Cluster } from '../../server/src/sim/index';
import { createTestDatabase, testDb, type TestDatabase } from '../support/db';
import { makeUser } from '../http/helpers';
import { testCourse, testServices } from '../support/services';
import { createLabCluster } from '../../server/src/labs/setup';

let progress: ProgressService;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  progress = testServices().progress;
});
afterEach(() => progress.stop());
afterAll(() => db.drop());

const env = (state: 'Running' | 'Absent', lines: string[] = []) => ({
  cluster: Cluster.create({ state }),
  commands: lines.map((line) => ({ line, exitCode: 0 })),
  home: '/home/student',
  readFile: () => undefined,
});

it('records a completion once, keeps the first pass time, and tells listeners', async () => {
  const user = await makeUser('student', 'a@example.org');
  const events: ProgressEvent[] = [];
  const off = progress.onProgress((e) => events.push(e));
  await progress.evaluate(user.id, 'minikube-basics', env('Absent'), true);
  const [first] = await Promise.all([
    progress.evaluate(user.id, 'minikube-basics', env('Running'), true),
    progress.evaluate(user.id, 'minikube-basics', env('Running'), true),
  ]);
  off();
  const rows = await db.prisma.stepCompletion.findMany({ where: { userId: user.id }, orderBy: { stepId: 'asc' } });
  // Only the step the student was on counts a failed check: not the next one, which they have not tried.
  expect(rows.map((r) => r.stepId)).toEqual(['start']);
  const start = rows.find((r) => r.stepId === 'start')!;
  expect(start.firstPassedAt).not.toBeNull();
  expect(start.attempts).toBeGreaterThanOrEqual(2);
  expect(events.filter((e) => e.stepId === 'start' && e.completed)).toHaveLength(1);
  expect(first[0]).toMatchObject({ stepId: 'start', passed: true });

  const passedAt = start.firstPassedAt!.getTime();
  await progress.evaluate(user.id, 'minikube-basics', env('Running', ['minikube status']), true);
  const again = await db.prisma.stepCompletion.findFirst({ where: { userId: user.id, stepId: 'start' } });
  expect(again!.firstPassedAt!.getTime()).toBe(passedAt);
});

it('automatic checks count only when they pass', async () => {
  const user = await makeUser('student', 'b@example.org');
  await progress.evaluate(user.id, 'minikube-basics', env('Absent'), false);
  expect(await db.prisma.stepCompletion.count({ where: { userId: user.id } })).toBe(0);
  await progress.evaluate(user.id, 'minikube-basics', env('Running'), false);
  expect(
    await db.prisma.stepCompletion.findMany({ where: { userId: user.id }, select: { stepId: true, attempts: true } }),
  ).toEqual([{ stepId: 'start', attempts: 1 }]);
});

it('watchSandbox checks after each command of the shell', async () => {
  const user = await makeUser('student', 'c@example.org');
  const commandListeners: ((record: unknown) => void)[] = [];
  const shell = {
    commandLog: () => [{ line: 'minikube start', exitCode: 0 }],
    vfs: { stat: (): { type: 'file' | 'dir' } | undefined => undefined, readFile: () => '' },
    onCommand: (l: (record: unknown) => void) => {
      commandListeners.push(l);
      return () => undefined;
    },
  };
  const done = new Promise<ProgressEvent>((resolve) => {
    const off = progress.onProgress((e) => {
      if (e.userId === user.id && e.completed) {
        off();
        resolve(e);
      }
    });
  });
  const stop = progress.watchSandbox(user.id, 'minikube-basics', {
    cluster: Cluster.create({ state: 'Running' }),
    shell,
  });
  commandListeners.forEach((l) => l({ line: 'minikube start', exitCode: 0 }));
  expect(await done).toMatchObject({ stepId: 'start', passed: true, completed: true });
  stop();
});

it('records a later step done before an earlier one, and the earlier one still passes afterwards', async () => {
  const user = await makeUser('student', 'd@example.org');
  const events: ProgressEvent[] = [];
  const off = progress.onProgress((e) => events.push(e));
  // minikube-basics: step 1 wants a running cluster, step 2 a `minikube status`; this student did step 2 first.
  await progress.evaluate(user.id, 'minikube-basics', env('Absent', ['minikube status']), false);
  await progress.evaluate(user.id, 'minikube-basics', env('Running', ['minikube status']), false);
  off();
  expect(events.filter((e) => e.completed).map((e) => e.stepId)).toEqual(['status', 'start']);
  // The steps not reached yet are neither recorded nor announced as failing.
  expect(events.filter((e) => !e.passed).map((e) => e.stepId)).toEqual(['start']);
});

it('after the follow-ups, checks again whenever the cluster has changed, without any command', async () => {
  const user = await makeUser('student', 'e@example.org');
  const quick = testServices(undefined, { progress: { debounceMs: 10, followUpsMs: [], recheckMs: 30 } }).progress;
  const cluster = Cluster.create({ state: 'Absent' });
  const shell = {
    commandLog: () => [],
    vfs: { stat: (): { type: 'file' | 'dir' } | undefined => undefined, readFile: () => '' },
    onCommand: () => () => undefined,
  };
  const checked = (passedNow: boolean) =>
    new Promise<void>((resolve) => {
      const off = quick.onProgress((e) => {
        if (e.userId === user.id && e.stepId === 'start' && e.passed === passedNow) {
          off();
          resolve();
        }
      });
    });
  const failedFirst = checked(false);
  const stop = quick.watchSandbox(user.id, 'minikube-basics', { cluster, shell });
  await failedFirst;
  const passes = checked(true);
  cluster.start();
  await passes;
  stop();
  quick.stop();
});

it('tries a failed automatic check again (a busy database) instead of waiting for the next command', async () => {
  const user = await makeUser('student', 'g@example.org');
  const errors: string[] = [];
  const quick = new ProgressService({
    db: testDb(),
    course: testCourse(),
    onError: (_err, context) => errors.push(context),
    debounceMs: 10,
    followUpsMs: [],
    recheckMs: 30,
  });
  const running = env('Running', ['minikube status']);
  let failures = 1;
  const target: CheckTarget = {
    checkSteps: (lab, done) => {
      if (failures-- > 0) throw new Error('Unable to start a transaction in the given time.');
      return checkSteps(lab, done, running);
    },
    version: () => running.cluster.store.resourceVersion(),
  };
  const passed = new Promise<void>((resolve) => {
    const off = quick.onProgress((e) => {
      if (e.userId === user.id && e.stepId === 'status' && e.completed) {
        off();
        resolve();
      }
    });
  });
  const release = quick.register(user.id, 'minikube-basics', target);
  await passed;
  expect(errors).toEqual(['automatic check']);
  release();
  quick.stop();
});

it('says a step is waiting for the cluster when the student has done their part and only cluster checks fail', async () => {
  const user = await makeUser('student', 'f@example.org');
  const lab = testCourse().findLab('self-healing');
  const cluster = createLabCluster(lab, { seed: 1 });
  cluster.stopNode('minikube-m02');
  const stopped = {
    cluster,
    commands: [{ line: 'minikube node stop minikube-m02', exitCode: 0 }],
    home: '/home/student',
    readFile: () => undefined,
  };
  await progress.evaluate(user.id, 'self-healing', stopped, false);
  const waiting = (await progress.getLab(user, 'self-healing')).steps.map((s) => [s.step.id, s.waitingOnCluster]);
  expect(waiting).toEqual([
    ['observe', false],
    ['delete-pods', false],
    ['stop-node', true],
    ['what-happened', false],
  ]);
});

it('announces a failing automatic check only when it reads differently, and every check the student asks for', async () => {
  const user = await makeUser('student', 'h@example.org');
  const events: ProgressEvent[] = [];
  const off = progress.onProgress((e) => events.push(e));
  const absent = env('Absent');
  await progress.evaluate(user.id, 'minikube-basics', absent, false);
  await progress.evaluate(user.id, 'minikube-basics', absent, false);
  expect(events.map((e) => [e.stepId, e.passed])).toEqual([['start', false]]);
  await progress.evaluate(user.id, 'minikube-basics', absent, true);
  expect(events.map((e) => [e.stepId, e.passed])).toEqual([
    ['start', false],
    ['start', false],
  ]);
  await progress.evaluate(user.id, 'minikube-basics', env('Running', ['minikube status']), false);
  off();
  expect(events.slice(2).map((e) => [e.stepId, e.passed])).toEqual([
    ['start', true],
    ['status', true],
  ]);
});

it('after a command, checks again only when the cluster has moved since the last look', async () => {
  const user = await makeUser('student', 'i@example.org');
  const quick = testServices(undefined, {
    progress: { debounceMs: 10, followUpsMs: [20, 40], recheckMs: 20 },
  }).progress;
  const absent = env('Absent');
  let looks = 0;
  const target: CheckTarget = {
    checkSteps: (lab, done) => {
      looks++;
      return checkSteps(lab, done, absent);
    },
    version: () => absent.cluster.store.resourceVersion(),
  };
  quick.commandFinished(user.id, 'minikube-basics', target);
  await new Promise((r) => setTimeout(r, 200));
  // The check after the command; the follow-ups and the watch found the cluster where it was.
  expect(looks).toBe(1);
  const passed = new Promise<void>((resolve) => {
    const off = quick.onProgress((e) => {
      if (e.userId === user.id && e.stepId === 'start' && e.passed) {
        off();
        resolve();
      }
    });
  });
  absent.cluster.start();
  await passed;
  expect(looks).toBe(2);
  quick.stop();
});
