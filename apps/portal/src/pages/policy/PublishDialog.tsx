import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ProblemList, type CompletenessProblemView } from '../../components/CompletenessPanel.js';
import { Dialog } from '../../components/Dialog.js';
import { Field, FormActions, ProblemsSummary } from '../../components/form/index.js';
import { PUBLISH_POLICY } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { friendlyMessage, problemsByPath, problemsFromError, type Problem } from '../../lib/errors.js';
import { today } from '../../lib/format.js';

const FIELDS = ['effectiveDate', 'changeSummary'];

export type PublishedVersion = Extract<
  ResultOf<typeof PUBLISH_POLICY>['publishPolicy'],
  { __typename: 'PolicyVersion' }
>;

/** What the last attempt came to, when it did not publish. */
type Refusal =
  | { kind: 'incomplete'; problems: readonly CompletenessProblemView[] }
  | { kind: 'unchanged'; latestVersion: number }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'failed'; message: string };

function RefusalNotice({ refusal, slug }: { refusal: Refusal; slug: string }) {
  switch (refusal.kind) {
    case 'incomplete': {
      // The errors are what blocked it; warnings stay in the completeness panel.
      const errors = refusal.problems.filter((p) => p.severity === 'ERROR');
      return (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>Not published:</strong> the draft has{' '}
            {errors.length === 1 ? 'one error' : `${errors.length} errors`} to fix first. Each link opens the field that
            fixes it.
          </p>
          <ProblemList problems={errors} slug={slug} />
        </div>
      );
    }
    case 'unchanged':
      return (
        <div className="notice notice-info" role="alert">
          <p>
            <strong>Nothing to publish:</strong> the draft is the same as version {refusal.latestVersion}, which is
            already published. Change the policy data first.
          </p>
        </div>
      );
    case 'invalid':
      return null;
    case 'failed':
      return (
        <div className="notice notice-error" role="alert">
          <p>{refusal.message}</p>
        </div>
      );
  }
}

/**
 * Publishes the draft as the next version: the date it takes effect (today unless chosen) and what changed. The
 * API decides; each refusal it gives (incomplete, unchanged, invalid input) is explained here, and a published
 * version closes the dialog.
 */
export function PublishDialog({
  open,
  slug,
  blockingErrors,
  onClose,
  onPublished,
}: {
  open: boolean;
  slug: string;
  /** Errors the last completeness check found: publishing will be refused while there are any. */
  blockingErrors: number;
  onClose: () => void;
  onPublished: (version: PublishedVersion) => void;
}) {
  const [publish, { loading }] = useMutation(PUBLISH_POLICY, {
    ...inTenant(slug),
    refetchQueries: ['PolicyPage', 'PolicyVersions'],
    awaitRefetchQueries: true,
  });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const problems = refusal?.kind === 'invalid' ? refusal.problems : [];
  const byPath = problemsByPath(problems);

  const close = () => {
    setRefusal(null);
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setRefusal(null);
    try {
      const { data } = await publish({
        variables: {
          input: {
            effectiveDate: String(form.get('effectiveDate') ?? ''),
            changeSummary: String(form.get('changeSummary') ?? ''),
          },
        },
      });
      const result = data?.publishPolicy;
      switch (result?.__typename) {
        case 'PolicyVersion':
          setRefusal(null);
          onPublished(result);
          return;
        case 'PolicyIncomplete':
          setRefusal({ kind: 'incomplete', problems: result.completeness });
          return;
        case 'PolicyUnchanged':
          setRefusal({ kind: 'unchanged', latestVersion: result.latestVersion });
          return;
        case 'ValidationFailed':
          setRefusal({ kind: 'invalid', problems: [...result.problems] });
          return;
        default:
          setRefusal({ kind: 'failed', message: 'No answer from the server. Try again.' });
      }
    } catch (error) {
      const fromInput = problemsFromError(error);
      setRefusal(
        fromInput.length
          ? { kind: 'invalid', problems: fromInput }
          : { kind: 'failed', message: friendlyMessage(error) },
      );
    }
  };

  return (
    <Dialog title="Publish a new version" open={open} onClose={close}>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {blockingErrors > 0 && !refusal ? (
          <div className="notice notice-warning" role="note">
            <p>
              The completeness check found {blockingErrors === 1 ? 'one error' : `${blockingErrors} errors`}. Publishing
              is refused until {blockingErrors === 1 ? 'it is' : 'they are'} fixed.
            </p>
          </div>
        ) : null}
        {refusal ? <RefusalNotice refusal={refusal} slug={slug} /> : null}
        <ProblemsSummary outcome={{ problems, failure: null }} shown={FIELDS} />
        <Field
          label="Effective date"
          hint="From this date the live policy is this version; until then the current one stays live."
          problems={byPath.get('effectiveDate')}
        >
          {(p) => (
            <input {...p} name="effectiveDate" type="date" defaultValue={today()} required className="field-narrow" />
          )}
        </Field>
        <Field
          label="What changed"
          hint="A sentence or two for the version list, webhooks and sub-processor subscribers."
          problems={byPath.get('changeSummary')}
        >
          {(p) => <textarea {...p} name="changeSummary" rows={3} maxLength={2000} required />}
        </Field>
        <FormActions busy={loading} saveLabel="Publish version" busyLabel="Publishing…" onCancel={close} />
      </form>
    </Dialog>
  );
}
