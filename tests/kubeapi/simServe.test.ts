// `kubelab sim --serve`: the offline cluster's Kubernetes API for the real kubectl, no server and no database. The
// kubeconfig it prints reaches the cluster; a wrong path is 401; exec and port-forward reach the pods' containers as
// on `kubelab serve`; Ctrl-C (SIGINT) stops it cleanly, open streams included.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually, kubectlIn, requireRealKubectl } from './support';

jest.setTimeout(120_000);

/** A port nothing listens on now (for kubectl port-forward's local side). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let child: ChildProcess;
let exited: Promise<number | null>;
let out = '';
let dir: string;
let kubectl: ReturnType<typeof kubectlIn>;
beforeAll(async () => {
  requireRealKubectl();
  const root = path.resolve(__dirname, '../..');
  child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/src/cli/main.ts', 'sim', '--serve'], { cwd: root });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  exited = new Promise((resolve) => child.on('close', resolve));
  dir = mkdtempSync(path.join(tmpdir(), 'kubelab-sim-serve-'));
  await eventually(
    () => /token: klc_\S+\n/.test(out),
    () => `no kubeconfig printed: ${out}`,
    60_000,
  );
  const file = path.join(dir, 'kubeconfig');
  writeFileSync(file, out);
  kubectl = kubectlIn(dir, file);
});
afterAll(() => {
  child?.kill('SIGINT');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('serves a started cluster to the real kubectl', async () => {
  expect(out).toMatch(/server: http:\/\/127\.0\.0\.1:\d+\/clusters\/klc_/);
  const nodes = await kubectl.run(['get', 'nodes']);
  expect(nodes.stdout).toMatch(
    /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nminikube\s+Ready\s+control-plane\s+\S+\s+v1\.32\.0\n$/,
  );
  const server = /server: (\S+)/.exec(out)![1]!;
  const wrong = await fetch(`${server.replace(/klc_\S+$/, 'klc_wrong')}/api/v1/pods`);
  expect(wrong.status).toBe(401);
});

let forward: ReturnType<typeof kubectl.spawn> | undefined;
it('runs kubectl exec and port-forward in the pods’ containers', async () => {
  expect((await kubectl.run(['run', 'web', '--image=nginx'])).code).toBe(0);
  const ready = await kubectl.run(['wait', '--for=condition=Ready', 'pod/web', '--timeout=60s']);
  expect(ready).toEqual({ code: 0, stdout: 'pod/web condition met\n', stderr: '' });
  expect(await kubectl.run(['exec', 'web', '--', 'echo', 'hi'])).toEqual({ code: 0, stdout: 'hi\n', stderr: '' });
  expect(await kubectl.run(['exec', 'web', '--', 'sh', '-c', 'exit 3'])).toEqual({
    code: 3,
    stdout: '',
    stderr: 'command terminated with exit code 3\n',
  });
  const port = await freePort();
  forward = kubectl.spawn(['port-forward', 'pod/web', `${port}:80`]);
  await eventually(
    () => forward!.out().includes(`Forwarding from 127.0.0.1:${port} -> 80`),
    () => forward!.out(),
  );
  const page = await fetch(`http://127.0.0.1:${port}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Welcome to nginx!</title>');
});

it('stops cleanly on SIGINT, with a port-forward still open', async () => {
  const open = forward?.child.exitCode === null && forward.child.signalCode === null;
  const forwarding = open ? new Promise((resolve) => forward!.child.on('exit', resolve)) : undefined;
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  forward?.child.kill();
  await forwarding;
});
