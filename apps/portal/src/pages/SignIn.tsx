import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Field } from '../components/Field.js';
import { LOGIN } from '../graphql/operations.js';
import { useAuth } from '../lib/auth.js';
import { friendlyMessage } from '../lib/errors.js';
import { sentence } from '../lib/format.js';

export function SignIn() {
  const { token, signIn } = useAuth();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LOGIN);
  const [message, setMessage] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Noticeboard';
  }, []);
  useEffect(() => {
    if (message) errorRef.current?.focus();
  }, [message]);

  const next = params.get('next');
  if (token) return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setMessage(null);
    try {
      const { data } = await login({ variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } } });
      const result = data?.login;
      if (result?.__typename === 'LoginSuccess') signIn(result.token);
      else setMessage(sentence(result?.message ?? 'the email or password is not right'));
    } catch (error) {
      setMessage(friendlyMessage(error));
    }
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span>Noticeboard</span>
        </p>
        <h1>Sign in</h1>
        <p className="muted">Privacy compliance for your agency&apos;s clients.</p>
        {message ? (
          <div className="notice notice-error" role="alert" tabIndex={-1} ref={errorRef}>
            {message}
          </div>
        ) : null}
        <form onSubmit={(e) => void onSubmit(e)} noValidate={false}>
          <Field label="Email">{(p) => <input {...p} name="email" type="email" autoComplete="username" required />}</Field>
          <Field label="Password">{(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}</Field>
          <button type="submit" className="button button-primary button-block" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
