// Issue 15 with sandboxes in a worker thread (the production layout): the real kubectl's requests, watches and
// writes travel to the worker holding the student's sandbox and back; a write is in the lab's journal (PostgreSQL)
// before kubectl is told it happened.
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, eventually, LAB, loginStudent, requireRealKubectl, type Student } from './support';

jest.setTimeout(120_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  // A long snapshot debounce: what is saved at once is the journal entry, not a checkpoint.
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '1', SNAPSHOT_DEBOUNCE_MS: '600000' } });
  sam = await loginStudent(server, 'sam@example.org');
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('get, run (journaled before the answer), get -w and logs through the worker', async () => {
  const pods = await sam.kubectl(['get', 'pods']);
  expect(pods.stderr).toBe('');
  expect(pods.stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nhello-/);

  const watch = sam.spawnKubectl(['get', 'pods', '-w', '-l', 'run=durable']);
  try {
    expect(
      (await sam.kubectl(['run', 'durable', '--image=busybox', '--', 'sh', '-c', 'echo ready; sleep 3600'])).stdout,
    ).toBe('pod/durable created\n');
    const journal = await db.prisma.labJournalEntry.findMany({ where: { userId: sam.userId, labId: LAB } });
    expect(journal.some((row) => JSON.stringify(row.data).includes('"name":"durable"'))).toBe(true);
    await eventually(
      () => /durable\s+\d\/1\s+\w+/.test(watch.out()),
      () => `get -w printed: ${watch.out()}`,
    );
  } finally {
    watch.child.kill();
  }
  await sam.kubectl(['wait', '--for=condition=Ready', 'pod/durable', '--timeout=60s']);
  expect((await sam.kubectl(['logs', 'durable'])).stdout).toBe('ready\n');
});

it('limits per kubeconfig: a body over the limit is 413 as kube-apiserver words it', async () => {
  const base = /server: (\S+)/.exec(sam.kubeconfig)![1]!;
  const big = JSON.stringify({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'big' },
    data: { a: 'x'.repeat(3 * 1024 * 1024) },
  });
  const res = await fetch(`${base}/api/v1/namespaces/default/configmaps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: big,
  });
  expect(res.status).toBe(413);
  expect(await res.json()).toMatchObject({
    kind: 'Status',
    reason: 'RequestEntityTooLarge',
    message: 'Request entity too large: limit is 3145728',
    code: 413,
  });
});
