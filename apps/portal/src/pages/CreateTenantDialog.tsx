import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Dialog } from '../components/Dialog.js';
import {
  CheckboxGroup,
  CountryField,
  FormActions,
  formReader,
  optionsOf,
  ProblemsSummary,
  TextField,
  useSubmit,
} from '../components/form/index.js';
import { CREATE_TENANT } from '../graphql/operations.js';
import { JURISDICTION_LABELS } from '../lib/format.js';

const FIELDS = ['legalName', 'contactEmail', 'establishedIn', 'jurisdictions', 'slug'];

export interface CreatedTenant {
  slug: string;
  displayName: string;
}

/** Legal name, contact email, country of establishment and jurisdictions; the API's problems appear next to their fields. */
export function CreateTenantDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (t: CreatedTenant) => void;
}) {
  return (
    <Dialog title="New client" open={open} onClose={onClose}>
      {/* Mounted per opening, so each one starts clean. */}
      <CreateTenantForm onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CreateTenantForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (t: CreatedTenant) => void }) {
  const [createTenant] = useMutation(CREATE_TENANT);
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const slug = f.text('slug');
    const input = {
      legalName: f.text('legalName'),
      contactEmail: f.text('contactEmail'),
      establishedIn: f.optional('establishedIn'),
      jurisdictions: f.allOf('jurisdictions', JURISDICTION_LABELS),
      ...(slug ? { slug } : {}),
    };
    await submit.save(
      async () =>
        (await createTenant({ variables: { input }, refetchQueries: ['Tenants'], awaitRefetchQueries: true })).data
          ?.createTenant,
      (result) => {
        if (result?.__typename === 'Tenant') onCreated({ slug: result.slug, displayName: result.displayName });
      },
    );
  };

  return (
    <form onSubmit={submit.onSubmit(onSubmit)} className="form" noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={FIELDS} />
      <TextField
        name="legalName"
        label="Legal name"
        autoComplete="organization"
        required
        markRequired={false}
        problems={submit.at('legalName')}
      />
      <TextField
        name="contactEmail"
        label="Contact email"
        hint="Where privacy questions and request reminders go."
        type="email"
        required
        markRequired={false}
        problems={submit.at('contactEmail')}
      />
      <CountryField
        name="establishedIn"
        label="Country where it is established"
        hint="Optional: decides whether a representative is needed in the EU or the UK (Art. 27). Offices can be added later."
        problems={submit.at('establishedIn')}
      />
      <TextField
        name="slug"
        label="Address (slug) for public pages"
        hint="Optional: suggested from the name when left empty."
        pattern="[a-z0-9-]+"
        problems={submit.at('slug')}
      />
      <CheckboxGroup
        name="jurisdictions"
        legend="Jurisdictions"
        options={optionsOf(JURISDICTION_LABELS)}
        defaultValues={['EU_GDPR']}
        problems={submit.under('jurisdictions')}
      />
      <FormActions busy={submit.busy} saveLabel="Create client" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}
