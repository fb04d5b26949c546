import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { Field } from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { COMPLETE_SIGN_IN } from '../graphql/account.operations.js';
import { LOGIN } from '../graphql/operations.js';
import { useAuth } from '../lib/auth.js';
import { friendlyMessage } from '../lib/errors.js';
import { sentence } from '../lib/format.js';

/** Where to go after signing in: a path on this site (`next`), else the home page. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * `/sign-in`: email and password, then — for an account with two-factor sign-in — a code from the authenticator
 * app or a recovery code. `?next=` is where to go afterwards, `?email=` fills the address in; a notice passed in the
 * navigation state (after a password reset) is shown above the form.
 */
export function SignIn() {
  const { token, signIn } = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const [login, { loading }] = useMutation(LOGIN);
  const [complete, { loading: completing }] = useMutation(COMPLETE_SIGN_IN);
  const [message, setMessage] = useState<string | null>(null);
  const [challenge, setChallenge] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;

  useEffect(() => {
    if (message) errorRef.current?.focus();
  }, [message]);
  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  if (token) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setMessage(null);
    try {
      const { data } = await login({
        variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } },
      });
      const result = data?.login;
      if (result?.__typename === 'LoginSuccess') signIn(result.token);
      else if (result?.__typename === 'TwoFactorRequired') setChallenge(result.challenge);
      else setMessage(sentence(result?.message ?? 'the email or password is not right'));
    } catch (error) {
      setMessage(friendlyMessage(error));
    }
  };

  const onSubmitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s+/g, '');
    setMessage(null);
    try {
      const { data } = await complete({ variables: { input: { challenge: challenge!, code } } });
      const result = data?.completeSignIn;
      if (result?.__typename === 'LoginSuccess') signIn(result.token);
      else setMessage(sentence(result?.message ?? 'the code is not right'));
    } catch (error) {
      setMessage(friendlyMessage(error));
    }
  };

  const startOver = () => {
    setChallenge(null);
    setMessage(null);
  };

  return (
    <PublicCard title={challenge ? 'Two-factor sign-in' : 'Sign in'}>
      {challenge ? (
        <p className="muted">
          Enter the 6-digit code your authenticator app shows for Noticeboard, or one of your recovery codes.
        </p>
      ) : (
        <p className="muted">Privacy compliance for your agency&apos;s clients.</p>
      )}
      {notice && !message ? (
        <div className="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      {message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={errorRef}>
          {message}
        </div>
      ) : null}
      {challenge ? (
        <form key="code" onSubmit={(e) => void onSubmitCode(e)}>
          <Field label="Authentication code" hint="6 digits, or a recovery code such as abcde-12345.">
            {(p) => (
              <input
                {...p}
                ref={codeRef}
                name="code"
                autoComplete="one-time-code"
                autoCapitalize="off"
                spellCheck={false}
                required
                maxLength={32}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={completing}>
            {completing ? 'Checking…' : 'Verify'}
          </button>
          <button type="button" className="button button-ghost button-block" onClick={startOver}>
            Start over
          </button>
        </form>
      ) : (
        <form key="password" onSubmit={(e) => void onSubmit(e)} noValidate={false}>
          <Field label="Email">
            {(p) => (
              <input
                {...p}
                name="email"
                type="email"
                autoComplete="username"
                defaultValue={params.get('email') ?? ''}
                required
              />
            )}
          </Field>
          <Field label="Password">
            {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}
          </Field>
          <button type="submit" className="button button-primary button-block" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
          <p className="small">
            <Link to="/forgot-password">Forgot password?</Link>
          </p>
        </form>
      )}
    </PublicCard>
  );
}
