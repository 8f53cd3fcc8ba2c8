/**
 * Terminal benchmark: the real server (main.ts `start()`, shell-over-cluster sandboxes) in a child
 * process on loopback, 500 socket.io clients each with their own sandbox, 100 of them typing 5 keys
 * per second; keystroke-to-echo latency and the server's resident memory.
 *
 *   import { benchTerminal } from './terminal';
 *   const figures = await benchTerminal();   // { 'terminal.echo_p50_ms', 'terminal.echo_p99_ms', 'server.rss_mb_500_sessions' }
 */
import { testConfig } from '../../server/src/config';
import { createTestDatabase } from '../support/db';
import { EchoProbe, TYPED_KEYS, round, summarize } from './echo';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { connectAll, seedStudents, type TerminalSocket } from './students';

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

export async function benchTerminal(options: TerminalBenchOptions = {}): Promise<TerminalBenchResult> {
  const clients = options.clients ?? 500;
  const typists = Math.min(clients, options.typists ?? 100);
  const keysPerSecond = options.keysPerSecond ?? 5;
  const log = options.log ?? (() => undefined);
  const db = await createTestDatabase();
  let server: ServerProcess | undefined;
  let sockets: TerminalSocket[] = [];
  try {
    // The child server runs with NODE_ENV=test, so it keys sessions with the test configuration's secret.
    const cookies = await seedStudents(db.prisma, clients, {
      sessionSecret: testConfig().sessionSecret,
      prefix: 'bench',
    });
    server = await startServerProcess({ databaseUrl: db.url, nodeArgs: options.serverNodeArgs ?? [] });
    log(`terminal bench: server on port ${server.port}; connecting ${clients} clients`);

    const t0 = performance.now();
    sockets = await connectAll(server.url, cookies);
    log(`terminal bench: ${clients} terminals ready in ${Math.round(performance.now() - t0)} ms`);

    const samples = await type(
      sockets.slice(0, typists),
      keysPerSecond,
      options.warmupMs ?? 2000,
      options.durationMs ?? 10_000,
    );
    const rss = await server.rss();
    const echo = summarize(samples);
    log(`terminal bench: ${echo.count} keystrokes measured`);
    return {
      'terminal.echo_p50_ms': echo.p50,
      'terminal.echo_p99_ms': echo.p99,
      'server.rss_mb_500_sessions': round(rss / (1024 * 1024)),
    };
  } finally {
    for (const s of sockets) s.close();
    if (server) await server.stop();
    await db.drop();
  }
}

/** Each typist sends one key per period (phases spread). */
async function type(
  typists: TerminalSocket[],
  keysPerSecond: number,
  warmupMs: number,
  durationMs: number,
): Promise<number[]> {
  const period = 1000 / keysPerSecond;
  const measureFrom = performance.now() + warmupMs;
  const stopAt = measureFrom + durationMs;
  const timers: NodeJS.Timeout[] = [];
  const probes = typists.map((socket) => new EchoProbe(socket));
  await new Promise<void>((resolve) => {
    probes.forEach((probe, i) => {
      probe.measureFrom = measureFrom;
      let k = 0;
      const press = () => {
        if (performance.now() < stopAt) probe.press(TYPED_KEYS[k++ % TYPED_KEYS.length]!);
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
  return probes.flatMap((p) => p.samples);
}
