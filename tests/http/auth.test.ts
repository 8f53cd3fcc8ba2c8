// Registration, login, logout, /api/me, CSRF, cookie flags, rate limiting, and the audit rows they leave.
import request from 'supertest';
import { testDb } from '../support/db';
import { testConfig } from '../../server/src/config';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { createCohort } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { appFor, createTestApp, errorOf, loginAs, makeUser, PASSWORD, type TestApp } from './helpers';

let t: TestApp;
let joinCode: string;
let cohortId: string;

beforeAll(async () => {
  t = await createTestApp();
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Registration cohort' });
  joinCode = cohort.joinCode;
  cohortId = cohort.id;
}, 60_000);
afterAll(() => t.close());

const auditRows = (action: string) =>
  t.db.prisma.auditLog.findMany({ where: { action }, orderBy: { createdAt: 'asc' } });

function setCookie(res: request.Response): string {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = header?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('no session cookie set');
  return cookie;
}

describe('POST /api/auth/register', () => {
  const valid = () => ({
    joinCode,
    email: 'New.Student@Example.org',
    name: 'New Student',
    password: 'a long password',
  });

  it.each([
    [{}, 'request body: unknown field "x"', { x: 1 }],
    [{ email: 'nope' }, 'email: must be an email', {}],
    [{ password: 'short' }, 'password: must be at least 10 characters', {}],
    [{ name: '  ' }, 'name: must not be empty', {}],
    [{ joinCode: undefined }, 'joinCode: is required', {}],
    [{}, 'request body: unknown field "role"', { role: 'admin' }],
  ])('rejects %j with "%s"', async (override, message, extra) => {
    const res = await request(t.app)
      .post('/api/auth/register')
      .send({ ...valid(), ...override, ...extra });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid_request', message } });
  });

  it('rejects an unknown join code', async () => {
    const res = await request(t.app)
      .post('/api/auth/register')
      .send({ ...valid(), joinCode: 'ZZZZ-ZZZZ' });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toMatch(/^joinCode: no cohort has this join code/);
  });

  it('creates an enrolled student, logs them in, and accepts the code in any case', async () => {
    const res = await request(t.app)
      .post('/api/auth/register')
      .send({ ...valid(), joinCode: joinCode.toLowerCase().replace('-', ' ') });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      user: { id: expect.any(String), email: 'new.student@example.org', name: 'New Student', role: 'student' },
      csrfToken: expect.any(String),
    });
    const user = await t.db.prisma.user.findUniqueOrThrow({
      where: { email: 'new.student@example.org' },
      include: { enrolments: true },
    });
    expect(user.enrolments.map((e) => e.cohortId)).toEqual([cohortId]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const me = await request(t.app).get('/api/me').set('Cookie', setCookie(res).split(';')[0]!);
    expect(me.body).toEqual({ user: expect.objectContaining({ email: 'new.student@example.org' }) });
    expect(await auditRows('auth.registered')).toHaveLength(1);
  });

  it('refuses a second account with the same email', async () => {
    const res = await request(t.app)
      .post('/api/auth/register')
      .send({ ...valid(), email: 'new.student@example.org' });
    expect(res.status).toBe(409);
    expect(errorOf(res)).toEqual({
      code: 'conflict',
      message: 'email: an account with this email already exists; log in instead',
    });
  });

  it('refuses a cross-site form post', async () => {
    const res = await request(t.app)
      .post('/api/auth/register')
      .set('Origin', 'https://evil.example')
      .send({ ...valid(), email: 'x@example.org' });
    expect(res.status).toBe(403);
  });
});

