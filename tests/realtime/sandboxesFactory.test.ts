// The shell-over-cluster sandbox: the prompt, commands, clock, and a snapshot that survives JSON and restore.
import { stripVTControlCharacters } from 'node:util';
import {
  createKubelabSandboxFactory,
  createShellSandboxFactory,
  type ShellSandbox,
} from '../../server/src/services/sandboxesFactory';
import type { SandboxSnapshot } from '../../server/src/services/sandboxes';
import { testCourse } from '../support/services';

const ctx = { userId: 'u1', labId: 'lab1', nowMs: Date.UTC(2026, 0, 1), cols: 80, rows: 24 };

describe('the shell sandbox factory', () => {
  it('prints a prompt, runs commands, and restores history and files from a JSON snapshot', async () => {
    const factory = createShellSandboxFactory();
    const sandbox = (await factory.create(ctx)) as ShellSandbox;
    let screen = '';
    sandbox.onOutput((d) => (screen += d));
    expect(screen).toMatch(/student@kubelab/);
    const before = sandbox.changeCounter();
    sandbox.write('echo hello > note.txt\r');
    sandbox.write('cat note.txt\r');
    expect(screen).toContain('hello');
    expect(sandbox.changeCounter()).toBeGreaterThan(before);

    sandbox.tick(ctx.nowMs + 5000);
    expect(sandbox.cluster.now()).toBe(ctx.nowMs + 5000);

    const saved = JSON.parse(JSON.stringify(sandbox.snapshot())) as SandboxSnapshot;
    const restored = (await factory.restore({ ...ctx, nowMs: ctx.nowMs + 60_000 }, saved)) as ShellSandbox;
    let again = '';
    restored.onOutput((d) => (again += d));
    restored.write('history\r');
    expect(again).toContain('echo hello > note.txt');
    restored.write('cat note.txt\r');
    expect(again).toContain('hello');
    expect(restored.cluster.now()).toBe(ctx.nowMs + 5000);
    expect(restored.cluster.store.list('nodes')).toHaveLength(1);
  });
});

describe('the kubelab sandbox factory', () => {
  it('starts a lab from the course: its files in the home directory, kubectl and minikube in the shell', async () => {
    const sandbox = (await createKubelabSandboxFactory({ course: testCourse() }).create({
      ...ctx,
      labId: 'kubectl-first-day',
    })) as ShellSandbox;
    let screen = '';
    sandbox.onOutput((d) => (screen += d));
    expect(screen).toMatch(/student@minikube/);
    sandbox.write('ls\r');
    expect(screen).toContain('hello-service.yaml');
    sandbox.write('minikube version\r');
    expect(screen).toMatch(/minikube version: v\d/);
    expect(sandbox.cluster.store.list('deployments.apps').map((d) => d.metadata.name)).toContain('hello');
  });

  it('restores a lab from its JSON snapshot', async () => {
    const factory = createKubelabSandboxFactory({ course: testCourse() });
    const first = (await factory.create({ ...ctx, labId: 'kubectl-first-day' })) as ShellSandbox;
    first.onOutput(() => undefined);
    first.write('echo kept > notes.txt\r');
    const saved = JSON.parse(JSON.stringify(first.snapshot())) as SandboxSnapshot;
    first.dispose();
    const again = (await factory.restore({ ...ctx, labId: 'kubectl-first-day' }, saved)) as ShellSandbox;
    let screen = '';
    again.onOutput((d) => (screen += d));
    again.write('cat notes.txt\r');
    expect(screen).toContain('kept');
    expect(again.cluster.store.list('deployments.apps').map((d) => d.metadata.name)).toContain('hello');
    again.dispose();
  });

  it("shows the student's login in the prompt and keeps it (and the home directory) across a restore", async () => {
    const factory = createKubelabSandboxFactory({ course: testCourse() });
    const first = (await factory.create({ ...ctx, labId: 'kubectl-first-day', login: 'sam' })) as ShellSandbox;
    let screen = '';
    first.onOutput((d) => (screen += stripVTControlCharacters(d)));
    expect(screen).toContain('sam@minikube:~$ ');
    first.write('pwd; whoami\r');
    expect(screen).toContain('/home/sam\r\nsam');
    const saved = JSON.parse(JSON.stringify(first.snapshot())) as SandboxSnapshot;
    first.dispose();
    // A later session (another login name, or none) restores the sandbox as it was created.
    const again = (await factory.restore(
      { ...ctx, labId: 'kubectl-first-day', login: 'other' },
      saved,
    )) as ShellSandbox;
    let restored = '';
    again.onOutput((d) => (restored += stripVTControlCharacters(d)));
    again.write('ls ~\r');
    expect(restored).toContain('sam@minikube:~$ ');
    expect(restored).toContain('hello-service.yaml');
    again.dispose();
  });

  it('gives an unknown lab id a plain running cluster', async () => {
    const sandbox = (await createKubelabSandboxFactory({ course: testCourse() }).create({
      ...ctx,
      labId: 'no-such-lab',
    })) as ShellSandbox;
    expect(sandbox.cluster.state).toBe('Running');
  });
});
