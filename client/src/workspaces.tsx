/**
 * What a user works as: a student on their labs, an instructor on their cohorts, a grader on grades, an admin on
 * users and cohorts. One account may hold several (an instructor who grades another cohort, an admin who teaches);
 * the top bar switches between them and remembers the choice in this browser.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';
import type { CohortsResponse, SessionUser } from './contract';
import { useSession } from './session';

export type Workspace = 'student' | 'instructor' | 'grader' | 'admin';

/** Where each workspace lands, and what its top bar offers. */
export const WORKSPACES: Record<Workspace, { label: string; home: string; nav: { href: string; label: string }[] }> = {
  student: { label: 'Student', home: '/labs', nav: [{ href: '/labs', label: 'Labs' }] },
  instructor: {
    label: 'Instructor',
    home: '/dashboard',
    nav: [
      { href: '/dashboard', label: 'Cohorts' },
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
const STORAGE_KEY = 'kubelab.workspace';

/** The account's own role, plus what its cohort memberships add. */
export function workspacesOf(me: SessionUser, cohorts: CohortsResponse['cohorts']): Workspace[] {
  const held = new Set<Workspace>([me.role]);
  for (const c of cohorts) for (const r of c.myRoles) held.add(r);
  return ORDER.filter((w) => held.has(w));
}

interface WorkspaceContext {
  /** undefined while the cohorts load. */
  available: Workspace[] | undefined;
  active: Workspace | undefined;
  choose: (w: Workspace) => void;
}

const Context = createContext<WorkspaceContext>({ available: undefined, active: undefined, choose: () => undefined });

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const [available, setAvailable] = useState<Workspace[] | undefined>(undefined);
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));

  useEffect(() => {
    if (!me) {
      setAvailable(undefined);
      return;
    }
    let live = true;
    api.get<CohortsResponse>('/api/cohorts').then(
      (body) => live && setAvailable(workspacesOf(me, body.cohorts)),
      () => live && setAvailable([me.role]),
    );
    return () => {
      live = false;
    };
  }, [me]);

  const choose = useCallback((w: Workspace) => {
    localStorage.setItem(STORAGE_KEY, w);
    setChosen(w);
  }, []);

  const active = available?.find((w) => w === chosen) ?? available?.[0];
  const value = useMemo(() => ({ available, active, choose }), [available, active, choose]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkspace(): WorkspaceContext {
  return useContext(Context);
}
