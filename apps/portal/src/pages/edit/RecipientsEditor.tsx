import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import {
  ADD_RECIPIENT_FROM_CATALOG,
  CREATE_RECIPIENT,
  DELETE_RECIPIENT,
  RECIPIENT_CATALOG,
  UNLINK_RECIPIENT,
  UPDATE_RECIPIENT,
} from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDate, JURISDICTION_LABELS, label } from '../../lib/format.js';
import { certificationSummary, CertificationFields, readCertification } from './certification.js';
import {
  AddressFields,
  CheckboxGroup,
  CountryField,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
} from '../../components/form/index.js';
import {
  ItemList,
  ItemProblems,
  listChanges,
  nextPosition,
  SectionIntro,
  useEditor,
  useFocusFromQuery,
  type EditorData,
} from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import {
  countryName,
  GAP_REASON_LABELS,
  labelOf,
  options,
  RECIPIENT_ROLE_LABELS,
  SAFEGUARD_LABELS,
} from './policy-labels.js';

type Recipient = EditorData['recipients']['edges'][number]['node'];

const OWN_FIELDS = [
  'name',
  'role',
  'legalEntity',
  'country',
  'address',
  'processingCountries',
  'service',
  'safeguards',
  'transferDetails',
  'dataPrivacyFramework',
  'privacyPolicyUrl',
  'optOutUrl',
];
const TENANT_FIELDS = ['dataCategoryIds', 'dpaSignedOn', 'jointArrangement'];

/** "US, IE" → ["US", "IE"]; the API checks each code. */
function countryList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

/** The parts of a recipient that are the tenant's own even when it follows the catalog. */
function TenantParts({
  recipient,
  role,
  submit,
}: {
  recipient: Recipient | null;
  role: string;
  submit: ReturnType<typeof useSubmit>;
}) {
  const { data } = useEditor();
  return (
    <>
      {role === 'JOINT_CONTROLLER' ? (
        <TextField
          name="jointArrangement"
          translationField="jointArrangement"
          label="The essence of the arrangement (GDPR Art. 26(2))"
          required
          multiline
          defaultValue={recipient?.jointArrangement}
          hint="What people may read: who informs them, who answers their requests, who does what."
          problems={submit.at('jointArrangement')}
        />
      ) : null}
      <CheckboxGroup
        name="dataCategoryIds"
        legend="Data categories disclosed to it"
        options={data.dataCategories.edges.map((e) => [e.node.id, e.node.name] as const)}
        defaultValues={recipient?.dataCategoryIds}
        problems={submit.under('dataCategoryIds')}
        emptyText="No data categories yet."
      />
      {/* A data processing agreement (GDPR Art. 28(3)) binds a processor; controllers have none with us. */}
      {role === 'PROCESSOR' ? (
        <TextField
          name="dpaSignedOn"
          label="Data processing agreement signed on"
          type="date"
          defaultValue={recipient?.dpaSignedOn}
          problems={submit.at('dpaSignedOn')}
          className="field-narrow"
        />
      ) : null}
    </>
  );
}

