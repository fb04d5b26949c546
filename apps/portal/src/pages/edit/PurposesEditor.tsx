import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CREATE_PURPOSE, DELETE_PURPOSE, UPDATE_PURPOSE } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { policyLocationPath } from '../../lib/policy-location.js';
import {
  Checkbox,
  CheckboxGroup,
  FormActions,
  formReader,
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
  RemoveRow,
  Repeater,
  useEditor,
  useFocusFromQuery,
  useRows,
  type EditorData,
} from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import {
  COUNTRY_OPTIONS,
  CRIMINAL_OFFENCE_AUTHORITY_LABELS,
  LEGAL_BASIS_LABELS,
  labelOf,
  options,
  RETENTION_TRIGGER_LABELS,
  RETENTION_UNIT_LABELS,
  SPECIAL_CONDITION_LABELS,
} from './policy-labels.js';

type Purpose = EditorData['purposes']['edges'][number]['node'];

const SHOWN = [
  'name',
  'description',
  'legalBasis',
  'legitimateInterest',
  'legalObligation',
  'legalObligationOrigin',
  'legalBasisScope',
  'additionalBases',
  'specialCategoryCondition',
  'criminalOffenceAuthority',
  'criminalOffenceLaw',
  'audienceIds',
  'dataCategoryIds',
  'audienceCategories',
  'recipientIds',
  'retention',
  'directMarketing',
  'saleOrSharing',
  'automatedDecisionLogic',
];

export function retentionText(retention: Purpose['retention']): string {
  const p = retention.period;
  const period = p
    ? `${p.amount} ${labelOf(RETENTION_UNIT_LABELS, p.unit)} ${labelOf(RETENTION_TRIGGER_LABELS, p.trigger)}`
    : '';
  const general = retention.general ? 'the general rule' : '';
  return [general, period, retention.criteria].filter(Boolean).join('; ') || 'no retention given';
}

