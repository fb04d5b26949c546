/**
 * When the agency requires two-factor sign-in and the person has not set it up, the API refuses everything but
 * their own account with FORBIDDEN and `extensions.reason` TWO_FACTOR_REQUIRED. The Apollo link reports such a
 * refusal here; the signed-in layout listens, reloads `me` and sends the person to the account page.
 */
export const TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED';

type Listener = () => void;
const listeners = new Set<Listener>();

export const twoFactorGate = {
  report(): void {
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
