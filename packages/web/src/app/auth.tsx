import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, errorCode } from '../api/client.ts';
import { authApi, type LoginInput } from '../features/auth/api.ts';
import type { Capability, Me } from '../api/types.ts';

export type { LoginInput };

type AuthState = {
  /** undefined while the session is being checked, null when signed out. */
  me: Me | null | undefined;
  /** Error of the initial /api/me check other than 401 (e.g. the server is down). */
  bootError: ApiError | null;
  /** Set when the session ended by a 401 from the server (shown on the login page). */
  sessionExpired: boolean;
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Drop the local session after the server answered 401 (RequireAuth then routes to /login). */
  clear: () => void;
  can: (capability: Capability) => boolean;
};

const AuthContext = createContext<AuthState | null>(null);

export const fetchMe = (): Promise<Me> => authApi.me();

/** Codes of /api/me that mean "not signed in" (rather than a failure to check). */
const signedOutCodes = new Set(['UNAUTHENTICATED', 'AUTH_SESSION_EXPIRED']);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [bootError, setBootError] = useState<ApiError | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setMe(await fetchMe());
      setBootError(null);
    } catch (err) {
      if (signedOutCodes.has(errorCode(err) ?? '')) {
        setMe(null);
        setBootError(null);
      } else {
        setMe(null);
        setBootError(err instanceof ApiError ? err : new ApiError('UNKNOWN', '无法获取登录状态'));
      }
    }
  }, []);

  useEffect(() => {
    // The sign-in page needs no session check: asking /api/me there only logs a 401 on every visit.
    if (window.location.pathname === '/login') {
      setMe(null);
      return;
    }
    void refresh();
  }, [refresh]);

  const login = useCallback(async (input: LoginInput) => {
    const res = await authApi.login(input);
    setMe(res.user);
    setBootError(null);
    setSessionExpired(false);
    return res.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setMe(null);
    }
  }, []);

  const clear = useCallback(() => {
    setMe((current) => {
      if (current) setSessionExpired(true);
      return null;
    });
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      me,
      bootError,
      sessionExpired,
      login,
      logout,
      refresh,
      clear,
      can: (capability) => me?.capabilities.includes(capability) ?? false,
    }),
    [me, bootError, sessionExpired, login, logout, refresh, clear],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
