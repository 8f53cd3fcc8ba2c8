// Issue 15, the streaming subresources, with the real kubectl v1.32 (which speaks WebSockets for exec, attach and cp,
// and SPDY tunnelled in a WebSocket for port-forward) against a student's sandbox in a worker thread: commands run in
// the same container shells as the browser's `kubectl exec`, exit codes and kube-apiserver's errors come back as
// kubectl prints them for a real cluster (k8s.io/apiserver proxy/streamtranslator.go, client-go remotecommand/v4.go).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
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
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '1', KUBE_API_STREAMS: '3' } });
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
  // Scheduled first (before, kube-apiserver refuses with "pod broken does not have a host assigned").
  for (let i = 0; i < 100; i++) {
    if ((await sam.kubectl(['get', 'pod', 'broken', '-o', 'jsonpath={.spec.nodeName}'])).stdout) break;
    await new Promise((r) => setTimeout(r, 100));
  }
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
  // -v=4: kubectl logs a fall back from the WebSocket tunnel to SPDY, which must not happen.
  const forward = sam.spawnKubectl(['port-forward', '-v=4', `pod/${pod}`, `${port}:80`]);
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
    expect(forward.out()).not.toContain('fallback to secondary dialer');
  } finally {
    const exited = new Promise((resolve) => forward.child.on('exit', resolve));
    forward.child.kill();
    await exited;
  }
});

/** The student's cluster URL for WebSockets (what the kubeconfig names). */
function clusterUrl(student: Student): string {
  return /server: (\S+)/.exec(student.kubeconfig)![1]!.replace(/^http/, 'ws');
}

interface Channels {
  ws: WebSocket;
  text(channel: number): string;
  status: Promise<Record<string, unknown>>;
}

/** A remote command over the channel protocol, as client-go opens it. */
async function openExec(
  student: Student,
  query: string,
  protocols = ['v5.channel.k8s.io', 'v4.channel.k8s.io'],
  subresource: 'exec' | 'attach' = 'exec',
) {
  const url = `${clusterUrl(student)}/api/v1/namespaces/default/pods/${pod}/${subresource}?${query}`;
  const ws = new WebSocket(url, protocols);
  const received = new Map<number, string>();
  let settle: (status: Record<string, unknown>) => void = () => undefined;
  const status = new Promise<Record<string, unknown>>((resolve) => (settle = resolve));
  ws.on('message', (data: Buffer) => {
    const channel = data[0]!;
    const text = data.subarray(1).toString();
    received.set(channel, (received.get(channel) ?? '') + text);
    if (channel === 3) settle(JSON.parse(text) as Record<string, unknown>);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => reject(new Error(`HTTP ${res.statusCode}: ${body}`)));
    });
    ws.once('error', reject);
  });
  const channels: Channels = { ws, text: (channel) => received.get(channel) ?? '', status };
  return channels;
}

const send = (ws: WebSocket, channel: number, data: string) =>
  ws.send(Buffer.concat([Buffer.of(channel), Buffer.from(data)]));
const closeAll = (open: Channels[]) =>
  Promise.all(open.map(({ ws }) => new Promise((resolve) => ws.on('close', resolve).close())));

it('a terminal session honours resizes (channel 4) and ends with the shell’s exit code on channel 3', async () => {
  const shell = await openExec(sam, 'command=sh&stdin=true&stdout=true&tty=true');
  expect(shell.ws.protocol).toBe('v5.channel.k8s.io');
  send(shell.ws, 4, JSON.stringify({ Width: 200, Height: 50 }));
  send(shell.ws, 0, 'ls /\r');
  // One row on a wide terminal …
  await eventually(
    () =>
      shell
        .text(1)
        .split('\r\n')
        .some((l) => l.includes('bin') && l.includes('var')),
    () => shell.text(1),
  );
  const before = shell.text(1).length;
  send(shell.ws, 4, JSON.stringify({ Width: 30, Height: 50 }));
  send(shell.ws, 0, 'ls /\r');
  // … several on a narrow one.
  await eventually(
    () => shell.text(1).slice(before).includes('var'),
    () => shell.text(1),
  );
  expect(
    shell
      .text(1)
      .slice(before)
      .split('\r\n')
      .some((l) => l.includes('bin') && l.includes('var')),
  ).toBe(false);
  send(shell.ws, 0, 'exit 7\r');
  expect(await shell.status).toEqual({
    metadata: {},
    status: 'Failure',
    message: 'command terminated with non-zero exit code: command terminated with exit code 7',
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: '7' }] },
  });
});

it('attach with stdin and a terminal reaches the container’s shell, as the terminal’s `kubectl attach -it` does', async () => {
  const attached = await openExec(sam, 'container=web&stdin=true&stdout=true&tty=true', undefined, 'attach');
  send(attached.ws, 0, 'echo attached-$((2+3))\r');
  await eventually(
    () => attached.text(1).includes('attached-5\r\n'),
    () => attached.text(1),
  );
  send(attached.ws, 0, 'exit\r');
  expect(await attached.status).toEqual({ metadata: {}, status: 'Success' });
});

it('v4 is negotiated for a client that offers only v4; stdin closes with v5’s close message', async () => {
  const v4 = await openExec(sam, 'command=hostname&stdout=true', ['v4.channel.k8s.io']);
  expect(v4.ws.protocol).toBe('v4.channel.k8s.io');
  expect(await v4.status).toEqual({ metadata: {}, status: 'Success' });
  expect(v4.text(1)).toBe(`${pod}\n`);
  const cat = await openExec(sam, 'command=cat&stdin=true&stdout=true');
  send(cat.ws, 0, 'piped ');
  send(cat.ws, 0, 'input\n');
  cat.ws.send(Buffer.of(255, 0));
  expect(await cat.status).toEqual({ metadata: {}, status: 'Success' });
  expect(cat.text(1)).toBe('piped input\n');
});

it('bounds streams per kubeconfig and message sizes, and reaches only the student’s own sandbox', async () => {
  const shell = 'command=sh&stdin=true&stdout=true&tty=true';
  const open = [await openExec(sam, shell), await openExec(sam, shell), await openExec(sam, shell)];
  await expect(openExec(sam, shell)).rejects.toThrow(
    'HTTP 429: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too many open exec, attach and port-forward connections for this kubeconfig (limit 3)","reason":"TooManyRequests","code":429}',
  );
  await closeAll(open);
  // A message past the limit (1 MiB) closes the connection (1009: message too big).
  const big = await openExec(sam, shell);
  const closed = new Promise<number>((resolve) => big.ws.on('close', (code) => resolve(code)));
  big.ws.send(Buffer.alloc(2 * 1024 * 1024, 0x61));
  expect(await closed).toBe(1009);
  // Another student's kubeconfig names their own sandbox, where this pod does not exist; a made-up secret, none.
  const alex = await loginStudent(server, 'alex@example.org');
  expect((await alex.kubectl(['exec', pod, '--', 'hostname'])).stderr).toBe(
    `Error from server (NotFound): pods "${pod}" not found\n`,
  );
  const forged = new WebSocket(
    `${clusterUrl(sam).replace(/klc_[^/]+/, 'klc_forged')}/api/v1/namespaces/default/pods/${pod}/exec?command=ls&stdout=true`,
    ['v5.channel.k8s.io'],
  );
  const refused = await new Promise<number>((resolve) =>
    forged.once('unexpected-response', (_q, res) => resolve(res.statusCode!)),
  );
  expect(refused).toBe(401);
});
