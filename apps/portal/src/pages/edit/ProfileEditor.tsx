import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SAVE_PROFILE } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { JURISDICTION_LABELS } from '../../lib/format.js';
import {
  AddressFields,
  Checkbox,
  CheckboxGroup,
  CountryField,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import {
  ItemProblems,
  RemoveRow,
  Repeater,
  SectionIntro,
  useEditor,
  useFocusFromQuery,
  useRows,
} from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import { LANGUAGE_LABELS, options, REPRESENTATIVE_REGION_LABELS } from './policy-labels.js';

const SHOWN = [
  'slug',
  'legalName',
  'tradingName',
  'registrationNumber',
  'contactEmail',
  'contactPhone',
  'website',
  'jurisdictions',
  'defaultLanguage',
  'offices',
  'establishedIn',
  'groupEntities',
  'dpo',
  'representatives',
  'supervisoryAuthorities',
  'processorRole',
  'certifications',
];

const PROCESSOR_REQUEST_LABELS = {
  FORWARDED_TO_CUSTOMER: 'We pass them on to the customer concerned',
  REFERRED_TO_CUSTOMER: 'We refer the person to the customer concerned',
};
const RECOURSE_KIND_LABELS = {
  EU_DPA_PANEL: 'The panel of EU data protection authorities',
  EU_ADR_PROVIDER: 'A dispute resolution provider based in the EU',
  US_ADR_PROVIDER: 'A dispute resolution provider based in the US (e.g. JAMS, BBB National Programs)',
};
const ENFORCEMENT_BODY_LABELS = {
  FTC: 'Federal Trade Commission (FTC)',
  DOT: 'Department of Transportation (DoT)',
};

const actsAsProcessorAnswer = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : '');

