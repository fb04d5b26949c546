import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Field, ProblemSummary } from '../../components/Field.js';
import { Loading } from '../../components/States.js';
import { ADD_AGENCY_MEMBER, AGENCY_SETTINGS, REMOVE_AGENCY_MEMBER, UPDATE_AGENCY, UPDATE_AGENCY_MEMBER } from '../../graphql/settings.operations.js';
import { ErrorState, problemsByPath, unplaced } from '../../lib/errors.js';
import { MemberManager } from './MemberManager.js';
import { AGENCY_ROLES } from './settings-format.js';
import { DONE, outcomeOf, StatusNotice, validationFailed, type Outcome } from './settings-ui.js';

function AgencyNameForm({ name }: { name: string }) {
  const [update, { loading }] = useMutation(UPDATE_AGENCY);
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const [status, setStatus] = useState<string | null>(null);
  const byPath = problemsByPath(outcome.problems);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    setStatus(null);
    setOutcome(DONE);
    const result = await outcomeOf(
      () => update({ variables: { input: { name: value } }, refetchQueries: ['Me', 'AgencySettings'], awaitRefetchQueries: true }),
      (r) => validationFailed(r.data?.updateAgency),
    );
    setOutcome(result);
    if (result === DONE) setStatus('The agency name was saved.');
  };
  return (
    <form className="form inline-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ProblemSummary failure={outcome.failure} problems={outcome.problems} unplaced={unplaced(outcome.problems, ['name'])} />
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      <Field label="Agency name" problems={byPath.get('name')}>
        {(p) => <input {...p} name="name" defaultValue={name} required />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save name'}
        </button>
      </div>
    </form>
  );
}

/** `/settings`: the agency's name and its people (owners manage; the main navigation links here only for them). */
export function AgencySettings() {
  const { data, error, refetch } = useQuery(AGENCY_SETTINGS, { variables: { first: 100 }, fetchPolicy: 'network-only' });
  const refetchMembers = { refetchQueries: ['AgencySettings'], awaitRefetchQueries: true };
  const [add] = useMutation(ADD_AGENCY_MEMBER);
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
          <p className="muted">{me?.agency ? `The people of ${me.agency.name} and what they may do.` : 'The agency and its people.'}</p>
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
            </section>
          ) : null}
          <section className="card" aria-labelledby="agency-members-heading">
            <h2 id="agency-members-heading">Agency members</h2>
            <p className="muted">Owners work in every client. Members work only in the clients whose member list names them.</p>
            <MemberManager
              scope="agency"
              members={data.agencyMembers.edges.map((e) => e.node)}
              roles={AGENCY_ROLES}
              canManage={me.canManageAgency}
              selfId={me.user?.id ?? null}
              onAdd={(input) =>
                outcomeOf(
                  () => add({ variables: { input: { ...input, role: input.role as never } }, ...refetchMembers }),
                  (r) => validationFailed(r.data?.addAgencyMember),
                )
              }
              onChangeRole={(userId, role) =>
                outcomeOf(
                  () => update({ variables: { input: { userId, role: role as never } }, ...refetchMembers }),
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
            {data.agencyMembers.pageInfo.hasNextPage ? <p className="muted small">The first 100 of {data.agencyMembers.totalCount} members are shown.</p> : null}
          </section>
        </>
      )}
    </>
  );
}
