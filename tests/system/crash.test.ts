// kill -9 under load: 50 students create objects and pass steps on a real server process; the process is killed
// without warning; a new one on the same database has every change whose prompt came back, and every step
// completion the students were told about.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { testConfig } from '../../server/src/config';
import type { TerminalClientToServerEvents, TerminalServerToClientEvents } from '../../server/src/realtime/protocol';
import { SESSION_COOKIE, SessionService } from '../../server/src/services/sessions';
import { createTestDatabase, type TestDatabase } from '../support/db';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const LAB = 'kubectl-first-day';
const STUDENTS = 50;
type TerminalSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

function startServer(): Promise<{ child: ChildProcess; port: number }> {
  // One process (no tsx wrapper around it), so SIGKILL kills the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', CLIENT_DIST: '/x' },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${out}`)), 60_000).unref();
  });
}

function connect(port: number, cookie: string): Promise<{ socket: TerminalSocket; screen: () => string }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket: TerminalSocket = io(`http://127.0.0.1:${port}/terminal`, {
      auth: { labId: LAB },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie },
    });
    socket.on('output', (data, ack) => {
      text += data;
      ack?.();
    });
    socket.once('ready', () => resolve({ socket, screen: () => text }));
    socket.once('connect_error', reject);
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('loses no acknowledged change and no reported step when the server is killed with SIGKILL', async () => {
  const users = await db.prisma.user.createManyAndReturn({
    data: Array.from({ length: STUDENTS }, (_, i) => ({
      email: `crash${i}@example.com`,
      name: `Crash ${i}`,
      role: 'student' as const,
      passwordHash: 'not-a-hash',
    })),
    select: { id: true },
  });
  const config = testConfig();
  const sessions = new SessionService(db.prisma, { secret: config.sessionSecret, ttlHours: config.sessionTtlHours });
  const cookies = await Promise.all(users.map(async (u) => `${SESSION_COOKIE}=${(await sessions.create(u.id)).token}`));

  const first = await startServer();
  const acknowledged: string[][] = users.map(() => []);
  const stepsReported = new Set<string>();
  let running = true;
  const students = await Promise.all(
    cookies.map(async (cookie, i) => {
      const { socket, screen } = await connect(first.port, cookie);
      socket.on('progress', (p) => {
        if (p.passed) stepsReported.add(`${users[i]!.id}/${p.stepId}`);
      });
      await until(() => screen().includes('@minikube'), 'the first prompt');
      return { socket, screen, i };
    }),
  );
  const work = students.map(async ({ socket, screen, i }) => {
    for (let n = 0; running; n++) {
      const name = `s${i}-n${n}`;
      // The lab's first step first (it passes on these two commands), then objects, one after another.
      const line =
        n === 0 ? 'kubectl get deployments' : n === 1 ? 'kubectl get pods' : `kubectl create configmap ${name}`;
      const from = screen().length;
      socket.emit('input', `${line}\r`);
      // Acknowledged: the command's output, then the prompt that follows it.
      const done = () => /@minikube[^\n]*\$ $/.test(screen().slice(from).split('\n').slice(1).join('\n'));
      while (running && !done()) await new Promise((r) => setTimeout(r, 10));
      if (done() && line.includes('create') && screen().slice(from).includes(`configmap/${name} created`))
        acknowledged[i]!.push(name);
      // Checks run once the student pauses (debounced): wait for the first step to be reported, as a student would.
      // (Until the kill: on a busy machine some students' checks have not come back by then.)
      if (n === 1) await until(() => !running || stepsReported.has(`${users[i]!.id}/get`), 'the first step', 30_000);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  // Killed under load, once every student has work acknowledged (however long a busy machine takes to get there).
  const acknowledgedCount = () => acknowledged.reduce((n, a) => n + a.length, 0);
  await until(() => acknowledgedCount() > 2 * STUDENTS && stepsReported.size > 0, 'work before the kill', 120_000);
  first.child.kill('SIGKILL');
  running = false;
  await Promise.all(work);
  for (const s of students) s.socket.close();

  const second = await startServer();
  try {
    const missing: string[] = [];
    await Promise.all(
      cookies.map(async (cookie, i) => {
        const { socket, screen } = await connect(second.port, cookie);
        socket.emit('input', 'kubectl get configmaps -o name; echo list-ended\r');
        await until(() => screen().includes('list-ended\r\n'), `the configmaps of student ${i}`);
        for (const name of acknowledged[i]!) if (!screen().includes(`configmap/${name}\r\n`)) missing.push(name);
        socket.close();
      }),
    );
    expect(missing).toEqual([]);
    const passed = await db.prisma.stepCompletion.findMany({
      where: { firstPassedAt: { not: null } },
      select: { userId: true, stepId: true },
    });
    const stored = new Set(passed.map((p) => `${p.userId}/${p.stepId}`));
    expect([...stepsReported].filter((s) => !stored.has(s))).toEqual([]);
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }
});
