/**
 * The Kubernetes API of a sandbox (issue 15), measured from outside through the real server (one sandbox worker):
 * `kubeapi.get_pods_100_ms`, the wall time of the real `kubectl get pods` with 100 pods and a warm discovery cache
 * (median of 15), and `kubeapi.get_pods_table_rps`, requests per second for `GET …/pods` as a Table (100 pods) from
 * 4 concurrent clients for 3 seconds: one student's sandbox, answered by one worker thread (one core).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start } from '../../server/src/main';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase } from '../support/db';
import type { Figure } from './sim';

const LAB = 'kubectl-first-day';
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

function kubectl(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('kubectl', args, (err, _out, stderr) =>
      err ? reject(new Error(`kubectl failed: ${stderr}`)) : resolve(),
    ),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchKubeApi(log: (line: string) => void = () => undefined): Promise<Figure[]> {
  const db = await createTestDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), 'kubelab-bench-kubeapi-'));
  const server = await start({
    log: () => undefined,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: '0',
      CLIENT_DIST: '/nonexistent',
      LOG_LEVEL: 'silent',
      SANDBOX_WORKERS: '1',
      KUBE_API_REQUESTS_PER_SECOND: '10000',
    },
  });
  try {
    const { user } = await createUser(db.prisma, SYSTEM_ACTOR, {
      email: 'bench@example.org',
      name: 'Bench',
      role: 'student',
      password: 'correct horse battery',
    });
    const origin = `http://127.0.0.1:${server.port}`;
    const kubeconfig = await server.services.kubeApi.issue(
      { id: user.id, email: user.email, name: user.name, role: user.role },
      LAB,
      origin,
    );
    const file = path.join(dir, 'kubeconfig');
    writeFileSync(file, kubeconfig);
    const base = /server: (\S+)/.exec(kubeconfig)![1]!;
    log('creating 100 pods');
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${base}/api/v1/namespaces/default/pods`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: `bench-${i}` },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        }),
      });
      if (res.status !== 201) throw new Error(`creating a pod: ${res.status} ${await res.text()}`);
    }
    const args = ['--kubeconfig', file, '--cache-dir', path.join(dir, 'cache'), 'get', 'pods'];
    await kubectl(args); // warms the discovery cache
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await kubectl(args);
      times.push(performance.now() - t0);
    }
    log('GET pods as Table, 4 clients, 3 s');
    let count = 0;
    const until = performance.now() + 3000;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() < until) {
          const res = await fetch(`${base}/api/v1/namespaces/default/pods?limit=500`, { headers: { accept: TABLE } });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`GET pods: ${res.status}`);
          count++;
        }
      }),
    );
    return [
      { name: 'kubeapi.get_pods_100_ms', value: median(times), unit: 'ms' },
      { name: 'kubeapi.get_pods_table_rps', value: count / 3, unit: 'req/s' },
    ];
  } finally {
    await server.stop();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
