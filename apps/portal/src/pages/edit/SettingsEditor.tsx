import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SAVE_SETTINGS } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { formatDateTime } from '../../lib/format.js';
import {
  Checkbox,
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

const SHOWN = [
  'rightsContactEmail',
  'rightsContactUrl',
  'rightsContactChannel',
  'sellsOrSharesPersonalInformation',
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
                  sellsOrSharesPersonalInformation: f.checked('sellsOrSharesPersonalInformation'),
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
          <Checkbox
            name="sellsOrSharesPersonalInformation"
            label="Personal information is sold or shared (CCPA)"
            hint="The policy states this either way."
            defaultChecked={settings.sellsOrSharesPersonalInformation}
            problems={submit.at('sellsOrSharesPersonalInformation')}
          />
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
