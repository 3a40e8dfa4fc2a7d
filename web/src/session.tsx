/** The signed-in user, loaded from /api/auth/me; null when nobody is signed in. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, get, post } from './api/client';
import type { Me } from './api/types';
import { clearDrafts } from './drafts';

interface Session {
  /** undefined while loading, null when signed out. */
  readonly me: Me | null | undefined;
  readonly refresh: () => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session>({ me: undefined, refresh: () => Promise.resolve(), logout: () => Promise.resolve() });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setMe(await get<Me>('/api/auth/me'));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) throw e;
      setMe(null);
    }
  }, []);
  const logout = useCallback(async () => {
    await post('/api/auth/logout').catch(() => undefined);
    clearDrafts();
    setMe(null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);
  return <SessionContext.Provider value={{ me, refresh, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
