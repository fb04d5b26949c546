import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import {
  AddressFields,
  CheckboxGroup,
  FormActions,
  formReader,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
} from '../../components/form/index.js';
import type { ResultOf } from '../../graphql/tada.js';
import { options, RECIPIENT_ROLE_LABELS, SAFEGUARD_LABELS } from '../edit/policy-labels.js';
import { CertificationFields, readCertification } from '../edit/certification.js';
import { CREATE_CATALOG_ENTRY, UPDATE_CATALOG_ENTRY } from '../../graphql/catalog.operations.js';
import {
  CATALOG_LANGUAGES,
  entryInput,
  placeTranslationProblems,
  TRANSLATED_FIELDS,
  translationInputs,
  translationKey,
  translationPath,
  type EnglishTexts,
  type TranslatedField,
  type TranslationEdits,
  type TranslationInput,
} from './catalog-format.js';
import { TranslationFields } from './CatalogTranslations.js';

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
  'dataPrivacyFramework',
  'privacyPolicyUrl',
  'optOutUrl',
];

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
  const [create] = useMutation(CREATE_CATALOG_ENTRY);
  const [update] = useMutation(UPDATE_CATALOG_ENTRY);
  const submit = useSubmit();
  const [safeguards, setSafeguards] = useState<string[]>(entry ? [...entry.safeguards] : []);
  // The English texts as typed, shown beside their translations; the translations as edited so far.
  const [english, setEnglish] = useState<EnglishTexts>({
    name: entry?.name ?? '',
    service: entry?.service ?? '',
    transferDetails: entry?.transferDetails ?? '',
  });
  const [edits, setEdits] = useState<TranslationEdits>({});
  // The translations last sent: the API names their problems by their place in that list.
  const [sent, setSent] = useState<readonly TranslationInput[]>([]);
  const stored = entry?.translations ?? [];
  const outcome = { ...submit.outcome, problems: placeTranslationProblems(submit.outcome.problems, sent) };
  const translationProblems = (path: string) => outcome.problems.filter((p) => p.path === path);
  const shown = [
    ...FIELDS,
    ...TRANSLATED_FIELDS.filter((field) => (english[field] ?? '').trim()).flatMap((field) =>
      CATALOG_LANGUAGES.map((language) => translationPath(language, field)),
    ),
  ];

  const onEnglishChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if ((TRANSLATED_FIELDS as readonly string[]).includes(target.name))
      setEnglish((before) => ({ ...before, [target.name as TranslatedField]: target.value }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const input = entryInput({
      name: f.text('name'),
      role: f.oneOf('role', RECIPIENT_ROLE_LABELS),
      service: f.text('service'),
      legalEntity: f.text('legalEntity'),
      streetAddress: f.text('address.streetAddress'),
      locality: f.text('address.locality'),
      postalCode: f.text('address.postalCode'),
      region: f.text('address.region'),
      addressCountry: f.text('address.country'),
      country: f.text('country'),
      processingCountries: f.text('processingCountries'),
      safeguards: f.allOf('safeguards', SAFEGUARD_LABELS),
      transferDetails: f.text('transferDetails'),
      dataPrivacyFramework: safeguards.includes('DATA_PRIVACY_FRAMEWORK') ? readCertification(f) : null,
      privacyPolicyUrl: f.text('privacyPolicyUrl'),
      optOutUrl: f.text('optOutUrl'),
    });
    // The whole set, against the English as submitted: a field left out loses its translation.
    const translations = translationInputs(stored, edits, {
      name: input.name,
      service: input.service,
      transferDetails: input.transferDetails,
    });
    setSent(translations);
    const refetch = { refetchQueries: ['CatalogEntries'], awaitRefetchQueries: true };
    await submit.save(
      async () =>
        entry
          ? (await update({ variables: { input: { id: entry.id, ...input, translations } }, ...refetch })).data
              ?.updateCatalogEntry
          : (await create({ variables: { input: { ...input, translations } }, ...refetch })).data?.createCatalogEntry,
      (result) => {
        if (result?.__typename === 'CatalogEntryUpdated')
          onSaved({ __typename: 'CatalogEntry', ...result.entry }, [...result.reached]);
        else if (result?.__typename === 'CatalogEntry') onSaved(result, null);
      },
    );
  };

  return (
    <form onSubmit={submit.onSubmit(onSubmit)} onChange={onEnglishChange} className="form catalog-form" noValidate>
      <ProblemsSummary outcome={outcome} shown={shown} />
      {entry && entry.linkedTenants.length ? (
        <p className="notice notice-info">
          Saving changes the recipient in the draft of {entry.linkedTenants.length} client
          {entry.linkedTenants.length === 1 ? '' : 's'}; their published policies change only when republished.
        </p>
      ) : null}
      <div className="form-grid">
        <TextField
          name="name"
          label="Name"
          hint="As it appears in policies, e.g. the product name."
          defaultValue={entry?.name}
          required
          markRequired={false}
          problems={submit.at('name')}
        />
        <SelectField
          name="role"
          label="Role"
          options={options.recipientRole}
          defaultValue={entry?.role ?? 'PROCESSOR'}
          problems={submit.at('role')}
        />
      </div>
      <TextField
        name="service"
        label="Service"
        hint="What it does for the client, e.g. “website analytics”."
        defaultValue={entry?.service}
        problems={submit.at('service')}
      />
      <TextField
        name="legalEntity"
        label="Legal entity"
        hint="The company that processes the data, e.g. “Google Ireland Limited”."
        defaultValue={entry?.legalEntity}
        problems={submit.at('legalEntity')}
      />
      <AddressFields
        prefix="address"
        legend="Address of the legal entity"
        className="field form-fieldset"
        value={entry?.address}
        problems={submit.at}
        countryAs="text"
        countryLabel="Address country"
        countryHint="Two letters, e.g. IE"
      />
      <div className="form-grid">
        <TextField
          name="country"
          label="Country"
          hint="Where the legal entity is established: two letters, e.g. US"
          defaultValue={entry?.country}
          controlClassName="field-narrow"
          problems={submit.at('country')}
        />
        <TextField
          name="processingCountries"
          label="Processing countries"
          hint="Where it processes data, separated by commas, e.g. US, IN"
          defaultValue={entry?.processingCountries.join(', ')}
          problems={submit.under('processingCountries')}
        />
      </div>
      <CheckboxGroup
        name="safeguards"
        legend="Transfer safeguards"
        options={options.safeguard}
        values={safeguards}
        onChange={setSafeguards}
        problems={submit.under('safeguards')}
      />
      {safeguards.includes('DATA_PRIVACY_FRAMEWORK') ? (
        <CertificationFields value={entry?.dataPrivacyFramework} submit={submit} />
      ) : null}
      <TextField
        name="transferDetails"
        label="Transfer details"
        hint="Optional: more about the safeguards, e.g. where the clauses can be obtained."
        multiline
        rows={2}
        defaultValue={entry?.transferDetails}
        problems={submit.at('transferDetails')}
      />
      <div className="form-grid">
        <TextField
          name="privacyPolicyUrl"
          label="Privacy policy URL"
          type="url"
          defaultValue={entry?.privacyPolicyUrl}
          problems={submit.at('privacyPolicyUrl')}
        />
        <TextField
          name="optOutUrl"
          label="Opt-out URL"
          type="url"
          defaultValue={entry?.optOutUrl}
          problems={submit.at('optOutUrl')}
        />
      </div>
      <TranslationFields
        stored={stored}
        english={english}
        edits={edits}
        onEdit={(language, field, edit) =>
          setEdits((before) => ({ ...before, [translationKey(language, field)]: edit }))
        }
        problemsAt={translationProblems}
      />
      <FormActions busy={submit.busy} saveLabel={entry ? 'Save changes' : 'Add to catalog'} onCancel={onCancel} />
    </form>
  );
}
