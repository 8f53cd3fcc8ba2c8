/**
 * `npm run load -- --students N --duration S [--url URL] [--idle-labs K] [--workers W]`
 *
 * N simulated students, each on their own terminal of a lab, type a key every 200 ms (timed to its
 * echo) and run `kubectl get pods` every 5 s (timed to the next prompt). Without `--url` it starts
 * the real server in a child process on a scratch database (dropped afterwards). Prints JSON lines
 * `{ "name", "value", "unit" }` like `npm run bench`: echo p50/p99, kubectl p99, errors, server RSS
 * and RSS per connected student. Progress goes to stderr.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { createPrismaClient, type PrismaClient } from '../../server/src/db/client';
import { loadConfig, testConfig } from '../../server/src/config';
import { summarize, round } from '../bench/echo';
import { startServerProcess, type ServerProcess } from '../bench/serverProcess';
import { RUNNING_LAB, connectTerminal, seedStudents } from '../bench/students';
import { createTestDatabase } from '../support/db';
import { epochMs, type ClientWorkerData, type GoMessage, type WorkerMessage } from './protocol';

const HELP = `Usage: npm run load -- --students N --duration S [options]

  --students N      students typing at once (each their own account, socket and lab)
  --duration S      seconds measured, after a warm-up of --warmup seconds (default 5)
  --idle-labs K     first, K other students open the lab, change their cluster and leave (saved, idle)
  --url URL         load a server that is already running instead of starting one; then DATABASE_URL
                    and SESSION_SECRET must be the server's (accounts and sessions are written there),
                    and --pid PID (the server's process id, same machine) reports its memory
  --workers W       client threads (default: half the cores, 1 to 4)
  --lab ID          the lab every student opens (default ${RUNNING_LAB})
`;

const options = z.object({
  students: z.coerce.number().int().min(1).max(20_000),
  duration: z.coerce.number().positive().max(3600),
  warmup: z.coerce.number().min(0).max(600).default(5),
  'idle-labs': z.coerce.number().int().min(0).max(20_000).default(0),
  url: z.url().optional(),
  pid: z.coerce.number().int().positive().optional(),
  workers: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(Math.min(4, Math.max(1, Math.floor(os.availableParallelism() / 2)))),
  lab: z.string().min(1).default(RUNNING_LAB),
});
type Options = z.infer<typeof options>;

const KEY_PERIOD_MS = 200;
const KUBECTL_PERIOD_MS = 5000;
const KUBECTL_COMMAND = 'kubectl get pods';
const MB = 1024 * 1024;

function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}

function figure(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Number.isFinite(value) ? round(value) : null, unit })}\n`);
}

function parse(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      students: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'idle-labs': { type: 'string' },
      url: { type: 'string' },
      pid: { type: 'string' },
      workers: { type: 'string' },
      lab: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const parsed = options.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    process.stderr.write(`--${issue.path.join('.')}: ${issue.message}\n\n${HELP}`);
    process.exit(2);
  }
  return parsed.data;
}

/** The server under load: one this tool starts, or one at --url. */
interface Target {
  url: string;
  prisma: PrismaClient;
  sessionSecret: string;
  /** Resident memory; `settled` runs a full GC first (what is retained), which stalls the server: never while timing. */
  rss(options: { settled: boolean }): Promise<number>;
  close(): Promise<void>;
}

