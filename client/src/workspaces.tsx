/**
 * What a user works as: a student on their labs, an instructor on their cohorts, a grader on grades, an admin on
 * users and cohorts. One account may hold several (an instructor who grades another cohort, an admin who teaches);
 * the top bar switches between them and remembers the choice in this browser.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api';
import type { CohortsResponse } from './contract';
import { useSession } from './session';
import { workspacesOf, type Workspace } from './workspaceRules';

export { WORKSPACES, workspacesOf, type Workspace } from './workspaceRules';

const STORAGE_KEY = 'kubelab.workspace';

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
