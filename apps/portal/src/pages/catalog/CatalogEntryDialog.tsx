import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import { Field, FormActions, ProblemsSummary } from '../../components/form/index.js';
import { CREATE_CATALOG_ENTRY, UPDATE_CATALOG_ENTRY } from '../../graphql/catalog.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { friendlyMessage, problemsByPath, problemsFromError, type Problem } from '../../lib/errors.js';
import { RECIPIENT_ROLE_LABELS, SAFEGUARD_LABELS } from '../edit/policy-labels.js';
import { entryInput } from './catalog-format.js';

export type CatalogEntry = ResultOf<typeof CREATE_CATALOG_ENTRY>['createCatalogEntry'] & { __typename: 'CatalogEntry' };
export type Propagation = (ResultOf<typeof UPDATE_CATALOG_ENTRY>['updateCatalogEntry'] & {
  __typename: 'CatalogEntryUpdated';
})['reached'][number];

const FIELDS = [
  'name',
  'role',
  'service',
  'legalEntity',
  'address',
  'country',
  'processingCountries',
  'safeguards',
  'transferDetails',
  'privacyPolicyUrl',
  'optOutUrl',
];

/** Problems for a field and everything under it (e.g. `processingCountries.1`). */
function under(byPath: Map<string, Problem[]>, path: string): Problem[] | undefined {
  const found = [...byPath.entries()]
    .filter(([p]) => p === path || p.startsWith(`${path}.`))
    .flatMap(([, list]) => list);
  return found.length ? found : undefined;
}