async function ownServer(): Promise<Target> {
  const db = await createTestDatabase();
  let server: ServerProcess;
  try {
    server = await startServerProcess({
      databaseUrl: db.url,
      // KUBELAB_LOAD_PROF=DIR: the server writes a CPU profile of each of its threads there when it stops.
      nodeArgs: process.env.KUBELAB_LOAD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KUBELAB_LOAD_PROF}`] : [],
    });
  } catch (err) {
    await db.drop();
    throw err;
  }
  return {
    url: server.url,
    prisma: db.prisma,
    // The child runs with NODE_ENV=test: it keys sessions with the test configuration's secret.
    sessionSecret: testConfig().sessionSecret,
    rss: ({ settled }) => server.rss({ gc: settled }),
    close: async () => {
      await server.stop();
      await db.drop();
    },
  };
}

function remoteServer(url: string, pid: number | undefined): Target {
  if (!process.env.DATABASE_URL)
    throw new Error('--url needs DATABASE_URL: the database of the server at that address');
  const prisma = createPrismaClient(process.env.DATABASE_URL, { max: 5 });
  return {
    url: url.replace(/\/$/, ''),
    prisma,
    sessionSecret: loadConfig(process.env).sessionSecret,
    rss: () => Promise.resolve(pid === undefined ? Number.NaN : procRss(pid)),
    close: () => prisma.$disconnect(),
  };
}

/** VmRSS of a process on this machine (Linux). */
function procRss(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** K students open the lab, change their cluster (so it has something to save) and leave. */
async function makeIdleLabs(target: Target, cookies: string[], labId: string): Promise<void> {
  for (let i = 0; i < cookies.length; i += 50) {
    await Promise.all(
      cookies.slice(i, i + 50).map(async (cookie) => {
        const socket = await connectTerminal(target.url, cookie, labId);
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('an idle lab did not answer in 30 s')), 30_000);
          socket.on('output', (text: string) => {
            if (!text.includes('configmap/idle created')) return;
            clearTimeout(timer);
            resolve();
          });
          socket.emit('input', 'kubectl create configmap idle --from-literal=left=yes\r');
        });
        socket.close();
      }),
    );
    if ((i / 50) % 10 === 0) progress(`${Math.min(i + 50, cookies.length)} of ${cookies.length} idle labs`);
  }
}

function startWorker(workerData: ClientWorkerData): Worker {
  const compiled = !__filename.endsWith('.ts');
  return new Worker(path.join(__dirname, compiled ? 'client.js' : 'client.ts'), {
    workerData,
    execArgv: compiled ? [] : ['--import', 'tsx'],
  });
}

function next(worker: Worker, kind: WorkerMessage['kind']): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: WorkerMessage) => {
      if (m.kind !== kind) return;
      worker.off('message', onMessage);
      resolve(m);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

async function run(opts: Options): Promise<void> {
  const target = opts.url ? remoteServer(opts.url, opts.pid) : await ownServer();
  const workers: Worker[] = [];
  try {
    progress(`server at ${target.url}; creating ${opts.students + opts['idle-labs']} students`);
    const prefix = `load-${Date.now().toString(36)}`;
    const idle = await seedStudents(target.prisma, opts['idle-labs'], {
      sessionSecret: target.sessionSecret,
      prefix: `${prefix}-idle`,
    });
    const active = await seedStudents(target.prisma, opts.students, { sessionSecret: target.sessionSecret, prefix });
    if (idle.length) await makeIdleLabs(target, idle, opts.lab);
    const rssBefore = await target.rss({ settled: true });

    const count = Math.min(opts.workers, active.length);
    const t0 = performance.now();
    for (let w = 0; w < count; w++)
      workers.push(
        startWorker({
          url: target.url,
          labId: opts.lab,
          cookies: active.filter((_, i) => i % count === w),
          keyPeriodMs: KEY_PERIOD_MS,
          kubectlPeriodMs: KUBECTL_PERIOD_MS,
          kubectlCommand: KUBECTL_COMMAND,
        }),
      );
    const connected = (await Promise.all(workers.map((w) => next(w, 'connected')))) as Extract<
      WorkerMessage,
      { kind: 'connected' }
    >[];
    const online = connected.reduce((n, m) => n + m.count, 0);
    progress(`${online} of ${opts.students} terminals ready in ${Math.round(performance.now() - t0)} ms`);
    const rssAtRest = await target.rss({ settled: true });

    const measureFrom = epochMs() + 1000 + opts.warmup * 1000;
    const go: GoMessage = { kind: 'go', measureFrom, stopAt: measureFrom + opts.duration * 1000 };
    const done = workers.map((w) => next(w, 'done'));
    for (const w of workers) w.postMessage(go);
    progress(`typing for ${opts.warmup} s of warm-up and ${opts.duration} s measured`);
    let rssPeak = rssAtRest;
    // Sampled as it is: a forced collection here would pause the server under load (50 ms every sample).
    const sampler = setInterval(
      () => void target.rss({ settled: false }).then((b) => (rssPeak = Math.max(rssPeak, b))),
      2000,
    );
    const results = (await Promise.all(done)) as Extract<WorkerMessage, { kind: 'done' }>[];
    clearInterval(sampler);
    const rssAfter = await target.rss({ settled: true });

    const echo = summarize(results.flatMap((r) => [...r.echo]));
    const kubectl = summarize(results.flatMap((r) => [...r.kubectl]));
    // A worker's 'done' list repeats its connect errors: it keeps every error of its run.
    const errors = results.flatMap((r) => r.errors);
    figure('load.students_connected', online, 'students');
    figure('load.echo_samples', echo.count, 'keystrokes');
    figure('load.echo_p50_ms', echo.p50, 'ms');
    figure('load.echo_p99_ms', echo.p99, 'ms');
    figure('load.kubectl_samples', kubectl.count, 'commands');
    figure('load.kubectl_p99_ms', kubectl.p99, 'ms');
    figure(
      'load.errors',
      results.reduce((n, r) => n + r.errorCount, 0),
      'errors',
    );
    figure('load.client_loop_delay_p99_ms', Math.max(...results.map((r) => r.loopDelayP99Ms)), 'ms');
    figure('server.rss_mb_before', rssBefore / MB, 'MB');
    figure('server.rss_mb_at_rest', rssAtRest / MB, 'MB');
    figure('server.rss_mb_peak', rssPeak / MB, 'MB');
    figure('server.rss_mb_after', rssAfter / MB, 'MB');
    figure('server.rss_kb_per_student', (rssAtRest - rssBefore) / 1024 / Math.max(1, online), 'KB');
    for (const e of errors.slice(0, 20)) progress(`error: ${e}`);
    if (Math.max(...results.map((r) => r.loopDelayP99Ms)) > 20)
      progress(
        'warning: the client threads were late (event-loop delay p99 > 20 ms): add --workers, or the machine is saturated',
      );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await target.close();
  }
}

run(parse(process.argv.slice(2))).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
