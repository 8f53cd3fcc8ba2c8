// Sessions: hashed ids, expiry, last-seen updates; and the shutdown hooks' ordering and time limit.
import { ShutdownHooks } from '../../server/src/services/lifecycle';
import { SessionService } from '../../server/src/services/sessions';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';

let db: TestDatabase;
let sessions: SessionService;
let userId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  sessions = new SessionService(db.prisma, { secret: 'sessions-test-secret-of-thirty-two-chars', ttlHours: 1 });
  userId = (
    await createUser(testDb(), SYSTEM_ACTOR, {
      email: 's@example.org',
      name: 'S',
      role: 'student',
      password: 'long password!',
    })
  ).user.id;
}, 60_000);
afterAll(() => db.drop());

it('stores a keyed hash of the token and authenticates the token', async () => {
  const { token, csrfToken } = await sessions.create(userId, { ip: '10.0.0.1', userAgent: 'jest' });
  const row = await db.prisma.session.findUniqueOrThrow({ where: { id: sessions.sessionIdOf(token) } });
  expect(row).toMatchObject({ userId, csrfToken, ip: '10.0.0.1', userAgent: 'jest' });
  expect(row.id).not.toContain(token);
  expect(await sessions.authenticate(token)).toEqual({
    id: userId,
    email: 's@example.org',
    name: 'S',
    role: 'student',
  });
  expect(await sessions.authenticate('nope')).toBeNull();
  expect(await sessions.authenticate('')).toBeNull();
});

it('updates lastSeenAt at most once a minute and forgets expired sessions', async () => {
  const { token } = await sessions.create(userId);
  const id = sessions.sessionIdOf(token);
  const old = new Date(Date.now() - 5 * 60_000);
  await db.prisma.session.update({ where: { id }, data: { lastSeenAt: old } });
  await sessions.find(token);
  const seen = (await db.prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt;
  expect(seen.getTime()).toBeGreaterThan(old.getTime());
  await db.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
  expect(await sessions.find(token)).toBeNull();
  expect(await db.prisma.session.count({ where: { id } })).toBe(0);
});

it('runs shutdown hooks last-registered first, survives failures and time limits', async () => {
  const hooks = new ShutdownHooks();
  const order: string[] = [];
  const log: string[] = [];
  hooks.register('database', () => void order.push('database'));
  hooks.register('slow', () => new Promise<void>(() => undefined));
  hooks.register('broken', () => {
    throw new Error('boom');
  });
  hooks.register('sandboxes', () => Promise.resolve(void order.push('sandboxes')));
  await hooks.runAll({ timeoutMs: 50, log: (l) => log.push(l) });
  expect(order).toEqual(['sandboxes', 'database']);
  expect(log).toEqual(['shutdown: broken failed: boom', 'shutdown: slow did not finish within 50 ms']);
  await hooks.runAll({ timeoutMs: 50 });
  expect(order).toHaveLength(2);
});
