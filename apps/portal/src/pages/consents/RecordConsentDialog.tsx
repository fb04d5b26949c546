import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import {
  FieldGroup,
  FormActions,
  formReader,
  optionsOf,
  outcomeOf,
  ProblemsSummary,
  RadioGroup,
  SelectField,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { RECORD_CONSENT } from '../../graphql/consents.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { label } from '../../lib/format.js';
import { CHOICE_LABELS, decisionLists, decisionProblemPath, METHOD_LABELS } from './consent-format.js';

export interface ConsentPurposeOption {
  id: string;
  name: string;
  reliesOnConsent: boolean;
  saleOrSharing: boolean;
}

const FIELDS = [
  'subjectId',
  'decision',
  'granted',
  'method',
  'noticeText',
  'noticeHash',
  'language',
  'pageUrl',
  'policyVersion',
  'givenAt',
  'evidenceSource',
];
const METHODS = ['FORM', 'IMPORT', 'API', 'BANNER'] as const;
/** A `datetime-local` value (the browser's time zone) as an instant; left as typed when it is none, for the API to say so. */
function instantOf(local: string | null): string | null {
  if (local === null) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

/** Each purpose's answer, or none ("not asked"). */
const DECISION_OPTIONS = [['', 'Not asked'], ...optionsOf(CHOICE_LABELS)] as const;

/**
 * Records an answer given outside the website (a paper form, an import): who, what for each purpose, how, and the
 * exact text the person was shown. The API's problems appear next to their fields.
 */
export function RecordConsentDialog({
  open,
  slug,
  subjectId,
  purposes,
  onClose,
  onRecorded,
}: {
  open: boolean;
  slug: string;
  subjectId: string;
  purposes: readonly ConsentPurposeOption[];
  onClose: () => void;
  onRecorded: (subjectId: string, replayed: boolean) => void;
}) {
  return (
    <Dialog title="Record a consent" open={open} onClose={onClose}>
      {/* Mounted per opening, so each attempt starts clean with its own idempotency key. */}
      <RecordConsentForm
        slug={slug}
        subjectId={subjectId}
        purposes={purposes}
        onCancel={onClose}
        onRecorded={onRecorded}
      />
    </Dialog>
  );
}

function RecordConsentForm({
  slug,
  subjectId,
  purposes,
  onCancel,
  onRecorded,
}: {
  slug: string;
  subjectId: string;
  purposes: readonly ConsentPurposeOption[];
  onCancel: () => void;
  onRecorded: (subjectId: string, replayed: boolean) => void;
}) {
  const [recordConsent] = useMutation(RECORD_CONSENT);
  // One key per filled-in form: a retried submit after a lost answer records once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = useSubmit();
  // An import says when the person answered and where the evidence is kept; other methods are answered now.
  const [method, setMethod] = useState<(typeof METHODS)[number]>('FORM');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const lists = decisionLists(
      new Map(purposes.map((p) => [p.id, f.optionalOneOf(`decision.${p.id}`, CHOICE_LABELS)])),
    );
    const subject = f.text('subjectId');
    const input = {
      subjectId: subject,
      ...lists,
      method: f.oneOf('method', METHODS),
      noticeText: f.optional('noticeText'),
      language: f.optional('language'),
      pageUrl: f.url('pageUrl'),
      idempotencyKey,
      ...(method === 'IMPORT'
        ? { givenAt: instantOf(f.optional('givenAt')), evidenceSource: f.optional('evidenceSource') }
        : {}),
    };
    let replayed: boolean | null = null;
    await submit.run(() =>
      outcomeOf(
        () => recordConsent({ ...inTenant(slug), variables: { input } }),
        (r) => {
          const result = r.data?.recordConsent;
          if (result?.__typename === 'ConsentRecorded') replayed = result.replayed;
          const failed = validationFailed(result);
          // A refused purpose is named by its place in a list: show it next to that purpose.
          return (
            failed && { problems: failed.problems.map((p) => ({ ...p, path: decisionProblemPath(p.path, lists) })) }
          );
        },
      ),
    );
    if (replayed !== null) onRecorded(subject, replayed);
  };

  const granted = submit.at('granted') ?? [];
  return (
    <form onSubmit={submit.onSubmit(onSubmit)} className="form" noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={FIELDS} />
      <TextField
        name="subjectId"
        label="Identifier"
        hint="The e-mail address, account id or cookie id the person is known by."
        defaultValue={subjectId}
        spellCheck={false}
        required
        markRequired={false}
        problems={submit.at('subjectId')}
      />
      <FieldGroup
        legend="Answer per purpose"
        problems={[...granted, ...(submit.at('decision') ?? [])]}
        errorText={granted.length ? undefined : 'See the purposes marked above.'}
      >
        <div className="consent-decision-grid">
          {purposes.map((purpose) => (
            <RadioGroup
              key={purpose.id}
              name={`decision.${purpose.id}`}
              className="consent-decision"
              legend={
                <>
                  {purpose.name}
                  <span className="muted small">
                    {' '}
                    {purpose.reliesOnConsent ? '(consent)' : '(opt-out of sale/sharing)'}
                  </span>
                </>
              }
              options={DECISION_OPTIONS}
              defaultValue=""
              problems={submit.at(`decision.${purpose.id}`)}
            />
          ))}
        </div>
      </FieldGroup>
      <div className="form-grid">
        <SelectField
          name="method"
          label="How it was given"
          options={METHODS.map((m) => [m, label(METHOD_LABELS, m)] as const)}
          value={method}
          onChange={(value) => setMethod(METHODS.find((m) => m === value) ?? 'FORM')}
          problems={submit.at('method')}
        />
        <TextField
          name="language"
          label="Language (optional)"
          hint="e.g. en or de-CH"
          problems={submit.at('language')}
        />
      </div>
      {method === 'IMPORT' ? (
        <div className="form-grid">
          <TextField
            name="givenAt"
            label="When the person gave it"
            hint="Your local time. The proof names the policy version in effect then."
            type="datetime-local"
            required
            markRequired={false}
            problems={submit.at('givenAt')}
          />
          <TextField
            name="evidenceSource"
            label="Where the evidence is kept"
            hint="The system, file or record it was imported from."
            required
            markRequired={false}
            problems={submit.at('evidenceSource')}
          />
        </div>
      ) : null}
      <TextField
        name="pageUrl"
        label="Page or document (optional)"
        hint="Where the person answered, e.g. the form's web address."
        type="url"
        problems={submit.at('pageUrl')}
      />
      <TextField
        name="noticeText"
        label="Exact text the person was shown"
        hint="Kept with its SHA-256 hash as the proof of what they agreed to."
        multiline
        rows={4}
        required
        markRequired={false}
        problems={[...(submit.at('noticeText') ?? []), ...(submit.at('noticeHash') ?? [])]}
      />
      <FormActions busy={submit.busy} saveLabel="Record consent" busyLabel="Recording…" onCancel={onCancel} />
    </form>
  );
}
