/** Which workspaces an account has, where each lands and what its top bar offers (no React: tests read it). */
import type { CohortsResponse, SessionUser } from './contract';

export type Workspace = 'student' | 'instructor' | 'grader' | 'admin';

/** Where each workspace lands, and what its top bar offers. */
export const WORKSPACES: Record<Workspace, { label: string; home: string; nav: { href: string; label: string }[] }> = {
  student: { label: 'Student', home: '/labs', nav: [{ href: '/labs', label: 'Labs' }] },
  instructor: {
    label: 'Instructor',
    home: '/dashboard',
    nav: [
      { href: '/dashboard', label: 'Cohorts' },
      { href: '/grades', label: 'Grades' },
      { href: '/labs', label: 'Labs' },
    ],
  },
  grader: { label: 'Grader', home: '/grades', nav: [{ href: '/grades', label: 'Grades' }] },
  admin: {
    label: 'Admin',
    home: '/admin',
    nav: [
      { href: '/admin', label: 'Admin' },
      { href: '/dashboard', label: 'Cohorts' },
      { href: '/grades', label: 'Grades' },
      { href: '/labs', label: 'Labs' },
    ],
  },
};

const ORDER: Workspace[] = ['admin', 'instructor', 'grader', 'student'];

/** The account's own role, plus what its cohort memberships add. */
export function workspacesOf(me: SessionUser, cohorts: CohortsResponse['cohorts']): Workspace[] {
  const held = new Set<Workspace>([me.role]);
  for (const c of cohorts) for (const r of c.myRoles) held.add(r);
  return ORDER.filter((w) => held.has(w));
}
