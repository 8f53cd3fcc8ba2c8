// The real kubectl (v1.32 on the PATH) against a running kubelab: a logged-in student downloads a kubeconfig for a
// lab from the HTTP API and runs kubectl with it, as on their own laptop.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { RunningServer } from '../../server/src/main';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { testDb } from '../support/db';

export const LAB = 'kubectl-first-day';
const PASSWORD = 'correct horse battery';

/** Fails (never skips) when the machine has no kubectl: these tests are about the real one. */
export function requireRealKubectl(): void {
  const found = (process.env.PATH ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, 'kubectl')));
  if (!found) {
    throw new Error(
      'The real kubectl (v1.32) must be on the PATH for tests/kubeapi: install it from https://kubernetes.io/docs/tasks/tools/ ' +
        '(or `apt-get install kubectl` from the Kubernetes apt repository) and run the tests again.',
    );
  }
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Student {
  userId: string;
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  cookie: string;
  /** Runs the real kubectl with this student's kubeconfig. */
  kubectl(args: string[], input?: string, env?: Record<string, string>): Promise<KubectlResult>;
  /** Starts a long-running kubectl (`get -w`, `logs -f`); its output accumulates in `out()`. */
  spawnKubectl(args: string[]): { child: ChildProcess; out(): string };
  kubeconfigPath: string;
  kubeconfig: string;
}

/** Temporary folders to remove after the file's tests. */
const dirs: string[] = [];
export function cleanUp(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function kubectlIn(dir: string, kubeconfigPath: string) {
  const base = ['--kubeconfig', kubeconfigPath, '--cache-dir', path.join(dir, 'cache')];
  const env = { ...process.env, HOME: process.env.HOME ?? dir, KUBECONFIG: kubeconfigPath };
  return {
    run(args: string[], input?: string, extraEnv: Record<string, string> = {}): Promise<KubectlResult> {
      return new Promise((resolve) => {
        const options = { env: { ...env, ...extraEnv }, timeout: 60_000 };
        const child = execFile('kubectl', [...base, ...args], options, (err, stdout, stderr) => {
          const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
          resolve({ code, stdout, stderr });
        });
        if (input !== undefined) child.stdin?.end(input);
      });
    },
    spawn(args: string[]) {
      const child = spawn('kubectl', [...base, ...args], { env });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      return { child, out: () => out };
    },
  };
}

export async function loginStudent(server: RunningServer, email: string, lab = LAB): Promise<Student> {
  const url = `http://127.0.0.1:${server.port}`;
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, {
    email,
    name: email,
    role: 'student',
    password: PASSWORD,
  });
  const agent = request.agent(url);
  const res = await agent.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
  const download = await agent.get(`/api/labs/${lab}/kubeconfig`).expect(200);
  const dir = mkdtempSync(path.join(tmpdir(), 'kubelab-kubectl-'));
  dirs.push(dir);
  const kubeconfigPath = path.join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, download.text);
  const k = kubectlIn(dir, kubeconfigPath);
  return {
    userId: user.id,
    agent,
    csrf: (res.body as { csrfToken: string }).csrfToken,
    cookie: cookie.split(';')[0]!,
    kubectl: (args, input, env) => k.run(args, input, env),
    spawnKubectl: (args) => k.spawn(args),
    kubeconfigPath,
    kubeconfig: download.text,
  };
}

/** Waits until `test` holds (polling), failing with `describe()` after `timeoutMs`. */
export async function eventually(test: () => boolean, describe: () => string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > until) throw new Error(describe());
    await new Promise((r) => setTimeout(r, 50));
  }
}