/** Creates an entry, or edits one (`entry`); the API's problems appear next to their fields. */
export function CatalogEntryDialog({
  open,
  entry,
  onClose,
  onSaved,
}: {
  open: boolean;
  entry: CatalogEntry | null;
  onClose: () => void;
  onSaved: (entry: CatalogEntry, reached: Propagation[] | null) => void;
}) {
  return (
    <Dialog title={entry ? `Edit ${entry.name}` : 'New catalog entry'} open={open} onClose={onClose}>
      <EntryForm entry={entry} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function EntryForm({
  entry,
  onCancel,
  onSaved,
}: {
  entry: CatalogEntry | null;
  onCancel: () => void;
  onSaved: (entry: CatalogEntry, reached: Propagation[] | null) => void;
}) {
  const [create, created] = useMutation(CREATE_CATALOG_ENTRY);
  const [update, updated] = useMutation(UPDATE_CATALOG_ENTRY);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const byPath = problemsByPath(problems);
  const busy = created.loading || updated.loading;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const input = entryInput({
      name: text('name'),
      role: text('role'),
      service: text('service'),
      legalEntity: text('legalEntity'),
      streetAddress: text('streetAddress'),
      locality: text('locality'),
      postalCode: text('postalCode'),
      region: text('region'),
      addressCountry: text('addressCountry'),
      country: text('country'),
      processingCountries: text('processingCountries'),
      safeguards: form.getAll('safeguards').map(String),
      transferDetails: text('transferDetails'),
      privacyPolicyUrl: text('privacyPolicyUrl'),
      optOutUrl: text('optOutUrl'),
    });
    setProblems([]);
    setFailure(null);
    try {
      if (entry) {
        const { data } = await update({
          variables: { input: { id: entry.id, ...input } },
          refetchQueries: ['CatalogEntries'],
          awaitRefetchQueries: true,
        });
        const result = data?.updateCatalogEntry;
        if (result?.__typename === 'CatalogEntryUpdated')
          onSaved({ __typename: 'CatalogEntry', ...result.entry }, [...result.reached]);
        else if (result?.__typename === 'ValidationFailed') setProblems([...result.problems]);
      } else {
        const { data } = await create({
          variables: { input },
          refetchQueries: ['CatalogEntries'],
          awaitRefetchQueries: true,
        });
        const result = data?.createCatalogEntry;
        if (result?.__typename === 'CatalogEntry') onSaved(result, null);
        else if (result?.__typename === 'ValidationFailed') setProblems([...result.problems]);
      }
    } catch (error) {
      const fromInput = problemsFromError(error);
      if (fromInput.length) setProblems(fromInput);
      else setFailure(friendlyMessage(error));
    }
  };

  const address = entry?.address;
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="form catalog-form" noValidate>
      {failure ? (
        <div className="notice notice-error" role="alert">
          {failure}
        </div>
      ) : null}
      <ProblemsSummary outcome={{ problems, failure: null }} shown={FIELDS} />
      {entry && entry.linkedTenants.length ? (
        <p className="notice notice-info">
          Saving changes the recipient in the draft of {entry.linkedTenants.length} client
          {entry.linkedTenants.length === 1 ? '' : 's'}; their published policies change only when republished.
        </p>
      ) : null}
      <div className="form-grid">
        <Field label="Name" hint="As it appears in policies, e.g. the product name." problems={byPath.get('name')}>
          {(p) => <input {...p} name="name" defaultValue={entry?.name ?? ''} autoComplete="off" required />}
        </Field>
        <Field label="Role" problems={byPath.get('role')}>
          {(p) => (
            <select {...p} name="role" defaultValue={entry?.role ?? 'PROCESSOR'}>
              {Object.entries(RECIPIENT_ROLE_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="Service"
        hint="What it does for the client, e.g. “website analytics”."
        problems={byPath.get('service')}
      >
        {(p) => <input {...p} name="service" defaultValue={entry?.service ?? ''} autoComplete="off" />}
      </Field>
      <Field
        label="Legal entity"
        hint="The company that processes the data, e.g. “Google Ireland Limited”."
        problems={byPath.get('legalEntity')}
      >
        {(p) => <input {...p} name="legalEntity" defaultValue={entry?.legalEntity ?? ''} autoComplete="off" />}
      </Field>
      <fieldset className="field form-fieldset">
        <legend>Address of the legal entity</legend>
        <div className="form-grid">
          <Field label="Street address" problems={byPath.get('address.streetAddress')}>
            {(p) => (
              <input {...p} name="streetAddress" defaultValue={address?.streetAddress ?? ''} autoComplete="off" />
            )}
          </Field>
          <Field label="Town or city" problems={byPath.get('address.locality')}>
            {(p) => <input {...p} name="locality" defaultValue={address?.locality ?? ''} autoComplete="off" />}
          </Field>
          <Field label="Postal code" problems={byPath.get('address.postalCode')}>
            {(p) => <input {...p} name="postalCode" defaultValue={address?.postalCode ?? ''} autoComplete="off" />}
          </Field>
          <Field label="Region" problems={byPath.get('address.region')}>
            {(p) => <input {...p} name="region" defaultValue={address?.region ?? ''} autoComplete="off" />}
          </Field>
          <Field
            label="Address country"
            hint="Two letters, e.g. IE"
            problems={under(byPath, 'address.country') ?? byPath.get('address')}
          >
            {(p) => (
              <input
                {...p}
                name="addressCountry"
                defaultValue={address?.country ?? ''}
                autoComplete="off"
                maxLength={2}
                className="field-narrow"
              />
            )}
          </Field>
        </div>
      </fieldset>
      <div className="form-grid">
        <Field
          label="Country"
          hint="Where the legal entity is established: two letters, e.g. US"
          problems={byPath.get('country')}
        >
          {(p) => (
            <input
              {...p}
              name="country"
              defaultValue={entry?.country ?? ''}
              autoComplete="off"
              className="field-narrow"
            />
          )}
        </Field>
        <Field
          label="Processing countries"
          hint="Where it processes data, separated by commas, e.g. US, IN"
          problems={under(byPath, 'processingCountries')}
        >
          {(p) => (
            <input
              {...p}
              name="processingCountries"
              defaultValue={entry?.processingCountries.join(', ') ?? ''}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <fieldset
        className={`field${under(byPath, 'safeguards') ? ' field-invalid' : ''}`}
        aria-describedby={under(byPath, 'safeguards') ? 'catalog-safeguards-error' : undefined}
      >
        <legend>Transfer safeguards</legend>
        <div className="checkbox-grid">
          {Object.entries(SAFEGUARD_LABELS).map(([value, text]) => (
            <label key={value} className="checkbox">
              <input
                type="checkbox"
                name="safeguards"
                value={value}
                defaultChecked={entry?.safeguards.some((s) => s === value) ?? false}
              />
              {text}
            </label>
          ))}
        </div>
        {under(byPath, 'safeguards') ? (
          <p className="field-error" id="catalog-safeguards-error">
            {under(byPath, 'safeguards')!
              .map((p) => p.message)
              .join(' ')}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Transfer details"
        hint="Optional: more about the safeguards, e.g. where the clauses can be obtained."
        problems={byPath.get('transferDetails')}
      >
        {(p) => <textarea {...p} name="transferDetails" rows={2} defaultValue={entry?.transferDetails ?? ''} />}
      </Field>
      <div className="form-grid">
        <Field label="Privacy policy URL" problems={byPath.get('privacyPolicyUrl')}>
          {(p) => (
            <input
              {...p}
              name="privacyPolicyUrl"
              type="url"
              defaultValue={entry?.privacyPolicyUrl ?? ''}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label="Opt-out URL" problems={byPath.get('optOutUrl')}>
          {(p) => <input {...p} name="optOutUrl" type="url" defaultValue={entry?.optOutUrl ?? ''} autoComplete="off" />}
        </Field>
      </div>
      <FormActions busy={busy} saveLabel={entry ? 'Save changes' : 'Add to catalog'} onCancel={onCancel} />
    </form>
  );
}
