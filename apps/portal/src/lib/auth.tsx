import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { session } from './session.js';

interface Auth {
  token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(session.token);
  useEffect(() => session.subscribe(setToken), []);
  // Whoever signs in next must not see what the previous person loaded. Only on signing out: clearing the store
  // aborts queries in flight, such as those of a public page (an emailed link) opened while signed out.
  const previous = useRef(token);
  useEffect(() => {
    if (previous.current && !token) void client.clearStore();
    previous.current = token;
  }, [token, client]);
  const signIn = useCallback((t: string) => session.set(t), []);
  const signOut = useCallback(() => session.set(null), []);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
