// Health, readiness, the OpenAPI document, unknown routes, body limits, the SPA fallback and security headers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { testConfig } from '../../server/src/config';
import { createPrismaClient } from '../../server/src/db/client';
import { createApp } from '../../server/src/http/app';
import { silentLogger, testServices } from '../support/services';
import { appFor, createTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ JSON_BODY_LIMIT_KB: '1' });
}, 60_000);
afterAll(() => t.close());

it('GET /healthz answers without touching the database', async () => {
  const res = await request(t.app).get('/healthz');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok' });
});

it('GET /readyz reports the database', async () => {
  expect((await request(t.app).get('/readyz')).body).toEqual({ status: 'ready', database: 'up', saves: 'ok' });
  // The same app on a database that does not answer.
  const unreachable = createPrismaClient('postgresql://nobody@127.0.0.1:1/none');
  try {
    const res = await request(appFor(t.config, testServices(t.config, { db: unreachable }))).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'unavailable', database: 'down', saves: 'ok' });
  } finally {
    await unreachable.$disconnect();
  }
});

it('GET /readyz turns unavailable only when sandbox saves have failed for half a minute', async () => {
  const services = testServices(t.config);
  const app = appFor(t.config, services);
  const failingFor = { ms: 29_000 };
  services.sandboxStore.failingForMs = () => failingFor.ms;
  expect((await request(app).get('/readyz')).status).toBe(200);
  failingFor.ms = 30_000;
  const res = await request(app).get('/readyz');
  expect(res.status).toBe(503);
  expect(res.body).toEqual({ status: 'unavailable', database: 'up', saves: 'failing' });
});

it('GET /readyz answers 503 once a stop began (SIGTERM: no new connection is routed to a draining process)', async () => {
  const draining = { now: false };
  const app = createApp({ config: t.config, services: t.services, logger: silentLogger, draining: () => draining.now });
  expect((await request(app).get('/readyz')).status).toBe(200);
  draining.now = true;
  const res = await request(app).get('/readyz');
  expect(res.status).toBe(503);
  expect(res.body).toEqual({ status: 'draining' });
  expect((await request(app).get('/healthz')).status).toBe(200);
});

it('serves an OpenAPI 3.1 document listing every route with its schemas', async () => {
  const res = await request(t.app).get('/api/openapi.json');
  expect(res.status).toBe(200);
  const doc = res.body as {
    openapi: string;
    paths: Record<string, Record<string, { requestBody?: unknown; parameters: { name: string }[] }>>;
  };
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/api/audit-log',
      '/api/auth/csrf',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/register',
      '/api/cohorts',
      '/api/cohorts/join',
      '/api/cohorts/{id}',
      '/api/cohorts/{id}/dashboard',
      '/api/cohorts/{id}/enrolments',
      '/api/cohorts/{id}/graders',
      '/api/cohorts/{id}/instructors',
      '/api/cohorts/{id}/scores.csv',
      '/api/cohorts/{id}/scores.json',
      '/api/me',
      // The labs work's routes (tests in labs*.test.ts and quizzes*.test.ts).
      '/api/labs',
      '/api/labs/{labId}',
      '/api/labs/{labId}/check',
      '/api/labs/{labId}/steps/{stepId}/hints',
      '/api/labs/{labId}/steps/{stepId}/solution',
      '/api/quizzes',
      '/api/quizzes/{quizId}',
      '/api/quizzes/{quizId}/attempts',
      '/api/scores/me',
      '/api/users',
      '/api/users/{id}',
    ]),
  );
  expect(doc.paths['/api/auth/login']!.post!.requestBody).toMatchObject({
    content: { 'application/json': { schema: { type: 'object', required: ['email', 'password'] } } },
  });
  expect(doc.paths['/api/cohorts/{id}/enrolments']!.post!.parameters.map((p) => p.name)).toEqual([
    'id',
    'x-csrf-token',
  ]);
});

it('answers unknown API routes, bad JSON and big bodies with the error shape', async () => {
  expect(await request(t.app).get('/api/nope')).toMatchObject({
    status: 404,
    body: { error: { code: 'not_found', message: 'No route for GET /nope.' } },
  });
  const big = await request(t.app)
    .post('/api/auth/login')
    .send({ email: 'a@example.org', password: 'x'.repeat(2000) });
  expect(big.status).toBe(413);
  expect(big.body).toEqual({ error: { code: 'payload_too_large', message: 'request body: too large' } });
});

it('sets security headers and no-store on the API', async () => {
  const res = await request(t.app).get('/api/auth/csrf');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-powered-by']).toBeUndefined();
});

it('serves the built client with an SPA fallback, and says so when it is not built', async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'kubelab-client-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>kubelab</title>');
  writeFileSync(path.join(dist, 'app.js'), 'console.log(1)');
  const app = appFor(testConfig({ CLIENT_DIST: dist }));
  expect((await request(app).get('/app.js')).text).toBe('console.log(1)');
  for (const page of ['/', '/labs/pods', '/login']) {
    const res = await request(app).get(page).set('Accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>kubelab</title>');
  }
  expect((await request(app).get('/api/unknown').set('Accept', 'text/html')).status).toBe(404);
  const unbuilt = await request(t.app).get('/labs/pods').set('Accept', 'text/html');
  expect(unbuilt.status).toBe(503);
  expect(unbuilt.text).toMatch(/npm run build/);
});
