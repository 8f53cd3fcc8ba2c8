// Each role lands where its work is, sees only what it can use, and an account holding several roles can switch.
import { WORKSPACES, workspacesOf } from '../../client/src/workspaceRules';

const me = (role: 'student' | 'instructor' | 'grader' | 'admin') => ({
  id: 'u',
  email: 'u@example.org',
  name: 'U',
  role,
});
const cohort = (myRoles: ('student' | 'instructor' | 'grader')[]) => ({
  id: 'c',
  name: 'C',
  course: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null,
  myRoles,
});

it('lands each role on its work, and offers only what it can use', () => {
  expect(WORKSPACES.student.home).toBe('/labs');
  expect(WORKSPACES.instructor.home).toBe('/dashboard');
  expect(WORKSPACES.grader.home).toBe('/grades');
  expect(WORKSPACES.admin.home).toBe('/admin');
  const hrefs = (w: keyof typeof WORKSPACES) => WORKSPACES[w].nav.map((n) => n.href);
  expect(hrefs('student')).toEqual(['/labs']);
  expect(hrefs('grader')).toEqual(['/grades']);
  // Instructors grade their own cohorts too (the Grades page and its exports).
  expect(hrefs('instructor')).toContain('/grades');
  expect(hrefs('instructor')).not.toContain('/admin');
});

it('gives an account every role its cohorts add, the most powerful first', () => {
  expect(workspacesOf(me('student'), [cohort(['student'])])).toEqual(['student']);
  expect(workspacesOf(me('grader'), [cohort(['grader'])])).toEqual(['grader']);
  // An instructor who grades another cohort switches between teaching and grading.
  expect(workspacesOf(me('instructor'), [cohort(['instructor']), cohort(['grader'])])).toEqual([
    'instructor',
    'grader',
  ]);
  expect(workspacesOf(me('admin'), [cohort(['instructor'])])).toEqual(['admin', 'instructor']);
});
