import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  DONE,
  FailureNotice,
  formReader,
  outcomeMessage,
  SubmitButton,
  TextField,
  useSubmit,
} from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { REQUEST_PASSWORD_RESET } from '../graphql/account.operations.js';

/**
 * `/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page never tells anyone which addresses do.
 */
export function ForgotPassword() {
  const [request] = useMutation(REQUEST_PASSWORD_RESET);
  const submit = useSubmit();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = formReader(event.currentTarget).text('email');
    const sent = await submit.run(async () => {
      await request({ variables: { input: { email } } });
      return DONE;
    });
    if (sent) setSentTo(email);
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
          <FailureNotice message={outcomeMessage(submit.outcome)} />
          <form onSubmit={submit.onSubmit(onSubmit)}>
            <TextField name="email" label="Email" type="email" autoComplete="username" required markRequired={false} />
            <SubmitButton busy={submit.busy} label="Send reset link" busyLabel="Sending…" />
            <p className="small">
              <Link to="/sign-in">Back to sign in</Link>
            </p>
          </form>
        </>
      )}
    </PublicCard>
  );
}
