/** Who is logged in, shared by every page. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, fetchMe, forgetCsrfToken } from './api';
import type { SessionUser } from './contract';

interface Session {
  /** undefined while loading, null when logged out. */
  me: SessionUser | null | undefined;
  loadError: string | null;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<SessionUser | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setMe(await fetchMe());
      setLoadError(null);
    } catch (err) {
      setMe(null);
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      forgetCsrfToken();
      setMe(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ me, loadError, refresh, logout }), [me, loadError, refresh, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function isStaff(me: SessionUser | null | undefined): boolean {
  return me?.role === 'instructor' || me?.role === 'admin';
}
