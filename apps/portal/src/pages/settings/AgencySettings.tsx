import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/States.js';
import {
  AGENCY_INVITATIONS,
  AGENCY_SETTINGS,
  INVITE_AGENCY_MEMBER,
  REMOVE_AGENCY_MEMBER,
  RESEND_AGENCY_INVITATION,
  REVOKE_AGENCY_INVITATION,
  UPDATE_AGENCY,
  UPDATE_AGENCY_MEMBER,
} from '../../graphql/settings.operations.js';
import { sentence } from '../../lib/format.js';
import { ErrorState } from '../../lib/errors.js';
import { MemberManager } from './MemberManager.js';
import { AGENCY_ROLE_VALUES, AGENCY_ROLES } from './settings-format.js';
import {
  choiceOf,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { StatusNotice } from './settings-ui.js';

function AgencyNameForm({ name }: { name: string }) {
  const [update] = useMutation(UPDATE_AGENCY);
  const submit = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formReader(event.currentTarget).text('name');
    setStatus(null);
    const saved = await submit.run(() =>
      outcomeOf(
        () =>
          update({
            variables: { input: { name: value } },
            refetchQueries: ['Me', 'AgencySettings'],
            awaitRefetchQueries: true,
          }),
        (r) => validationFailed(r.data?.updateAgency),
      ),
    );
    if (saved) setStatus('The agency name was saved.');
  };
  return (
    <form className="form inline-form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['name']} />
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <TextField
        name="name"
        label="Agency name"
        defaultValue={name}
        required
        markRequired={false}
        problems={submit.at('name')}
      />
      <FormActions busy={submit.busy} saveLabel="Save name" />
    </form>
  );
}

/**
 * Whether everyone in the agency and its clients must sign in with a second factor. The API refuses to turn it on
 * for an owner without two-factor sign-in (ValidationFailed on `requireTwoFactor`), shown at the checkbox.
 */
