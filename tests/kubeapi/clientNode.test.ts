// Issue 15 with a second real client: the official @kubernetes/client-node (1.4: 2.x needs Node 22; its own HTTP and WebSocket code)
// lists pods, watches a pod the student creates in the browser's terminal appear, and execs a command, against a
// running kubelab with sandboxes in a worker thread.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { RunningServer } from '../../server/src/main';
import { TerminalClient } from '../realtime/support/harness';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSystemServer } from '../support/systemServer';
import { cleanUp, eventually, LAB, loginStudent, type Student } from './support';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: RunningServer;
let sam: Student;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startSystemServer(db, { env: { SANDBOX_WORKERS: '1' } });
  sam = await loginStudent(server, 'sam@example.org');
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  cleanUp();
});

it('client-node lists, watches what the browser terminal creates, and execs', async () => {
  const probe = spawn(process.execPath, [
    '--import',
    'tsx',
    path.join(__dirname, 'clientNodeProbe.mts'),
    sam.kubeconfigPath,
    'from-browser',
  ]);
  let out = '';
  let err = '';
  probe.stdout.on('data', (d: Buffer) => (out += d.toString()));
  probe.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => probe.on('exit', resolve));
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const terminal = new TerminalClient(`http://127.0.0.1:${server.port}`, { labId: LAB }, sam.cookie);
  try {
    await eventually(
      () => lines().some((l) => l.watching),
      () => `probe: ${out} ${err}`,
    );
    await terminal.opened();
    await terminal.waitFor('$ ', 15_000);
    terminal.type('kubectl run from-browser --image=nginx:1.27\r');
    await terminal.waitFor('pod/from-browser created', 15_000);
    expect(await exited).toBe(0);
  } finally {
    terminal.close();
    probe.kill();
  }
  const [list, , event, exec] = lines();
  const pods = list!.listed as string[];
  expect(pods.some((name) => name.startsWith('hello-'))).toBe(true);
  expect(event).toEqual({ event: { type: 'ADDED', name: 'from-browser', image: 'nginx:1.27' } });
  expect(exec).toEqual({
    exec: {
      pod: pods[0],
      stdout: `${pods[0]}\n`,
      stderr: '',
      // client-node hands over the Status of channel 3 as kube-apiserver's stream translator sent it.
      status: {
        metadata: {},
        status: 'Failure',
        message: 'command terminated with non-zero exit code: command terminated with exit code 4',
        reason: 'NonZeroExitCode',
        details: { causes: [{ reason: 'ExitCode', message: '4' }] },
      },
    },
  });
});
