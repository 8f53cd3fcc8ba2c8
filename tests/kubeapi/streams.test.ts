// Issue 15, the streaming subresources, with the real kubectl v1.32 (which speaks WebSockets for exec, attach and cp,
// and SPDY tunnelled in a WebSocket for port-forward) against a student's sandbox in a worker thread: commands run in
// the same container shells as the browser's `kubectl exec`, exit codes and kube-apiserver's errors come back as
// kubectl prints them for a real cluster (k8s.io/apiserver proxy/streamtranslator.go, client-go remotecommand/v4.go).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, eventually, loginStudent, requireRealKubectl, type Student } from './support';

/** A port nothing listens on now (for kubectl port-forward's local side). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
let pod: string;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '1' } });
  sam = await loginStudent(server, 'sam@example.org');
  const pods = await sam.kubectl(['get', 'pods', '-l', 'app=hello', '-o', 'jsonpath={.items[0].metadata.name}']);
  pod = pods.stdout;
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('exec runs a command in the container and propagates its output and exit code', async () => {
  const hostname = await sam.kubectl(['exec', pod, '--', 'hostname']);
  expect(hostname).toEqual({ code: 0, stdout: `${pod}\n`, stderr: '' });
  const script = await sam.kubectl(['exec', pod, '-c', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']);
  expect(script.code).toBe(3);
  expect(script.stdout).toContain('out\n');
  expect(script.stderr).toContain('command terminated with exit code 3\n');
});

it('refuses what kube-apiserver refuses, in its words', async () => {
  expect(await sam.kubectl(['exec', 'nope', '--', 'ls'])).toEqual({
    code: 1,
    stdout: '',
    stderr: 'Error from server (NotFound): pods "nope" not found\n',
  });
  // Refused before the upgrade (pod strategy's validateContainer): kubectl's SPDY fallback gets the same Status.
  const container = await sam.kubectl(['exec', pod, '-c', 'nope', '--', 'ls']);
  expect(container.stderr).toBe(`Error from server (BadRequest): container nope is not valid for pod ${pod}\n`);
  // The kubelet finds no running container: the stream translator reports its upgrade error as an InternalError.
  await sam.kubectl(['run', 'broken', '--image=doesnotexist.example/nothing:1']);
  const waiting = await sam.kubectl(['exec', 'broken', '--', 'ls']);
  expect(waiting).toEqual({
    code: 1,
    stdout: '',
    stderr: 'error: Internal error occurred: unable to upgrade connection: container not found ("broken")\n',
  });
});

it('exec -it drives the container shell through a terminal', async () => {
  // util-linux `script` gives kubectl a pty, as a student's terminal does (-e: its exit code is kubectl's).
  const command = `kubectl --kubeconfig ${sam.kubeconfigPath} exec -it ${pod} -- sh`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], { env: { ...process.env, TERM: 'xterm' } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await eventually(
    () => out.includes(':/# '),
    () => `no prompt: ${JSON.stringify(out)}`,
  );
  child.stdin.write('echo answer-$((6*7)) > /tmp/a; cat /tmp/a\r');
  await eventually(
    () => out.includes('answer-42\r\n'),
    () => `no answer: ${JSON.stringify(out)}`,
  );
  child.stdin.write('exit 5\r');
  expect(await exited).toBe(5);
  // The file the shell wrote stays in the container's writable layer for the next exec.
  expect((await sam.kubectl(['exec', pod, '--', 'cat', '/tmp/a'])).stdout).toBe('answer-42\n');
});

it('kubectl cp copies files into the container and back (tar over exec)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubelab-cp-'));
  try {
    const local = path.join(dir, 'notes.txt');
    writeFileSync(local, 'first line\nsecond line\n');
    const up = await sam.kubectl(['cp', local, `${pod}:/tmp/notes.txt`]);
    expect(up).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await sam.kubectl(['exec', pod, '--', 'cat', '/tmp/notes.txt'])).stdout).toBe('first line\nsecond line\n');
    const back = path.join(dir, 'back.txt');
    const down = await sam.kubectl(['cp', `${pod}:/tmp/notes.txt`, back]);
    // GNU tar (nginx is Debian-based) says what it strips from the member names on its stderr, which kubectl 1.32's
    // tarPipe copies to its own stdout (cp.go: `ErrOut: t.o.Out`).
    expect(down).toEqual({ code: 0, stdout: "tar: Removing leading `/' from member names\n", stderr: '' });
    expect(readFileSync(back, 'utf8')).toBe('first line\nsecond line\n');
    const hosts = path.join(dir, 'hosts');
    expect((await sam.kubectl(['cp', `${pod}:/etc/hosts`, hosts])).code).toBe(0);
    expect(readFileSync(hosts, 'utf8')).toContain('# Kubernetes-managed hosts file.\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('port-forward reaches the pod’s simulated server', async () => {
  const port = await freePort();
  const forward = sam.spawnKubectl(['port-forward', `pod/${pod}`, `${port}:80`]);
  try {
    await eventually(
      () => forward.out().includes(`Forwarding from 127.0.0.1:${port} -> 80`),
      () => forward.out(),
    );
    const first = await fetch(`http://127.0.0.1:${port}/`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('<title>Welcome to nginx!</title>');
    const missing = await fetch(`http://127.0.0.1:${port}/nothing-here`);
    expect(missing.status).toBe(404);
    await missing.text();
  } finally {
    forward.child.kill();
  }
});
