/**
 * The real server (main.ts `start()`) in a child process on loopback, as the terminal bench, `npm run load`
 * and the abuse suite run it: the parent measures from outside, the child answers over IPC.
 *
 *   const server = await startServerProcess({ databaseUrl, env: { TERMINAL_COMMANDS_PER_SECOND: '20' } });
 *   const bytes = await server.rss({ gc: true });   // the child's resident memory, after a full GC
 *   await server.stop();
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { start } from '../../server/src/main';

export interface ServerProcessOptions {
  databaseUrl: string;
  /** Settings on top of the parent's environment (NODE_ENV=test, loopback, a free port). */
  env?: NodeJS.ProcessEnv;
  /** Extra node flags (e.g. `--cpu-prof` to profile it). `--expose-gc` is always given, for `rss({ gc })`. */
  nodeArgs?: string[];
}

export interface ServerProcess {
  port: number;
  pid: number;
  url: string;
  /** Resident memory of the server process in bytes; `gc` runs a full collection first (what is retained). */
  rss(options?: { gc?: boolean }): Promise<number>;
  /** Whether the process is still alive (it may have crashed, out of memory say). */
  alive(): boolean;
  /** A clean stop (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

type ServerMessage =
  { kind: 'listening'; port: number } | { kind: 'rss'; bytes: number } | { kind: 'error'; message: string };
type ParentMessage = { kind: 'rss'; gc: boolean } | { kind: 'stop' };

const ROLE = 'KUBELAB_BENCH_ROLE';

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const root = path.resolve(__dirname, '../..');
  const child = fork(__filename, [], {
    cwd: root,
    // Compiled (npm run bench) the child runs as plain JavaScript; from source it needs tsx.
    execArgv: [...(__filename.endsWith('.ts') ? ['--import', 'tsx'] : []), '--expose-gc', ...(options.nodeArgs ?? [])],
    env: {
      ...process.env,
      LOG_LEVEL: 'silent',
      ...options.env,
      [ROLE]: 'terminal-server',
      DATABASE_URL: options.databaseUrl,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { port } = await ask(child, null, 'listening');
  return {
    port,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    rss: async ({ gc = false } = {}) => (await ask(child, { kind: 'rss', gc }, 'rss')).bytes,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopServer(child),
  };
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
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`the server process exited (${signal ?? code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (message) child.send(message);
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
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
      if (m.kind === 'rss') {
        if (m.gc) globalThis.gc?.();
        send({ kind: 'rss', bytes: process.memoryUsage().rss });
      } else void running.stop().finally(() => process.exit(0));
    });
    send({ kind: 'listening', port: running.port });
  } catch (err) {
    send({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  }
}

if (process.env[ROLE] === 'terminal-server') void serve();
