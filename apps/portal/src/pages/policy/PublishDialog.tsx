import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ProblemList, type CompletenessProblemView } from '../../components/CompletenessPanel.js';
import { Dialog } from '../../components/Dialog.js';
import {
  DONE,
  failureOutcome,
  FormActions,
  formReader,
  problemsOutcome,
  ProblemsSummary,
  succeeded,
  TextField,
  useSubmit,
} from '../../components/form/index.js';
import { PUBLISH_POLICY } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { today } from '../../lib/format.js';

const FIELDS = ['effectiveDate', 'changeSummary'];

export type PublishedVersion = Extract<
  ResultOf<typeof PUBLISH_POLICY>['publishPolicy'],
  { __typename: 'PolicyVersion' }
>;

/** What the last attempt came to, when the API would not publish the draft (problems in the input are the form's). */
type Refusal =
  { kind: 'incomplete'; problems: readonly CompletenessProblemView[] } | { kind: 'unchanged'; latestVersion: number };

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
  return (
    <Dialog title="Publish a new version" open={open} onClose={onClose}>
      {/* Mounted per opening, so each one starts clean. */}
      <PublishForm slug={slug} blockingErrors={blockingErrors} onCancel={onClose} onPublished={onPublished} />
    </Dialog>
  );
}

function PublishForm({
  slug,
  blockingErrors,
  onCancel,
  onPublished,
}: {
  slug: string;
  blockingErrors: number;
  onCancel: () => void;
  onPublished: (version: PublishedVersion) => void;
}) {
  const [publish] = useMutation(PUBLISH_POLICY, {
    ...inTenant(slug),
    refetchQueries: ['PolicyPage', 'PolicyVersions'],
    awaitRefetchQueries: true,
  });
  const submit = useSubmit();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    setRefusal(null);
    let published: PublishedVersion | null = null;
    await submit.run(async () => {
      const { data } = await publish({
        variables: { input: { effectiveDate: f.raw('effectiveDate'), changeSummary: f.raw('changeSummary') } },
      });
      const result = data?.publishPolicy;
      switch (result?.__typename) {
        case 'PolicyVersion':
          published = result;
          return DONE;
        case 'PolicyIncomplete':
          setRefusal({ kind: 'incomplete', problems: result.completeness });
          return DONE;
        case 'PolicyUnchanged':
          setRefusal({ kind: 'unchanged', latestVersion: result.latestVersion });
          return DONE;
        case 'ValidationFailed':
          return problemsOutcome(...result.problems);
        default:
          return failureOutcome('No answer from the server. Try again.');
      }
    });
    if (published) onPublished(published);
  };

  return (
    <form onSubmit={submit.onSubmit(onSubmit)} className="form" noValidate>
      {blockingErrors > 0 && !refusal && succeeded(submit.outcome) ? (
        <div className="notice notice-warning" role="note">
          <p>
            The completeness check found {blockingErrors === 1 ? 'one error' : `${blockingErrors} errors`}. Publishing
            is refused until {blockingErrors === 1 ? 'it is' : 'they are'} fixed.
          </p>
        </div>
      ) : null}
      {refusal ? <RefusalNotice refusal={refusal} slug={slug} /> : null}
      <ProblemsSummary outcome={submit.outcome} shown={FIELDS} />
      <TextField
        name="effectiveDate"
        label="Effective date"
        hint="From this date the live policy is this version; until then the current one stays live."
        type="date"
        defaultValue={today()}
        required
        markRequired={false}
        controlClassName="field-narrow"
        problems={submit.at('effectiveDate')}
      />
      <TextField
        name="changeSummary"
        label="What changed"
        hint="A sentence or two for the version list, webhooks and sub-processor subscribers."
        multiline
        rows={3}
        maxLength={2000}
        required
        markRequired={false}
        problems={submit.at('changeSummary')}
      />
      <FormActions busy={submit.busy} saveLabel="Publish version" busyLabel="Publishing…" onCancel={onCancel} />
    </form>
  );
}
