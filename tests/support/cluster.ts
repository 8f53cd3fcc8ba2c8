// Several real kubelab processes on this machine behind nginx (as `kubelab serve` runs them), for the scale-out
// system test: start, kill -9, drain (SIGTERM) and restart one process under its instance id and port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxConfig } from '../../server/src/cli/proxyConfig';

const ROOT = path.resolve(__dirname, '../..');

/** Free loopback ports (bound once and released; nothing else on this machine hands them out meanwhile). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve) => {
          const s = createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export class KubelabProcess {
  child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly instance: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts the server (one process: SIGKILL kills the server itself) and resolves once it listens. */
  start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), KUBELAB_INSTANCE: this.instance },
    });
    this.child = child;
    this.output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.instance} did not start:\n${this.output}`)), 90_000);
      child.stdout?.on('data', (d: Buffer) => {
        this.output += d.toString();
        if (this.output.includes('kubelab listening on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.instance} exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** The error lines of its log (JSON lines: pino's level 50 and up), from its latest start. */
  errors(): string[] {
    return this.output.split('\n').filter((line) => /"level":(5\d|60)/.test(line));
  }

  /** kill -9: no save, no release, no goodbye. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** A graceful stop (a rolling update's SIGTERM): drains, saves, gives its leases back. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}

/** Debian's nginx with kubelab's generated configuration, in a temporary directory. */
export class Nginx {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-test-nginx-'));

  constructor(
    readonly port: number,
    upstreams: number[],
  ) {
    const config = nginxConfig({
      listen: `127.0.0.1:${port}`,
      upstreams: upstreams.map((p) => `127.0.0.1:${p}`),
      runDir: this.dir,
      ...(process.getuid?.() === 0 ? { user: 'root' } : {}),
    });
    writeFileSync(path.join(this.dir, 'nginx.conf'), config);
  }

  /** Checks the configuration (nginx -t), then runs nginx until `stop`. */
  async start(): Promise<void> {
    const args = ['-c', path.join(this.dir, 'nginx.conf'), '-p', this.dir];
    const test = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t failed: ${test.error?.message ?? test.stderr}`);
    this.child = spawn('nginx', args, { stdio: 'ignore' });
    // Up once it answers (the upstreams may still be starting: any answer will do).
    for (let i = 0; i < 200; i++) {
      const up = await fetch(`http://127.0.0.1:${this.port}/healthz`).then(
        () => true,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('nginx did not start');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
