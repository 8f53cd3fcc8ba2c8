// The routing cookie (http/auth.ts): a logged-in browser learns its user id, which its terminal sockets send as the
// `route` the proxy hashes on (README, "Scaling and deployment"); it is set once, never for anonymous requests.
import request from 'supertest';
import { createTestApp, loginAs, makeUser, type TestApp } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

const routeCookies = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).filter((c) => c.startsWith('kubelab_route='));

it('gives a logged-in browser its user id as kubelab_route, readable by the app, and only once', async () => {
  const anonymous = await request(t.app).get('/api/me');
  expect(routeCookies(anonymous)).toEqual([]);

  const student = await makeUser('student', 'routed@example.com');
  const client = await loginAs(t.app, student);
  const first = await client.get('/api/me');
  expect(routeCookies(first)).toEqual([`kubelab_route=${student.id}; Path=/; SameSite=Lax`]);
  // The agent sends it back from now on: nothing more to set.
  expect(routeCookies(await client.get('/api/me'))).toEqual([]);
});
