// The HTTP contract: every route declares what it answers, and the check that route tests run on every response
// (checkedApp.ts) catches a missing, mistyped or undeclared field.
import { apiRoutes, responseProblem, routeOf } from './checkedApp';

const me = {
  user: { id: '3f1c1a52-8f0e-4a57-9d0e-6f1b2c3d4e5f', email: 'sam@example.org', name: 'Sam', role: 'student' },
};

it('every route declares its JSON answer by a schema, or answers 204, or another content type', () => {
  const undeclared = apiRoutes
    .filter((r) => !('schema' in r.response) && r.response.status !== 204 && !('contentType' in r.response))
    .map((r) => `${r.method} ${r.path}`);
  expect(apiRoutes.length).toBeGreaterThan(20);
  expect(undeclared).toEqual([]);
});

it('finds the route of a request as Express does', () => {
  expect(routeOf('POST', '/api/cohorts/join')?.path).toBe('/cohorts/join');
  expect(routeOf('GET', '/api/cohorts/0b1c/scores.json')?.path).toBe('/cohorts/:id/scores.json');
  expect(routeOf('GET', '/api/cohorts/0b1c/scoresXjson')).toBeUndefined();
  expect(routeOf('DELETE', '/api/me')).toBeUndefined();
});

it('accepts exactly what the schema declares, and names what differs', () => {
  expect(responseProblem('GET', '/api/me', me)).toBeUndefined();
  const { role: _role, ...withoutRole } = me.user;
  expect(responseProblem('GET', '/api/me', { user: withoutRole })).toMatch(/user\.role/);
  expect(responseProblem('GET', '/api/me', { user: { ...me.user, role: 'root' } })).toMatch(/user\.role/);
  expect(responseProblem('GET', '/api/me', { user: { ...me.user, passwordHash: 'x' } })).toBe(
    'fields the schema does not declare: user.passwordHash',
  );
  expect(responseProblem('POST', '/api/auth/logout', {})).toMatch(/declares no response schema/);
});
