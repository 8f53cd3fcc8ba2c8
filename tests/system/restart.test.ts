// A server restart loses nothing a student had a few seconds before: SIGKILL the real server mid-lab, start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { TerminalClientToServerEvents, TerminalServerToClientEvents } from '../../server/src/realtime/protocol';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
// A lab whose cluster is already running (the course's first day with kubectl).
const LAB = process.env.KUBELAB_TEST_LAB ?? 'kubectl-first-day';
let db: TestDatabase;
let port: number;
let child: ChildProcess | undefined;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function startServer(): Promise<ChildProcess> {
  // `node --import tsx` rather than the tsx CLI: the CLI runs the server in a second process, which SIGKILL would miss.
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      SNAPSHOT_DEBOUNCE_MS: '500',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill(proc: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });
}

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kubelab_session='));
  return cookie!.split(';')[0]!;
}

class Terminal {
  readonly socket: Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;
  text = '';
  constructor(cookie: string) {
    this.socket = io(`http://127.0.0.1:${port}/terminal`, {
      auth: { labId: LAB },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie },
    });
    this.socket.on('output', (data, ack) => {
      this.text += data;
      ack?.();
    });
  }
  ready(): Promise<{ restored: boolean }> {
    return new Promise((resolve, reject) => {
      this.socket.once('ready', resolve);
      this.socket.once('connect_error', reject);
    });
  }
  async run(line: string, expected: RegExp, timeoutMs = 15_000): Promise<string> {
    const from = this.text.length;
    this.socket.emit('input', `${line}\r`);
    const deadline = Date.now() + timeoutMs;
    while (!expected.test(this.text.slice(from))) {
      if (Date.now() > deadline)
        throw new Error(`no ${String(expected)} after "${line}"; got ${JSON.stringify(this.text.slice(from))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.text.slice(from);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  port = await freePort();
});

afterAll(async () => {
  if (child) await kill(child, 'SIGKILL');
  await db.drop();
});

it('keeps the objects a student created when the server is killed and started again', async () => {
  await createUser(testDb(), SYSTEM_ACTOR, {
    email: 'restart@example.com',
    name: 'Restart',
    role: 'student',
    password: 'a long enough password',
  });
  child = await startServer();
  const cookie = await login('restart@example.com', 'a long enough password');

  const first = new Terminal(cookie);
  await first.ready();
  await first.run('kubectl create deployment web --image=nginx', /deployment\.apps\/web created/);
  await first.run('kubectl create configmap settings --from-literal=mode=restart', /configmap\/settings created/);
  // Large values cross from the sandbox worker as bytes: one in the checkpoint, one only in the journal.
  await first.run('s=é; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do s=$s$s; done; echo ${#s}', /32768/);
  await first.run('kubectl create configmap big --from-literal=v=$s', /configmap\/big created/);
  // A few seconds, as a student would keep working (a checkpoint is written meanwhile) …
  await new Promise((r) => setTimeout(r, 3000));
  // … then one more change, and the machine dies without warning.
  await first.run('kubectl create configmap big2 --from-literal=v=$s$s', /configmap\/big2 created/);
  await kill(child, 'SIGKILL');
  first.socket.close();

  child = await startServer();
  const again = new Terminal(cookie);
  const readyAgain = await again.ready();
  if (!readyAgain.restored) {
    await new Promise((r) => setTimeout(r, 1000));
    process.stderr.write(`server output:\n${output}\n`);
  }
  expect(readyAgain.restored).toBe(true);
  expect(await again.run('kubectl get deployments', /web\s+\d+\/\d+/)).toMatch(/web/);
  expect(await again.run('kubectl get configmap settings -o jsonpath={.data.mode}', /restart/)).toContain('restart');
  await again.run('kubectl get configmap big -o jsonpath={.data.v} | wc -m', /[^\d]32768\r\n/);
  await again.run('kubectl get configmap big2 -o jsonpath={.data.v} | wc -m', /[^\d]65536\r\n/);
  again.socket.close();
  await kill(child, 'SIGTERM');
});
