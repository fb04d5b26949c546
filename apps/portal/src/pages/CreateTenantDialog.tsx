import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog.js';
import { Field, FormActions, formReader, outcomeOfError, ProblemsSummary } from '../components/form/index.js';
import { CREATE_TENANT } from '../graphql/operations.js';
import { problemsByPath, type Problem } from '../lib/errors.js';
import { JURISDICTION_LABELS } from '../lib/format.js';

const FIELDS = ['legalName', 'contactEmail', 'jurisdictions', 'slug'];

export interface CreatedTenant {
  slug: string;
  displayName: string;
}

/** Legal name, contact email and jurisdictions; the API's problems appear next to their fields. */
export function CreateTenantDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (t: CreatedTenant) => void;
}) {
  const [createTenant, { loading }] = useMutation(CREATE_TENANT);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const byPath = problemsByPath(problems);

  const close = () => {
    setProblems([]);
    setFailure(null);
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = String(form.get('slug') ?? '').trim();
    setProblems([]);
    setFailure(null);
    try {
      const { data } = await createTenant({
        variables: {
          input: {
            legalName: String(form.get('legalName') ?? '').trim(),
            contactEmail: String(form.get('contactEmail') ?? '').trim(),
            jurisdictions: formReader(form).allOf('jurisdictions', JURISDICTION_LABELS),
            ...(slug ? { slug } : {}),
          },
        },
        refetchQueries: ['Tenants'],
        awaitRefetchQueries: true,
      });
      const result = data?.createTenant;
      if (result?.__typename === 'Tenant') {
        setProblems([]);
        onCreated({ slug: result.slug, displayName: result.displayName });
      } else if (result?.__typename === 'ValidationFailed') {
        setProblems([...result.problems]);
      }
    } catch (error) {
      const outcome = outcomeOfError(error);
      setProblems(outcome.problems);
      setFailure(outcome.failure);
    }
  };

  return (
    <Dialog title="New client" open={open} onClose={close}>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {failure ? (
          <div className="notice notice-error" role="alert">
            {failure}
          </div>
        ) : null}
        <ProblemsSummary outcome={{ problems, failure: null }} shown={FIELDS} />
        <Field label="Legal name" problems={byPath.get('legalName')}>
          {(p) => <input {...p} name="legalName" autoComplete="organization" required />}
        </Field>
        <Field
          label="Contact email"
          hint="Where privacy questions and request reminders go."
          problems={byPath.get('contactEmail')}
        >
          {(p) => <input {...p} name="contactEmail" type="email" autoComplete="off" required />}
        </Field>
        <Field
          label="Address (slug) for public pages"
          hint="Optional: suggested from the name when left empty."
          problems={byPath.get('slug')}
        >
          {(p) => <input {...p} name="slug" pattern="[a-z0-9-]+" />}
        </Field>
        <fieldset
          className={`field${byPath.get('jurisdictions') ? ' field-invalid' : ''}`}
          aria-describedby={byPath.get('jurisdictions') ? 'jurisdictions-error' : undefined}
        >
          <legend>Jurisdictions</legend>
          <div className="checkbox-grid">
            {Object.entries(JURISDICTION_LABELS).map(([value, text]) => (
              <label key={value} className="checkbox">
                <input type="checkbox" name="jurisdictions" value={value} defaultChecked={value === 'EU_GDPR'} />
                {text}
              </label>
            ))}
          </div>
          {byPath.get('jurisdictions') ? (
            <p className="field-error" id="jurisdictions-error">
              {byPath
                .get('jurisdictions')!
                .map((p) => p.message)
                .join(' ')}
            </p>
          ) : null}
        </fieldset>
        <FormActions busy={loading} saveLabel="Create client" busyLabel="Creating…" onCancel={close} />
      </form>
    </Dialog>
  );
}
