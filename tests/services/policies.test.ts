// The policy table, rule by rule (the HTTP matrix in tests/http checks the same rules through the routes).
import { loginName, type Actor, type Role } from '../../server/src/services/actor';
import { ForbiddenError } from '../../server/src/services/errors';
import { authorize, can, policies, type CohortFacts } from '../../server/src/services/policies';

const actor = (id: string, role: Role): Actor => ({ id, role, email: `${id}@example.org`, name: id });
const cohort: CohortFacts = { id: 'c1', instructorIds: ['teacher'], graderIds: ['marker'], studentIds: ['sam'] };
const sam = actor('sam', 'student');
const olga = actor('olga', 'student');
const teacher = actor('teacher', 'instructor');
const stranger = actor('stranger', 'instructor');
const marker = actor('marker', 'grader');
const admin = actor('root', 'admin');

it('lets only the listed roles read a cohort', () => {
  const target = { type: 'cohort', cohort } as const;
  expect([sam, olga, teacher, stranger, marker, admin].map((a) => can(a, 'read', target))).toEqual([
    true,
    false,
    true,
    false,
    true,
    true,
  ]);
  expect([sam, teacher, marker, admin].map((a) => can(a, 'exportScores', target))).toEqual([false, true, true, true]);
  expect([sam, teacher, marker, admin].map((a) => can(a, 'manageStaff', target))).toEqual([false, true, false, true]);
});

it("keeps a student's work to the student, their instructors and graders, and admins", () => {
  const work = { type: 'studentWork', ownerId: 'sam', cohorts: [cohort] } as const;
  expect([sam, olga, teacher, stranger, marker, admin].map((a) => can(a, 'read', work))).toEqual([
    true,
    false,
    true,
    false,
    true,
    true,
  ]);
  expect([sam, olga, teacher, marker, admin].map((a) => can(a, 'use', work))).toEqual([
    true,
    false,
    false,
    false,
    false,
  ]);
  expect([sam, teacher, stranger, marker, admin].map((a) => can(a, 'watch', work))).toEqual([
    false,
    true,
    false,
    false,
    true,
  ]);
});

it('throws a 403 with a readable message', () => {
  expect(() => authorize(olga, 'read', { type: 'cohort', cohort })).toThrow(ForbiddenError);
  expect(() => authorize(olga, 'read', { type: 'auditLog' })).toThrow('You are not allowed to read the audit log.');
  expect(() => authorize(admin, 'read', { type: 'auditLog' })).not.toThrow();
});

it('denies every role not listed for an action', () => {
  for (const [resource, actions] of Object.entries(policies)) {
    for (const [action, rules] of Object.entries(actions as Record<string, object>)) {
      for (const role of Object.keys(rules)) expect(['student', 'instructor', 'grader', 'admin']).toContain(role);
      expect(`${resource}.${action}`).toMatch(/^\w+\.\w+$/);
    }
  }
  expect(can(sam, 'create', { type: 'cohorts' })).toBe(false);
  expect(can(admin, 'join', { type: 'cohorts' })).toBe(false);
});

describe('loginName', () => {
  it("takes the email's local part as a Unix login, else student", () => {
    expect(loginName('sam@example.com')).toBe('sam');
    expect(loginName('Sam.O-Brien_2@example.com')).toBe('samo-brien_2');
    expect(loginName('student@kubelab.local')).toBe('student');
    expect(loginName('42@example.com')).toBe('student');
    expect(loginName('@example.com')).toBe('student');
    expect(loginName(`${'a'.repeat(40)}@example.com`)).toBe('a'.repeat(32));
  });
});
