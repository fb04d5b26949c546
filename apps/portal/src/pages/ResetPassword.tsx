import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Field, ProblemsSummary } from '../components/form/index.js';
import { PublicCard } from '../components/PublicCard.js';
import { RESET_PASSWORD } from '../graphql/account.operations.js';
import { useAuth } from '../lib/auth.js';
import { friendlyMessage, problemsByPath, problemsFromError, type Problem } from '../lib/errors.js';
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
  const [reset, { loading }] = useMutation(RESET_PASSWORD);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(token ? null : resetLinkProblem('UNKNOWN'));
  const byPath = problemsByPath(problems);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    setProblems([]);
    setFailure(null);
    if (newPassword !== String(form.get('repeatPassword') ?? '')) {
      setProblems([{ path: 'repeatPassword', code: 'MISMATCH', message: 'the two passwords are not the same' }]);
      return;
    }
    try {
      const { data } = await reset({ variables: { input: { token: token!, newPassword } } });
      const result = data?.resetPassword;
      if (result?.__typename === 'User') {
        signOut();
        void navigate('/sign-in', {
          replace: true,
          state: {
            notice: 'Your password was changed and every session was signed out. Sign in with your new password.',
          },
        });
      } else if (result?.__typename === 'LinkNotValid') setLinkProblem(resetLinkProblem(result.reason));
      else if (result?.__typename === 'ValidationFailed') setProblems([...result.problems]);
    } catch (error) {
      const fromInput = problemsFromError(error);
      if (fromInput.length) setProblems(fromInput);
      else setFailure(friendlyMessage(error));
    }
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
          <ProblemsSummary outcome={{ problems, failure }} shown={['newPassword', 'repeatPassword', 'token']} />
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <Field label="New password" hint="At least 10 characters." problems={byPath.get('newPassword')}>
              {(p) => (
                <input {...p} name="newPassword" type="password" autoComplete="new-password" required minLength={10} />
              )}
            </Field>
            <Field label="Repeat new password" problems={byPath.get('repeatPassword')}>
              {(p) => <input {...p} name="repeatPassword" type="password" autoComplete="new-password" required />}
            </Field>
            <button type="submit" className="button button-primary button-block" disabled={loading}>
              {loading ? 'Saving…' : 'Save new password'}
            </button>
          </form>
        </>
      )}
    </PublicCard>
  );
}
