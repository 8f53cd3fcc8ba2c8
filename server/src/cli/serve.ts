// kubelab serve --workers N: N server processes on one machine behind nginx (README, "Scaling and deployment").
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseFlags, validateFlags } from './args.js';
import { UsageError, write, type CliCommand, type CliIo } from './command.js';
import { nginxConfig } from './proxyConfig.js';

const flagsSchema = z.object({
  workers: z.coerce.number().int().min(1).max(64),
  nginx: z.string().min(1).default('nginx'),
  'print-nginx-config': z.boolean().default(false),
});

/** A crashed process is started again after this pause (under the same instance id: it takes its labs back). */
const RESTART_DELAY_MS = 1000;

export const serve: CliCommand = {
  help: `Usage: kubelab serve --workers N [--nginx PATH] [--print-nginx-config]

Runs N kubelab server processes on this machine behind nginx, for a machine too big for one process
(one process serves a few hundred active students; see README, "Scaling and deployment"). nginx
listens on PORT (default 3000) and routes each student's terminals to the process holding their labs;
the processes listen on PORT+1 … PORT+N on 127.0.0.1, share DATABASE_URL (required), own labs
through leases in PostgreSQL and share dashboards through socket.io's PostgreSQL adapter. A process
that crashes is started again; SIGTERM stops them all, each saving its labs first.

Each process gets SANDBOX_WORKERS = cores / N (at least 1) unless you set it. --print-nginx-config
prints the configuration instead (for an nginx you run yourself) and exits.

Example:
  DATABASE_URL=postgresql://kubelab@db:5432/kubelab npm run kubelab -- serve --workers 3`,

  async run(args, io) {
    const flags = validateFlags(
      flagsSchema,
      parseFlags(args, {
        workers: { type: 'string' },
        nginx: { type: 'string' },
        'print-nginx-config': { type: 'boolean' },
      }),
    );
    const port = Number(io.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 1 || port + flags.workers > 65535)
      throw new UsageError(`PORT: must leave room for ${flags.workers} more ports after it`);
    const listen = `${io.env.HOST ?? '0.0.0.0'}:${port}`;
    const upstreams = Array.from({ length: flags.workers }, (_, i) => `127.0.0.1:${port + 1 + i}`);
    const print = flags['print-nginx-config'];
    if (!print && !io.env.DATABASE_URL)
      throw new UsageError('DATABASE_URL is required: every process must share one database');
    if (!print && spawnSync(flags.nginx, ['-v']).error)
      throw new UsageError(`nginx not found (${flags.nginx}): install it (apt-get install nginx) or pass --nginx PATH`);
    // Printed for an operator's nginx: a fixed directory for its files (create it, writable by nginx).
    const runDir = print
      ? path.join(os.tmpdir(), 'kubelab-nginx')
      : mkdtempSync(path.join(os.tmpdir(), 'kubelab-nginx-'));
    const config = nginxConfig({ listen, upstreams, runDir, ...(process.getuid?.() === 0 ? { user: 'root' } : {}) });
    if (print) {
      write(io.stdout, config);
      return 0;
    }
    writeFileSync(path.join(runDir, 'nginx.conf'), config);
    return runAll(flags.workers, port, flags.nginx, runDir, io);
  },
};

async function runAll(workers: number, port: number, nginx: string, runDir: string, io: CliIo): Promise<number> {
  const sandboxWorkers = io.env.SANDBOX_WORKERS ?? String(Math.max(1, Math.floor(os.availableParallelism() / workers)));
  const children: (ChildProcess | null)[] = Array.from({ length: workers }, () => null);
  let stopping = false;
  const startServer = (i: number) => {
    const env = {
      ...io.env,
      PORT: String(port + 1 + i),
      HOST: '127.0.0.1',
      KUBELAB_INSTANCE: `${os.hostname()}-${i + 1}`,
      CLUSTER_ADAPTER: io.env.CLUSTER_ADAPTER ?? 'postgres',
      TRUST_PROXY: io.env.TRUST_PROXY ?? '1',
      SANDBOX_WORKERS: sandboxWorkers,
      PUBLIC_URL: io.env.PUBLIC_URL ?? `http://localhost:${port}`,
    };
    const child = spawn(process.execPath, serverArgs(), { env, stdio: ['ignore', 'inherit', 'inherit'] });
    children[i] = child;
    child.on('exit', (code, signal) => {
      children[i] = null;
      if (stopping) return;
      write(io.stderr, `kubelab serve: process ${i + 1} exited (${signal ?? code}); starting it again`);
      setTimeout(() => startServer(i), RESTART_DELAY_MS).unref();
    });
  };
  for (let i = 0; i < workers; i++) startServer(i);
  const proxy = spawn(nginx, ['-c', path.join(runDir, 'nginx.conf'), '-p', runDir], { stdio: 'inherit' });
  write(
    io.stdout,
    `kubelab serve: nginx on port ${port} in front of ${workers} processes (ports ${port + 1}-${port + workers})`,
  );
  const exited = (child: ChildProcess) =>
    new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
  return new Promise<number>((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      const live = children.filter((c): c is ChildProcess => c !== null);
      for (const child of live) child.kill('SIGTERM');
      void Promise.all(live.map(exited)).then(async () => {
        proxy.kill('SIGQUIT');
        await exited(proxy);
        rmSync(runDir, { recursive: true, force: true });
        resolve(0);
      });
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    proxy.once('exit', (code) => {
      if (stopping) return;
      write(io.stderr, `kubelab serve: nginx exited (${code}); stopping`);
      stop();
    });
  });
}

/** The server's entry point, compiled or (from a checkout) through tsx. */
function serverArgs(): string[] {
  const ext = path.extname(__filename);
  const main = path.join(__dirname, '..', `main${ext}`);
  return ext === '.ts' ? ['--import', 'tsx', main] : [main];
}
