import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  DONE,
  failureOutcome,
  formReader,
  NewPasswordField,
  problemsOutcome,
  ProblemsSummary,
  SubmitButton,
  TextField,
  useSubmit,
} from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { Loading } from '../components/States.js';
import { ACCEPT_INVITATION, INVITATION_PREVIEW } from '../graphql/account.operations.js';
import { LOGOUT, ME } from '../graphql/operations.js';
import { useAuth } from '../lib/auth.js';
import { ErrorState } from '../lib/errors.js';
import { label } from '../lib/format.js';
import { pendingInvitation, tokenFromHash } from '../lib/pending-invitation.js';
import { AGENCY_ROLES, TENANT_ROLES } from './settings/settings-format.js';
import { invitationLinkProblem } from './link-problems.js';

type Accepted = { kind: string; tenantSlug?: string | null };

function roleName(kind: string, role: string): string {
  const roles = kind === 'AGENCY' ? AGENCY_ROLES : TENANT_ROLES;
  return roles.find((r) => r.value === role)?.label ?? label({}, role);
}

/**
 * `/accept-invitation#<token>`: what the invitation offers, then — signed in as the invited address — accept it;
 * signed in as someone else, sign out or switch; signed out with an account for the address, sign in and come back;
 * without an account, choose a name and a password (which signs the person in).
 */
export function AcceptInvitation() {
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { token: sessionToken, signIn, signOut } = useAuth();
  const fromHash = tokenFromHash(location.hash);
  const token = fromHash ?? pendingInvitation.get();
  const preview = useQuery(INVITATION_PREVIEW, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const me = useQuery(ME, { skip: !sessionToken, fetchPolicy: 'network-only' });
  const [accept] = useMutation(ACCEPT_INVITATION);
  const [logout] = useMutation(LOGOUT);
  const submit = useSubmit();
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [wrongAccount, setWrongAccount] = useState<string | null>(null);

  // The link's token is kept for this tab, so signing in can come back here without it in any address.
  useEffect(() => {
    if (fromHash) pendingInvitation.set(fromHash);
  }, [fromHash]);

  if (!token) {
    return (
      <PublicCard title="Accept an invitation">
        <div className="notice notice-error" role="alert">
          <p>{invitationLinkProblem('UNKNOWN')}</p>
        </div>
      </PublicCard>
    );
  }

  const done = async (accepted: Accepted, newSession: string | null) => {
    pendingInvitation.set(null);
    // What the person may see has changed: nothing loaded before may be reused.
    await client.clearStore();
    if (newSession) signIn(newSession);
    void navigate(accepted.tenantSlug ? `/tenants/${encodeURIComponent(accepted.tenantSlug)}` : '/', { replace: true });
  };

  const acceptWith = (input: { name?: string; password?: string }) =>
    submit.run(async () => {
      const { data } = await accept({ variables: { input: { token, ...input } } });
      const result = data?.acceptInvitation;
      switch (result?.__typename) {
        case 'InvitationAccepted':
          await done(result, result.token ?? null);
          break;
        case 'LinkNotValid':
          pendingInvitation.set(null);
          setLinkProblem(invitationLinkProblem(result.reason));
          break;
        case 'WrongAccount':
          setWrongAccount(result.invitedEmail);
          break;
        case 'SignInRequired':
          void preview.refetch();
          return failureOutcome('The invited address already has an account: sign in to it to accept.');
        case 'ValidationFailed':
          return problemsOutcome(...result.problems);
      }
      return DONE;
    });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    await acceptWith({ name: f.text('name'), password: f.raw('password') });
  };

  const signOutHere = async () => {
    await logout().catch(() => undefined);
    signOut();
    setWrongAccount(null);
  };

  const signInAs = async (email: string) => {
    await signOutHere();
    void navigate(`/sign-in?next=${encodeURIComponent('/accept-invitation')}&email=${encodeURIComponent(email)}`);
  };

  const result = preview.data?.invitation;
  if (linkProblem || result?.__typename === 'LinkNotValid') {
    return (
      <PublicCard title="This link does not work">
        <div className="notice notice-error" role="alert">
          <p>
            {linkProblem ?? invitationLinkProblem(result?.__typename === 'LinkNotValid' ? result.reason : 'UNKNOWN')}
          </p>
        </div>
        <p>
          <Link to={sessionToken ? '/' : '/sign-in'}>{sessionToken ? 'Go to Noticeboard' : 'Sign in'}</Link>
        </p>
      </PublicCard>
    );
  }
  if (preview.error && !result) {
    return (
      <PublicCard title="Accept an invitation">
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      </PublicCard>
    );
  }
  if (!result || (sessionToken && !me.data && !me.error)) {
    return (
      <PublicCard title="Accept an invitation">
        <Loading label="Opening the invitation…" />
      </PublicCard>
    );
  }

  const place =
    result.kind === 'TENANT' && result.tenantName
      ? `${result.tenantName} (through ${result.agencyName})`
      : result.agencyName;
  const signedInAs = sessionToken ? (me.data?.me.user?.email ?? null) : null;
  const mismatch =
    wrongAccount ?? (signedInAs && signedInAs.toLowerCase() !== result.email.toLowerCase() ? result.email : null);
  const summary = (
    <p>
      {result.invitedByName ? `${result.invitedByName} invited` : 'You were invited:'} <strong>{result.email}</strong>{' '}
      to join <strong>{place}</strong> as <strong>{roleName(result.kind, result.role)}</strong>.
    </p>
  );

  return (
    <PublicCard title={`Join ${result.kind === 'TENANT' && result.tenantName ? result.tenantName : result.agencyName}`}>
      {summary}
      <ProblemsSummary outcome={submit.outcome} shown={['name', 'password']} />
      {mismatch ? (
        <>
          <div className="notice notice-warning" role="alert">
            <p>
              You are signed in as <strong>{signedInAs}</strong>, but this invitation is for <strong>{mismatch}</strong>
              . Only that account can accept it.
            </p>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void signOutHere()}>
              Sign out
            </button>
            <button type="button" className="button button-primary" onClick={() => void signInAs(mismatch)}>
              Sign in as {mismatch}
            </button>
          </div>
        </>
      ) : signedInAs ? (
        <>
          <p className="muted">You are signed in as {signedInAs}.</p>
          <button
            type="button"
            className="button button-primary button-block"
            disabled={submit.busy}
            onClick={() => void acceptWith({})}
          >
            {submit.busy ? 'Accepting…' : 'Accept invitation'}
          </button>
        </>
      ) : result.accountExists ? (
        <>
          <p className="muted">
            {result.email} already has a Noticeboard account. Sign in to it to accept; you come back here afterwards.
          </p>
          <Link
            className="button button-primary button-block"
            to={`/sign-in?next=${encodeURIComponent('/accept-invitation')}&email=${encodeURIComponent(result.email)}`}
          >
            Sign in to accept
          </Link>
          <p className="small">
            <Link to="/forgot-password">Forgot password?</Link>
          </p>
        </>
      ) : (
        <form onSubmit={submit.onSubmit(onSubmit)} noValidate>
          <p className="muted">
            Create your account: you sign in with {result.email} and the password you choose here.
          </p>
          <TextField
            name="name"
            label="Your name"
            autoComplete="name"
            required
            markRequired={false}
            problems={submit.at('name')}
          />
          <NewPasswordField name="password" label="Choose a password" problems={submit.at('password')} />
          <SubmitButton busy={submit.busy} label="Create account and accept" busyLabel="Creating your account…" />
        </form>
      )}
    </PublicCard>
  );
}
