/** The signed-in person's bearer token, kept in localStorage so a reload stays signed in. */
const KEY = 'noticeboard.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export const session = {
  get token(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    try {
      if (token) localStorage.setItem(KEY, token);
      else localStorage.removeItem(KEY);
    } catch {
      // Private windows may refuse storage; the session then lasts until reload.
    }
    for (const listener of listeners) listener(token);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
