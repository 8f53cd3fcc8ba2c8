// An attach that may create a lab, joining an opening that may not (a watcher's, or the pool's restore after a
// worker crash) of a lab never saved, still gets the lab: it opens again itself instead of failing with "not started".
import { SandboxManager, SandboxNotFoundError } from '../../server/src/services/sandboxes';
import { createKubelabSandboxFactory } from '../../server/src/services/sandboxesFactory';
import { createMemorySandboxStore } from '../../server/src/services/sandboxesStore';
import { testCourse } from '../support/services';

it('creates the lab for a student whose attach joined a watcher’s opening of a lab never saved', async () => {
  const store = createMemorySandboxStore();
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  const manager = new SandboxManager({
    factory: createKubelabSandboxFactory({ course: testCourse() }),
    // The first opening waits, so the student's attach joins it.
    store: { ...store, open: async (u, l) => (await held, store.open(u, l)) },
  });
  const watcher = manager.attach(
    'u1',
    'kubectl-first-day',
    { output: () => undefined },
    { mode: 'watch', create: false },
  );
  const student = manager.attach(
    'u1',
    'kubectl-first-day',
    { output: () => undefined },
    {
      mode: 'interactive',
      create: true,
    },
  );
  release();
  await expect(watcher).rejects.toBeInstanceOf(SandboxNotFoundError);
  const attached = await student;
  expect(manager.isLive('u1', 'kubectl-first-day')).toBe(true);
  attached.detach();
  await manager.shutdown();
});
