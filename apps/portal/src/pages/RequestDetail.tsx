import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { DueBadge, StateBadge } from '../components/Badges.js';
import { Dialog } from '../components/Dialog.js';
import {
  DONE,
  Field,
  formReader,
  outcomeOf,
  ProblemsSummary,
  useSubmit,
  validationFailed,
  type FormReader,
  type Outcome,
} from '../components/form/index.js';
import { Loading } from '../components/States.js';
import {
  ADD_NOTE,
  COMPLETE_REQUEST,
  CONFIRM_IDENTITY,
  EXTEND_REQUEST,
  REFUSE_REQUEST,
  REQUEST_DETAIL,
  REQUEST_DETAIL_FIELDS,
  REQUEST_RESULT,
  RESEND_VERIFICATION,
  SKIP_VERIFICATION,
} from '../graphql/operations.js';
import { readFragment, type FragmentOf, type ResultOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';
import { ErrorState } from '../lib/errors.js';
import {
  ACTION_LABELS,
  formatDate,
  formatDateTime,
  JURISDICTION_LABELS,
  label,
  REQUEST_TYPE_LABELS,
} from '../lib/format.js';

type Request = ResultOf<typeof REQUEST_DETAIL_FIELDS>;
type Action = 'CONFIRM_IDENTITY' | 'SKIP_VERIFICATION' | 'SEND_VERIFICATION' | 'EXTEND' | 'COMPLETE' | 'REFUSE';

const ACTION_BUTTONS: Record<Action, { button: string; title: string; primary?: boolean; danger?: boolean }> = {
  CONFIRM_IDENTITY: { button: 'Confirm identity', title: 'Confirm the requester’s identity', primary: true },
  SKIP_VERIFICATION: { button: 'Skip verification', title: 'Start without an identity check' },
  SEND_VERIFICATION: { button: 'Resend verification', title: 'Send a new verification link and code' },
  EXTEND: { button: 'Extend deadline', title: 'Extend the deadline' },
  COMPLETE: { button: 'Complete', title: 'Complete the request', primary: true },
  REFUSE: { button: 'Refuse', title: 'Refuse the request', danger: true },
};

const REFUSAL_GROUNDS = {
  MANIFESTLY_UNFOUNDED: 'Manifestly unfounded',
  EXCESSIVE: 'Excessive',
  IDENTITY_NOT_VERIFIED: 'Identity not verified',
  LEGAL_EXEMPTION: 'Legal exemption',
  OTHER: 'Other',
};

/** The problems of a mutation's DataSubjectRequestResult, if it was refused. */
const refused = (result: FragmentOf<typeof REQUEST_RESULT> | undefined) =>
  validationFailed(result ? readFragment(REQUEST_RESULT, result) : null);

function useRequestMutations(tenant: string) {
  // The history is not in mutation results (cost limit): the detail query is fetched again after each step.
  const opts = { ...inTenant(tenant), refetchQueries: ['RequestDetail'], awaitRefetchQueries: true };
  const [confirm] = useMutation(CONFIRM_IDENTITY, opts);
  const [skip] = useMutation(SKIP_VERIFICATION, opts);
  const [resend] = useMutation(RESEND_VERIFICATION, opts);
  const [extend] = useMutation(EXTEND_REQUEST, opts);
  const [complete] = useMutation(COMPLETE_REQUEST, opts);
  const [refuse] = useMutation(REFUSE_REQUEST, opts);
  const [note] = useMutation(ADD_NOTE, opts);
  return (action: Action | 'NOTE', id: string, f: FormReader): Promise<Outcome> => {
    switch (action) {
      case 'CONFIRM_IDENTITY':
        return outcomeOf(
          async () =>
            (await confirm({ variables: { input: { id, reason: f.text('reason') } } })).data?.confirmRequestIdentity,
          refused,
        );
      case 'SKIP_VERIFICATION':
        return outcomeOf(
          async () =>
            (await skip({ variables: { input: { id, reason: f.text('reason') } } })).data?.skipRequestVerification,
          refused,
        );
      case 'SEND_VERIFICATION':
        return outcomeOf(async () => (await resend({ variables: { id } })).data?.resendRequestVerification, refused);
      case 'EXTEND':
        return outcomeOf(
          async () =>
            (await extend({ variables: { input: { id, reason: f.text('reason'), newDueOn: f.optional('newDueOn') } } }))
              .data?.extendRequestDeadline,
          refused,
        );
      case 'COMPLETE':
        return outcomeOf(
          async () =>
            (await complete({ variables: { input: { id, outcome: f.text('outcome') } } })).data?.completeRequest,
          refused,
        );
      case 'REFUSE':
        return outcomeOf(
          async () =>
            (
              await refuse({
                variables: { input: { id, ground: f.oneOf('ground', REFUSAL_GROUNDS), reason: f.text('reason') } },
              })
            ).data?.refuseRequest,
          refused,
        );
      case 'NOTE':
        return outcomeOf(
          async () => (await note({ variables: { input: { id, note: f.text('note') } } })).data?.addRequestNote,
          refused,
        );
    }
  };
}

function ActionDialog({
  action,
  request,
  run,
  onClose,
}: {
  action: Action | null;
  request: Request;
  run: ReturnType<typeof useRequestMutations>;
  onClose: () => void;
}) {
  const submit = useSubmit();
  const byPath = { get: submit.at };
  const close = () => {
    submit.show(DONE);
    onClose();
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!action) return;
    const f = formReader(event.currentTarget);
    if (await submit.run(() => run(action, request.id, f))) close();
  };
  const meta = action ? ACTION_BUTTONS[action] : null;
  return (
    <Dialog title={meta?.title ?? ''} open={action !== null} onClose={close}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)}>
        <ProblemsSummary outcome={submit.outcome} shown={['reason', 'newDueOn', 'outcome', 'ground']} />
        {action === 'EXTEND' ? (
          <>
            <p>
              Due now on <strong>{formatDate(request.dueOn)}</strong>.{' '}
              {request.extensionDueOn ? (
                <>
                  The law allows up to <strong>{formatDate(request.extensionDueOn)}</strong>.
                </>
              ) : (
                'Name the new date.'
              )}{' '}
              The requester is told why.
            </p>
            <Field
              label="New due date"
              hint={
                request.extensionDueOn
                  ? 'Optional: leave empty to take the full extension.'
                  : 'Required under this regime.'
              }
              problems={byPath.get('newDueOn')}
            >
              {(p) => (
                <input
                  {...p}
                  type="date"
                  name="newDueOn"
                  min={request.dueOn}
                  max={request.extensionDueOn ?? undefined}
                  required={!request.extensionDueOn}
                />
              )}
            </Field>
            <Field label="Reason" hint="Why more time is needed." problems={byPath.get('reason')}>
              {(p) => <textarea {...p} name="reason" rows={3} required />}
            </Field>
          </>
        ) : action === 'COMPLETE' ? (
          <Field label="Outcome" hint="What was done; the requester is told." problems={byPath.get('outcome')}>
            {(p) => <textarea {...p} name="outcome" rows={3} required />}
          </Field>
        ) : action === 'REFUSE' ? (
          <>
            <Field label="Ground" problems={byPath.get('ground')}>
              {(p) => (
                <select {...p} name="ground" required defaultValue="MANIFESTLY_UNFOUNDED">
                  {Object.entries(REFUSAL_GROUNDS).map(([v, t]) => (
                    <option key={v} value={v}>
                      {t}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="Reason"
              hint="The requester is told, with their right to complain."
              problems={byPath.get('reason')}
            >
              {(p) => <textarea {...p} name="reason" rows={3} required />}
            </Field>
          </>
        ) : action === 'SEND_VERIFICATION' ? (
          <p>The requester gets a new link and a new six-digit code; the old ones stop working.</p>
        ) : (
          <Field
            label="How identity was confirmed"
            hint={
              action === 'SKIP_VERIFICATION'
                ? 'Why no check is needed.'
                : 'e.g. matched the account email and order number.'
            }
            problems={byPath.get('reason')}
          >
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className={`button ${meta?.danger ? 'button-danger' : 'button-primary'}`}
            disabled={submit.busy}
          >
            {submit.busy ? 'Saving…' : meta?.button}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function NoteForm({ request, run }: { request: Request; run: ReturnType<typeof useRequestMutations> }) {
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = formReader(form);
    if (await submit.run(() => run('NOTE', request.id, f))) form.reset();
  };
  const busy = submit.busy;
  return (
    <form className="form note-form" onSubmit={submit.onSubmit(onSubmit)}>
      <ProblemsSummary outcome={submit.outcome} shown={['note']} />
      <Field label="Add a note" hint="Only staff see notes." problems={submit.at('note')}>
        {(p) => <textarea {...p} name="note" rows={2} required />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}

function verification(r: Request): string {
  if (r.verifiedAt)
    return `Confirmed ${formatDateTime(r.verifiedAt)}${r.verificationMethod ? ` (${r.verificationMethod.replaceAll('_', ' ').toLowerCase()})` : ''}`;
  if (r.state === 'VERIFYING') return 'Waiting for the requester to confirm';
  if (r.verificationMethod) return r.verificationMethod;
  return 'Not needed';
}

export function RequestDetail() {
  const { slug = '', id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(REQUEST_DETAIL, {
    variables: { id },
    ...inTenant(slug),
    fetchPolicy: 'network-only',
  });
  const run = useRequestMutations(slug);
  const [action, setAction] = useState<Action | null>(null);

  const request = data ? readFragment(REQUEST_DETAIL_FIELDS, data.dataSubjectRequest) : null;
  useEffect(() => {
    document.title = `${request?.reference ?? 'Request'} · Noticeboard`;
  }, [request?.reference]);

  if (error && !data)
    return (
      <>
        <h1>Request</h1>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!request || !data)
    return (
      <>
        <h1>Request</h1>
        {loading ? <Loading /> : null}
      </>
    );

  const canHandle = data.currentTenant.viewer.canHandleRequests;
  const actions = canHandle ? (request.availableActions as Action[]) : [];
  const events = request.events.edges.map((e) => e.node);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/tenants/${slug}`}>{request.tenant.legalName}</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/tenants/${slug}/requests`}>Requests</Link>
      </nav>
      <div className="page-header">
        <div>
          <h1>
            {label(REQUEST_TYPE_LABELS, request.type)} request {request.reference}
          </h1>
          <p className="header-badges">
            <StateBadge state={request.state} />{' '}
            <DueBadge daysLeft={request.daysLeft} isOverdue={request.isOverdue} state={request.state} />
          </p>
        </div>
        {actions.length ? (
          <div className="actions" role="group" aria-label="Next steps">
            {actions.map((a) =>
              ACTION_BUTTONS[a] ? (
                <button
                  key={a}
                  type="button"
                  className={`button ${ACTION_BUTTONS[a].primary ? 'button-primary' : ACTION_BUTTONS[a].danger ? 'button-danger-outline' : ''}`}
                  onClick={() => setAction(a)}
                >
                  {ACTION_BUTTONS[a].button}
                </button>
              ) : null,
            )}
          </div>
        ) : null}
      </div>

      <div className="detail-grid">
        <section className="card" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Request</h2>
          <dl className="facts">
            <dt>Requester</dt>
            <dd>
              {request.requesterName}
              <div className="muted small">{request.requesterEmail}</div>
            </dd>
            <dt>Law</dt>
            <dd>{label(JURISDICTION_LABELS, request.jurisdiction)}</dd>
            <dt>Received</dt>
            <dd>
              {formatDateTime(request.receivedAt)}{' '}
              <span className="muted small">({request.source.replaceAll('_', ' ').toLowerCase()})</span>
            </dd>
            <dt>Identity</dt>
            <dd data-testid="verification">{verification(request)}</dd>
            <dt>Clock starts</dt>
            <dd>{formatDate(request.clockStartsOn)}</dd>
            <dt>Due</dt>
            <dd>
              <strong data-testid="due-on">{formatDate(request.dueOn)}</strong>{' '}
              <DueBadge daysLeft={request.daysLeft} isOverdue={request.isOverdue} state={request.state} />
              <div className="muted small">
                Law: {formatDate(request.lawDueOn)}
                {request.promisedDueOn ? ` · promised: ${formatDate(request.promisedDueOn)}` : ''}
                {request.acknowledgeBy ? ` · acknowledge by ${formatDate(request.acknowledgeBy)}` : ''}
              </div>
            </dd>
            {request.extended ? (
              <>
                <dt>Extended</dt>
                <dd>{request.extensionReason}</dd>
              </>
            ) : null}
            {request.outcome ? (
              <>
                <dt>Outcome</dt>
                <dd>{request.outcome}</dd>
              </>
            ) : null}
            <dt>Rule</dt>
            <dd>
              {request.rule.description} <span className="muted small">({request.rule.citation})</span>
            </dd>
          </dl>
          {request.details ? (
            <>
              <h3>What they wrote</h3>
              <p className="quote">{request.details}</p>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ol className="timeline">
            {events.map((e) => (
              <li key={e.id}>
                <p className="timeline-title">
                  <strong>{label(ACTION_LABELS, e.action)}</strong>
                  {e.fromState && e.toState && e.toState !== e.fromState ? (
                    <span className="muted small"> → {e.toState.replaceAll('_', ' ').toLowerCase()}</span>
                  ) : null}
                </p>
                <p className="muted small">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actorName ?? e.actorKind.toLowerCase()}
                </p>
                {e.reason ? <p className="timeline-reason">{e.reason}</p> : null}
              </li>
            ))}
          </ol>
          {canHandle ? <NoteForm request={request} run={run} /> : null}
        </section>
      </div>

      <ActionDialog action={action} request={request} run={run} onClose={() => setAction(null)} />
    </>
  );
}