function TwoFactorPolicyForm({ required, ownTwoFactor }: { required: boolean; ownTwoFactor: boolean }) {
  const [update] = useMutation(UPDATE_AGENCY);
  const submit = useSubmit();
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();
  const problems = submit.at('requireTwoFactor');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = formReader(event.currentTarget).checked('requireTwoFactor');
    setStatus(null);
    const saved = await submit.run(() =>
      outcomeOf(
        () =>
          update({
            variables: { input: { requireTwoFactor: value } },
            refetchQueries: ['Me', 'AgencySettings'],
            awaitRefetchQueries: true,
          }),
        (r) => validationFailed(r.data?.updateAgency),
      ),
    );
    if (saved) setStatus(value ? 'Two-factor sign-in is now required.' : 'Two-factor sign-in is no longer required.');
  };
  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Two-factor sign-in</h3>
      <ProblemsSummary outcome={submit.outcome} shown={['requireTwoFactor']} />
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <div className={`field${problems?.length ? ' field-invalid' : ''}`}>
        <label className="checkbox" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            name="requireTwoFactor"
            defaultChecked={required}
            aria-describedby={[`${id}-hint`, problems?.length ? `${id}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={problems?.length ? true : undefined}
          />{' '}
          Require two-factor sign-in
        </label>
        <p className="hint" id={`${id}-hint`}>
          Everyone in the agency and everyone working in its clients must then sign in with a code from an authenticator
          app; whoever has not set it up is asked to first.
          {ownTwoFactor ? null : (
            <>
              {' '}
              Turn it on for yourself first, under <Link to="/account">Account</Link>.
            </>
          )}
        </p>
        {problems?.length ? (
          <p className="field-error" id={`${id}-error`}>
            {problems.map((p) => sentence(p.message)).join(' ')}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submit.busy}>
          {submit.busy ? 'Saving…' : 'Save two-factor setting'}
        </button>
      </div>
    </form>
  );
}

/** `/settings`: the agency's name and its people (owners manage; the main navigation links here only for them). */
export function AgencySettings() {
  const { data, error, refetch } = useQuery(AGENCY_SETTINGS, {
    variables: { first: 100 },
    fetchPolicy: 'network-only',
  });
  const refetchMembers = { refetchQueries: ['AgencySettings'], awaitRefetchQueries: true };
  const invitations = useQuery(AGENCY_INVITATIONS, {
    variables: { first: 100 },
    fetchPolicy: 'network-only',
    skip: !data?.me.canManageAgency,
  });
  const refetchInvitations = { refetchQueries: ['AgencyInvitations'], awaitRefetchQueries: true };
  const [invite] = useMutation(INVITE_AGENCY_MEMBER);
  const [resend] = useMutation(RESEND_AGENCY_INVITATION);
  const [revoke] = useMutation(REVOKE_AGENCY_INVITATION);
  const [update] = useMutation(UPDATE_AGENCY_MEMBER);
  const [remove] = useMutation(REMOVE_AGENCY_MEMBER);

  useEffect(() => {
    document.title = 'Agency settings · Noticeboard';
  }, []);

  const me = data?.me;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Agency settings</h1>
          <p className="muted">
            {me?.agency ? `The people of ${me.agency.name} and what they may do.` : 'The agency and its people.'}
          </p>
        </div>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data || !me ? (
        <Loading />
      ) : !me.agency ? (
        <div className="notice notice-error" role="alert">
          <p>You are not a member of an agency, so there are no agency settings for you.</p>
        </div>
      ) : (
        <>
          {me.canManageAgency ? (
            <section className="card" aria-labelledby="agency-heading">
              <h2 id="agency-heading">Agency</h2>
              <AgencyNameForm name={me.agency.name} />
              <TwoFactorPolicyForm required={me.agency.requireTwoFactor} ownTwoFactor={me.twoFactorEnabled} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="agency-members-heading">
            <h2 id="agency-members-heading">Agency members</h2>
            <p className="muted">
              Owners work in every client. Members work only in the clients whose member list names them.
            </p>
            <MemberManager
              scope="agency"
              members={data.agencyMembers.edges.map((e) => e.node)}
              invitations={invitations.data?.agencyInvitations.edges.map((e) => e.node) ?? []}
              roles={AGENCY_ROLES}
              canManage={me.canManageAgency}
              selfId={me.user?.id ?? null}
              onInvite={(email, role) =>
                outcomeOf(
                  () =>
                    invite({
                      variables: { input: { email, role: choiceOf('role', role, AGENCY_ROLE_VALUES) } },
                      ...refetchInvitations,
                    }),
                  (r) => validationFailed(r.data?.inviteAgencyMember),
                )
              }
              onResend={(id) =>
                outcomeOf(
                  () => resend({ variables: { id }, ...refetchInvitations }),
                  (r) => validationFailed(r.data?.resendAgencyInvitation),
                )
              }
              onRevoke={(id) =>
                outcomeOf(
                  () => revoke({ variables: { id }, ...refetchInvitations }),
                  (r) => validationFailed(r.data?.revokeAgencyInvitation),
                )
              }
              onChangeRole={(userId, role) =>
                outcomeOf(
                  () =>
                    update({
                      variables: { input: { userId, role: choiceOf('role', role, AGENCY_ROLE_VALUES) } },
                      ...refetchMembers,
                    }),
                  (r) => validationFailed(r.data?.updateAgencyMember),
                )
              }
              onRemove={(userId) =>
                outcomeOf(
                  () => remove({ variables: { userId }, ...refetchMembers }),
                  (r) => validationFailed(r.data?.removeAgencyMember),
                )
              }
            />
            {data.agencyMembers.pageInfo.hasNextPage ? (
              <p className="muted small">The first 100 of {data.agencyMembers.totalCount} members are shown.</p>
            ) : null}
          </section>
        </>
      )}
    </>
  );
}
