// Sandboxes run in worker threads under a watchdog: through the real start(), a command that never yields (the
// test-only hang hook) gets its worker replaced within seconds; the other student on that worker is told, reconnects
// and finds everything acknowledged; the command is quarantined in its lab and logged with the sandbox id.
import { Writable } from 'node:stream';
import { createLogger } from '../../server/src/logger';
import type { RunningServer } from '../../server/src/main';
import { startSystemServer } from '../support/systemServer';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { TerminalClient } from '../realtime/support/harness';
import { createTestDatabase, testDb, type TestDatabase } from '../support/db';

jest.setTimeout(90_000);

const LAB = 'kubectl-first-day';
const PROMPT = '@minikube';

let db: TestDatabase;
let server: RunningServer;
let url: string;
const logLines: string[] = [];
const clients: TerminalClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  server = await startSystemServer(db, {
    // One worker: both students share it, so the hang reaches the other one too.
    env: { SANDBOX_WORKERS: '1', SANDBOX_WATCHDOG_MS: '1000' },
    sandboxTestHooks: true,
    logger: createLogger({ level: 'info', destination: sink }),
  });
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
  await db.drop();
});

async function student(email: string): Promise<{ id: string; cookie: string }> {
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, {
    email,
    name: 'student',
    role: 'student',
    password: 'correct horse battery',
  });
  const session = await server.services.sessions.create(user.id);
  return { id: user.id, cookie: `${SESSION_COOKIE}=${session.token}` };
}

async function open(cookie: string): Promise<TerminalClient> {
  const c = new TerminalClient(url, { labId: LAB }, cookie);
  clients.push(c);
  await c.opened();
  await c.waitFor(PROMPT, 20_000);
  return c;
}

const prompts = (c: TerminalClient) => c.text.split(PROMPT).length - 1;

it('replaces a hung worker, restores its labs with nothing acknowledged lost, and quarantines the command', async () => {
  const [ann, ben] = await Promise.all([student('ann@example.org'), student('ben@example.org')]);
  const other = await open(ann.cookie);
  const before = prompts(other);
  other.type('kubectl create configmap acknowledged --from-literal=a=1\r');
  await other.waitFor('configmap/acknowledged created', 10_000);
  await waitFor(() => prompts(other) > before, 'the prompt after the change');

  const attacker = await open(ben.cookie);
  attacker.type('kubelab-test-hang\r');

  // Both tabs on the worker are told, and asked to reconnect.
  await waitFor(() => other.closing !== null && attacker.closing !== null, 'the watchdog', 15_000);
  expect(other.closing).toEqual({ reason: expect.stringContaining('restarted') as unknown, retry: true });

  const back = await open(ann.cookie);
  expect(back.text).toContain('Your lab stopped answering and was restarted');
  back.type('kubectl get configmap acknowledged -o name\r');
  await back.waitFor('configmap/acknowledged\r\n', 10_000);

  const again = await open(ben.cookie);
  expect(again.text).toContain('`kubelab-test-hang` stopped the lab and is now blocked here');
  again.type('kubelab-test-hang\r');
  await again.waitFor('is blocked in this lab', 10_000);
  // The new worker still answers.
  again.type("echo st''ill-alive\r");
  await again.waitFor('still-alive', 10_000);

  const replaced = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.worker === 0);
  expect(replaced).toEqual([
    expect.objectContaining({
      reason: 'unresponsive',
      culprit: { userId: ben.id, labId: LAB, line: 'kubelab-test-hang' },
    }),
  ]);
  expect(logLines.some((l) => l.includes(`sandbox ${ben.id}/${LAB}`))).toBe(true);
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
