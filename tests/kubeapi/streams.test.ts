// Issue 15, the streaming subresources, with the real kubectl v1.32 (which speaks WebSockets for exec, attach and cp,
// and SPDY tunnelled in a WebSocket for port-forward) against a student's sandbox in a worker thread: commands run in
// the same container shells as the browser's `kubectl exec`, exit codes and kube-apiserver's errors come back as
// kubectl prints them for a real cluster (k8s.io/apiserver proxy/streamtranslator.go, client-go remotecommand/v4.go).
import type { RunningServer } from '../../server/src/main';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, loginStudent, requireRealKubectl, type Student } from './support';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
let pod: string;
beforeAll(async () => {
  requireRealKubectl();
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '1' } });
  sam = await loginStudent(server, 'sam@example.org');
  const pods = await sam.kubectl(['get', 'pods', '-l', 'app=hello', '-o', 'jsonpath={.items[0].metadata.name}']);
  pod = pods.stdout;
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('exec runs a command in the container and propagates its output and exit code', async () => {
  const hostname = await sam.kubectl(['exec', pod, '--', 'hostname']);
  expect(hostname).toEqual({ code: 0, stdout: `${pod}\n`, stderr: '' });
  const script = await sam.kubectl(['exec', pod, '-c', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']);
  expect(script.code).toBe(3);
  expect(script.stdout).toContain('out\n');
  expect(script.stderr).toContain('command terminated with exit code 3\n');
});
