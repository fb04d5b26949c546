import { Checkbox, FieldGroup, TextField, type FormReader, type useSubmit } from '../../components/form/index.js';
import { formatDate } from '../../lib/format.js';

/** A recipient entity's Data Privacy Framework certification, as the recipient editor and the catalog hold it. */
export interface Certification {
  certifiedOn: string;
  ukExtension: boolean;
  swissFramework: boolean;
}

/** The certification the form's fields give. */
export function readCertification(f: FormReader): Certification {
  return {
    certifiedOn: f.text('dataPrivacyFramework.certifiedOn'),
    ukExtension: f.checked('dataPrivacyFramework.ukExtension'),
    swissFramework: f.checked('dataPrivacyFramework.swissFramework'),
  };
}

/** "DPF since 17 Jul 2023, with the UK Extension and the Swiss-US DPF": a certification in a line. */
export function certificationSummary(c: Certification): string {
  const parts = [c.ukExtension ? 'the UK Extension' : null, c.swissFramework ? 'the Swiss-US DPF' : null].filter(
    (x) => x !== null,
  );
  return `DPF since ${formatDate(c.certifiedOn)}${parts.length ? `, with ${parts.join(' and ')}` : ', EU-US only'}`;
}

/** The parts of the framework beyond the EU-US one, each a checkbox. */
const DPF_PARTS = [
  ['ukExtension', 'Includes the UK Extension to the EU-US Data Privacy Framework'],
  ['swissFramework', 'Includes the Swiss-US Data Privacy Framework'],
] as const;

/**
 * The recipient entity's Data Privacy Framework certification, asked for when the framework is a safeguard: its
 * date and the parts it joined decide for which of the client's laws the framework counts.
 */
export function CertificationFields({
  value,
  submit,
}: {
  value: Certification | null | undefined;
  submit: ReturnType<typeof useSubmit>;
}) {
  return (
    <FieldGroup
      legend="Data Privacy Framework certification"
      hint="As the Data Privacy Framework List (dataprivacyframework.gov) shows it for the US entity. It counts for EU transfers; for UK and Swiss transfers only with the UK Extension or the Swiss-US framework."
      problems={submit.at('dataPrivacyFramework')}
    >
      <TextField
        name="dataPrivacyFramework.certifiedOn"
        label="Certified since"
        type="date"
        required
        defaultValue={value?.certifiedOn}
        problems={submit.under('dataPrivacyFramework.certifiedOn')}
        className="field-narrow"
      />
      {DPF_PARTS.map(([part, label]) => (
        <Checkbox
          key={part}
          name={`dataPrivacyFramework.${part}`}
          label={label}
          defaultChecked={value?.[part] ?? false}
          problems={submit.at(`dataPrivacyFramework.${part}`)}
        />
      ))}
    </FieldGroup>
  );
}
