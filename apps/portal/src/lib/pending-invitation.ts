/**
 * An invitation link's token, kept for the tab while its holder signs in: the sign-in page then comes back to
 * `/accept-invitation` without the token in any address (it travels only in the link's fragment).
 */
const KEY = 'noticeboard.invitation';

export const pendingInvitation = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    try {
      if (token) sessionStorage.setItem(KEY, token);
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage refused: the person opens the emailed link again after signing in.
    }
  },
};

/** The token of an emailed link (`…#<token>`), without the `#`. */
export function tokenFromHash(hash: string): string | null {
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return token || null;
}
