// `kubelab serve --workers N`: N server processes behind Debian's nginx on one machine. The proxy answers, each
// process registers its heartbeat under its own instance id, a socket reaches the process its route hashes to, and
// SIGTERM stops everything (labs saved, leases and heartbeats given back).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePorts, until } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { kubelab } from '../support/kubelabCli';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** A base port whose next two are free too (the processes listen on PORT+1 … PORT+N). */
async function consecutivePorts(count: number): Promise<number> {
  for (;;) {
    const [base] = await freePorts(1);
    const taken = await freePorts(count + 8);
    if (base! + count < 65535 && !taken.some((p) => p > base! && p <= base! + count)) return base!;
  }
}

it('prints the nginx configuration it runs, hashing terminal sockets on their route', async () => {
  const run = await kubelab(['serve', '--workers', '3', '--print-nginx-config'], {
    DATABASE_URL: db.url,
    PORT: '4100',
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('hash $arg_route consistent;');
  for (const port of [4101, 4102, 4103]) expect(run.stdout).toContain(`server 127.0.0.1:${port} `);
  expect(run.stdout).not.toContain('server 127.0.0.1:4104');
});

it('refuses to run several processes without a shared database', async () => {
  const run = await kubelab(['serve', '--workers', '2'], { DATABASE_URL: '' });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('DATABASE_URL is required');
});

it('runs 2 processes behind nginx and stops them all on SIGTERM', async () => {
  const port = await consecutivePorts(2);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', 'serve', '--workers', '2'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      CLIENT_DIST: '/nonexistent',
      SANDBOX_WORKERS: '1',
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  try {
    await until(() => (output.match(/kubelab listening on/g) ?? []).length === 2, `2 processes:\n${output}`, 120_000);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const instances = await db.prisma.serverInstance.findMany({ select: { id: true } });
    expect(instances.map((i) => i.id.replace(/^.*-/, '')).sort()).toEqual(['1', '2']);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(await db.prisma.serverInstance.count()).toBe(0);
});
