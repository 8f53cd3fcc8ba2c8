// `kubelab kubeconfig --email EMAIL --lab LAB`: the operator's way to the file the lab page hands out; the real kubectl
// (v1.32 on the PATH) works with it on the student's cluster, the one the running server serves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../server/src/main';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { kubelab } from '../support/kubelabCli';
import { startSystemServer } from '../support/systemServer';
import { kubectlIn, LAB, requireRealKubectl } from './support';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '0' } });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

it('prints a kubeconfig the real kubectl uses on the student’s cluster; an unknown lab is an error', async () => {
  await createUser(db.prisma, SYSTEM_ACTOR, { email: 'kim@example.org', name: 'Kim', role: 'student' });
  const env = { DATABASE_URL: db.url, NODE_ENV: 'test' };
  const origin = `http://127.0.0.1:${server.port}`;
  const issued = await kubelab(['kubeconfig', '--email', 'kim@example.org', '--lab', LAB, '--server', origin], env);
  expect(issued.code).toBe(0);
  expect(issued.stdout).toMatch(
    new RegExp(
      `^apiVersion: v1\\nkind: Config\\nclusters:\\n  - name: kubelab-${LAB}\\n    cluster:\\n      server: ${origin.replace(/\./g, '\\.')}/clusters/klc_`,
    ),
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'kubelab-cli-kubeconfig-'));
  writeFileSync(path.join(dir, 'kubeconfig'), issued.stdout);
  const kubectl = kubectlIn(dir, path.join(dir, 'kubeconfig'));
  const deployments = await kubectl.run(['get', 'deployments', '-o', 'name']);
  expect(deployments).toEqual({ code: 0, stdout: 'deployment.apps/hello\n', stderr: '' });
  expect(await db.prisma.auditLog.count({ where: { action: 'kubeconfig.issued' } })).toBe(1);

  const noLab = await kubelab(['kubeconfig', '--email', 'kim@example.org', '--lab', 'no-such-lab'], env);
  expect(noLab).toMatchObject({ code: 1, stderr: 'error: Lab not found.\n' });
});
