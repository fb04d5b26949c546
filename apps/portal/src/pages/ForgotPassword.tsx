import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Field } from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { REQUEST_PASSWORD_RESET } from '../graphql/account.operations.js';
import { friendlyMessage } from '../lib/errors.js';

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page never tells anyone which addresses do.
 */
export function ForgotPassword() {
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setFailure(null);
    try {
      await request({ variables: { input: { email } } });
      setSentTo(email);
    } catch (error) {
      setFailure(friendlyMessage(error));
    }
  };

  return (
    <PublicCard title="Reset your password">
      {sentTo ? (
        <>
          <div className="notice notice-success" role="status">
            <p>
              If <strong>{sentTo}</strong> has a Noticeboard account, we have sent it a link to choose a new password.
              The link works for 60 minutes.
            </p>
          </div>
          <p className="muted small">Nothing arrived? Check the spam folder, or try again in a few minutes.</p>
          <p>
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </>
      ) : (
        <>
          <p className="muted">
            Enter the email address you sign in with. We will email you a link to choose a new password.
          </p>
          {failure ? (
            <div className="notice notice-error" role="alert">
              {failure}
            </div>
          ) : null}
          <form onSubmit={(e) => void onSubmit(e)}>
            <Field label="Email">
              {(p) => <input {...p} name="email" type="email" autoComplete="username" required />}
            </Field>
            <button type="submit" className="button button-primary button-block" disabled={loading}>
              {loading ? 'Sending…' : 'Send reset link'}
            </button>
            <p className="small">
              <Link to="/sign-in">Back to sign in</Link>
            </p>
          </form>
        </>
      )}
    </PublicCard>
  );
}
