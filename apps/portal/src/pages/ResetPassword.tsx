import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  formReader,
  PasswordFields,
  problemsOutcome,
  ProblemsSummary,
  SubmitButton,
  useSubmit,
} from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { RESET_PASSWORD } from '../graphql/account.operations.js';
import { useAuth } from '../lib/auth.js';
import { tokenFromHash } from '../lib/pending-invitation.js';
import { resetLinkProblem } from './link-problems.js';

/**
 * `/reset-password#<token>`: chooses a new password with an emailed link. Every session of the account is signed
 * out, this browser's too; the sign-in page then says the password was changed.
 */
export function ResetPassword() {
  const location = useLocation();
  const navigate = useNavigate();
  const { signOut } = useAuth();
  const token = tokenFromHash(location.hash);
  const [reset] = useMutation(RESET_PASSWORD);
  const submit = useSubmit();
  const [linkProblem, setLinkProblem] = useState<string | null>(token ? null : resetLinkProblem('UNKNOWN'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const newPassword = f.raw('newPassword');
    if (newPassword !== f.raw('repeatPassword')) {
      submit.show(
        problemsOutcome({ path: 'repeatPassword', code: 'MISMATCH', message: 'the two passwords are not the same' }),
      );
      return;
    }
    await submit.save(
      async () => (await reset({ variables: { input: { token: token!, newPassword } } })).data?.resetPassword,
      (result) => {
        if (result?.__typename === 'User') {
          signOut();
          void navigate('/sign-in', {
            replace: true,
            state: {
              notice: 'Your password was changed and every session was signed out. Sign in with your new password.',
            },
          });
        } else if (result?.__typename === 'LinkNotValid') setLinkProblem(resetLinkProblem(result.reason));
      },
    );
  };

  return (
    <PublicCard title="Choose a new password">
      {linkProblem ? (
        <>
          <div className="notice notice-error" role="alert">
            <p>{linkProblem}</p>
          </div>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link> · <Link to="/sign-in">Sign in</Link>
          </p>
        </>
      ) : (
        <>
          <p className="muted">Signing in with the new password works at once; everywhere else you are signed out.</p>
          <ProblemsSummary outcome={submit.outcome} shown={['newPassword', 'repeatPassword', 'token']} />
          <form onSubmit={submit.onSubmit(onSubmit)} noValidate>
            <PasswordFields problems={submit.at} />
            <SubmitButton busy={submit.busy} label="Save new password" busyLabel="Saving…" />
          </form>
        </>
      )}
    </PublicCard>
  );
}
