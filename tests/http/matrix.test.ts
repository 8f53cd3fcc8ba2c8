// Every route × every role, including a student using another student's and another cohort's ids.
import request from 'supertest';
import { testDb } from '../support/db';
import type { Role } from '../../server/src/services/actor';
import { addGrader, addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { SESSION_COOKIE } from '../../server/src/services/sessions';
import { buildWorld, createTestApp, makeUser, type Client, type TestApp, type World } from './helpers';

const WHO = ['anonymous', 'student', 'otherStudent', 'grader', 'instructor', 'otherInstructor', 'admin'] as const;
type Who = (typeof WHO)[number];

interface Case {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: (w: World) => string;
  /** A valid body (per caller, so that successes do not collide). */
  body?: (who: Who) => object;
  expect: Record<Who, number>;
}

const only = (allowed: Partial<Record<Who, number>>, denied = 403): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : (allowed[w] ?? denied)])) as Record<Who, number>;
const everyone = (status: number, anonymous = 401): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? anonymous : status])) as Record<Who, number>;

let joinCodeC = '';
/** Members of cohort A that the DELETE cases remove (the instructor removes them; the admin then finds none). */
const removable = { student: '', instructor: '', grader: '' };
const emailFor = (prefix: string, who: Who) => `${prefix}-${who.toLowerCase()}@example.org`;

const cases: Record<string, Case> = {
  'GET /api/auth/csrf': { method: 'get', path: () => '/api/auth/csrf', expect: everyone(200, 200) },
  'POST /api/auth/register': {
    method: 'post',
    path: () => '/api/auth/register',
    body: (who) => ({
      joinCode: joinCodeC,
      email: emailFor('registered', who),
      name: 'New Student',
      password: 'a long password',
    }),
    expect: everyone(201, 201),
  },
  'POST /api/auth/login': {
    method: 'post',
    path: () => '/api/auth/login',
    body: () => ({ email: 'sam@example.org', password: 'correct horse battery' }),
    expect: everyone(200, 200),
  },
  'GET /api/me': { method: 'get', path: () => '/api/me', expect: everyone(200) },
  'GET /api/auth/session': { method: 'get', path: () => '/api/auth/session', expect: everyone(200, 200) },
  'GET /api/cohorts': { method: 'get', path: () => '/api/cohorts', expect: everyone(200) },
  'POST /api/cohorts': {
    method: 'post',
    path: () => '/api/cohorts',
    body: (who) => ({ name: `by ${who}` }),
    expect: only({ instructor: 201, otherInstructor: 201, admin: 201 }),
  },
  'POST /api/cohorts/join': {
    method: 'post',
    path: () => '/api/cohorts/join',
    body: () => ({ joinCode: joinCodeC }),
    expect: only({ student: 201, otherStudent: 201 }),
  },
  'GET /api/cohorts/:id': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}`,
    expect: only({ student: 200, grader: 200, instructor: 200, admin: 200 }),
  },
  'POST /api/cohorts/:id/enrolments': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/enrolments`,
    body: (who) => ({ email: emailFor('enrolee', who) }),
    expect: only({ instructor: 201, admin: 201 }),
  },
  'POST /api/cohorts/:id/instructors': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/instructors`,
    body: (who) => ({ email: emailFor('teacher', who) }),
    expect: only({ instructor: 201, admin: 201 }),
  },
  'POST /api/cohorts/:id/graders': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/graders`,
    body: (who) => ({ email: emailFor('marker', who) }),
    expect: only({ instructor: 201, admin: 201 }),
  },
  // Running a cohort (its instructors and admins). Cohort B's members are the ones removed: no other case needs them.
  'POST /api/cohorts/:id/join-code': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/join-code`,
    expect: only({ instructor: 200, admin: 200 }),
  },
  'POST /api/cohorts/:id/archive': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/archive`,
    body: () => ({ archived: false }),
    expect: only({ instructor: 200, admin: 200 }),
  },
  'PATCH /api/cohorts/:id/settings': {
    method: 'patch',
    path: (w) => `/api/cohorts/${w.cohortA.id}/settings`,
    body: () => ({ helpFailedChecks: 3 }),
    expect: only({ instructor: 200, admin: 200 }),
  },
  'PUT /api/cohorts/:id/due-dates/:labId': {
    method: 'put',
    path: (w) => `/api/cohorts/${w.cohortA.id}/due-dates/minikube-basics`,
    body: () => ({ dueAt: '2030-01-01T00:00:00Z' }),
    expect: only({ instructor: 204, admin: 204 }),
  },
  'DELETE /api/cohorts/:id/enrolments/:userId': {
    method: 'delete',
    path: (w) => `/api/cohorts/${w.cohortA.id}/enrolments/${removable.student}`,
    expect: only({ instructor: 204, admin: 404 }),
  },
  'DELETE /api/cohorts/:id/instructors/:userId': {
    method: 'delete',
    path: (w) => `/api/cohorts/${w.cohortA.id}/instructors/${removable.instructor}`,
    expect: only({ instructor: 204, admin: 404 }),
  },
  'DELETE /api/cohorts/:id/graders/:userId': {
    method: 'delete',
    path: (w) => `/api/cohorts/${w.cohortA.id}/graders/${removable.grader}`,
    expect: only({ instructor: 204, admin: 404 }),
  },
  // The dashboard (the cohort's instructors and graders, admins; clearing a flag: instructors and admins).
  'GET /api/cohorts/:id/board': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/board`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/cohorts/:id/labs/:labId/steps': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/labs/minikube-basics/steps`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/cohorts/:id/activity': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/activity`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/cohorts/:id/students/:userId': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'POST /api/cohorts/:id/students/:userId/clear-flag': {
    method: 'post',
    path: (w) => `/api/cohorts/${w.cohortA.id}/students/${w.student.user.id}/clear-flag`,
    // Allowed, but Sam is not flagged: 409 says so.
    expect: only({ instructor: 409, admin: 409 }),
  },
  'GET /api/cohorts/:id/dashboard': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/dashboard`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/cohorts/:id/scores.csv': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/scores.csv`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/cohorts/:id/scores.json': {
    method: 'get',
    path: (w) => `/api/cohorts/${w.cohortA.id}/scores.json`,
    expect: only({ grader: 200, instructor: 200, admin: 200 }),
  },
  'GET /api/users': { method: 'get', path: () => '/api/users', expect: only({ admin: 200 }) },
  'POST /api/users': {
    method: 'post',
    path: () => '/api/users',
    body: (who) => ({ email: emailFor('created', who), name: 'Made', role: 'student' }),
    expect: only({ admin: 201 }),
  },
  'GET /api/users/:id (student sam)': {
    method: 'get',
    path: (w) => `/api/users/${w.student.user.id}`,
    expect: only({ student: 200, admin: 200 }),
  },
  'PATCH /api/users/:id (student sam)': {
    method: 'patch',
    path: (w) => `/api/users/${w.student.user.id}`,
    body: () => ({ name: 'Samuel' }),
    expect: only({ admin: 200 }),
  },
  'GET /api/audit-log': { method: 'get', path: () => '/api/audit-log', expect: only({ admin: 200 }) },
  // Last: it ends the callers' sessions.
  'POST /api/auth/logout': { method: 'post', path: () => '/api/auth/logout', expect: everyone(204) },
};

