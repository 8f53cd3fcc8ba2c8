// The terminal's per-user limits as configured through the environment, through the real start() and shell.
import type { RunningServer } from '../../server/src/main';
import { startSystemServer } from '../support/systemServer';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { TerminalClient } from '../realtime/support/harness';
import { createTestDatabase, testDb, type TestDatabase } from '../support/db';

jest.setTimeout(60_000);

const LAB = 'minikube-basics';

let db: TestDatabase;
let server: RunningServer;
let url: string;
const clients: TerminalClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startSystemServer(db, {
    env: { TERMINAL_INPUT_MAX_BYTES: '100', TERMINAL_SOCKETS_PER_LAB: '2', TERMINAL_CONNECTS_PER_MINUTE: '5' },
  });
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.stop();
  await db.drop();
});

async function student(email: string): Promise<string> {
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, {
    email,
    name: 'student',
    role: 'student',
    password: 'correct horse battery',
  });
  const session = await server.services.sessions.create(user.id);
  return `${SESSION_COOKIE}=${session.token}`;
}

function open(cookie: string): TerminalClient {
  const c = new TerminalClient(url, { labId: LAB }, cookie);
  clients.push(c);
  return c;
}

// Echoing `af''ter` prints `after`, which the typed line itself never shows.
it('refuses input over TERMINAL_INPUT_MAX_BYTES and a tab over TERMINAL_SOCKETS_PER_LAB; another student is unaffected', async () => {
  const [mine, theirs] = await Promise.all([student('uma@example.org'), student('vic@example.org')]);
  const a = open(mine);
  expect((await a.opened()).inputMaxBytes).toBe(100);
  a.type(`echo ${'x'.repeat(1000)}\r`);
  await a.waitFor('larger than the 100 bytes the terminal accepts at once and was ignored', 10_000);
  a.type("echo fi''ts\r");
  await a.waitFor('fits\r\n', 10_000);

  await open(mine).opened();
  const third = open(mine);
  expect(await third.refused()).toBe('too_many');
  expect(third.refusal).toContain('already open in 2 tabs or windows');

  const other = open(theirs);
  await other.opened();
  other.type("echo still''-fine\r");
  await other.waitFor('still-fine\r\n', 10_000);
});

it('counts each typed line as a command (TERMINAL_COMMANDS_PER_SECOND=10, burst 20)', async () => {
  const t = open(await student('wes@example.org'));
  await t.opened();
  // 21 lines in 86 bytes, not a bracketed paste: under the 100-byte input limit, over the burst.
  const lines = Array.from({ length: 21 }, (_, i) => `l${i}`);
  t.type(`${lines.join('\n')}\r`);
  await t.waitFor('Too many commands per second', 10_000);
  t.type("echo af''ter\r");
  await t.waitFor('after\r\n', 10_000);
  expect(t.text).not.toContain('command not found');
});

it('refuses the connections of a session past TERMINAL_CONNECTS_PER_MINUTE before its handshake; another session is unaffected', async () => {
  const [mine, theirs] = await Promise.all([student('xia@example.org'), student('yan@example.org')]);
  for (let i = 0; i < 5; i++) {
    const tab = open(mine);
    await tab.opened();
    tab.close();
  }
  const sixth = open(mine);
  // Refused at the HTTP upgrade (engine.io's allowRequest), so not a gateway's refusal with a code.
  expect(await sixth.refused()).toBe('websocket error');
  sixth.close();
  const other = open(theirs);
  await other.opened();
  other.type("echo still''-fine\r");
  await other.waitFor('still-fine\r\n', 10_000);
});
