import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiClient, whoAmI } from '../api/client';
import type { Session } from '../api/types';

const STORAGE_KEY = 'inventory-console.token';

interface SignedIn extends Session {
  token: string;
}

interface SessionContextValue {
  session: SignedIn | null;
  client: ApiClient | null;
  /** Checks the token with the server, then keeps it for this browser tab. */
  signIn(token: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function storedSession(): SignedIn | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) {
    return null;
  }
  try {
    return JSON.parse(raw) as SignedIn;
  } catch {
    return null;
  }
}

/** The signed-in API token, kept in sessionStorage: closing the tab signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SignedIn | null>(storedSession);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);

  const signIn = useCallback(async (token: string) => {
    const who = await whoAmI(token.trim());
    const signedIn = { ...who, token: token.trim() };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(signedIn));
    setSession(signedIn);
  }, []);

  const client = useMemo(() => {
    if (!session) {
      return null;
    }
    const api = new ApiClient(session.token);
    // A revoked token mid-session sends the operator back to the sign-in page.
    api.setUnauthorizedListener(signOut);
    return api;
  }, [session, signOut]);

  const value = useMemo(() => ({ session, client, signIn, signOut }), [session, client, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }
  return value;
}

/** The API client of the signed-in session; only used on pages behind sign-in. */
export function useApi(): ApiClient {
  const { client } = useSession();
  if (!client) {
    throw new Error('useApi without a session');
  }
  return client;
}

/** True when the token may change things (scope admin); read tokens see the pages without the buttons. */
export function useCanWrite(): boolean {
  return useSession().session?.scope === 'admin';
}