describe('POST /api/auth/login', () => {
  beforeAll(() => makeUser('instructor', 'ines@example.org', 'Ines'));

  it('rejects invalid bodies', async () => {
    const res = await request(t.app).post('/api/auth/login').send({ email: 'ines@example.org' });
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toBe('password: is required');
    const bad = await request(t.app).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: { code: 'invalid_request', message: 'request body: must be valid JSON' } });
  });

  it('logs in, case-insensitively, with a hardened cookie, and audits it', async () => {
    const res = await request(t.app).post('/api/auth/login').send({ email: ' INES@example.org', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: expect.objectContaining({ email: 'ines@example.org', role: 'instructor' }),
      csrfToken: expect.any(String),
    });
    const cookie = setCookie(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toMatch(/Secure/);
    const rows = await auditRows('auth.login');
    expect(rows.at(-1)).toMatchObject({ action: 'auth.login', targetType: 'user', ip: expect.any(String) });
    // The database keeps a hash of the token, never the token.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(await t.db.prisma.session.count({ where: { id: token } })).toBe(0);
  });

  it('answers wrong passwords and unknown emails alike, and audits both', async () => {
    const wrong = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'ines@example.org', password: 'wrong password' });
    const unknown = await request(t.app)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'wrong password' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: { code: 'unauthenticated', message: 'Wrong email or password.' } });
    }
    const rows = await auditRows('auth.login_failed');
    expect(rows.map((r) => r.detail)).toEqual([
      { email: 'ines@example.org', reason: 'wrong_password' },
      { email: 'nobody@example.org', reason: 'unknown_email' },
    ]);
    expect(rows[0]!.actorId).not.toBeNull();
    expect(rows[1]!.actorId).toBeNull();
  });

  it('rate-limits failed logins per address and audits the refusal', async () => {
    const limited = appFor(testConfig({ LOGIN_RATE_LIMIT: '3' }));
    // Invalid requests and successes do not count; wrong passwords do.
    expect((await request(limited).post('/api/auth/login').send({ email: 'ines@example.org' })).status).toBe(400);
    expect(
      (await request(limited).post('/api/auth/login').send({ email: 'ines@example.org', password: PASSWORD })).status,
    ).toBe(200);
    for (let i = 0; i < 3; i++) {
      expect(
        (await request(limited).post('/api/auth/login').send({ email: 'ines@example.org', password: 'wrong again' }))
          .status,
      ).toBe(401);
    }
    const refused = await request(limited)
      .post('/api/auth/login')
      .send({ email: 'ines@example.org', password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/Too many failed logins/) },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await auditRows('auth.login_rate_limited')).toEqual([
      expect.objectContaining({ detail: { email: 'ines@example.org' } }),
    ]);
  });
});

describe('brakes on guessing count failures only', () => {
  it('lets 30 simultaneous correct logins from one address through', async () => {
    const limited = appFor(testConfig({ LOGIN_RATE_LIMIT: '10' }));
    await makeUser('student', 'crowd@example.org');
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        request(limited).post('/api/auth/login').send({ email: 'crowd@example.org', password: PASSWORD }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 30 }, () => 200));
  });

  it('backs off an account that fails from many addresses, and a success resets it', async () => {
    const app = appFor(testConfig({ TRUST_PROXY: 'true', ACCOUNT_LOGIN_FAILURES: '3', LOGIN_RATE_LIMIT: '100' }));
    await makeUser('student', 'target@example.org');
    const from = (address: string, password: string) =>
      request(app)
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ email: 'target@example.org', password });
    // A success clears the account's failures: 2 + 2 wrong passwords around it never reach 3.
    for (const i of [1, 2]) expect((await from(`10.0.0.${i}`, 'guess')).status).toBe(401);
    expect((await from('10.0.0.50', PASSWORD)).status).toBe(200);
    for (const i of [3, 4]) expect((await from(`10.0.0.${i}`, 'guess')).status).toBe(401);
    expect((await from('10.0.0.51', PASSWORD)).status).toBe(200);
    for (let i = 5; i <= 7; i++) expect((await from(`10.0.0.${i}`, 'guess')).status).toBe(401);
    const refused = await from('10.0.0.99', PASSWORD);
    expect(refused.status).toBe(429);
    expect(errorOf(refused).message).toBe('Too many failed logins for this account; wait a little and try again.');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another account from the same addresses is not affected.
    await makeUser('student', 'bystander@example.org');
    expect(
      (
        await request(app)
          .post('/api/auth/login')
          .set('X-Forwarded-For', '10.0.0.1')
          .send({ email: 'bystander@example.org', password: PASSWORD })
      ).status,
    ).toBe(200);
  });

  it('stops join-code guessing per address, and floods of one cohort', async () => {
    const app = appFor(
      testConfig({ TRUST_PROXY: 'true', JOIN_CODE_FAILURES: '3', SIGN_UPS_PER_COHORT_PER_MINUTE: '2' }),
    );
    const register = (address: string, code: string, email: string) =>
      request(app)
        .post('/api/auth/register')
        .set('X-Forwarded-For', address)
        .send({ joinCode: code, email, name: 'Guess', password: 'a long enough password' });
    for (let i = 0; i < 3; i++) expect((await register('10.1.0.1', 'WRNG-CODE', `g${i}@example.org`)).status).toBe(400);
    const guessing = await register('10.1.0.1', joinCode, 'g9@example.org');
    expect(guessing.status).toBe(429);
    expect(errorOf(guessing).message).toMatch(/^Too many wrong join codes from your address/);

    const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Busy cohort' });
    expect((await register('10.2.0.1', cohort.joinCode, 'a@example.org')).status).toBe(201);
    expect((await register('10.2.0.2', cohort.joinCode, 'b@example.org')).status).toBe(201);
    const flood = await register('10.2.0.3', cohort.joinCode, 'c@example.org');
    expect(flood.status).toBe(429);
    expect(errorOf(flood).message).toBe('Many people are joining this cohort right now; try again in a minute.');
  });
});

