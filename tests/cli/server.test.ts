// The server's entry point as `npm start` runs it: starts on a fresh database, migrates, seeds demo data,
// answers /healthz and /readyz, and exits 0 on SIGTERM.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { createEmptyDatabase } from '../support/db';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

jest.setTimeout(90_000);

let db: Awaited<ReturnType<typeof createEmptyDatabase>>;
beforeAll(async () => {
  db = await createEmptyDatabase();
});
afterAll(() => db.drop());

function startServer(env: NodeJS.ProcessEnv): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  port: Promise<number>;
  exit: Promise<number | null>;
} {
  const child = spawn(TSX, ['server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CLIENT_DIST: '/nonexistent', ...env },
  });
  let out = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, port, exit };
}

it('starts, migrates, seeds the demo cohort once, serves health checks, and stops cleanly on SIGTERM', async () => {
  const server = startServer({ DATABASE_URL: db.url, NODE_ENV: 'development' });
  const port = await server.port;
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
  expect(await ready.json()).toEqual({ status: 'ready', database: 'up', saves: 'ok' });
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'student@kubelab.local', password: 'kubelab-demo' }),
  });
  expect(login.status).toBe(200);
  expect(server.output()).toMatch(/applied migration \d{14}_init/);
  expect(server.output()).toContain(`open http://localhost:${port} and log in as:`);
  expect(server.output()).toMatch(/join code: [A-Z2-9]{4}-[A-Z2-9]{4}/);

  server.child.kill('SIGTERM');
  expect(await server.exit).toBe(0);
  expect(server.output()).toContain('SIGTERM: shutting down');

  // A second start finds the database up to date and the demo data already there, and says the logins again.
  const joinCode = /join code: ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(server.output())![1]!;
  const again = startServer({ DATABASE_URL: db.url, NODE_ENV: 'development' });
  const againPort = await again.port;
  // The logins follow the address line, perhaps in a later chunk of the pipe.
  const printed = `join code: ${joinCode}`;
  for (let i = 0; i < 100 && !again.output().includes(printed); i++) await new Promise((r) => setTimeout(r, 50));
  expect(again.output()).not.toContain('applied migration');
  expect(again.output()).toContain(`open http://localhost:${againPort} and log in as:`);
  expect(again.output()).toContain(printed);
  again.child.kill('SIGINT');
  expect(await again.exit).toBe(0);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM cohorts');
  await client.end();
  expect(rows[0]!.n).toBe('1');
});

it('refuses to start with an invalid configuration, saying why', async () => {
  const server = startServer({ NODE_ENV: 'production', DATABASE_URL: db.url });
  await expect(server.port).rejects.toThrow(/SESSION_SECRET: is required when NODE_ENV=production/);
  expect(await server.exit).toBe(1);
});