let t: TestApp;
let world: World;
const cookies = new Map<Who, { cookie: string; csrf: string }>();

function cookieOf(c: Client): Promise<string> {
  // The agent's jar holds the session cookie; read it back for explicit, jar-free requests.
  const jar = c.agent.jar.getCookie(SESSION_COOKIE, { domain: '127.0.0.1', path: '/', secure: false, script: false });
  if (!jar) throw new Error('no session cookie');
  return Promise.resolve(`${SESSION_COOKIE}=${jar.value}`);
}

beforeAll(async () => {
  t = await createTestApp();
  world = await buildWorld(t.app);
  joinCodeC = (await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Cohort C' })).joinCode;
  const [rs, ri, rg] = await Promise.all([
    makeUser('student', 'removable-student@example.org'),
    makeUser('instructor', 'removable-instructor@example.org'),
    makeUser('grader', 'removable-grader@example.org'),
  ]);
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: world.cohortA.id, email: rs.email });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: world.cohortA.id, email: ri.email });
  await addGrader(testDb(), SYSTEM_ACTOR, { cohortId: world.cohortA.id, email: rg.email });
  Object.assign(removable, { student: rs.id, instructor: ri.id, grader: rg.id });
  const roles: Record<string, Role> = { enrolee: 'student', teacher: 'instructor', marker: 'grader' };
  await Promise.all(
    Object.entries(roles).flatMap(([prefix, role]) => WHO.map((who) => makeUser(role, emailFor(prefix, who)))),
  );
  for (const who of WHO) {
    if (who === 'anonymous') continue;
    const client = world[who];
    cookies.set(who, { cookie: await cookieOf(client), csrf: client.csrf });
  }
}, 60_000);
afterAll(() => t.close());

describe.each(Object.entries(cases))('%s', (_name, c) => {
  it.each(WHO.map((who) => [who, c.expect[who]] as const))('as %s → %i', async (who, status) => {
    let req = request(t.app)[c.method](c.path(world));
    const auth = cookies.get(who);
    if (auth) req = req.set('Cookie', auth.cookie).set('x-csrf-token', auth.csrf);
    const res = await (c.body ? req.send(c.body(who)) : req);
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text.slice(0, 200)}`);
    if (status === 403) expect(res.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    if (status === 401)
      expect(res.body).toEqual({ error: { code: 'unauthenticated', message: 'You need to log in first.' } });
  });
});

it('covers every route of the platform resources (auth, cohorts, scores, users, audit, dashboard)', async () => {
  const doc = (await request(t.app).get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, { tags: string[] }>>;
  };
  const mine = new Set(['auth', 'cohorts', 'scores', 'users', 'audit', 'dashboard']);
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.tags.some((tag) => mine.has(tag)))
      .map(([method, _op]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const covered = new Set(Object.keys(cases).map((name) => name.replace(/ \(.*\)$/, '')));
  expect(documented.filter((route) => !covered.has(route))).toEqual([]);
});