function RecipientForm({ recipient, onDone }: { recipient: Recipient | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_RECIPIENT, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_RECIPIENT, inTenant(tenant.id));
  const [unlink] = useMutation(UNLINK_RECIPIENT, inTenant(tenant.id));
  const submit = useSubmit();
  const [role, setRole] = useState<string>(recipient?.role ?? 'PROCESSOR');
  const [safeguards, setSafeguards] = useState<string[]>(recipient ? [...recipient.safeguards] : []);
  const linked = !!recipient?.catalogEntryId;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const own = {
      dataCategoryIds: f.all('dataCategoryIds'),
      dpaSignedOn: role === 'PROCESSOR' ? f.optional('dpaSignedOn') : null,
      // The arrangement is this tenant's with the joint controller, so it is the tenant's even for a catalog entry.
      jointArrangement: role === 'JOINT_CONTROLLER' ? f.optional('jointArrangement') : null,
    };
    const chosen = linked ? [] : f.allOf('safeguards', SAFEGUARD_LABELS);
    // The certification goes with the framework: unticking it clears the certification too.
    const dataPrivacyFramework = chosen.includes('DATA_PRIVACY_FRAMEWORK') ? readCertification(f) : null;
    const fields = linked
      ? own
      : {
          ...own,
          name: f.text('name'),
          role: f.oneOf('role', RECIPIENT_ROLE_LABELS),
          legalEntity: f.optional('legalEntity'),
          country: f.optional('country'),
          address: f.address('address'),
          processingCountries: countryList(f.text('processingCountries')),
          service: f.optional('service'),
          safeguards: chosen,
          transferDetails: f.optional('transferDetails'),
          dataPrivacyFramework,
          privacyPolicyUrl: f.url('privacyPolicyUrl'),
          optOutUrl: f.url('optOutUrl'),
        };
    await submit.save(
      async () =>
        recipient
          ? (await update({ variables: { input: { id: recipient.id, ...fields } } })).data?.updateRecipient
          : (
              await create({
                variables: {
                  input: {
                    ...(fields as typeof fields & { name: string; role: never }),
                    position: nextPosition(data.recipients.edges.map((e) => e.node)),
                  },
                },
              })
            ).data?.createRecipient,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  const onUnlink = async () => {
    if (!recipient) return;
    const ok = await submit.run(() =>
      outcomeOf(
        () => unlink({ variables: { id: recipient.id } }),
        () => null,
      ),
    );
    if (ok) await refresh();
  };

  if (linked && recipient)
    return (
      <TranslatedItem kind="RECIPIENT" id={recipient?.id ?? null} translations={recipient?.translations}>
        <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
          <ProblemsSummary outcome={submit.outcome} shown={TENANT_FIELDS} />
          <div className="notice notice-info">
            <p>
              This recipient follows the agency catalog: its company facts change when the catalog entry does. Unlink it
              to edit them here.
            </p>
            <button
              type="button"
              className="button button-small"
              onClick={() => void onUnlink()}
              disabled={submit.busy}
            >
              Unlink from the catalog
            </button>
          </div>
          <TenantParts recipient={recipient} role={role} submit={submit} />
          <FormActions busy={submit.busy} saveLabel="Save recipient" onCancel={onDone} />
        </form>
      </TranslatedItem>
    );

  return (
    <TranslatedItem kind="RECIPIENT" id={recipient?.id ?? null} translations={recipient?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={[...OWN_FIELDS, ...TENANT_FIELDS]} />
        <div className="form-grid">
          <TextField
            name="name"
            label="Name in the policy"
            required
            defaultValue={recipient?.name}
            hint="e.g. Mailchimp, or for a category “Our professional advisers”"
            problems={submit.at('name')}
          />
          <SelectField
            name="role"
            label="Role"
            required
            options={options.recipientRole}
            value={role}
            onChange={setRole}
            problems={submit.at('role')}
          />
          <TextField
            name="legalEntity"
            label="Legal entity"
            defaultValue={recipient?.legalEntity}
            hint="e.g. The Rocket Science Group LLC"
            problems={submit.at('legalEntity')}
          />
          <CountryField
            name="country"
            label="Established in"
            required={role !== 'CATEGORY'}
            defaultValue={recipient?.country}
            problems={submit.at('country')}
          />
        </div>
        {role === 'PROCESSOR' || recipient?.service ? (
          <TextField
            name="service"
            translationField="service"
            label="Service it provides"
            required={role === 'PROCESSOR'}
            defaultValue={recipient?.service}
            hint="e.g. email newsletters"
            problems={submit.at('service')}
          />
        ) : null}
        <AddressFields
          prefix="address"
          legend="Address"
          optional
          value={recipient?.address}
          problems={(p) => submit.at(p)}
        />
        <fieldset className="subform">
          <legend>International transfers</legend>
          <TextField
            name="processingCountries"
            label="Further countries where it processes the data"
            hint="ISO codes separated by commas, e.g. US, IN"
            defaultValue={recipient?.processingCountries.join(', ')}
            problems={submit.under('processingCountries')}
          />
          <CheckboxGroup
            name="safeguards"
            legend="Transfer safeguards"
            options={options.safeguard}
            values={safeguards}
            onChange={setSafeguards}
            problems={submit.under('safeguards')}
          />
          {safeguards.includes('DATA_PRIVACY_FRAMEWORK') ? (
            <CertificationFields value={recipient?.dataPrivacyFramework} submit={submit} />
          ) : null}
          {safeguards.length || recipient?.transferDetails ? (
            <TextField
              name="transferDetails"
              translationField="transferDetails"
              label="Transfer details"
              hint="The Art. 49 derogation relied on, or more about the safeguard."
              required={safeguards.includes('DEROGATION')}
              multiline
              rows={2}
              defaultValue={recipient?.transferDetails}
              problems={submit.at('transferDetails')}
            />
          ) : null}
        </fieldset>
        <div className="form-grid">
          <TextField
            name="privacyPolicyUrl"
            label="Its privacy policy"
            type="url"
            defaultValue={recipient?.privacyPolicyUrl}
            problems={submit.at('privacyPolicyUrl')}
          />
          <TextField
            name="optOutUrl"
            label="Opt-out page"
            type="url"
            defaultValue={recipient?.optOutUrl}
            problems={submit.at('optOutUrl')}
          />
        </div>
        <TenantParts recipient={recipient} role={role} submit={submit} />
        <FormActions busy={submit.busy} saveLabel={recipient ? 'Save recipient' : 'Add recipient'} onCancel={onDone} />
      </form>
    </TranslatedItem>
  );
}

/** Picks an entry of the agency catalog; the recipient then follows the entry's facts. */
function CatalogForm({ onDone }: { onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const catalog = useQuery(RECIPIENT_CATALOG, { ...inTenant(tenant.id), fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(ADD_RECIPIENT_FROM_CATALOG, inTenant(tenant.id));
  const submit = useSubmit();
  const linkedIds = new Set(data.recipients.edges.map((e) => e.node.catalogEntryId).filter(Boolean));
  const entries = (catalog.data?.catalogEntries.edges ?? []).map((e) => e.node).filter((e) => !linkedIds.has(e.id));
  const [entryId, setEntryId] = useState('');
  const entry = entries.find((e) => e.id === entryId);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    await submit.save(
      async () =>
        (
          await add({
            variables: {
              input: {
                catalogEntryId: f.text('catalogEntryId'),
                dataCategoryIds: f.all('dataCategoryIds'),
                dpaSignedOn: f.optional('dpaSignedOn'),
                position: nextPosition(data.recipients.edges.map((e) => e.node)),
              },
            },
          })
        ).data?.addRecipientFromCatalog,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  if (catalog.error && !catalog.data)
    return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['catalogEntryId', ...TENANT_FIELDS]} />
      <SelectField
        name="catalogEntryId"
        label="Catalog entry"
        required
        hint={catalog.data ? `${entries.length} entries not yet in this policy.` : 'Loading the catalog…'}
        emptyLabel="Choose a recipient"
        options={entries.map((e) => [e.id, e.service ? `${e.name} — ${e.service}` : e.name] as const)}
        value={entryId}
        onChange={setEntryId}
        problems={submit.at('catalogEntryId')}
      />
      {entry ? (
        <dl className="item-facts">
          <div>
            <dt>Role</dt>
            <dd>{labelOf(RECIPIENT_ROLE_LABELS, entry.role)}</dd>
          </div>
          <div>
            <dt>Legal entity</dt>
            <dd>
              {entry.legalEntity ?? '–'}
              {entry.country ? `, ${countryName(entry.country)}` : ''}
            </dd>
          </div>
          <div>
            <dt>Safeguards</dt>
            <dd>{entry.safeguards.map((s) => labelOf(SAFEGUARD_LABELS, s)).join(', ') || 'none'}</dd>
          </div>
          {entry.dataPrivacyFramework ? (
            <div>
              <dt>Data Privacy Framework</dt>
              <dd>{certificationSummary(entry.dataPrivacyFramework)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {/* A joint controller's arrangement is entered once the recipient is in the policy; a processor's DPA date now. */}
      <TenantParts recipient={null} role={entry?.role === 'PROCESSOR' ? 'PROCESSOR' : ''} submit={submit} />
      <FormActions busy={submit.busy} saveLabel="Add from the catalog" onCancel={onDone} />
    </form>
  );
}

/** `/tenants/:slug/edit/recipients` */
export function RecipientsEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_RECIPIENT, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_RECIPIENT, inTenant(tenant.id));
  const [catalogOpen, setCatalogOpen] = useState(false);
  const catalogButton = useRef<HTMLButtonElement>(null);
  useFocusFromQuery(true);
  const recipients = data.recipients.edges.map((e) => e.node);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'RECIPIENT');
  const closeCatalog = () => {
    setCatalogOpen(false);
    window.setTimeout(() => catalogButton.current?.focus());
  };
  return (
    <section aria-label="Recipients" className="card">
      <SectionIntro>
        Who receives the data. Pick common processors from the agency catalog (they then follow it), or add the
        client&apos;s own.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      {catalogOpen ? (
        <section className="item item-open item-new" aria-label="Add from the agency catalog">
          <h2 className="item-title">Add from the agency catalog</h2>
          <div className="item-form">
            <CatalogForm onDone={closeCatalog} />
          </div>
        </section>
      ) : null}
      <ItemList
        items={recipients}
        noun="recipient"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add own recipient"
        emptyText={<p>Add the processors and other recipients the data is disclosed to.</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        extraAdd={
          catalogOpen ? null : (
            <button type="button" ref={catalogButton} className="button" onClick={() => setCatalogOpen(true)}>
              Add from the agency catalog
            </button>
          )
        }
        summary={(r) => (
          <>
            <p className="muted small">
              {r.catalogEntryId ? <span className="badge badge-catalog">from the catalog</span> : null}{' '}
              {labelOf(RECIPIENT_ROLE_LABELS, r.role)}
              {r.service ? ` · ${r.service}` : ''}
              {r.country ? ` · ${countryName(r.country)}` : ''}
              {r.safeguards.length ? ` · ${r.safeguards.map((s) => labelOf(SAFEGUARD_LABELS, s)).join(', ')}` : ''}
              {r.dataPrivacyFramework ? ` · ${certificationSummary(r.dataPrivacyFramework)}` : ''}
              {r.dpaSignedOn ? ` · DPA signed ${formatDate(r.dpaSignedOn)}` : ''}
            </p>
            {r.transferGaps.length ? (
              <p className="warn-text small">
                Transfer not covered:{' '}
                {r.transferGaps
                  .map(
                    (g) =>
                      `${label(JURISDICTION_LABELS, g.jurisdiction)} (${labelOf(GAP_REASON_LABELS, g.reason)}: ${g.countries.join(', ')})`,
                  )
                  .join('; ')}
              </p>
            ) : null}
          </>
        )}
        form={(r, close) => <RecipientForm recipient={r} onDone={close} />}
        {...listChanges(recipients, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updateRecipient,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
