import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SAVE_SETTINGS } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { formatDateTime } from '../../lib/format.js';
import {
  AnswerField,
  CheckboxGroup,
  FieldGroup,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  SelectField,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { Link } from 'react-router';
import { translationsPath } from '../../lib/policy-location.js';
import { languageName } from '../policy/policy-format.js';
import { ItemProblems, SectionIntro, useEditor, useFocusFromQuery } from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import {
  options,
  RESPONSE_UNIT_LABELS,
  SECURITY_MEASURE_LABELS,
  VOLUNTEERED_SPECIAL_DATA_LABELS,
} from './policy-labels.js';

/** The regimes with questions of their own; the questions of one are shown only where the tenant serves it. */
type Regime = 'CCPA_CPRA' | 'LGPD' | 'PIPEDA';

/**
 * The yes/no questions behind the policy's statements of absence ("we do not …"), each answered explicitly or left
 * unanswered (then the policy says nothing, and the completeness check asks where a regime requires it). A question
 * of one regime names it in `regime`.
 */
const ANSWERS = [
  {
    name: 'automatedDecisionMaking',
    label: 'Decisions made solely by automated means, with legal or similar effects?',
    hint: 'GDPR Art. 22. Yes needs the logic described on a purpose; no is stated as such.',
  },
  {
    name: 'internationalTransfers',
    label: 'Does personal data go to other countries?',
    hint: 'Outside the area each of the client’s laws protects (the EEA for the GDPR, the UK for the UK GDPR), including through service providers.',
  },
  {
    name: 'disclosesPersonalData',
    label: 'Does any other organisation receive personal data?',
    hint: 'Answer no only when no recipient is listed: the policy then says so.',
  },
  {
    name: 'sellsPersonalData',
    label: 'Is personal data sold, for money or other valuable consideration?',
    hint: 'No lets the policy say “we do not sell personal data”; where the CCPA applies, its own answers below say it in its terms.',
  },
  {
    name: 'sellsOrSharesPersonalInformation',
    label: 'Is personal information sold or shared (CCPA)?',
    hint: 'Sale, or sharing for cross-context behavioural advertising.',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'soldOrSharedInPreceding12Months',
    label: 'Was personal information sold or shared in the preceding 12 months (CCPA)?',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'sensitivePersonalInformationOnlyForPermittedUses',
    label: 'Is sensitive personal information used only for the uses 11 CCR § 7027(m) lists (CCPA)?',
    hint: 'No gives people the right to limit its use.',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'sellsOrSharesPersonalInformationOfMinors',
    label: 'Do you knowingly sell or share personal information of consumers under 16 (CCPA)?',
    hint: '11 CCR § 7011(e)(1)(G); asked where personal information is sold or shared.',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'processesOptOutPreferenceSignals',
    label: 'Are opt-out preference signals (Global Privacy Control) processed as opt-out requests (CCPA)?',
    hint: '11 CCR § 7025: required of a business that sells or shares.',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'operatesExclusivelyOnline',
    label: 'Exclusively online, with a direct relationship with consumers (CCPA)?',
    hint: 'Yes: an email address is enough for requests. No: give a toll-free number (§ 1798.130(a)(1)).',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'offersFinancialIncentives',
    label: 'Are financial incentives or price or service differences offered for personal information (CCPA)?',
    hint: 'Yes needs the notice of financial incentive (11 CCR § 7016); no is stated as such.',
    regime: 'CCPA_CPRA',
  },
  {
    name: 'processesChildrensData',
    label: 'Is personal data of children or adolescents (under 18) processed (LGPD)?',
    hint: 'LGPD Art. 14. Yes needs the types of data and how a parent consents; no is stated as such.',
    regime: 'LGPD',
  },
  {
    name: 'rightsRequestsFreeOfCharge',
    label: 'Are rights requests handled free of charge?',
    hint: 'Yes: “free of charge unless manifestly unfounded or excessive”. No: “we may charge a reasonable fee”.',
  },
] as const;

/** What authorised agents must show (CCPA, 11 CCR § 7063). */
const AGENT_PROOF_LABELS = {
  SIGNED_PERMISSION: 'The consumer’s signed permission',
  SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION:
    'Signed permission, and the consumer may be asked to verify their identity or confirm the permission',
} as const;

/** The details only one regime asks for, by regime: shown, like its answers, only where the tenant serves it. */
const REGIONAL_FIELDS: ReadonlyArray<{
  name:
    | 'tollFreeNumber'
    | 'doNotSellOrShareUrl'
    | 'limitSensitiveUseUrl'
    | 'financialIncentiveNoticeUrl'
    | 'authorisedAgentProof'
    | 'verificationProcess'
    | 'childrensDataTypes'
    | 'parentalConsentProcess'
    | 'accountablePersonName'
    | 'accountablePersonTitle'
    | 'accountablePersonEmail';
  label: string;
  hint?: string;
  regime: Regime;
  type?: 'tel' | 'url' | 'email' | 'multiline' | 'agentProof';
}> = [
  {
    name: 'tollFreeNumber',
    label: 'Toll-free number for requests',
    hint: 'Not needed when exclusively online.',
    regime: 'CCPA_CPRA',
    type: 'tel',
  },
  {
    name: 'doNotSellOrShareUrl',
    label: '“Do Not Sell or Share My Personal Information” page',
    hint: 'https; required when personal information is sold or shared. An email address is not enough.',
    regime: 'CCPA_CPRA',
    type: 'url',
  },
  {
    name: 'limitSensitiveUseUrl',
    label: '“Limit the Use of My Sensitive Personal Information” page',
    hint: 'https; required when sensitive personal information is used beyond § 7027(m).',
    regime: 'CCPA_CPRA',
    type: 'url',
  },
  {
    name: 'financialIncentiveNoticeUrl',
    label: 'Notice of financial incentive',
    hint: 'https; only when financial incentives are offered.',
    regime: 'CCPA_CPRA',
    type: 'url',
  },
  {
    name: 'authorisedAgentProof',
    label: 'What an authorised agent must show',
    regime: 'CCPA_CPRA',
    type: 'agentProof',
  },
  {
    name: 'verificationProcess',
    label: 'How requests are verified',
    hint: 'What you check and what the consumer provides, e.g. “we match the email address you write from with our records”.',
    regime: 'CCPA_CPRA',
    type: 'multiline',
  },
  {
    name: 'childrensDataTypes',
    label: 'Children’s and adolescents’ data: the types collected and how they are used',
    regime: 'LGPD',
    type: 'multiline',
  },
  {
    name: 'parentalConsentProcess',
    label: 'How a parent or legal guardian’s specific consent is obtained and checked',
    regime: 'LGPD',
    type: 'multiline',
  },
  { name: 'accountablePersonName', label: 'Person accountable for compliance', regime: 'PIPEDA' },
  {
    name: 'accountablePersonTitle',
    label: 'Their title',
    hint: 'Name or title is required (Principle 4.1).',
    regime: 'PIPEDA',
  },
  {
    name: 'accountablePersonEmail',
    label: 'Their email',
    hint: 'When blank, the contact email is given.',
    regime: 'PIPEDA',
    type: 'email',
  },
];

const REGIME_LEGENDS: Record<Regime, string> = {
  CCPA_CPRA: 'California (CCPA/CPRA)',
  LGPD: 'Brazil (LGPD)',
  PIPEDA: 'Canada (PIPEDA)',
};

/** The API's languages; the tenant's default is always published, the others when chosen. */
const LANGUAGES = ['EN', 'DE', 'FR', 'ES', 'IT'] as const;

const SHOWN = [
  'publishedLanguages',
  'rightsContactEmail',
  'rightsContactUrl',
  'rightsContactChannel',
  ...ANSWERS.map((a) => a.name),
  ...REGIONAL_FIELDS.map((r) => r.name),
  'securityMeasures',
  'childrenMinimumAge',
  'changeNotice',
  'policyUrl',
  'volunteeredSpecialCategoryData',
  'dataAboutOthers',
  'enquiryResponseTime',
  'generalRetention',
  'accentColor',
];

/** `/tenants/:slug/edit/settings`: one form for the policy-wide statements. */
/** The regional statements that are text of the policy (translated); the others are names, numbers and links. */
const TRANSLATED_REGIONAL: ReadonlySet<string> = new Set([
  'verificationProcess',
  'childrensDataTypes',
  'parentalConsentProcess',
  'accountablePersonTitle',
]);

export function SettingsEditor() {
  const { data, tenant, refresh } = useEditor();
  const [save] = useMutation(SAVE_SETTINGS, inTenant(tenant.id));
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const settings = data.policySettings;
  const canEdit = tenant.viewer.canEditPolicy;
  useFocusFromQuery(true);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'SETTINGS');
  // A regime's questions are shown where the tenant serves it, or where an answer is already stored (so it can be
  // seen and cleared); hidden ones stay out of the mutation, which keeps what is stored.
  const shown = (regime: Regime | undefined, stored: unknown) =>
    !regime || tenant.jurisdictions.includes(regime) || stored !== null;
  const answers = ANSWERS.filter((a) => shown('regime' in a ? a.regime : undefined, settings[a.name]));
  const regional = REGIONAL_FIELDS.filter((r) => shown(r.regime, settings[r.name]));
  const regimes = (Object.keys(REGIME_LEGENDS) as Regime[]).filter((j) => regional.some((r) => r.regime === j));

  // The form edits the rule's criteria; a period set through the API is kept as it is.
  const generalRetentionOf = (criteria: string | null) => {
    const stored = settings.generalRetention?.period;
    const period = stored ? { amount: stored.amount, unit: stored.unit, trigger: stored.trigger } : null;
    return criteria || period ? { criteria, period } : null;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const f = formReader(event.currentTarget);
    const ok = await submit.run(() =>
      outcomeOf(
        async () =>
          (
            await save({
              variables: {
                input: {
                  rightsContactEmail: f.optional('rightsContactEmail'),
                  rightsContactUrl: f.url('rightsContactUrl'),
                  rightsContactChannel: f.optional('rightsContactChannel'),
                  ...Object.fromEntries(answers.map((a) => [a.name, f.answer(a.name)])),
                  ...Object.fromEntries(
                    regional.map((r) => [
                      r.name,
                      r.type === 'agentProof' ? f.optionalOneOf(r.name, AGENT_PROOF_LABELS) : f.optional(r.name),
                    ]),
                  ),
                  securityMeasures: f.allOf('securityMeasures', SECURITY_MEASURE_LABELS),
                  childrenMinimumAge: f.int('childrenMinimumAge'),
                  changeNotice: f.optional('changeNotice'),
                  policyUrl: f.url('policyUrl'),
                  volunteeredSpecialCategoryData: f.optionalOneOf(
                    'volunteeredSpecialCategoryData',
                    VOLUNTEERED_SPECIAL_DATA_LABELS,
                  ),
                  dataAboutOthers: f.optional('dataAboutOthers'),
                  // Without an amount there is no promise; the unit alone says nothing.
                  enquiryResponseTime:
                    f.int('enquiryResponseTime.amount') !== null
                      ? {
                          amount: f.int('enquiryResponseTime.amount')!,
                          unit: f.oneOf('enquiryResponseTime.unit', RESPONSE_UNIT_LABELS),
                        }
                      : null,
                  generalRetention: generalRetentionOf(f.optional('generalRetention.criteria')),
                  accentColor: f.optional('accentColor'),
                  publishedLanguages: f.allOf(
                    'publishedLanguages',
                    LANGUAGES.filter((l) => l !== tenant.defaultLanguage),
                  ),
                },
              },
            })
          ).data?.updatePolicySettings,
        validationFailed,
      ),
    );
    if (ok) {
      await refresh();
      setSaved(true);
    }
  };

  return (
    <section aria-label="Policy settings" className="card">
      <SectionIntro>
        Statements for the whole policy.{' '}
        {settings.updatedAt
          ? `Last saved ${formatDateTime(settings.updatedAt)}.`
          : 'Not saved yet: the defaults below apply.'}
      </SectionIntro>
      <ItemProblems problems={problems} />
      <TranslatedItem kind="SETTINGS" id={null} translations={settings.translations}>
        <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
          <fieldset className="form-fieldset" disabled={!canEdit}>
            <legend className="visually-hidden">Policy settings</legend>
            <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
            <FieldGroup
              legend="Languages"
              className="subform"
              hint={
                <>
                  The policy is published in its default language and in each language chosen here. A language is
                  published only when every text of the policy data is translated into it; until then, publishing leaves
                  it out. <Link to={translationsPath(tenant.slug)}>Translate the texts</Link>.
                </>
              }
              problems={submit.under('publishedLanguages')}
            >
              <div className="checkbox-grid">
                {LANGUAGES.map((l) =>
                  l === tenant.defaultLanguage ? (
                    <label key={l} className="checkbox">
                      <input type="checkbox" checked disabled readOnly />
                      {languageName(l)} — default, always published
                    </label>
                  ) : (
                    <label key={l} className="checkbox">
                      <input
                        type="checkbox"
                        name="publishedLanguages"
                        value={l}
                        defaultChecked={settings.publishedLanguages.includes(l)}
                      />
                      {languageName(l)}
                    </label>
                  ),
                )}
              </div>
            </FieldGroup>
            <fieldset className="subform">
              <legend>How people exercise their rights</legend>
              <div className="form-grid">
                <TextField
                  name="rightsContactEmail"
                  label="Rights requests email"
                  type="email"
                  hint={`When blank, the contact email (${tenant.contactEmail}) is used.`}
                  defaultValue={settings.rightsContactEmail}
                  problems={submit.at('rightsContactEmail')}
                />
                <TextField
                  name="rightsContactUrl"
                  label="Rights request page"
                  type="url"
                  hint="https only"
                  defaultValue={settings.rightsContactUrl}
                  problems={submit.at('rightsContactUrl')}
                />
              </div>
              <TextField
                name="rightsContactChannel"
                translationField="rightsContactChannel"
                label="Another channel, in words"
                hint="e.g. “raise a support ticket within the customer portal”"
                defaultValue={settings.rightsContactChannel}
                problems={submit.at('rightsContactChannel')}
              />
            </fieldset>
            <fieldset className="subform">
              <legend>What the policy states, or states is not the case</legend>
              <div className="form-grid">
                {answers.map((a) => (
                  <AnswerField
                    key={a.name}
                    name={a.name}
                    label={a.label}
                    hint={'hint' in a ? a.hint : undefined}
                    defaultValue={settings[a.name]}
                    problems={submit.at(a.name)}
                  />
                ))}
              </div>
            </fieldset>
            {regimes.map((regime) => (
              <fieldset className="subform" key={regime}>
                <legend>{REGIME_LEGENDS[regime]}</legend>
                <div className="form-grid">
                  {regional
                    .filter((r) => r.regime === regime)
                    .map((r) =>
                      r.type === 'agentProof' ? (
                        <SelectField
                          key={r.name}
                          name={r.name}
                          label={r.label}
                          options={Object.entries(AGENT_PROOF_LABELS)}
                          emptyLabel="Not answered"
                          defaultValue={settings.authorisedAgentProof}
                          problems={submit.at(r.name)}
                        />
                      ) : (
                        <TextField
                          key={r.name}
                          name={r.name}
                          translationField={TRANSLATED_REGIONAL.has(r.name) ? r.name : undefined}
                          label={r.label}
                          hint={r.hint}
                          type={r.type === 'multiline' ? undefined : r.type}
                          multiline={r.type === 'multiline'}
                          rows={r.type === 'multiline' ? 2 : undefined}
                          defaultValue={settings[r.name]}
                          problems={submit.at(r.name)}
                        />
                      ),
                    )}
                </div>
              </fieldset>
            ))}
            <fieldset className="subform">
              <legend>About the company as a whole</legend>
              <TextField
                name="generalRetention.criteria"
                translationField="generalRetention.criteria"
                label="General retention rule"
                hint="Stated once in the retention section; purposes that follow it tick “Follows our general retention rule”. Give criteria, not “as long as necessary” alone."
                multiline
                rows={2}
                defaultValue={settings.generalRetention?.criteria}
                problems={submit.under('generalRetention')}
              />
              <div className="form-grid">
                <SelectField
                  name="volunteeredSpecialCategoryData"
                  label="Special-category data people send unasked"
                  emptyLabel="Not stated"
                  options={Object.entries(VOLUNTEERED_SPECIAL_DATA_LABELS)}
                  defaultValue={settings.volunteeredSpecialCategoryData}
                  problems={submit.at('volunteeredSpecialCategoryData')}
                />
                <TextField
                  name="dataAboutOthers"
                  translationField="dataAboutOthers"
                  label="Data people give you about others"
                  hint="e.g. “the names and email addresses of colleagues you invite”; the policy asks them to tell those people."
                  defaultValue={settings.dataAboutOthers}
                  problems={submit.at('dataAboutOthers')}
                />
                <TextField
                  name="enquiryResponseTime.amount"
                  label="General enquiries answered within"
                  type="number"
                  hint="Blank promises nothing. Rights requests have their own legal deadlines."
                  defaultValue={settings.enquiryResponseTime?.amount}
                  problems={submit.under('enquiryResponseTime')}
                />
                <SelectField
                  name="enquiryResponseTime.unit"
                  label="Unit"
                  options={Object.entries(RESPONSE_UNIT_LABELS)}
                  defaultValue={settings.enquiryResponseTime?.unit ?? 'BUSINESS_DAYS'}
                />
              </div>
            </fieldset>
            <CheckboxGroup
              name="securityMeasures"
              legend="Security measures"
              options={options.securityMeasure}
              defaultValues={settings.securityMeasures}
              problems={submit.under('securityMeasures')}
            />
            <div className="form-grid">
              <TextField
                name="childrenMinimumAge"
                label="Not directed at children under"
                type="number"
                hint="Age 1 to 21; blank to say nothing specific."
                defaultValue={settings.childrenMinimumAge}
                problems={submit.at('childrenMinimumAge')}
              />
              <TextField
                name="policyUrl"
                label="Where the client publishes the policy"
                type="url"
                defaultValue={settings.policyUrl}
                problems={submit.at('policyUrl')}
              />
              <TextField
                name="accentColor"
                label="Accent colour"
                hint="#rrggbb, for the rendered policy"
                placeholder="#1a6dd1"
                defaultValue={settings.accentColor}
                problems={submit.at('accentColor')}
              />
            </div>
            <TextField
              name="changeNotice"
              translationField="changeNotice"
              label="How people learn of changes"
              multiline
              rows={2}
              defaultValue={settings.changeNotice}
              problems={submit.at('changeNotice')}
            />
            {canEdit ? <FormActions busy={submit.busy} saveLabel="Save settings" /> : null}
          </fieldset>
        </form>
      </TranslatedItem>
      <div role="status" aria-live="polite">
        {saved ? <p className="notice notice-success">Settings saved.</p> : null}
      </div>
    </section>
  );
}
