import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { Field, FormActions, ProblemsSummary } from '../../components/form/index.js';
import { RECORD_CONSENT } from '../../graphql/consents.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { friendlyMessage, problemsByPath, problemsFromError, type Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import { CHOICE_LABELS, decisionLists, decisionProblemPath, METHOD_LABELS, type Choice } from './consent-format.js';

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
];
const METHODS = ['FORM', 'IMPORT', 'API', 'BANNER'] as const;

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
  const [recordConsent, { loading }] = useMutation(RECORD_CONSENT);
  // One key per filled-in form: a retried submit after a lost answer records once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const byPath = problemsByPath(problems);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const choices = new Map<string, Choice | null>(
      purposes.map((p) => [p.id, (text(`decision-${p.id}`) || null) as Choice | null]),
    );
    const lists = decisionLists(choices);
    const subject = text('subjectId');
    setProblems([]);
    setFailure(null);
    try {
      const { data } = await recordConsent({
        ...inTenant(slug),
        variables: {
          input: {
            subjectId: subject,
            ...lists,
            method: text('method') as (typeof METHODS)[number],
            noticeText: text('noticeText') || null,
            language: text('language') || null,
            pageUrl: text('pageUrl') || null,
            idempotencyKey,
          },
        },
      });
      const result = data?.recordConsent;
      if (result?.__typename === 'ConsentRecorded') onRecorded(subject, result.replayed);
      else if (result?.__typename === 'ValidationFailed')
        setProblems(result.problems.map((p) => ({ ...p, path: decisionProblemPath(p.path, lists) })));
    } catch (error) {
      const fromInput = problemsFromError(error);
      if (fromInput.length) setProblems(fromInput);
      else setFailure(friendlyMessage(error));
    }
  };

  const decisionProblems = [...(byPath.get('granted') ?? []), ...(byPath.get('decision') ?? [])];
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
      {failure ? (
        <div className="notice notice-error" role="alert">
          {failure}
        </div>
      ) : null}
      <ProblemsSummary outcome={{ problems, failure: null }} shown={FIELDS} />
      <Field
        label="Identifier"
        hint="The e-mail address, account id or cookie id the person is known by."
        problems={byPath.get('subjectId')}
      >
        {(p) => (
          <input {...p} name="subjectId" defaultValue={subjectId} autoComplete="off" spellCheck={false} required />
        )}
      </Field>
      <fieldset
        className={`field${decisionProblems.length ? ' field-invalid' : ''}`}
        aria-describedby={decisionProblems.length ? 'record-decisions-error' : undefined}
      >
        <legend>Answer per purpose</legend>
        <div className="consent-decision-grid">
          {purposes.map((purpose) => {
            const own = byPath.get(`decision.${purpose.id}`);
            return (
              <fieldset
                key={purpose.id}
                className="consent-decision"
                aria-describedby={own ? `record-decision-${purpose.id}-error` : undefined}
              >
                <legend>
                  {purpose.name}
                  <span className="muted small">
                    {' '}
                    {purpose.reliesOnConsent ? '(consent)' : '(opt-out of sale/sharing)'}
                  </span>
                </legend>
                <div className="role-options">
                  <label className="checkbox">
                    <input type="radio" name={`decision-${purpose.id}`} value="" defaultChecked />
                    Not asked
                  </label>
                  {(Object.keys(CHOICE_LABELS) as Choice[]).map((choice) => (
                    <label key={choice} className="checkbox">
                      <input type="radio" name={`decision-${purpose.id}`} value={choice} />
                      {CHOICE_LABELS[choice]}
                    </label>
                  ))}
                </div>
                {own ? (
                  <p className="field-error" id={`record-decision-${purpose.id}-error`}>
                    {own.map((p) => sentence(p.message)).join(' ')}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
        </div>
        {decisionProblems.length ? (
          <p className="field-error" id="record-decisions-error">
            {decisionProblems
              .filter((p) => p.path === 'granted')
              .map((p) => sentence(p.message))
              .join(' ') || 'See the purposes marked above.'}
          </p>
        ) : null}
      </fieldset>
      <div className="form-grid">
        <Field label="How it was given" problems={byPath.get('method')}>
          {(p) => (
            <select {...p} name="method" defaultValue="FORM">
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Language (optional)" hint="e.g. en or de-CH" problems={byPath.get('language')}>
          {(p) => <input {...p} name="language" autoComplete="off" />}
        </Field>
      </div>
      <Field
        label="Page or document (optional)"
        hint="Where the person answered, e.g. the form's web address."
        problems={byPath.get('pageUrl')}
      >
        {(p) => <input {...p} name="pageUrl" type="url" autoComplete="off" />}
      </Field>
      <Field
        label="Exact text the person was shown"
        hint="Kept with its SHA-256 hash as the proof of what they agreed to."
        problems={[...(byPath.get('noticeText') ?? []), ...(byPath.get('noticeHash') ?? [])]}
      >
        {(p) => <textarea {...p} name="noticeText" rows={4} required />}
      </Field>
      <FormActions busy={loading} saveLabel="Record consent" busyLabel="Recording…" onCancel={onCancel} />
    </form>
  );
}
