import { useMutation, useQuery } from '@apollo/client/react';
import { Suspense, useEffect, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { LOGOUT, ME } from '../graphql/operations.js';
import { useAuth } from '../lib/auth.js';
import { ErrorState } from '../lib/errors.js';
import { twoFactorGate } from '../lib/two-factor-gate.js';
import { Loading } from './States.js';

/** The app shell: skip link, banner with the agency and the person, main navigation, and the page. */
export function Layout() {
  const { signOut } = useAuth();
  const me = useQuery(ME);
  const [logout] = useMutation(LOGOUT);
  const location = useLocation();
  const first = useRef(true);
  const { refetch } = me;

  // A refusal because the agency now requires two-factor sign-in: reload `me`, which then sends the person to /account.
  useEffect(() => twoFactorGate.subscribe(() => void refetch()), [refetch]);

  // After client-side navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [location.pathname]);

  const onSignOut = async () => {
    await logout().catch(() => undefined);
    signOut();
  };

  const data = me.data?.me;
  // Until the person sets up two-factor sign-in their agency requires, only their account page works.
  const setupRequired = data?.twoFactorSetupRequired === true;
  const onAccount = location.pathname === '/account';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="banner">
        <div className="banner-inner">
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              N
            </span>
            <span>Noticeboard</span>
          </NavLink>
          {data?.agency ? <span className="agency-name">{data.agency.name}</span> : null}
          {setupRequired ? null : (
            <nav aria-label="Main" className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    Clients
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/requests">Requests</NavLink>
                </li>
                {/* Agency staff read the catalog (owners also change it); a caller without an agency cannot. */}
                {data?.user && data.agency ? (
                  <li>
                    <NavLink to="/catalog">Catalog</NavLink>
                  </li>
                ) : null}
                {data?.canManageAgency ? (
                  <li>
                    <NavLink to="/settings">Settings</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          )}
          <div className="account">
            {data?.user ? (
              <span className="account-name" title={data.user.email}>
                {data.user.name}
              </span>
            ) : null}
            {data?.user ? (
              <NavLink to="/account" className="button button-ghost">
                Account
              </NavLink>
            ) : null}
            <button type="button" className="button button-ghost" onClick={() => void onSignOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page">
        {me.error && !data ? (
          <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        ) : !data ? (
          // Pages wait for `me`: a person who must first set up two-factor sign-in is sent on, not shown refusals.
          <Loading label="Loading…" />
        ) : setupRequired && !onAccount ? (
          <Navigate to="/account" replace />
        ) : (
          <Suspense fallback={<Loading label="Loading the page…" />}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}
