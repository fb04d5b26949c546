import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SAVE_SETTINGS } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { formatDateTime } from '../../lib/format.js';
import {
  AnswerField,
  CheckboxGroup,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { ItemProblems, SectionIntro, useEditor, useFocusFromQuery } from './editor-kit.js';
import { options, SECURITY_MEASURE_LABELS } from './policy-labels.js';

/**
 * The yes/no questions behind the policy's statements of absence ("we do not …"), each answered explicitly or left
 * unanswered (then the policy says nothing, and the completeness check asks where a regime requires it).
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
    hint: 'Outside the EEA (GDPR), the UK (UK GDPR), Switzerland or Brazil, including through service providers.',
  },
  {
    name: 'disclosesPersonalData',
    label: 'Does any other organisation receive personal data?',
    hint: 'Answer no only when no recipient is listed: the policy then says so.',
  },
  {
    name: 'sellsOrSharesPersonalInformation',
    label: 'Is personal information sold or shared (CCPA)?',
    hint: 'Sale, or sharing for cross-context behavioural advertising.',
  },
  {
    name: 'soldOrSharedInPreceding12Months',
    label: 'Was personal information sold or shared in the preceding 12 months (CCPA)?',
  },
  {
    name: 'sensitivePersonalInformationOnlyForPermittedUses',
    label: 'Is sensitive personal information used only for the uses 11 CCR § 7027(m) lists (CCPA)?',
    hint: 'No gives people the right to limit its use.',
  },
  {
    name: 'rightsRequestsFreeOfCharge',
    label: 'Are rights requests handled free of charge?',
    hint: 'Yes: “free of charge unless manifestly unfounded or excessive”. No: “we may charge a reasonable fee”.',
  },
] as const;

const SHOWN = [
  'rightsContactEmail',
  'rightsContactUrl',
  'rightsContactChannel',
  ...ANSWERS.map((a) => a.name),
  'securityMeasures',
  'childrenMinimumAge',
  'changeNotice',
  'policyUrl',
  'accentColor',
];

/** `/tenants/:slug/edit/settings`: one form for the policy-wide statements. */
export function SettingsEditor() {
  const { data, tenant, refresh } = useEditor();
  const [save] = useMutation(SAVE_SETTINGS, inTenant(tenant.id));
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const settings = data.policySettings;
  const canEdit = tenant.viewer.canEditPolicy;
  useFocusFromQuery(true);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'SETTINGS');

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
                  rightsContactUrl: f.optional('rightsContactUrl'),
                  rightsContactChannel: f.optional('rightsContactChannel'),
                  ...Object.fromEntries(ANSWERS.map((a) => [a.name, f.answer(a.name)])),
                  securityMeasures: f.allOf('securityMeasures', SECURITY_MEASURE_LABELS),
                  childrenMinimumAge: f.int('childrenMinimumAge'),
                  changeNotice: f.optional('changeNotice'),
                  policyUrl: f.optional('policyUrl'),
                  accentColor: f.optional('accentColor'),
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
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <fieldset className="form-fieldset" disabled={!canEdit}>
          <legend className="visually-hidden">Policy settings</legend>
          <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
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
              label="Another channel, in words"
              hint="e.g. “raise a support ticket within the customer portal”"
              defaultValue={settings.rightsContactChannel}
              problems={submit.at('rightsContactChannel')}
            />
          </fieldset>
          <fieldset className="subform">
            <legend>What the policy states, or states is not the case</legend>
            <div className="form-grid">
              {ANSWERS.map((a) => (
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
            label="How people learn of changes"
            multiline
            rows={2}
            defaultValue={settings.changeNotice}
            problems={submit.at('changeNotice')}
          />
          {canEdit ? <FormActions busy={submit.busy} saveLabel="Save settings" /> : null}
        </fieldset>
      </form>
      <div role="status" aria-live="polite">
        {saved ? <p className="notice notice-success">Settings saved.</p> : null}
      </div>
    </section>
  );
}
