// Issue 15, isolation and limits of students' own kubectl: a kubeconfig's secret reaches exactly one sandbox; unknown,
// revoked and foreign secrets get kube-apiserver's 401 `Unauthorized` (k8s.io/apiserver pkg/endpoints/handlers/
// responsewriters/errors.go), which the real kubectl v1.32 words as on a real cluster; and the limits per kubeconfig:
// request rate (429 TooManyRequests with Retry-After, the wording of kube-apiserver's max-in-flight and APF filters),
// open watches, body size (413 as the apiserver's request body limit words it) and watch duration (the server ends a
// watch; `kubectl get -w` then exits, informer-based commands such as `kubectl wait` watch again).
import { request as httpRequest } from 'node:http';
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, LAB, loginStudent, requireRealKubectl, type Student } from './support';
import { openTerminal } from './terminal';

jest.setTimeout(60_000);

const WATCH_SECONDS = 3;
let db: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, {
    env: {
      SANDBOX_WORKERS: '0',
      KUBE_API_REQUESTS_PER_SECOND: '4',
      KUBE_API_WATCHES: '2',
      KUBE_API_WATCH_MINUTES: String(WATCH_SECONDS / 60),
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

const serverUrl = (s: Student) => /server: (\S+)/.exec(s.kubeconfig)![1]!;
const secretOf = (s: Student) => /token: (\S+)/.exec(s.kubeconfig)![1]!;
const origin = () => `http://127.0.0.1:${server.port}`;
const UNAUTHORIZED = {
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'Unauthorized',
  reason: 'Unauthorized',
  code: 401,
};

/** A request sent byte for byte (fetch would resolve `..` before sending). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('one kubeconfig, one sandbox', () => {
  let ana: Student;
  let ben: Student;
  beforeAll(async () => {
    ana = await loginStudent(server, 'ana@example.org');
    ben = await loginStudent(server, 'ben@example.org');
  });

  it('reaches its own student’s sandbox for its own lab, and no other', async () => {
    expect((await ana.kubectl(['create', 'configmap', 'anas', '--from-literal=a=b'])).stdout).toBe(
      'configmap/anas created\n',
    );
    expect((await ben.kubectl(['get', 'configmap', 'anas'])).stderr).toBe(
      'Error from server (NotFound): configmaps "anas" not found\n',
    );
    // Ana's kubeconfig for another lab is another sandbox.
    const other = await ana.agent.get('/api/labs/bin-packing/kubeconfig').expect(200);
    const otherServer = /server: (\S+)/.exec(other.text)![1]!;
    expect((await fetch(`${otherServer}/api/v1/namespaces/default/configmaps/anas`)).status).toBe(404);
    expect((await ana.kubectl(['get', 'configmap', 'anas', '-o', 'name'])).stdout).toBe('configmap/anas\n');
  });

  it('a path prefix never reaches another prefix’s sandbox', async () => {
    // Ana's secret in the path with Ben's as the bearer token: refused, not served as either.
    const mixed = await fetch(`${serverUrl(ana)}/api/v1/namespaces/default/configmaps`, {
      headers: { authorization: `Bearer ${secretOf(ben)}` },
    });
    expect(mixed.status).toBe(401);
    expect(await mixed.json()).toEqual(UNAUTHORIZED);
    // Walking out of Ana's prefix into Ben's: the prefix decides, and what follows is no Kubernetes path.
    const walk = await rawGet(`/clusters/${secretOf(ana)}/../${secretOf(ben)}/api/v1/namespaces/default/configmaps`);
    expect(walk.body).not.toContain('"ConfigMapList"');
    const encoded = await rawGet(`/clusters/${secretOf(ana)}%2F..%2F${secretOf(ben)}/api/v1/configmaps`);
    expect(encoded.status).toBe(401);
    // At the root, the bearer token names the sandbox: Ben's token sees Ben's configmaps only.
    const ben1 = await fetch(`${origin()}/api/v1/namespaces/default/configmaps`, {
      headers: { authorization: `Bearer ${secretOf(ben)}` },
    });
    expect(ben1.status).toBe(200);
    expect(await ben1.text()).not.toContain('"anas"');
  });

  it('unknown and revoked secrets get 401 Unauthorized, worded by kubectl as for a real cluster', async () => {
    const cara = await loginStudent(server, 'cara@example.org');
    expect((await cara.kubectl(['get', 'pods'])).code).toBe(0);
    for (const path of [`/clusters/klc_${'x'.repeat(43)}/api/v1/pods`, '/clusters/not-a-secret/api', '/clusters/']) {
      const res = await fetch(`${origin()}${path}`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(UNAUTHORIZED);
    }
    // A wrong secret with no discovery cached: kubectl's discovery gets the 401 first and words it so.
    const wrong = await cara.kubectl(['get', 'pods', '--server', `${origin()}/clusters/klc_${'x'.repeat(43)}`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /memcache\.go:\d+\] "Unhandled Error" err="couldn't get current server API group list: the server has asked for the client to provide credentials"\n/,
    );
    expect(wrong.stderr).toMatch(
      /\nerror: You must be logged in to the server \(the server has asked for the client to provide credentials\)\n$/,
    );
    await cara.agent.delete(`/api/labs/${LAB}/kubeconfig`).set('x-csrf-token', cara.csrf).expect(204);
    const revoked = await cara.kubectl(['get', 'pods']);
    expect(revoked.code).toBe(1);
    // Discovery is cached from before: the list request gets the 401.
    expect(revoked.stderr).toBe('error: You must be logged in to the server (Unauthorized)\n');
    const raw = await fetch(`${serverUrl(cara)}/api/v1/pods`);
    expect(raw.status).toBe(401);
    expect(await raw.json()).toEqual(UNAUTHORIZED);
  });
});

describe('limits per kubeconfig', () => {
  it('request rate: 429 TooManyRequests with Retry-After, as kube-apiserver’s flow control answers', async () => {
    const dan = await loginStudent(server, 'dan@example.org');
    // 4 per second, a burst of 20: the 21st request at once is refused.
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => fetch(`${serverUrl(dan)}/api/v1/namespaces/default/pods?limit=1`)),
    );
    const refused = answers.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(await refused[0]!.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Too many requests, please try again later.',
      reason: 'TooManyRequests',
      details: { retryAfterSeconds: 1 },
      code: 429,
    });
    // client-go waits the Retry-After and tries again: the real kubectl still gets its answer.
    const patient = await dan.kubectl(['get', 'pods', '-o', 'name']);
    expect(patient.code).toBe(0);
  });

  it('open watches: beyond the limit a watch is refused with 429 until one closes', async () => {
    const eve = await loginStudent(server, 'eve@example.org');
    const watchUrl = `${serverUrl(eve)}/api/v1/namespaces/default/pods?watch=true`;
    const open = [new AbortController(), new AbortController()];
    const streams = await Promise.all(open.map((c) => fetch(watchUrl, { signal: c.signal })));
    expect(streams.map((s) => s.status)).toEqual([200, 200]);
    const third = await fetch(watchUrl);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('5');
    expect(((await third.json()) as { message: string }).message).toBe(
      'too many open watches for this kubeconfig (limit 2)',
    );
    open[0]!.abort();
    // The server releases the slot when it sees the connection close: a watch opens again then.
    const reopened = new AbortController();
    let again = 0;
    for (let i = 0; i < 50 && again !== 200; i++) {
      again = (await fetch(watchUrl, { signal: reopened.signal })).status;
      if (again !== 200) await new Promise((res) => setTimeout(res, 100));
    }
    expect(again).toBe(200);
    reopened.abort();
    open[1]!.abort();
  });

  it('body size: 413 "Request entity too large: limit is 3145728"', async () => {
    const fay = await loginStudent(server, 'fay@example.org');
    const big = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'big' },
      data: { blob: 'x'.repeat(3 * 1024 * 1024) },
    });
    const res = await fetch(`${serverUrl(fay)}/api/v1/namespaces/default/configmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Request entity too large: limit is 3145728',
      reason: 'RequestEntityTooLarge',
      code: 413,
    });
  });

  it('watch duration: the server ends a watch after its timeout; get -w exits, kubectl wait watches again', async () => {
    const gus = await loginStudent(server, 'gus@example.org');
    const watch = gus.spawnKubectl(['get', 'configmaps', '-w']);
    const exited = new Promise<number | null>((resolve) => watch.child.on('exit', resolve));
    // get.go's UntilWithoutRetry: a watch the server closes ends the command, quietly and successfully.
    expect(await exited).toBe(0);
    expect(watch.out()).toMatch(/^NAME +DATA +AGE\nkube-root-ca\.crt +1 +\S+\n$/);
    // `kubectl wait` runs an informer: past the server's timeout it lists and watches again, and sees the delete.
    await gus.kubectl(['create', 'configmap', 'later', '--from-literal=a=b']);
    const waiting = gus.spawnKubectl(['wait', '--for=delete', 'configmap/later', '--timeout=30s']);
    const done = new Promise<number | null>((resolve) => waiting.child.on('exit', resolve));
    await new Promise((r) => setTimeout(r, (WATCH_SECONDS + 2) * 1000));
    const terminal = await openTerminal(server.port, LAB, gus.cookie);
    try {
      expect(await terminal.run('kubectl delete configmap later')).toBe('configmap "later" deleted\n');
    } finally {
      terminal.close();
    }
    expect(await done).toBe(0);
    expect(waiting.out()).toBe('configmap/later condition met\n');
  });
});
