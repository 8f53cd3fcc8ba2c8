// Shared set-up for route tests: an app on its own test database, accounts of every role, logged-in agents.
import request from 'supertest';
import { testConfig, type Config } from '../../server/src/config';
import { createApp } from '../../server/src/http/app';
import type { Actor, Role } from '../../server/src/services/actor';
import { addGrader, addInstructor, createCohort, enrolStudent } from '../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../server/src/services/system';
import { createUser } from '../../server/src/services/users';
import { createTestDatabase, type TestDatabase, testDb } from '../support/db';
import { checkedApp, type TestServer } from './checkedApp';
import { silentLogger, testServices } from '../support/services';
import type { Services } from '../../server/src/services/index';

export const PASSWORD = 'correct horse battery';

export interface TestApp {
  db: TestDatabase;
  app: TestServer;
  config: Config;
  services: Services;
  close(): Promise<void>;
}

export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig({ CLIENT_DIST: '/nonexistent-client-dist', ...env });
  const services = testServices(config);
  return {
    db,
    app: appFor(config, services),
    config,
    services,
    close: async () => {
      services.progress.stop();
      await db.drop();
    },
  };
}

/** An app on `config` (fresh services unless given) whose API answers are checked against their schemas (checkedApp.ts). */
export function appFor(config: Config, services: Services = testServices(config)): TestServer {
  return checkedApp(createApp({ config, services, logger: silentLogger }));
}

export async function makeUser(role: Role, email: string, name = email.split('@')[0]!): Promise<Actor> {
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, { email, name, role, password: PASSWORD });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** A logged-in browser: keeps the cookie and sends the CSRF token on mutating requests. */
export interface Client {
  user: Actor;
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

export async function loginAs(app: TestServer, user: Actor, password = PASSWORD): Promise<Client> {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ email: user.email, password });
  if (res.status !== 200) throw new Error(`login as ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = (res.body as { csrfToken: string }).csrfToken;
  return {
    user,
    agent,
    csrf,
    get: (path) => agent.get(path),
    post: (path, body) =>
      agent
        .post(path)
        .set('x-csrf-token', csrf)
        .send(body ?? {}),
    patch: (path, body) =>
      agent
        .patch(path)
        .set('x-csrf-token', csrf)
        .send(body ?? {}),
    delete: (path) => agent.delete(path).set('x-csrf-token', csrf),
  };
}

/** Two cohorts with staff and students, and every role logged in. */
export interface World {
  admin: Client;
  instructor: Client;
  /** Teaches cohort B only. */
  otherInstructor: Client;
  grader: Client;
  student: Client;
  /** Enrolled in cohort B only. */
  otherStudent: Client;
  cohortA: { id: string; joinCode: string };
  cohortB: { id: string; joinCode: string };
}

export async function buildWorld(app: TestServer): Promise<World> {
  const [admin, instructor, otherInstructor, grader, student, otherStudent] = await Promise.all([
    makeUser('admin', 'admin@example.org', 'Ada Admin'),
    makeUser('instructor', 'ines@example.org', 'Ines Instructor'),
    makeUser('instructor', 'otto@example.org', 'Otto Instructor'),
    makeUser('grader', 'greta@example.org', 'Greta Grader'),
    makeUser('student', 'sam@example.org', 'Sam Student'),
    makeUser('student', 'olga@example.org', 'Olga Student'),
  ]);
  const a = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Cohort A', course: 'k8s-basics' });
  const b = await createCohort(testDb(), SYSTEM_ACTOR, { name: 'Cohort B' });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: a.id, email: instructor.email });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: b.id, email: otherInstructor.email });
  await addGrader(testDb(), SYSTEM_ACTOR, { cohortId: a.id, email: grader.email });
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: a.id, email: student.email });
  await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: b.id, email: otherStudent.email });
  const clients = await Promise.all(
    [admin, instructor, otherInstructor, grader, student, otherStudent].map((u) => loginAs(app, u)),
  );
  const [ca, ci, coi, cg, cs, cos] = clients as [Client, Client, Client, Client, Client, Client];
  return {
    admin: ca,
    instructor: ci,
    otherInstructor: coi,
    grader: cg,
    student: cs,
    otherStudent: cos,
    cohortA: { id: a.id, joinCode: a.joinCode },
    cohortB: { id: b.id, joinCode: b.joinCode },
  };
}

export function errorOf(res: request.Response): { code: string; message: string } {
  return (res.body as { error: { code: string; message: string } }).error;
}
