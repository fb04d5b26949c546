import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useEffect, useState, type FormEvent, type ReactNode } from 'react';
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
  MERGE_CANDIDATES,
  MERGE_REQUEST,
  PAUSE_CLOCK,
  RECORD_PASSED_ON,
  REFUSE_REQUEST,
  REQUEST_DETAIL,
  REQUEST_DETAIL_FIELDS,
  REQUEST_IDENTITY,
  REQUEST_ROW,
  RESEND_VERIFICATION,
  RESUME_CLOCK,
  SKIP_CONFIRMATION,
} from '../graphql/operations.js';
import { readFragment, type ResultOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';
import { ErrorState } from '../lib/errors.js';
import {
  ACTION_LABELS,
  CCPA_OPT_OUT_REFUSAL_GROUNDS,
  CHANNEL_LABELS,
  CLOCK_WAIT_LABELS,
  EXTENSION_GROUND_LABELS,
  formatDate,
  formatDateTime,
  isCcpaOptOut,
  JURISDICTION_LABELS,
  label,
  REFUSAL_GROUND_LABELS,
  REQUEST_STATE_LABELS,
  REQUEST_TYPE_LABELS,
  today,
} from '../lib/format.js';
import {
  clockSentence,
  clockStart,
  dueDateCaveat,
  emailConfirmation,
  identityCheck,
  openIdentityWait,
  waitLines,
} from '../lib/request-clock.js';

type Request = ResultOf<typeof REQUEST_DETAIL_FIELDS>;
type Event = Request['events']['edges'][number]['node'];
/** The staff steps the API offers (`availableActions`), and resending the requester's confirmation email. */
type Action =
  | 'SKIP_CONFIRMATION'
  | 'REQUEST_IDENTITY'
  | 'CONFIRM_IDENTITY'
  | 'PAUSE_CLOCK'
  | 'RESUME_CLOCK'
  | 'EXTEND'
  | 'RECORD_PASSED_ON'
  | 'COMPLETE'
  | 'REFUSE'
  | 'MERGE'
  | 'SEND_CONFIRMATION';

const ACTION_BUTTONS: Record<Action, { button: string; title: string; primary?: boolean; danger?: boolean }> = {
  SKIP_CONFIRMATION: { button: 'Go ahead without confirmation', title: 'Go ahead without the email confirmation' },
  REQUEST_IDENTITY: { button: 'Ask for proof of identity', title: 'Ask for proof of identity' },
  CONFIRM_IDENTITY: { button: 'Confirm identity', title: 'Confirm the requester’s identity', primary: true },
  PAUSE_CLOCK: { button: 'Pause the clock', title: 'Ask the requester and pause the clock' },
  RESUME_CLOCK: { button: 'Resume the clock', title: 'Record the answer and resume the clock', primary: true },
  EXTEND: { button: 'Extend deadline', title: 'Extend the deadline' },
  RECORD_PASSED_ON: { button: 'Record passed on', title: 'Record that the opt-out was passed on', primary: true },
  COMPLETE: { button: 'Complete', title: 'Complete the request', primary: true },
  REFUSE: { button: 'Refuse', title: 'Refuse the request', danger: true },
  MERGE: { button: 'Merge as duplicate', title: 'Merge into the original request' },
  SEND_CONFIRMATION: { button: 'Resend confirmation email', title: 'Send a new confirmation email' },
};

const CLOCK_PAUSES = { CLARIFICATION: CLOCK_WAIT_LABELS.CLARIFICATION, FEE: CLOCK_WAIT_LABELS.FEE };

type RefusalGround = keyof typeof REFUSAL_GROUND_LABELS;
const ALL_REFUSAL_GROUNDS = Object.keys(REFUSAL_GROUND_LABELS) as RefusalGround[];

/** The grounds a refusal may give: a CCPA opt-out only for documented fraud (or another ground stated in words). */
const refusalGrounds = (r: Request): readonly RefusalGround[] =>
  isCcpaOptOut(r.jurisdiction, r.type) ? CCPA_OPT_OUT_REFUSAL_GROUNDS : ALL_REFUSAL_GROUNDS;

/** Whether the requester has yet to confirm by email that the request is theirs (nobody went ahead without it). */
const awaitingEmailConfirmation = (r: Request) =>
  r.state === 'RECEIVED' && !r.verificationMethod && !r.emailConfirmedAt;

function useRequestMutations(tenant: string) {
  // The history is not in mutation results (cost limit): the detail query is fetched again after each step.
  const opts = { ...inTenant(tenant), refetchQueries: ['RequestDetail'], awaitRefetchQueries: true };
  const [skip] = useMutation(SKIP_CONFIRMATION, opts);
  const [askIdentity] = useMutation(REQUEST_IDENTITY, opts);
  const [confirm] = useMutation(CONFIRM_IDENTITY, opts);
  const [pause] = useMutation(PAUSE_CLOCK, opts);
  const [resume] = useMutation(RESUME_CLOCK, opts);
  const [extend] = useMutation(EXTEND_REQUEST, opts);
  const [passedOn] = useMutation(RECORD_PASSED_ON, opts);
  const [complete] = useMutation(COMPLETE_REQUEST, opts);
  const [refuse] = useMutation(REFUSE_REQUEST, opts);
  const [merge] = useMutation(MERGE_REQUEST, opts);
  const [resend] = useMutation(RESEND_VERIFICATION, opts);
  const [note] = useMutation(ADD_NOTE, opts);
  return (action: Action | 'NOTE', request: Request, f: FormReader): Promise<Outcome> => {
    const id = request.id;
    switch (action) {
      case 'SKIP_CONFIRMATION':
        return outcomeOf(
          async () =>
            (await skip({ variables: { input: { id, reason: f.text('reason') } } })).data?.skipRequestConfirmation,
          validationFailed,
        );
      case 'REQUEST_IDENTITY':
        return outcomeOf(
          async () =>
            (
              await askIdentity({
                variables: { input: { id, reason: f.text('reason'), askedOn: f.optional('askedOn') } },
              })
            ).data?.requestIdentityProof,
          validationFailed,
        );
      case 'CONFIRM_IDENTITY':
        return outcomeOf(
          async () =>
            (
              await confirm({
                variables: { input: { id, reason: f.text('reason'), receivedOn: f.optional('receivedOn') } },
              })
            ).data?.confirmRequestIdentity,
          validationFailed,
        );
      case 'PAUSE_CLOCK':
        return outcomeOf(
          async () =>
            (
              await pause({
                variables: {
                  input: {
                    id,
                    waitingFor: f.oneOf('waitingFor', CLOCK_PAUSES),
                    reason: f.text('reason'),
                    askedOn: f.optional('askedOn'),
                  },
                },
              })
            ).data?.pauseRequestClock,
          validationFailed,
        );
      case 'RESUME_CLOCK':
        return outcomeOf(
          async () =>
            (await resume({ variables: { input: { id, receivedOn: f.optional('receivedOn') } } })).data
              ?.resumeRequestClock,
          validationFailed,
        );
      case 'EXTEND':
        return outcomeOf(
          async () =>
            (
              await extend({
                variables: {
                  input: {
                    id,
                    reason: f.text('reason'),
                    newDueOn: f.optional('newDueOn'),
                    ground: f.has('ground') ? f.oneOf('ground', EXTENSION_GROUND_LABELS) : null,
                  },
                },
              })
            ).data?.extendRequestDeadline,
          validationFailed,
        );
      case 'RECORD_PASSED_ON':
        return outcomeOf(
          async () =>
            (await passedOn({ variables: { input: { id, note: f.text('note') } } })).data?.recordOptOutPassedOn,
          validationFailed,
        );
      case 'COMPLETE':
        return outcomeOf(
          async () =>
            (await complete({ variables: { input: { id, outcome: f.text('outcome') } } })).data?.completeRequest,
          validationFailed,
        );
      case 'REFUSE':
        return outcomeOf(
          async () =>
            (
              await refuse({
                variables: {
                  input: { id, ground: f.oneOf('ground', refusalGrounds(request)), reason: f.text('reason') },
                },
              })
            ).data?.refuseRequest,
          validationFailed,
        );
      case 'MERGE':
        return outcomeOf(
          async () =>
            (await merge({ variables: { input: { id, intoId: f.text('intoId'), reason: f.optional('reason') } } })).data
              ?.mergeRequest,
          validationFailed,
        );
      case 'SEND_CONFIRMATION':
        return outcomeOf(
          async () => (await resend({ variables: { id } })).data?.resendRequestVerification,
          validationFailed,
        );
      case 'NOTE':
        return outcomeOf(
          async () => (await note({ variables: { input: { id, note: f.text('note') } } })).data?.addRequestNote,
          validationFailed,
        );
    }
  };
}

type Problems = ReturnType<ReturnType<typeof useSubmit>['at']>;

/** A date the requester was asked on, or something arrived on: today unless given, never in the future. */
function DayField({
  name,
  label: text,
  hint,
  min,
  problems,
}: {
  name: string;
  label: string;
  hint: string;
  min?: string | undefined;
  problems: Problems;
}) {
  return (
    <Field label={text} hint={hint} problems={problems}>
      {(p) => <input {...p} type="date" name={name} defaultValue={today()} min={min} max={today()} required />}
    </Field>
  );
}

function ExtendFields({ request, at }: { request: Request; at: (path: string) => Problems }) {
  const grounds = request.extensionGrounds;
  const [ground, setGround] = useState<string>(grounds[0] ?? 'GENERAL');
  // The law caps the general extension; an alternative format (PIPEDA) and Swiss law leave the date to the controller.
  const dateNeeded = ground === 'ALTERNATIVE_FORMAT' || !request.extensionDueOn;
  return (
    <>
      <p>
        Due now on <strong>{formatDate(request.dueOn)}</strong>.{' '}
        {request.extensionDueOn && ground !== 'ALTERNATIVE_FORMAT' ? (
          <>
            The law allows up to <strong>{formatDate(request.extensionDueOn)}</strong>.
          </>
        ) : (
          'Name the new date.'
        )}{' '}
        The requester is told why.
      </p>
      {request.extensionNoticeBy ? (
        <p className="muted small">
          The requester must be told by {formatDate(request.extensionNoticeBy)}, the end of the first period: the notice
          goes out when you save.
        </p>
      ) : null}
      {grounds.length > 1 ? (
        <Field label="Ground" problems={at('ground')}>
          {(p) => (
            <select {...p} name="ground" value={ground} onChange={(e) => setGround(e.target.value)}>
              {grounds.map((g) => (
                <option key={g} value={g}>
                  {label(EXTENSION_GROUND_LABELS, g)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : grounds[0] ? (
        <input type="hidden" name="ground" value={grounds[0]} />
      ) : null}
      <Field
        label="New due date"
        hint={dateNeeded ? 'Required for this ground or regime.' : 'Optional: leave empty to take the full extension.'}
        problems={at('newDueOn')}
      >
        {(p) => (
          <input
            {...p}
            type="date"
            name="newDueOn"
            min={request.dueOn}
            max={dateNeeded ? undefined : (request.extensionDueOn ?? undefined)}
            required={dateNeeded}
          />
        )}
      </Field>
      <Field label="Reason" hint="Why more time is needed." problems={at('reason')}>
        {(p) => <textarea {...p} name="reason" rows={3} required />}
      </Field>
    </>
  );
}

/** Picks the original a duplicate is folded into, searching the tenant's requests (by the requester's email first). */
function MergeFields({ request, tenant, at }: { request: Request; tenant: string; at: (path: string) => Problems }) {
  const [search, setSearch] = useState(request.requesterEmail);
  const deferred = useDeferredValue(search.trim());
  const { data, loading } = useQuery(MERGE_CANDIDATES, {
    variables: { search: deferred || null },
    ...inTenant(tenant),
    fetchPolicy: 'network-only',
  });
  const candidates = (data?.dataSubjectRequests.edges ?? [])
    .map((e) => readFragment(REQUEST_ROW, e.node))
    .filter((r) => r.id !== request.id);
  const problems = at('intoId');
  return (
    <>
      <p>
        The duplicate is closed as merged and both histories say so. The requester is sent nothing: answer them in the
        original.
      </p>
      <Field label="Find the original" hint="A reference, name or email address." problems={undefined}>
        {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </Field>
      <fieldset
        className={`field${problems?.length ? ' field-invalid' : ''}`}
        aria-describedby={problems?.length ? 'merge-into-error' : undefined}
      >
        <legend>Original request</legend>
        {loading && !data ? <p className="muted small">Searching…</p> : null}
        {data && candidates.length === 0 ? <p className="muted small">No other request matches.</p> : null}
        {candidates.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="radio" name="intoId" value={c.id} required />
            <span>
              <strong>{c.reference}</strong> · {label(REQUEST_TYPE_LABELS, c.type)} · {c.requesterName} (
              {c.requesterEmail}) · received {formatDate(c.receivedAt)} · {label(REQUEST_STATE_LABELS, c.state)}
            </span>
          </label>
        ))}
        {problems?.length ? (
          <p className="field-error" id="merge-into-error">
            {problems.map((p) => p.message).join(' ')}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Why (optional)"
        hint={`Kept in both histories; “Duplicate of …” unless you say more.`}
        problems={at('reason')}
      >
        {(p) => <textarea {...p} name="reason" rows={2} />}
      </Field>
    </>
  );
}

function ActionFields({
  action,
  request,
  tenant,
  at,
}: {
  action: Action;
  request: Request;
  tenant: string;
  at: (path: string) => Problems;
}) {
  const received = request.receivedAt.slice(0, 10);
  switch (action) {
    case 'SKIP_CONFIRMATION':
      return (
        <>
          <p>
            The requester has not confirmed by email that the request is theirs. Go ahead when it reached you another
            way (phone, post) or they are known already. This is not an identity check.
          </p>
          <Field label="Why no confirmation is needed" problems={at('reason')}>
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
        </>
      );
    case 'REQUEST_IDENTITY':
      return (
        <>
          <p>
            Ask only where there is reasonable doubt about who is asking (GDPR Art. 12(6)), and only for what resolves
            it. The requester is emailed your reason. Where the regime says so, the period starts only when the
            information arrives.
          </p>
          <Field
            label="Reasonable doubt and the proof needed"
            hint="e.g. the email address does not match the account; a copy of a recent bill would settle it."
            problems={at('reason')}
          >
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
          <DayField
            name="askedOn"
            label="Asked on"
            hint="The day the requester was asked: earlier if you wrote to them before recording it."
            min={received}
            problems={at('askedOn')}
          />
        </>
      );
    case 'CONFIRM_IDENTITY': {
      const wait = openIdentityWait(request);
      return (
        <>
          {wait ? <p>Proof of identity was asked for on {formatDate(wait.requestedOn)}.</p> : null}
          <Field
            label="How identity was confirmed"
            hint="e.g. matched the account email and order number."
            problems={at('reason')}
          >
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
          <DayField
            name="receivedOn"
            label="Identity information received on"
            hint="The day it arrived, not the day you checked it: where the regime says so (UK GDPR Art. 12A) the period runs from then."
            min={wait?.requestedOn ?? received}
            problems={at('receivedOn')}
          />
        </>
      );
    }
    case 'PAUSE_CLOCK':
      return (
        <>
          <p>
            The clock stands still from the day you asked until the answer arrives; the due date moves by each day of
            waiting. The requester is told what you need.
          </p>
          <Field label="Waiting for" problems={at('waitingFor')}>
            {(p) => (
              <select {...p} name="waitingFor" defaultValue="CLARIFICATION" required>
                <option value="CLARIFICATION">Clarification of the request</option>
                <option value="FEE">The fee (manifestly unfounded or excessive, or further copies)</option>
              </select>
            )}
          </Field>
          <Field label="What you ask the requester" problems={at('reason')}>
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
          <DayField
            name="askedOn"
            label="Asked on"
            hint="The clock stands still from this day."
            min={received}
            problems={at('askedOn')}
          />
        </>
      );
    case 'RESUME_CLOCK':
      return (
        <>
          <p>
            Paused{request.clock.since ? ` since ${formatDate(request.clock.since)}` : ''}, waiting for{' '}
            {label(CLOCK_WAIT_LABELS, request.clock.waitingFor ?? '')}. The days from then to the answer are added to
            the due date.
          </p>
          <DayField
            name="receivedOn"
            label="Answer received on"
            hint="The day the clarification or fee arrived."
            min={request.clock.since ?? received}
            problems={at('receivedOn')}
          />
        </>
      );
    case 'EXTEND':
      return <ExtendFields request={request} at={at} />;
    case 'RECORD_PASSED_ON':
      return (
        <>
          <p>
            A CCPA opt-out must be passed on to the third parties the information was sold, shared or disclosed to since
            the request arrived (Cal. Code Regs. tit. 11, § 7026(f)(2), § 7027(g)) before it is complete.
          </p>
          <Field label="Who was told, and when" hint="Or that there were none since the request." problems={at('note')}>
            {(p) => <textarea {...p} name="note" rows={3} required />}
          </Field>
        </>
      );
    case 'COMPLETE':
      return (
        <>
          {isCcpaOptOut(request.jurisdiction, request.type) && !request.passedOnAt ? (
            <div className="notice notice-warning" role="note">
              Record first that the opt-out was passed on to third parties: completing is refused until then.
            </div>
          ) : null}
          <Field label="Outcome" hint="What was done; the requester is told." problems={at('outcome')}>
            {(p) => <textarea {...p} name="outcome" rows={3} required />}
          </Field>
        </>
      );
    case 'REFUSE': {
      const grounds = refusalGrounds(request);
      return (
        <>
          {isCcpaOptOut(request.jurisdiction, request.type) ? (
            <p className="muted small">
              A CCPA opt-out may be refused only on a documented, good-faith belief that it is fraudulent.
            </p>
          ) : null}
          <Field label="Ground" problems={at('ground')}>
            {(p) => (
              <select {...p} name="ground" required defaultValue={grounds[0]}>
                {grounds.map((g) => (
                  <option key={g} value={g}>
                    {REFUSAL_GROUND_LABELS[g]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Reason" hint="The requester is told, with their right to complain." problems={at('reason')}>
            {(p) => <textarea {...p} name="reason" rows={3} required />}
          </Field>
        </>
      );
    }
    case 'MERGE':
      return <MergeFields request={request} tenant={tenant} at={at} />;
    case 'SEND_CONFIRMATION':
      return <p>The requester gets a new link and a new six-digit code; the old ones stop working.</p>;
  }
}

function ActionDialog({
  action,
  request,
  tenant,
  run,
  onClose,
}: {
  action: Action | null;
  request: Request;
  tenant: string;
  run: ReturnType<typeof useRequestMutations>;
  onClose: () => void;
}) {
  const submit = useSubmit();
  // The API names a refused ground `refusalGround`; the form's control is `ground`.
  const at = (path: string) => {
    const found = submit.at(path);
    return found?.length ? found : path === 'ground' ? submit.at('refusalGround') : found;
  };
  const close = () => {
    submit.show(DONE);
    onClose();
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!action) return;
    const f = formReader(event.currentTarget);
    if (await submit.run(() => run(action, request, f))) close();
  };
  const meta = action ? ACTION_BUTTONS[action] : null;
  return (
    <Dialog title={meta?.title ?? ''} open={action !== null} onClose={close}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)}>
        <ProblemsSummary
          outcome={submit.outcome}
          shown={[
            'reason',
            'newDueOn',
            'ground',
            'refusalGround',
            'outcome',
            'askedOn',
            'receivedOn',
            'waitingFor',
            'note',
            'intoId',
          ]}
        />
        {action ? <ActionFields action={action} request={request} tenant={tenant} at={at} /> : null}
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
    if (await submit.run(() => run('NOTE', request, f))) form.reset();
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

const detail = (e: Event, key: string): string | null => {
  const value = (e.details as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
};

/** What an event's details add to its line in the history: dates recorded, the due date it moved, the other request. */
function EventDetails({ event, slug }: { event: Event; slug: string }) {
  const parts: ReactNode[] = [];
  const receivedOn = detail(event, 'receivedOn');
  if (receivedOn) parts.push(`Arrived ${formatDate(receivedOn)}`);
  const waitingFor = detail(event, 'waitingFor');
  if (waitingFor) parts.push(`Waiting for ${label(CLOCK_WAIT_LABELS, waitingFor)}`);
  const channel = detail(event, 'channel');
  if (channel) parts.push(`By ${label(CHANNEL_LABELS, channel).toLowerCase()}`);
  const ground = detail(event, 'ground');
  if (ground && event.action === 'EXTEND') parts.push(label(EXTENSION_GROUND_LABELS, ground));
  if (ground && event.action === 'REFUSE') parts.push(`Ground: ${label(REFUSAL_GROUND_LABELS, ground)}`);
  const previousDueOn = detail(event, 'previousDueOn');
  const dueOn = detail(event, 'dueOn');
  if (previousDueOn && dueOn && previousDueOn !== dueOn)
    parts.push(`Due date moved from ${formatDate(previousDueOn)} to ${formatDate(dueOn)}`);
  const into = detail(event, 'into');
  const intoId = detail(event, 'intoId');
  if (into) parts.push(<>Original: {intoId ? <Link to={`/tenants/${slug}/requests/${intoId}`}>{into}</Link> : into}</>);
  const duplicate = detail(event, 'duplicate');
  const duplicateId = detail(event, 'duplicateId');
  if (duplicate)
    parts.push(
      <>
        Duplicate: {duplicateId ? <Link to={`/tenants/${slug}/requests/${duplicateId}`}>{duplicate}</Link> : duplicate}
      </>,
    );
  if (!parts.length) return null;
  return (
    <p className="small">
      {parts.map((part, i) => (
        <span key={i}>
          {i ? ' · ' : ''}
          {part}
        </span>
      ))}
    </p>
  );
}

/** The clock: where it stands, days paused, and what was asked of the requester as a small timeline. */
function ClockRow({ request }: { request: Request }) {
  const { text } = clockSentence(request);
  const waits = waitLines(request);
  return (
    <>
      <dt>Clock</dt>
      <dd data-testid="clock">
        {text}
        {request.clock.pausedDays > 0 ? (
          <div className="muted small" data-testid="paused-days">
            Stood still {request.clock.pausedDays} day{request.clock.pausedDays === 1 ? '' : 's'} in all
          </div>
        ) : null}
        {waits.length ? (
          <ol className="clock-waits small" aria-label="Asked of the requester">
            {waits.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        ) : null}
      </dd>
    </>
  );
}

const isClosed = (state: string) => state === 'COMPLETED' || state === 'REFUSED' || state === 'MERGED';

/** The countdown; a merged duplicate is closed like a completed one (its due date no longer matters). */
function RequestDue({ request }: { request: Pick<Request, 'daysLeft' | 'isOverdue' | 'state'> }) {
  return request.state === 'MERGED' ? (
    <span className="badge badge-closed">closed</span>
  ) : (
    <DueBadge daysLeft={request.daysLeft} isOverdue={request.isOverdue} state={request.state} />
  );
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
  const offered = request.availableActions.filter((a): a is Action => a in ACTION_BUTTONS);
  // Resending the confirmation email comes first, beside going ahead without it.
  const actions: Action[] = !canHandle
    ? []
    : awaitingEmailConfirmation(request)
      ? ['SEND_CONFIRMATION', ...offered]
      : offered;
  const events = request.events.edges.map((e) => e.node);
  const channel = events.map((e) => detail(e, 'channel')).find(Boolean);
  const clock = clockSentence(request);
  // The day a request arrived is the client's day: shown beside the browser's time where the two read differently.
  const clientZone = data.requestSettings.timeZone;
  const skippedByStaff = events.some((e) => e.action === 'SKIP_CONFIRMATION' || e.action === 'SKIP_VERIFICATION');
  const mergedInto = events.map((e) => (e.action === 'MERGE' ? detail(e, 'into') : null)).find(Boolean);
  const caveat = isClosed(request.state) ? null : dueDateCaveat(request);
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
            {request.extended ? <span className="badge badge-extended">Extended</span> : null}{' '}
            <RequestDue request={request} />
          </p>
        </div>
        {actions.length ? (
          <div className="actions" role="group" aria-label="Next steps">
            {actions.map((a) => (
              <button
                key={a}
                type="button"
                className={`button ${ACTION_BUTTONS[a].primary ? 'button-primary' : ACTION_BUTTONS[a].danger ? 'button-danger-outline' : ''}`}
                onClick={() => setAction(a)}
              >
                {ACTION_BUTTONS[a].button}
              </button>
            ))}
          </div>
        ) : null}
      </div>

      {request.state === 'MERGED' && request.mergedIntoId ? (
        <div className="notice notice-info" role="note">
          <p>
            A duplicate, merged into{' '}
            <Link to={`/tenants/${slug}/requests/${request.mergedIntoId}`}>{mergedInto ?? 'the original request'}</Link>
            : answer the requester there. {request.outcome}
          </p>
        </div>
      ) : clock.stopped && !isClosed(request.state) ? (
        <div className="notice notice-warning" role="status" data-testid="clock-stopped">
          <p>
            <strong>The clock stands still.</strong> {clock.text}
          </p>
        </div>
      ) : null}

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
              {clientZone && formatDateTime(request.receivedAt, clientZone) !== formatDateTime(request.receivedAt) ? (
                <span className="small">
                  ({formatDateTime(request.receivedAt, clientZone)} in {clientZone}, the client’s zone)
                </span>
              ) : null}{' '}
              <span className="muted small">
                ({request.source.replaceAll('_', ' ').toLowerCase()}
                {channel ? `, by ${label(CHANNEL_LABELS, channel).toLowerCase()}` : ''})
              </span>
            </dd>
            <dt>Email confirmation</dt>
            <dd data-testid="email-confirmation">{emailConfirmation(request, skippedByStaff)}</dd>
            <dt>Identity</dt>
            <dd data-testid="verification">{identityCheck(request)}</dd>
            <dt>Clock starts</dt>
            <dd data-testid="clock-starts">{clockStart(request) ?? formatDate(request.clockStartsOn)}</dd>
            {isClosed(request.state) ? null : <ClockRow request={request} />}
            <dt>Due</dt>
            <dd>
              <strong data-testid="due-on">{formatDate(request.dueOn)}</strong> <RequestDue request={request} />
              {caveat ? (
                <div className="small" data-testid="due-caveat">
                  {caveat}
                </div>
              ) : null}
              {request.statutory ? null : (
                <div className="small" data-testid="not-statutory">
                  A working target, not a date the law sets: it asks only for an answer without delay.
                </div>
              )}
              <div className="muted small">
                {request.statutory ? 'Law' : 'Target'}: {formatDate(request.lawDueOn)}
                {request.promisedDueOn ? ` · promised: ${formatDate(request.promisedDueOn)}` : ''}
                {request.acknowledgeBy ? ` · acknowledge by ${formatDate(request.acknowledgeBy)}` : ''}
                {request.canExtend && request.extensionNoticeBy
                  ? ` · an extension must be notified by ${formatDate(request.extensionNoticeBy)}`
                  : ''}
              </div>
            </dd>
            {request.extended ? (
              <>
                <dt>Extended</dt>
                <dd>
                  {request.extensionReason}
                  {request.extensionGround ? (
                    <div className="muted small">{label(EXTENSION_GROUND_LABELS, request.extensionGround)}</div>
                  ) : null}
                </dd>
              </>
            ) : null}
            {isCcpaOptOut(request.jurisdiction, request.type) ? (
              <>
                <dt>Passed on</dt>
                <dd data-testid="passed-on">
                  {request.passedOnAt
                    ? `Recorded ${formatDateTime(request.passedOnAt)}`
                    : 'Not recorded yet: needed before the request can be completed'}
                </dd>
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
                    <span className="muted small"> → {label(REQUEST_STATE_LABELS, e.toState).toLowerCase()}</span>
                  ) : null}
                </p>
                <p className="muted small">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actorName ?? e.actorKind.toLowerCase()}
                </p>
                {e.reason ? <p className="timeline-reason">{e.reason}</p> : null}
                <EventDetails event={e} slug={slug} />
              </li>
            ))}
          </ol>
          {canHandle ? <NoteForm request={request} run={run} /> : null}
        </section>
      </div>

      <ActionDialog action={action} request={request} tenant={slug} run={run} onClose={() => setAction(null)} />
    </>
  );
}
