/**
 * Terminal benchmark: the real server (main.ts `start()`, shell-over-cluster sandboxes) in a child
 * process on loopback, 500 socket.io clients each with their own sandbox, 100 of them typing 5 keys
 * per second; keystroke-to-echo latency and the server's resident memory.
 *
 *   import { benchTerminal } from './terminal';
 *   const figures = await benchTerminal();   // { 'terminal.echo_p50_ms', 'terminal.echo_p99_ms', 'server.rss_mb_500_sessions' }
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { start } from '../../server/src/main';
import type { TerminalClientToServerEvents, TerminalServerToClientEvents } from '../../server/src/realtime/protocol';
import { SESSION_COOKIE, SessionService } from '../../server/src/services/sessions';
import { testConfig } from '../../server/src/config';
import { createTestDatabase } from '../support/db';

export interface TerminalBenchOptions {
  clients?: number;
  typists?: number;
  keysPerSecond?: number;
  warmupMs?: number;
  durationMs?: number;
  /** Extra node flags for the server process (e.g. `--cpu-prof` to profile it). */
  serverNodeArgs?: string[];
  log?: (line: string) => void;
}

export interface TerminalBenchResult {
  'terminal.echo_p50_ms': number;
  'terminal.echo_p99_ms': number;
  'server.rss_mb_500_sessions': number;
  [name: string]: number;
}

type ServerMessage =
  { kind: 'listening'; port: number } | { kind: 'rss'; bytes: number } | { kind: 'error'; message: string };
type ParentMessage = { kind: 'rss' } | { kind: 'stop' };
type BenchSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

const ROLE = 'KUBELAB_BENCH_ROLE';
// A lab of the course whose cluster is already running (the server refuses ids the course does not have).
const LAB = 'kubectl-first-day';
/** What the typists type, over and over: short commands with an echo, like a student at work. */
const KEYS = [...'echo hi', '\r', ...'ls', '\r'];

export async function benchTerminal(options: TerminalBenchOptions = {}): Promise<TerminalBenchResult> {
  const clients = options.clients ?? 500;
  const typists = Math.min(clients, options.typists ?? 100);
  const keysPerSecond = options.keysPerSecond ?? 5;
  const log = options.log ?? (() => undefined);
  const db = await createTestDatabase();
  let server: ChildProcess | undefined;
  const sockets: BenchSocket[] = [];
  try {
    const users = await db.prisma.user.createManyAndReturn({
      data: Array.from({ length: clients }, (_, i) => ({
        email: `bench-${i}@example.com`,
        name: `Bench ${i}`,
        role: 'student' as const,
        passwordHash: 'not-a-hash',
      })),
      select: { id: true },
    });
    // The child server runs with NODE_ENV=test, so it keys sessions with the test configuration's secret.
    const config = testConfig();
    const sessions = new SessionService(db.prisma, { secret: config.sessionSecret, ttlHours: config.sessionTtlHours });
    const cookies: string[] = [];
    for (const u of users) cookies.push(`${SESSION_COOKIE}=${(await sessions.create(u.id)).token}`);

    const started = await startServer(db.url, options.serverNodeArgs ?? []);
    server = started.child;
    const url = `http://127.0.0.1:${started.port}/terminal`;
    log(`terminal bench: server on port ${started.port}; connecting ${clients} clients`);

    const t0 = performance.now();
    for (let i = 0; i < clients; i += 50) {
      const batch = cookies.slice(i, i + 50).map((cookie) => connect(url, cookie));
      sockets.push(...(await Promise.all(batch)));
    }
    log(`terminal bench: ${clients} terminals ready in ${Math.round(performance.now() - t0)} ms`);

    const samples = await type(
      sockets.slice(0, typists),
      keysPerSecond,
      options.warmupMs ?? 2000,
      options.durationMs ?? 10_000,
    );
    const rss = await ask(server, { kind: 'rss' }, 'rss');
    samples.sort((a, b) => a - b);
    log(`terminal bench: ${samples.length} keystrokes measured`);
    return {
      'terminal.echo_p50_ms': round(quantile(samples, 0.5)),
      'terminal.echo_p99_ms': round(quantile(samples, 0.99)),
      'server.rss_mb_500_sessions': round(rss.bytes / (1024 * 1024)),
    };
  } finally {
    for (const s of sockets) s.close();
    if (server) await stopServer(server);
    await db.drop();
  }
}

function connect(url: string, cookie: string): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const socket: BenchSocket = io(url, {
      auth: { labId: LAB },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie },
    });
    socket.on('output', (_data, ack) => ack());
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Each typist sends one key per period (phases spread); a sample is the time to the next output. */
async function type(
  typists: BenchSocket[],
  keysPerSecond: number,
  warmupMs: number,
  durationMs: number,
): Promise<number[]> {
  const samples: number[] = [];
  const period = 1000 / keysPerSecond;
  const measureFrom = performance.now() + warmupMs;
  const stopAt = measureFrom + durationMs;
  const timers: NodeJS.Timeout[] = [];
  await new Promise<void>((resolve) => {
    typists.forEach((socket, i) => {
      let sentAt: number | null = null;
      let k = 0;
      socket.on('output', () => {
        if (sentAt === null) return;
        const now = performance.now();
        if (sentAt >= measureFrom) samples.push(now - sentAt);
        sentAt = null;
      });
      const press = () => {
        if (performance.now() >= stopAt) return;
        sentAt = performance.now();
        socket.emit('input', KEYS[k++ % KEYS.length]!);
      };
      timers.push(
        setTimeout(
          () => {
            press();
            timers.push(setInterval(press, period));
          },
          (i * period) / typists.length,
        ),
      );
    });
    setTimeout(resolve, warmupMs + durationMs + 500);
  });
  for (const t of timers) clearInterval(t);
  return samples;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function startServer(databaseUrl: string, nodeArgs: string[]): Promise<{ child: ChildProcess; port: number }> {
  const root = path.resolve(__dirname, '../..');
  const child = fork(__filename, [], {
    cwd: root,
    // Compiled (npm run bench) the child runs as plain JavaScript; from source it needs tsx.
    execArgv: [...(__filename.endsWith('.ts') ? ['--import', 'tsx'] : []), ...nodeArgs],
    env: {
      ...process.env,
      [ROLE]: 'terminal-server',
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return ask(child, null, 'listening').then((m) => ({ child, port: m.port }));
}

function ask<K extends ServerMessage['kind']>(
  child: ChildProcess,
  message: ParentMessage | null,
  kind: K,
): Promise<Extract<ServerMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ServerMessage) => {
      if (m.kind === 'error') reject(new Error(m.message));
      else if (m.kind === kind) resolve(m as Extract<ServerMessage, { kind: K }>);
      else return;
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onExit = (code: number | null) => reject(new Error(`the bench server exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (message) child.send(message);
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ kind: 'stop' } satisfies ParentMessage);
  });
}

/** The child: the real server with shell-over-cluster sandboxes, answering the parent over IPC. */
async function serve(): Promise<void> {
  const send = (m: ServerMessage) => process.send?.(m);
  try {
    const running = await start({ log: () => undefined });
    process.on('message', (m: ParentMessage) => {
      if (m.kind === 'rss') send({ kind: 'rss', bytes: process.memoryUsage().rss });
      else void running.stop().finally(() => process.exit(0));
    });
    send({ kind: 'listening', port: running.port });
  } catch (err) {
    send({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  }
}

if (process.env[ROLE] === 'terminal-server') void serve();
