import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import {
  DONE,
  FailureNotice,
  failureOutcome,
  formReader,
  outcomeMessage,
  SubmitButton,
  TextField,
  useSubmit,
} from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { COMPLETE_SIGN_IN } from '../graphql/account.operations.js';
import { LOGIN } from '../graphql/operations.js';
import { useAuth } from '../lib/auth.js';
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
  const [login] = useMutation(LOGIN);
  const [complete] = useMutation(COMPLETE_SIGN_IN);
  const submit = useSubmit();
  const [challenge, setChallenge] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const message = outcomeMessage(submit.outcome);

  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  if (token) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    await submit.run(async () => {
      const { data } = await login({ variables: { input: { email: f.raw('email'), password: f.raw('password') } } });
      const result = data?.login;
      if (result?.__typename === 'LoginSuccess') signIn(result.token);
      else if (result?.__typename === 'TwoFactorRequired') setChallenge(result.challenge);
      else return failureOutcome(sentence(result?.message ?? 'the email or password is not right'));
      return DONE;
    });
  };

  const onSubmitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = formReader(event.currentTarget).raw('code').replace(/\s+/g, '');
    await submit.run(async () => {
      const { data } = await complete({ variables: { input: { challenge: challenge!, code } } });
      const result = data?.completeSignIn;
      if (result?.__typename !== 'LoginSuccess')
        return failureOutcome(sentence(result?.message ?? 'the code is not right'));
      signIn(result.token);
      return DONE;
    });
  };

  const startOver = () => {
    setChallenge(null);
    submit.show(DONE);
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
      <FailureNotice message={message} focus />
      {challenge ? (
        <form key="code" onSubmit={submit.onSubmit(onSubmitCode)}>
          <TextField
            name="code"
            label="Authentication code"
            hint="6 digits, or a recovery code such as abcde-12345."
            inputRef={codeRef}
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            required
            markRequired={false}
            maxLength={32}
          />
          <SubmitButton busy={submit.busy} label="Verify" busyLabel="Checking…" />
          <button type="button" className="button button-ghost button-block" onClick={startOver}>
            Start over
          </button>
        </form>
      ) : (
        <form key="password" onSubmit={submit.onSubmit(onSubmit)} noValidate={false}>
          <TextField
            name="email"
            label="Email"
            type="email"
            autoComplete="username"
            defaultValue={params.get('email')}
            required
            markRequired={false}
          />
          <TextField
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            markRequired={false}
          />
          <SubmitButton busy={submit.busy} label="Sign in" busyLabel="Signing in…" />
          <p className="small">
            <Link to="/forgot-password">Forgot password?</Link>
          </p>
        </form>
      )}
    </PublicCard>
  );
}