function PurposeForm({ purpose, onDone }: { purpose: Purpose | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_PURPOSE, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_PURPOSE, inTenant(tenant.id));
  const submit = useSubmit();
  const [legalBasis, setLegalBasis] = useState<string>(purpose?.legalBasis ?? '');
  const otherBases = useRows(purpose?.additionalBases ?? []);
  const [otherBasisKinds, setOtherBasisKinds] = useState<Record<number, string>>(() =>
    Object.fromEntries((purpose?.additionalBases ?? []).map((b, i) => [i, b.legalBasis])),
  );
  const [categoryIds, setCategoryIds] = useState<string[]>(purpose ? [...purpose.dataCategoryIds] : []);
  const [audienceIds, setAudienceIds] = useState<string[]>(purpose ? [...purpose.audienceIds] : []);
  const audienceNames = new Map(data.audiences.edges.map((e) => [e.node.id, e.node.name]));
  // Which data from whom is asked only when there is a choice: two audiences or more, two categories or more.
  const perAudience = audienceIds.length > 1 && categoryIds.length > 1;
  const [hasPeriod, setHasPeriod] = useState<boolean>(purpose ? !!purpose.retention.period : true);
  const categories = data.dataCategories.edges.map((e) => e.node);
  const chosen = categories.filter((c) => categoryIds.includes(c.id));
  // Criminal-offence data has an Art. 10 authority instead of an Art. 9(2) condition.
  const coversSpecial = chosen.some((c) => c.isSpecialCategory && c.specialCategory !== 'CRIMINAL_OFFENCES');
  const coversCriminal = chosen.some((c) => c.specialCategory === 'CRIMINAL_OFFENCES');
  const [criminalAuthority, setCriminalAuthority] = useState<string>(purpose?.criminalOffenceAuthority ?? '');
  const slug = tenant.slug;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const fields = {
      name: f.text('name'),
      description: f.optional('description'),
      legalBasis: f.oneOf('legalBasis', LEGAL_BASIS_LABELS),
      legitimateInterest: legalBasis === 'LEGITIMATE_INTERESTS' ? f.optional('legitimateInterest') : null,
      legalObligation: legalBasis === 'LEGAL_OBLIGATION' ? f.optional('legalObligation') : null,
      legalObligationOrigin: legalBasis === 'LEGAL_OBLIGATION' ? f.optional('legalObligationOrigin') : null,
      legalBasisScope: otherBases.rows.length ? f.optional('legalBasisScope') : null,
      additionalBases: otherBases.rows.map((row, i) => {
        const kind = otherBasisKinds[row.key] ?? '';
        return {
          legalBasis: f.oneOf(`additionalBases.${i}.legalBasis`, LEGAL_BASIS_LABELS),
          scope: f.text(`additionalBases.${i}.scope`),
          legitimateInterest:
            kind === 'LEGITIMATE_INTERESTS' ? f.optional(`additionalBases.${i}.legitimateInterest`) : null,
          legalObligation: kind === 'LEGAL_OBLIGATION' ? f.optional(`additionalBases.${i}.legalObligation`) : null,
          // The form does not edit an extra basis's origin; one set through the API is kept.
          legalObligationOrigin: kind === 'LEGAL_OBLIGATION' ? (row.value?.legalObligationOrigin ?? null) : null,
        };
      }),
      specialCategoryCondition: coversSpecial
        ? f.optionalOneOf('specialCategoryCondition', SPECIAL_CONDITION_LABELS)
        : null,
      criminalOffenceAuthority: coversCriminal
        ? f.optionalOneOf('criminalOffenceAuthority', CRIMINAL_OFFENCE_AUTHORITY_LABELS)
        : null,
      criminalOffenceLaw:
        coversCriminal && criminalAuthority === 'AUTHORISED_BY_LAW' ? f.optional('criminalOffenceLaw') : null,
      audienceIds: f.all('audienceIds'),
      dataCategoryIds: f.all('dataCategoryIds'),
      // An audience that concerns every category needs no entry.
      audienceCategories: perAudience
        ? audienceIds.flatMap((audienceId) => {
            const chosen = f.all(`audienceCategories.${audienceId}`);
            return chosen.length === categoryIds.length ? [] : [{ audienceId, dataCategoryIds: chosen }];
          })
        : [],
      recipientIds: f.all('recipientIds'),
      directMarketing: f.checked('directMarketing'),
      saleOrSharing: f.checked('saleOrSharing'),
      automatedDecisionLogic: f.optional('automatedDecisionLogic'),
      retention: {
        // Without an amount there is no period; the API then asks for a period or criteria, next to this group.
        period:
          hasPeriod && f.int('retention.period.amount') !== null
            ? {
                amount: f.int('retention.period.amount')!,
                unit: f.oneOf('retention.period.unit', RETENTION_UNIT_LABELS),
                trigger: f.oneOf('retention.period.trigger', RETENTION_TRIGGER_LABELS),
              }
            : null,
        criteria: f.optional('retention.criteria'),
        general: f.checked('retention.general'),
      },
    };
    await submit.save(
      async () =>
        purpose
          ? (await update({ variables: { input: { id: purpose.id, ...fields } } })).data?.updatePurpose
          : (
              await create({
                variables: { input: { ...fields, position: nextPosition(data.purposes.edges.map((e) => e.node)) } },
              })
            ).data?.createPurpose,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  const none = (what: string, path: string) => (
    <>
      No {what} yet: <Link to={path}>add one first</Link>.
    </>
  );
  return (
    <TranslatedItem kind="PURPOSE" id={purpose?.id ?? null} translations={purpose?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
        <TextField
          name="name"
          translationField="name"
          label="Purpose"
          required
          defaultValue={purpose?.name}
          hint="e.g. Processing orders, Newsletter, Website analytics"
          problems={submit.at('name')}
        />
        <TextField
          name="description"
          translationField="description"
          label="Description"
          multiline
          defaultValue={purpose?.description}
          problems={submit.at('description')}
        />
        <fieldset className="subform">
          <legend>Legal basis</legend>
          <SelectField
            name="legalBasis"
            label="Legal basis (GDPR Art. 6(1))"
            required
            emptyLabel="Choose a legal basis"
            options={options.legalBasis}
            value={legalBasis}
            onChange={setLegalBasis}
            problems={submit.at('legalBasis')}
          />
          {legalBasis === 'LEGITIMATE_INTERESTS' ? (
            <TextField
              name="legitimateInterest"
              translationField="legitimateInterest"
              label="The legitimate interest"
              hint="GDPR Art. 13(1)(d): say what the interest is, e.g. “preventing fraud on our shop”."
              required
              multiline
              defaultValue={purpose?.legitimateInterest}
              problems={submit.at('legitimateInterest')}
            />
          ) : null}
          {legalBasis === 'LEGAL_OBLIGATION' ? (
            <TextField
              name="legalObligation"
              translationField="legalObligation"
              label="The law that requires it"
              hint="e.g. “UK tax law (Taxes Management Act 1970, s. 12B)”"
              multiline
              defaultValue={purpose?.legalObligation}
              problems={submit.at('legalObligation')}
            />
          ) : null}
          {legalBasis === 'LEGAL_OBLIGATION' ? (
            <SelectField
              name="legalObligationOrigin"
              label="Whose law"
              hint="GDPR Art. 6(3): only Union or Member State law (under the UK GDPR, UK law) can be this basis."
              emptyLabel="Not stated"
              options={[['EU', 'European Union law'], ...COUNTRY_OPTIONS]}
              defaultValue={purpose?.legalObligationOrigin}
              problems={submit.at('legalObligationOrigin')}
            />
          ) : null}
          {otherBases.rows.length ? (
            <TextField
              name="legalBasisScope"
              translationField="legalBasisScope"
              label="What this basis covers"
              required
              hint="Other bases cover the rest, e.g. “people who sign up on the website”."
              defaultValue={purpose?.legalBasisScope}
              problems={submit.at('legalBasisScope')}
            />
          ) : null}
          <Repeater
            name="additionalBases"
            legend="Other legal bases for part of this processing"
            hint="GDPR Art. 13(1)(c): where parts of the processing rest on another basis, name each with what it covers."
            count={otherBases.rows.length}
            addLabel="Add another legal basis"
            onAdd={otherBases.add}
            max={5}
            problems={submit.outcome.problems}
          >
            {otherBases.rows.map((row, i) => {
              // A loaded row's translations are stored under its saved index, its key; a new row has none yet.
              const kind = otherBasisKinds[row.key] ?? row.value?.legalBasis ?? '';
              return (
                <li key={row.key} className="repeat-row">
                  <div className="repeat-row-header">
                    <h3>Basis {i + 2}</h3>
                    <RemoveRow label={`basis ${i + 2}`} onRemove={() => otherBases.remove(row.key)} />
                  </div>
                  <div className="form-grid">
                    <SelectField
                      name={`additionalBases.${i}.legalBasis`}
                      label="Legal basis"
                      required
                      emptyLabel="Choose a legal basis"
                      options={options.legalBasis}
                      value={kind}
                      onChange={(v) => setOtherBasisKinds((k) => ({ ...k, [row.key]: v }))}
                      problems={submit.at(`additionalBases.${i}.legalBasis`)}
                    />
                    <TextField
                      name={`additionalBases.${i}.scope`}
                      translationField={row.value ? `additionalBases.${row.key}.scope` : undefined}
                      label="What it covers"
                      required
                      hint="e.g. “existing customers, about similar products”"
                      defaultValue={row.value?.scope}
                      problems={submit.at(`additionalBases.${i}.scope`)}
                    />
                  </div>
                  {kind === 'LEGITIMATE_INTERESTS' ? (
                    <TextField
                      name={`additionalBases.${i}.legitimateInterest`}
                      translationField={row.value ? `additionalBases.${row.key}.legitimateInterest` : undefined}
                      label="The legitimate interest"
                      required
                      multiline
                      defaultValue={row.value?.legitimateInterest}
                      problems={submit.at(`additionalBases.${i}.legitimateInterest`)}
                    />
                  ) : null}
                  {kind === 'LEGAL_OBLIGATION' ? (
                    <TextField
                      name={`additionalBases.${i}.legalObligation`}
                      translationField={row.value ? `additionalBases.${row.key}.legalObligation` : undefined}
                      label="The law that requires it"
                      multiline
                      defaultValue={row.value?.legalObligation}
                      problems={submit.at(`additionalBases.${i}.legalObligation`)}
                    />
                  ) : null}
                </li>
              );
            })}
          </Repeater>
        </fieldset>
        <CheckboxGroup
          name="audienceIds"
          legend="Whose data (audiences)"
          options={data.audiences.edges.map((e) => [e.node.id, e.node.name] as const)}
          values={audienceIds}
          onChange={setAudienceIds}
          problems={submit.under('audienceIds')}
          emptyText={none('audiences', policyLocationPath(slug, { kind: 'AUDIENCE' }))}
        />
        <CheckboxGroup
          name="dataCategoryIds"
          legend="Which data (data categories)"
          hint="Special-category data is marked ★."
          options={categories.map((c) => [c.id, c.isSpecialCategory ? `${c.name} ★` : c.name] as const)}
          values={categoryIds}
          onChange={setCategoryIds}
          problems={submit.under('dataCategoryIds')}
          emptyText={none('data categories', policyLocationPath(slug, { kind: 'DATA_CATEGORY' }))}
        />
        {perAudience ? (
          <fieldset className="subform">
            <legend>Which data from whom</legend>
            <p className="hint">
              Untick what a group does not give for this purpose (payment data from customers, not from website
              visitors).
            </p>
            {audienceIds.map((audienceId) => {
              const entry = purpose?.audienceCategories.find((e) => e.audienceId === audienceId);
              return (
                <CheckboxGroup
                  key={audienceId}
                  name={`audienceCategories.${audienceId}`}
                  legend={audienceNames.get(audienceId) ?? 'Audience'}
                  options={categories.filter((c) => categoryIds.includes(c.id)).map((c) => [c.id, c.name] as const)}
                  defaultValues={entry ? entry.dataCategoryIds : categoryIds}
                  problems={submit.under('audienceCategories')}
                />
              );
            })}
          </fieldset>
        ) : null}
        {coversSpecial ? (
          <SelectField
            name="specialCategoryCondition"
            label="Condition for special-category data (GDPR Art. 9(2))"
            required
            emptyLabel="Choose a condition"
            options={options.specialCondition}
            defaultValue={purpose?.specialCategoryCondition}
            problems={submit.at('specialCategoryCondition')}
          />
        ) : null}
        {coversCriminal ? (
          <>
            <SelectField
              name="criminalOffenceAuthority"
              label="What allows the criminal-offence data (GDPR Art. 10)"
              hint="Not an Art. 9 condition: official authority, or a law that authorises it (in the UK, a DPA 2018 Sch. 1 condition)."
              emptyLabel="Choose"
              options={options.criminalOffenceAuthority}
              value={criminalAuthority}
              onChange={setCriminalAuthority}
              problems={submit.at('criminalOffenceAuthority')}
            />
            {criminalAuthority === 'AUTHORISED_BY_LAW' ? (
              <TextField
                name="criminalOffenceLaw"
                translationField="criminalOffenceLaw"
                label="The law that authorises it"
                hint="e.g. “DPA 2018 Sch. 1 para. 6 (statutory purposes)”"
                defaultValue={purpose?.criminalOffenceLaw}
                problems={submit.at('criminalOffenceLaw')}
              />
            ) : null}
          </>
        ) : null}
        <CheckboxGroup
          name="recipientIds"
          legend="Who receives it (recipients)"
          options={data.recipients.edges.map((e) => [e.node.id, e.node.name] as const)}
          defaultValues={purpose?.recipientIds}
          problems={submit.under('recipientIds')}
          emptyText={none('recipients', policyLocationPath(slug, { kind: 'RECIPIENT' }))}
        />
        <fieldset className={`subform${submit.under('retention').length ? ' field-invalid' : ''}`}>
          <legend>How long it is kept</legend>
          <p className="hint">GDPR Art. 13(2)(a): a period, or the criteria used to decide it (or both).</p>
          {submit.at('retention') ? (
            <p className="field-error">
              {submit
                .at('retention')!
                .map((p) => p.message)
                .join(' ')}
            </p>
          ) : null}
          <Checkbox
            name="retention.general"
            label="Follows our general retention rule (set under Settings)"
            defaultChecked={purpose?.retention.general ?? false}
            problems={submit.at('retention.general')}
          />
          <Checkbox name="retention.hasPeriod" label="A fixed period" checked={hasPeriod} onChange={setHasPeriod} />
          {hasPeriod ? (
            <div className="form-grid">
              <TextField
                name="retention.period.amount"
                label="Amount"
                type="number"
                defaultValue={purpose?.retention.period?.amount}
                problems={submit.under('retention.period.amount')}
              />
              <SelectField
                name="retention.period.unit"
                label="Unit"
                options={options.retentionUnit}
                defaultValue={purpose?.retention.period?.unit ?? 'YEARS'}
                problems={submit.at('retention.period.unit')}
              />
              <SelectField
                name="retention.period.trigger"
                label="Counted"
                options={options.retentionTrigger}
                defaultValue={purpose?.retention.period?.trigger ?? 'END_OF_RELATIONSHIP'}
                problems={submit.at('retention.period.trigger')}
              />
            </div>
          ) : null}
          <TextField
            name="retention.criteria"
            translationField="retention.criteria"
            label="Criteria"
            hint="e.g. “until the warranty period ends”"
            multiline
            rows={2}
            defaultValue={purpose?.retention.criteria}
            problems={submit.at('retention.criteria')}
          />
        </fieldset>
        <fieldset className="subform">
          <legend>Further statements</legend>
          <Checkbox
            name="directMarketing"
            label="Direct marketing"
            hint="People may object at any time (GDPR Art. 21(2))."
            defaultChecked={purpose?.directMarketing}
            problems={submit.at('directMarketing')}
          />
          <Checkbox
            name="saleOrSharing"
            label="Sale or sharing (CCPA)"
            hint="Selling or sharing personal information for cross-context behavioural advertising."
            defaultChecked={purpose?.saleOrSharing}
            problems={submit.at('saleOrSharing')}
          />
          <TextField
            name="automatedDecisionLogic"
            translationField="automatedDecisionLogic"
            label="Automated decisions: the logic involved"
            hint="Only if decisions are made solely by automated means (GDPR Art. 22)."
            multiline
            rows={2}
            defaultValue={purpose?.automatedDecisionLogic}
            problems={submit.at('automatedDecisionLogic')}
          />
        </fieldset>
        <FormActions busy={submit.busy} saveLabel={purpose ? 'Save purpose' : 'Add purpose'} onCancel={onDone} />
      </form>
    </TranslatedItem>
  );
}

/** `/tenants/:slug/edit/purposes` */
export function PurposesEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_PURPOSE, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_PURPOSE, inTenant(tenant.id));
  useFocusFromQuery(true);
  const purposes = data.purposes.edges.map((e) => e.node);
  const names = (ids: readonly string[], list: readonly { node: { id: string; name: string } }[]) =>
    list
      .filter((e) => ids.includes(e.node.id))
      .map((e) => e.node.name)
      .join(', ') || 'none';
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'PURPOSE');
  return (
    <section aria-label="Purposes" className="card">
      <SectionIntro>
        Why the client uses personal data: each purpose with its legal basis, whose data, which data, who receives it
        and for how long.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      <ItemList
        items={purposes}
        noun="purpose"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add purpose"
        emptyText={<p>Add the purposes the client processes data for.</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        summary={(p) => (
          <dl className="item-facts">
            <div>
              <dt>Legal basis</dt>
              <dd>
                {labelOf(LEGAL_BASIS_LABELS, p.legalBasis)}
                {p.specialCategoryCondition ? `; ${labelOf(SPECIAL_CONDITION_LABELS, p.specialCategoryCondition)}` : ''}
              </dd>
            </div>
            {p.legitimateInterest ? (
              <div>
                <dt>Interest</dt>
                <dd>{p.legitimateInterest}</dd>
              </div>
            ) : null}
            <div>
              <dt>Audiences</dt>
              <dd>{names(p.audienceIds, data.audiences.edges)}</dd>
            </div>
            <div>
              <dt>Data</dt>
              <dd>{names(p.dataCategoryIds, data.dataCategories.edges)}</dd>
            </div>
            <div>
              <dt>Recipients</dt>
              <dd>{names(p.recipientIds, data.recipients.edges)}</dd>
            </div>
            <div>
              <dt>Retention</dt>
              <dd>{retentionText(p.retention)}</dd>
            </div>
          </dl>
        )}
        form={(p, close) => <PurposeForm purpose={p} onDone={close} />}
        {...listChanges(purposes, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updatePurpose,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
