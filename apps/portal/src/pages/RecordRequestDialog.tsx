import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../components/Dialog.js';
import {
  Checkbox,
  DONE,
  FormActions,
  formReader,
  optionsOf,
  outcomeOf,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
  validationFailed,
} from '../components/form/index.js';
import { CREATE_REQUEST } from '../graphql/operations.js';
import { inTenant } from '../lib/apollo.js';
import { CHANNEL_LABELS, isCcpaOptOut, JURISDICTION_LABELS, label, REQUEST_TYPE_LABELS } from '../lib/format.js';

type Jurisdiction = keyof typeof JURISDICTION_LABELS;

const LANGUAGES = { en: 'English', de: 'German', fr: 'French' };

/** Now as a `datetime-local` value in the browser's zone (minutes): the latest a request can have arrived. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** A `datetime-local` value (the browser's zone) as an instant; null when blank (the API takes now). */
const instantOf = (local: string | null): string | null => (local ? new Date(local).toISOString() : null);

/**
 * Records a request that reached the client by phone, post, in person or by email: when it actually arrived (the
 * clock runs from then), and whether work goes ahead without the requester confirming by email.
 */
export function RecordRequestDialog({
  tenant,
  jurisdictions,
  timeZone,
  open,
  onClose,
}: {
  tenant: string;
  jurisdictions: readonly string[];
  /** The zone the client dates requests in, to say which day a time counts as. */
  timeZone: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const submit = useSubmit();
  const navigate = useNavigate();
  // The list is fetched again only when a request was made: a refused one leaves the dialog open with its problems.
  const [create] = useMutation(CREATE_REQUEST, {
    ...inTenant(tenant),
    refetchQueries: ({ data }) =>
      data?.createDataSubjectRequest.__typename === 'DataSubjectRequest' ? ['TenantRequests'] : [],
  });
  const [skipConfirmation, setSkipConfirmation] = useState(true);
  const [jurisdiction, setJurisdiction] = useState(jurisdictions[0] ?? '');
  const [type, setType] = useState('ACCESS');
  const optOut = isCcpaOptOut(jurisdiction, type);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const close = () => {
    submit.show(DONE);
    onClose();
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    let createdId: string | null = null;
    const saved = await submit.run(() =>
      outcomeOf(async () => {
        const result = (
          await create({
            variables: {
              input: {
                type: f.oneOf('type', REQUEST_TYPE_LABELS),
                jurisdiction: f.oneOf('jurisdiction', jurisdictions as Jurisdiction[]),
                requesterName: f.text('requesterName'),
                email: f.text('email'),
                details: f.optional('details'),
                channel: f.oneOf('channel', CHANNEL_LABELS),
                receivedAt: instantOf(f.optional('receivedAt')),
                language: f.optionalOneOf('language', LANGUAGES),
                skipConfirmationReason: f.checked('skipConfirmation') ? f.text('skipConfirmationReason') : null,
              },
            },
          })
        ).data?.createDataSubjectRequest;
        if (result?.__typename === 'DataSubjectRequest') createdId = result.id;
        return result;
      }, validationFailed),
    );
    if (saved && createdId) {
      close();
      await navigate(`/tenants/${tenant}/requests/${createdId}`);
    }
  };

  return (
    <Dialog title="Record a request" open={open} onClose={close}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)}>
        <p className="muted">
          For a request that reached the client by phone, post, in person or email. The deadline runs from when it
          arrived, not from when you record it.
        </p>
        <ProblemsSummary
          outcome={submit.outcome}
          shown={[
            'type',
            'jurisdiction',
            'requesterName',
            'email',
            'details',
            'channel',
            'receivedAt',
            'language',
            'skipConfirmationReason',
          ]}
        />
        <div className="form-grid">
          <SelectField
            name="type"
            label="What they ask for"
            options={optionsOf(REQUEST_TYPE_LABELS)}
            value={type}
            onChange={setType}
            required
            problems={submit.at('type')}
          />
          <SelectField
            name="jurisdiction"
            label="Law it is made under"
            options={jurisdictions.map((j) => [j, label(JURISDICTION_LABELS, j)] as const)}
            value={jurisdiction}
            onChange={setJurisdiction}
            required
            problems={submit.at('jurisdiction')}
          />
        </div>
        <TextField
          name="requesterName"
          label="Requester’s name"
          required
          autoComplete="off"
          problems={submit.at('requesterName')}
        />
        <TextField
          name="email"
          label="Requester’s email"
          type="email"
          required
          autoComplete="off"
          hint="The requester is written to at this address."
          problems={submit.at('email')}
        />
        <TextField
          name="details"
          label="What they asked"
          multiline
          rows={3}
          hint="In their words as far as you can; the requester does not see this."
          problems={submit.at('details')}
        />
        <div className="form-grid">
          <SelectField
            name="channel"
            label="How it arrived"
            options={optionsOf(CHANNEL_LABELS)}
            defaultValue="PHONE"
            required
            problems={submit.at('channel')}
          />
          <TextField
            name="receivedAt"
            label="Received"
            type="datetime-local"
            defaultValue={localNow()}
            max={localNow()}
            hint={`Your time (${browserZone}); the day counts in the client’s zone${timeZone ? `, ${timeZone}` : ''}. Not in the future.`}
            problems={submit.at('receivedAt')}
          />
        </div>
        <SelectField
          name="language"
          label="Write to them in"
          options={optionsOf(LANGUAGES)}
          emptyLabel="The client’s default language"
          problems={submit.at('language')}
        />
        {optOut ? (
          <p className="muted small">
            A CCPA opt-out needs no confirmation or identity check (Cal. Code Regs. tit. 11, § 7026(d)): work starts at
            once.
          </p>
        ) : (
          <>
            <Checkbox
              name="skipConfirmation"
              label="Go ahead without email confirmation"
              hint="Otherwise the requester is emailed a link to confirm the request is theirs, and work waits for it. This is not an identity check."
              checked={skipConfirmation}
              onChange={setSkipConfirmation}
            />
            {skipConfirmation ? (
              <TextField
                name="skipConfirmationReason"
                label="Why no confirmation is needed"
                multiline
                rows={2}
                required
                placeholder="e.g. they called from the number on their account"
                problems={submit.at('skipConfirmationReason')}
              />
            ) : null}
          </>
        )}
        <FormActions busy={submit.busy} saveLabel="Record request" onCancel={close} />
      </form>
    </Dialog>
  );
}
