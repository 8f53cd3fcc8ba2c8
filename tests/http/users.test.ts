// Account routes (admins) and the audit log, each in the order unauthenticated → invalid → forbidden → success.
import request from 'supertest';
import type { User } from '../../server/src/http/contract';
import { buildWorld, createTestApp, errorOf, loginAs, type TestApp, type World } from './helpers';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.app);
}, 60_000);
afterAll(() => t.close());

describe('GET /api/users', () => {
  it('unauthenticated → 401', async () => expect((await request(t.app).get('/api/users')).status).toBe(401));
  it('invalid → 400', async () => {
    expect(errorOf(await w.admin.get('/api/users?role=king')).message).toBe(
      'role: must be one of: student, instructor, grader, admin',
    );
    expect(errorOf(await w.admin.get('/api/users?limit=0')).message).toBe('limit: must be at least 1');
    expect(errorOf(await w.admin.get('/api/users?colour=red')).message).toBe('query: unknown field "colour"');
  });
  it('instructor → 403', async () => expect((await w.instructor.get('/api/users')).status).toBe(403));
  it('admin → filtered, paged list without password hashes', async () => {
    const res = await w.admin.get('/api/users?role=student&limit=1');
    expect(res.status).toBe(200);
    const body = res.body as { users: User[]; total: number };
    expect(body.total).toBe(2);
    expect(body.users).toHaveLength(1);
    expect(Object.keys(body.users[0]!).sort()).toEqual(['createdAt', 'email', 'id', 'name', 'role']);
    const search = (await w.admin.get('/api/users?search=GRETA')).body as { users: User[] };
    expect(search.users.map((u) => u.email)).toEqual(['greta@example.org']);
  });
});

describe('POST /api/users', () => {
  it('unauthenticated → 401', async () => expect((await request(t.app).post('/api/users').send({})).status).toBe(401));
  it('invalid → 400', async () => {
    expect(errorOf(await w.admin.post('/api/users', { email: 'x@example.org', name: 'X' })).message).toBe(
      'role: is required',
    );
    expect(
      errorOf(
        await w.admin.post('/api/users', { email: 'x@example.org', name: 'X', role: 'student', password: 'short' }),
      ).message,
    ).toBe('password: must be at least 10 characters');
  });
  it('grader → 403', async () =>
    expect((await w.grader.post('/api/users', { email: 'x@example.org', name: 'X', role: 'student' })).status).toBe(
      403,
    ));
  it('admin → 201; a generated password works once; audited', async () => {
    const res = await w.admin.post('/api/users', { email: 'New@Example.org', name: 'New', role: 'grader' });
    expect(res.status).toBe(201);
    const body = res.body as { user: User; generatedPassword: string };
    expect(body.user).toMatchObject({ email: 'new@example.org', role: 'grader' });
    expect(body.generatedPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await loginAs(t.app, { ...body.user, role: 'grader' }, body.generatedPassword);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'user.created', actorId: w.admin.user.id } })).toBe(1);
    const dup = await w.admin.post('/api/users', {
      email: 'new@example.org',
      name: 'Again',
      role: 'student',
      password: 'long enough password',
    });
    expect(dup.status).toBe(409);
  });
});

describe('GET /api/users/:id', () => {
  const url = () => `/api/users/${w.student.user.id}`;
  it('unauthenticated → 401', async () => expect((await request(t.app).get(url())).status).toBe(401));
  it('invalid → 400', async () =>
    expect(errorOf(await w.student.get('/api/users/me')).message).toBe('id: must be a UUID'));
  it("another student's id → 403", async () => expect((await w.otherStudent.get(url())).status).toBe(403));
  it('self and admin → 200; unknown → 404 for admins', async () => {
    expect((await w.student.get(url())).body).toEqual({
      user: expect.objectContaining({ email: 'sam@example.org' }) as unknown,
    });
    expect((await w.admin.get(url())).status).toBe(200);
    expect((await w.admin.get('/api/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('PATCH /api/users/:id', () => {
  const url = () => `/api/users/${w.otherStudent.user.id}`;
  it('unauthenticated → 401', async () =>
    expect((await request(t.app).patch(url()).send({ role: 'grader' })).status).toBe(401));
  it('invalid → 400', async () =>
    expect(errorOf(await w.admin.patch(url(), { role: 'root' })).message).toBe(
      'role: must be one of: student, instructor, grader, admin',
    ));
  it('a student promoting themselves → 403; an admin demoting themselves → 403', async () => {
    const self = await w.otherStudent.patch(url(), { role: 'admin' });
    expect(self.status).toBe(403);
    const own = await w.admin.patch(`/api/users/${w.admin.user.id}`, { role: 'student' });
    expect(own.status).toBe(403);
    expect(errorOf(own).message).toBe('You are not allowed to change role this user.');
  });
  it('admin → 200, the role change is audited with before and after, and takes effect at once', async () => {
    const res = await w.admin.patch(url(), { role: 'grader', name: 'Olga G.' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: expect.objectContaining({ role: 'grader', name: 'Olga G.' }) as unknown });
    const audit = await t.db.prisma.auditLog.findFirst({
      where: { action: 'user.role_changed', targetId: w.otherStudent.user.id },
    });
    expect(audit).toMatchObject({
      actorId: w.admin.user.id,
      detail: { email: 'olga@example.org', from: 'student', to: 'grader' },
    });
    expect((await w.otherStudent.get('/api/me')).body).toEqual({
      user: expect.objectContaining({ role: 'grader' }) as unknown,
    });
  });
});

describe('GET /api/audit-log', () => {
  it('unauthenticated → 401', async () => expect((await request(t.app).get('/api/audit-log')).status).toBe(401));
  it('invalid → 400', async () => {
    expect(errorOf(await w.admin.get('/api/audit-log?before=yesterday')).message).toBe(
      'before: must be an ISO 8601 date-time',
    );
    expect(errorOf(await w.admin.get('/api/audit-log?limit=9999')).message).toBe('limit: must be at most 500');
  });
  it('instructor, grader, student → 403', async () => {
    for (const c of [w.instructor, w.grader, w.student]) expect((await c.get('/api/audit-log')).status).toBe(403);
  });
  it('admin → newest first, filterable by action and actor', async () => {
    const res = await w.admin.get('/api/audit-log?action=auth.login');
    expect(res.status).toBe(200);
    const entries = (res.body as { entries: { action: string; actorEmail: string | null; createdAt: string }[] })
      .entries;
    expect(entries.length).toBeGreaterThanOrEqual(6);
    expect(entries.every((e) => e.action === 'auth.login')).toBe(true);
    expect([...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(entries);
    const mine = (await w.admin.get(`/api/audit-log?actorId=${w.student.user.id}&limit=1`)).body as {
      entries: { actorEmail: string }[];
    };
    expect(mine.entries).toEqual([expect.objectContaining({ actorEmail: 'sam@example.org' })]);
  });
});