/** `/tenants/:slug/edit/profile`: the controller as the policy names it. */
export function ProfileEditor() {
  const { data, tenant, refresh } = useEditor();
  const [save] = useMutation(SAVE_PROFILE, inTenant(tenant.id));
  const submit = useSubmit();
  const navigate = useNavigate();
  const location = useLocation();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const offices = useRows(tenant.offices);
  const groupEntities = useRows(tenant.groupEntities);
  const representatives = useRows(tenant.representatives);
  const [hasDpo, setHasDpo] = useState(!!tenant.dpo);
  const authorities = useRows(tenant.supervisoryAuthorities);
  const [actsAsProcessor, setActsAsProcessor] = useState(tenant.processorRole.actsAsProcessor);
  const dpf = tenant.certifications.find((c) => c.framework === 'DATA_PRIVACY_FRAMEWORK') ?? null;
  const [certified, setCertified] = useState(!!dpf);
  const canEdit = tenant.viewer.canUpdateProfile;
  useFocusFromQuery(true);
  const at = submit.at;
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'CONTROLLER');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const f = formReader(event.currentTarget);
    const input = {
      id: tenant.id,
      legalName: f.text('legalName'),
      slug: f.text('slug').trim().toLowerCase(),
      tradingName: f.optional('tradingName'),
      registrationNumber: f.optional('registrationNumber'),
      contactEmail: f.text('contactEmail'),
      contactPhone: f.optional('contactPhone'),
      website: f.url('website'),
      jurisdictions: f.allOf('jurisdictions', JURISDICTION_LABELS),
      defaultLanguage: f.oneOf('defaultLanguage', LANGUAGE_LABELS),
      establishedIn: f.optional('establishedIn'),
      offices: offices.rows.map((_, i) => ({
        label: f.text(`offices.${i}.label`),
        registered: f.checked(`offices.${i}.registered`),
        address: f.requiredAddress(`offices.${i}.address`),
      })),
      groupEntities: groupEntities.rows.map((_, i) => ({
        legalName: f.text(`groupEntities.${i}.legalName`),
        country: f.text(`groupEntities.${i}.country`),
        registrationNumber: f.optional(`groupEntities.${i}.registrationNumber`),
        role: f.optional(`groupEntities.${i}.role`),
        address: f.address(`groupEntities.${i}.address`),
      })),
      dpo: hasDpo
        ? {
            name: f.optional('dpo.name'),
            email: f.optional('dpo.email'),
            phone: f.optional('dpo.phone'),
            address: f.address('dpo.address'),
          }
        : null,
      representatives: representatives.rows.map((_, i) => ({
        region: f.oneOf(`representatives.${i}.region`, REPRESENTATIVE_REGION_LABELS),
        name: f.text(`representatives.${i}.name`),
        email: f.optional(`representatives.${i}.email`),
        address: f.requiredAddress(`representatives.${i}.address`),
      })),
      supervisoryAuthorities: authorities.rows.map((_, i) => ({
        name: f.text(`supervisoryAuthorities.${i}.name`),
        country: f.text(`supervisoryAuthorities.${i}.country`),
        website: f.url(`supervisoryAuthorities.${i}.website`),
        email: f.optional(`supervisoryAuthorities.${i}.email`),
        phone: f.optional(`supervisoryAuthorities.${i}.phone`),
        address: f.address(`supervisoryAuthorities.${i}.address`),
        jurisdictions: f.allOf(`supervisoryAuthorities.${i}.jurisdictions`, JURISDICTION_LABELS),
        establishment: f.optional(`supervisoryAuthorities.${i}.establishment`),
      })),
      // The details are sent only with the answer yes: with no, the policy says nothing of them.
      processorRole: {
        actsAsProcessor: f.answer('processorRole.actsAsProcessor'),
        services: actsAsProcessor ? f.optional('processorRole.services') : null,
        requestHandling: actsAsProcessor
          ? f.optionalOneOf('processorRole.requestHandling', PROCESSOR_REQUEST_LABELS)
          : null,
      },
      certifications: certified
        ? [
            {
              framework: 'DATA_PRIVACY_FRAMEWORK' as const,
              certifiedOn: f.text('certifications.0.certifiedOn'),
              ukExtension: f.checked('certifications.0.ukExtension'),
              swissFramework: f.checked('certifications.0.swissFramework'),
              enforcementBody: f.oneOf('certifications.0.enforcementBody', ENFORCEMENT_BODY_LABELS),
              recourseMechanism: (() => {
                const kind = f.optionalOneOf('certifications.0.recourseMechanism.kind', RECOURSE_KIND_LABELS);
                return kind
                  ? {
                      kind,
                      name: f.optional('certifications.0.recourseMechanism.name'),
                      url: f.url('certifications.0.recourseMechanism.url'),
                    }
                  : null;
              })(),
            },
          ]
        : [],
    };
    const ok = await submit.run(() =>
      outcomeOf(async () => (await save({ variables: { input } })).data?.updateTenant, validationFailed),
    );
    if (ok && input.slug !== tenant.slug) {
      // Every page of this client is addressed by its slug: continue at the new address.
      setSaved(true);
      void navigate(`/tenants/${encodeURIComponent(input.slug)}/edit/profile`, {
        replace: true,
        state: { saved: true },
      });
      return;
    }
    if (ok) {
      await refresh();
      setSaved(true);
    }
  };

  return (
    <section aria-label="Company profile" className="card">
      <SectionIntro>
        The controller as the policy names it (GDPR Art. 13(1)(a)–(b)), and the regimes the policy covers.
      </SectionIntro>
      <ItemProblems problems={problems} />
      <TranslatedItem kind="CONTROLLER" id={null} translations={tenant.translations}>
        <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
          <fieldset className="form-fieldset" disabled={!canEdit}>
            <legend className="visually-hidden">Company profile</legend>
            <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
            <fieldset className="subform">
              <legend>Company</legend>
              <div className="form-grid">
                <TextField
                  name="legalName"
                  label="Legal name"
                  required
                  defaultValue={tenant.legalName}
                  problems={at('legalName')}
                />
                <TextField
                  name="tradingName"
                  label="Trading name"
                  defaultValue={tenant.tradingName}
                  problems={at('tradingName')}
                />
                <TextField
                  name="registrationNumber"
                  label="Registration number"
                  defaultValue={tenant.registrationNumber}
                  problems={at('registrationNumber')}
                />
                <TextField
                  name="slug"
                  label="Address name"
                  required
                  defaultValue={tenant.slug}
                  hint="In every public link: /p/<address name>/privacy. Lower-case letters, digits and hyphens. Changing it changes the links and embed snippets; old addresses keep redirecting here and stay reserved for this agency, and published versions keep naming the old address until you publish again."
                  problems={at('slug')}
                />
              </div>
            </fieldset>
            <fieldset className="subform">
              <legend>Contact</legend>
              <div className="form-grid">
                <TextField
                  name="contactEmail"
                  label="Contact email"
                  type="email"
                  required
                  defaultValue={tenant.contactEmail}
                  problems={at('contactEmail')}
                />
                <TextField
                  name="contactPhone"
                  label="Contact phone"
                  type="tel"
                  defaultValue={tenant.contactPhone}
                  problems={at('contactPhone')}
                />
                <TextField
                  name="website"
                  label="Website"
                  type="url"
                  defaultValue={tenant.website}
                  problems={at('website')}
                />
              </div>
            </fieldset>
            <CheckboxGroup
              name="jurisdictions"
              legend="Jurisdictions (at least one)"
              hint="The regimes the policy must satisfy; the completeness check follows them."
              options={Object.entries(JURISDICTION_LABELS)}
              defaultValues={tenant.jurisdictions}
              problems={submit.under('jurisdictions')}
            />
            <div className="field-narrow">
              <SelectField
                name="defaultLanguage"
                label="Default language"
                options={options.language}
                defaultValue={tenant.defaultLanguage}
                problems={at('defaultLanguage')}
              />
            </div>

            <Repeater
              name="offices"
              legend="Offices"
              hint="The registered office is the controller’s address in the policy."
              count={offices.rows.length}
              addLabel="Add office"
              onAdd={offices.add}
              problems={submit.outcome.problems}
            >
              {offices.rows.map((row, i) => (
                <li key={row.key} className="repeat-row">
                  <div className="repeat-row-header">
                    <h3>Office {i + 1}</h3>
                    <RemoveRow label={`office ${i + 1}`} onRemove={() => offices.remove(row.key)} />
                  </div>
                  <div className="form-grid">
                    <TextField
                      name={`offices.${i}.label`}
                      translationField={row.value ? `offices.${row.key}.label` : undefined}
                      label="Label"
                      required
                      hint="e.g. Head office"
                      defaultValue={row.value?.label}
                      problems={at(`offices.${i}.label`)}
                    />
                    <Checkbox
                      name={`offices.${i}.registered`}
                      label="Registered office"
                      defaultChecked={row.value?.registered ?? offices.rows.length === 1}
                      problems={at(`offices.${i}.registered`)}
                    />
                  </div>
                  <AddressFields
                    prefix={`offices.${i}.address`}
                    legend="Address"
                    value={row.value?.address}
                    problems={at}
                  />
                </li>
              ))}
            </Repeater>

            <CountryField
              name="establishedIn"
              label="Country of establishment"
              hint="Where the controller is established, for a policy without an office address (decides Art. 27 representatives)."
              defaultValue={tenant.establishedIn}
              problems={at('establishedIn')}
            />

            <Repeater
              name="groupEntities"
              legend="Group entities"
              hint="Other companies of the group named in the policy."
              count={groupEntities.rows.length}
              addLabel="Add group entity"
              onAdd={groupEntities.add}
              problems={submit.outcome.problems}
            >
              {groupEntities.rows.map((row, i) => (
                <li key={row.key} className="repeat-row">
                  <div className="repeat-row-header">
                    <h3>Group entity {i + 1}</h3>
                    <RemoveRow label={`group entity ${i + 1}`} onRemove={() => groupEntities.remove(row.key)} />
                  </div>
                  <div className="form-grid">
                    <TextField
                      name={`groupEntities.${i}.legalName`}
                      label="Legal name"
                      required
                      defaultValue={row.value?.legalName}
                      problems={at(`groupEntities.${i}.legalName`)}
                    />
                    <CountryField
                      name={`groupEntities.${i}.country`}
                      label="Country"
                      required
                      defaultValue={row.value?.country}
                      problems={at(`groupEntities.${i}.country`)}
                    />
                    <TextField
                      name={`groupEntities.${i}.registrationNumber`}
                      label="Registration number"
                      defaultValue={row.value?.registrationNumber}
                      problems={at(`groupEntities.${i}.registrationNumber`)}
                    />
                    <TextField
                      name={`groupEntities.${i}.role`}
                      translationField={row.value ? `groupEntities.${row.key}.role` : undefined}
                      label="Role in the group"
                      hint="e.g. service delivery in Vietnam"
                      defaultValue={row.value?.role}
                      problems={at(`groupEntities.${i}.role`)}
                    />
                  </div>
                  <AddressFields
                    prefix={`groupEntities.${i}.address`}
                    legend="Address"
                    optional
                    value={row.value?.address}
                    problems={at}
                  />
                </li>
              ))}
            </Repeater>

            <fieldset className={`subform${at('dpo') ? ' field-invalid' : ''}`}>
              <legend>Data protection officer</legend>
              <Checkbox
                name="dpo"
                label="The client has a data protection officer"
                checked={hasDpo}
                onChange={setHasDpo}
                problems={at('dpo')}
              />
              {hasDpo ? (
                <>
                  <p className="hint">Give at least one way to reach them: email, phone or address.</p>
                  <div className="form-grid">
                    <TextField name="dpo.name" label="Name" defaultValue={tenant.dpo?.name} problems={at('dpo.name')} />
                    <TextField
                      name="dpo.email"
                      label="Email"
                      type="email"
                      defaultValue={tenant.dpo?.email}
                      problems={at('dpo.email')}
                    />
                    <TextField
                      name="dpo.phone"
                      label="Phone"
                      type="tel"
                      defaultValue={tenant.dpo?.phone}
                      problems={at('dpo.phone')}
                    />
                  </div>
                  <AddressFields
                    prefix="dpo.address"
                    legend="DPO address"
                    optional
                    value={tenant.dpo?.address}
                    problems={at}
                  />
                </>
              ) : null}
            </fieldset>

            <Repeater
              name="representatives"
              legend="Representatives"
              hint="Needed when the client has no office in the EU, the UK or Switzerland but serves people there."
              count={representatives.rows.length}
              addLabel="Add representative"
              onAdd={representatives.add}
              max={3}
              problems={submit.outcome.problems}
            >
              {representatives.rows.map((row, i) => (
                <li key={row.key} className="repeat-row">
                  <div className="repeat-row-header">
                    <h3>Representative {i + 1}</h3>
                    <RemoveRow label={`representative ${i + 1}`} onRemove={() => representatives.remove(row.key)} />
                  </div>
                  <div className="form-grid">
                    <SelectField
                      name={`representatives.${i}.region`}
                      label="For"
                      required
                      options={options.representativeRegion}
                      defaultValue={row.value?.region ?? 'EU'}
                      problems={at(`representatives.${i}.region`)}
                    />
                    <TextField
                      name={`representatives.${i}.name`}
                      label="Name"
                      required
                      defaultValue={row.value?.name}
                      problems={at(`representatives.${i}.name`)}
                    />
                    <TextField
                      name={`representatives.${i}.email`}
                      label="Email"
                      type="email"
                      defaultValue={row.value?.email}
                      problems={at(`representatives.${i}.email`)}
                    />
                  </div>
                  <AddressFields
                    prefix={`representatives.${i}.address`}
                    legend="Address"
                    value={row.value?.address}
                    problems={at}
                  />
                </li>
              ))}
            </Repeater>

            <Repeater
              name="supervisoryAuthorities"
              legend="Supervisory authorities"
              hint="The authorities people can complain to: one per regime (e.g. the lead authority in the EU for the EU GDPR and the ICO for the UK GDPR), or one per establishment of a group. An authority with no regime ticked is named for the whole policy."
              count={authorities.rows.length}
              addLabel="Add supervisory authority"
              onAdd={authorities.add}
              problems={submit.outcome.problems}
            >
              {authorities.rows.map((row, i) => (
                <li key={row.key} className="repeat-row">
                  <div className="repeat-row-header">
                    <h3>Authority {i + 1}</h3>
                    <RemoveRow label={`authority ${i + 1}`} onRemove={() => authorities.remove(row.key)} />
                  </div>
                  {at(`supervisoryAuthorities.${i}`) ? (
                    <p className="field-error">
                      {at(`supervisoryAuthorities.${i}`)!
                        .map((p) => p.message)
                        .join(' ')}
                    </p>
                  ) : null}
                  <div className="form-grid">
                    <TextField
                      name={`supervisoryAuthorities.${i}.name`}
                      label="Name"
                      required
                      defaultValue={row.value?.name}
                      hint="e.g. Information Commissioner’s Office"
                      problems={at(`supervisoryAuthorities.${i}.name`)}
                    />
                    <CountryField
                      name={`supervisoryAuthorities.${i}.country`}
                      label="Country"
                      required
                      defaultValue={row.value?.country}
                      problems={at(`supervisoryAuthorities.${i}.country`)}
                    />
                    <TextField
                      name={`supervisoryAuthorities.${i}.website`}
                      label="Website"
                      type="url"
                      defaultValue={row.value?.website}
                      problems={at(`supervisoryAuthorities.${i}.website`)}
                    />
                    <TextField
                      name={`supervisoryAuthorities.${i}.email`}
                      label="Email"
                      type="email"
                      defaultValue={row.value?.email}
                      problems={at(`supervisoryAuthorities.${i}.email`)}
                    />
                    <TextField
                      name={`supervisoryAuthorities.${i}.phone`}
                      label="Phone"
                      type="tel"
                      defaultValue={row.value?.phone}
                      problems={at(`supervisoryAuthorities.${i}.phone`)}
                    />
                    <TextField
                      name={`supervisoryAuthorities.${i}.establishment`}
                      translationField={row.value ? `supervisoryAuthorities.${row.key}.establishment` : undefined}
                      label="Establishment it is responsible for"
                      hint="Only for a group naming one authority per establishment, e.g. Acme GmbH (Berlin)"
                      defaultValue={row.value?.establishment}
                      problems={at(`supervisoryAuthorities.${i}.establishment`)}
                    />
                  </div>
                  <CheckboxGroup
                    name={`supervisoryAuthorities.${i}.jurisdictions`}
                    legend="Competent under"
                    hint="Leave all unticked for an authority named for the whole policy."
                    options={Object.entries(JURISDICTION_LABELS)}
                    defaultValues={row.value?.jurisdictions ?? []}
                    problems={submit.under(`supervisoryAuthorities.${i}.jurisdictions`)}
                  />
                  <AddressFields
                    prefix={`supervisoryAuthorities.${i}.address`}
                    legend="Authority address"
                    optional
                    value={row.value?.address}
                    problems={at}
                  />
                </li>
              ))}
            </Repeater>

            <fieldset className="subform">
              <legend>Processing on behalf of customers</legend>
              {/* An explicit answer (as AnswerField asks it), whose yes opens the details. */}
              <SelectField
                name="processorRole.actsAsProcessor"
                label="Does the client process personal data on behalf of its business customers, as their processor (GDPR Art. 28)?"
                hint="E.g. the data customers upload to its platform. Yes: the policy says the customer is the controller of that data, its own privacy policy applies, and where requests go. Not answered or no: the policy says nothing of it."
                emptyLabel="Not answered"
                options={[
                  ['yes', 'Yes'],
                  ['no', 'No'],
                ]}
                defaultValue={actsAsProcessorAnswer(tenant.processorRole.actsAsProcessor)}
                onChange={(v) => setActsAsProcessor(v === '' ? null : v === 'yes')}
                problems={at('processorRole.actsAsProcessor')}
              />
              {actsAsProcessor ? (
                <div className="form-grid">
                  <TextField
                    name="processorRole.services"
                    translationField="processorRole.services"
                    label="Services and data concerned"
                    multiline
                    hint="e.g. the data our customers upload to the platform"
                    defaultValue={tenant.processorRole.services}
                    problems={at('processorRole.services')}
                  />
                  <SelectField
                    name="processorRole.requestHandling"
                    label="Requests it receives about that data"
                    emptyLabel="Not stated"
                    options={Object.entries(PROCESSOR_REQUEST_LABELS)}
                    defaultValue={tenant.processorRole.requestHandling}
                    problems={at('processorRole.requestHandling')}
                  />
                </div>
              ) : null}
            </fieldset>

            <fieldset className="subform">
              <legend>Data Privacy Framework certification</legend>
              <Checkbox
                name="certifications"
                label="The client itself is certified under the EU-U.S. Data Privacy Framework"
                checked={certified}
                onChange={setCertified}
                problems={at('certifications')}
              />
              {certified ? (
                <>
                  <p className="hint">
                    The policy states the participation, the independent recourse mechanism, the enforcement body and
                    binding arbitration (DPF Principles II.1.a).
                  </p>
                  <div className="form-grid">
                    <TextField
                      name="certifications.0.certifiedOn"
                      label="Certified since"
                      type="date"
                      required
                      defaultValue={dpf?.certifiedOn}
                      problems={at('certifications.0.certifiedOn')}
                    />
                    <SelectField
                      name="certifications.0.enforcementBody"
                      label="Subject to the powers of"
                      required
                      options={Object.entries(ENFORCEMENT_BODY_LABELS)}
                      defaultValue={dpf?.enforcementBody ?? 'FTC'}
                      problems={at('certifications.0.enforcementBody')}
                    />
                    <Checkbox
                      name="certifications.0.ukExtension"
                      label="Also the UK Extension"
                      defaultChecked={dpf?.ukExtension ?? false}
                      problems={at('certifications.0.ukExtension')}
                    />
                    <Checkbox
                      name="certifications.0.swissFramework"
                      label="Also the Swiss-U.S. DPF"
                      defaultChecked={dpf?.swissFramework ?? false}
                      problems={at('certifications.0.swissFramework')}
                    />
                    <SelectField
                      name="certifications.0.recourseMechanism.kind"
                      label="Independent recourse mechanism"
                      emptyLabel="Not recorded yet"
                      options={Object.entries(RECOURSE_KIND_LABELS)}
                      defaultValue={dpf?.recourseMechanism?.kind}
                      problems={at('certifications.0.recourseMechanism')}
                    />
                    <TextField
                      name="certifications.0.recourseMechanism.name"
                      label="Its name"
                      hint="e.g. JAMS; not needed for the DPA panel"
                      defaultValue={dpf?.recourseMechanism?.name}
                      problems={at('certifications.0.recourseMechanism.name')}
                    />
                    <TextField
                      name="certifications.0.recourseMechanism.url"
                      label="Where to file a complaint with it"
                      type="url"
                      defaultValue={dpf?.recourseMechanism?.url}
                      problems={at('certifications.0.recourseMechanism.url')}
                    />
                  </div>
                </>
              ) : null}
            </fieldset>

            {canEdit ? <FormActions busy={submit.busy} saveLabel="Save profile" /> : null}
          </fieldset>
        </form>
      </TranslatedItem>
      <div role="status" aria-live="polite">
        {saved ? <p className="notice notice-success">Profile saved.</p> : null}
      </div>
    </section>
  );
}