describe('sessions, CSRF and logout', () => {
  const other = {
    get app() {
      return t.app;
    },
    get db() {
      return t.db;
    },
  };

  it('marks the cookie Secure behind https', async () => {
    const https = appFor(testConfig({ PUBLIC_URL: 'https://kubelab.example.org' }));
    await makeUser('student', 'sec@example.org');
    const res = await request(https).post('/api/auth/login').send({ email: 'sec@example.org', password: PASSWORD });
    expect(setCookie(res)).toMatch(/; Secure/);
  });

  it('GET /api/auth/csrf gives null anonymously and the session token when logged in', async () => {
    expect((await request(other.app).get('/api/auth/csrf')).body).toEqual({ csrfToken: null });
    const c = await loginAs(other.app, await makeUser('student', 'csrf@example.org'));
    expect((await c.get('/api/auth/csrf')).body).toEqual({ csrfToken: c.csrf });
  });

  it('refuses mutating cookie-authenticated requests without the right CSRF token', async () => {
    const c = await loginAs(other.app, await makeUser('instructor', 'csrf-i@example.org'));
    const missing = await c.agent.post('/api/cohorts').send({ name: 'x' });
    expect(missing.status).toBe(403);
    expect(errorOf(missing).code).toBe('csrf_invalid');
    const wrong = await c.agent.post('/api/cohorts').set('x-csrf-token', 'forged').send({ name: 'x' });
    expect(wrong.status).toBe(403);
    expect(errorOf(wrong).code).toBe('csrf_invalid');
    const logout = await c.agent.post('/api/auth/logout');
    expect(logout.status).toBe(403);
    expect((await c.post('/api/cohorts', { name: 'x' })).status).toBe(201);
  });

  it('GET /api/auth/session answers 200 either way: null when logged out, the user when logged in', async () => {
    expect((await request(other.app).get('/api/auth/session').expect(200)).body).toEqual({ user: null });
    const c = await loginAs(other.app, await makeUser('student', 'session-reader@example.org'));
    expect((await c.get('/api/auth/session').expect(200)).body).toMatchObject({
      user: { email: 'session-reader@example.org', role: 'student' },
    });
  });

  it('GET /api/me needs a session; an unknown or expired cookie counts as none', async () => {
    expect((await request(other.app).get('/api/me')).status).toBe(401);
    expect((await request(other.app).get('/api/me').set('Cookie', `${SESSION_COOKIE}=garbage`)).status).toBe(401);
    const c = await loginAs(other.app, await makeUser('grader', 'exp@example.org'));
    await other.db.prisma.session.updateMany({
      where: { user: { email: 'exp@example.org' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await c.get('/api/me')).status).toBe(401);
    expect(await other.db.prisma.session.count({ where: { user: { email: 'exp@example.org' } } })).toBe(0);
  });

  it('POST /api/auth/logout ends the session and clears the cookie', async () => {
    expect((await request(other.app).post('/api/auth/logout')).status).toBe(401);
    const c = await loginAs(other.app, await makeUser('student', 'bye@example.org'));
    expect((await c.get('/api/me')).status).toBe(200);
    const res = await c.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(setCookie(res)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await c.get('/api/me')).status).toBe(401);
    expect(await other.db.prisma.auditLog.count({ where: { action: 'auth.logout' } })).toBe(1);
  });
});
