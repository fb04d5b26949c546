import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { CREATE_DATA_CATEGORY, DELETE_DATA_CATEGORY, UPDATE_DATA_CATEGORY } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import {
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
  useEditor,
  useFocusFromQuery,
  type EditorData,
} from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import {
  CCPA_CATEGORY_LABELS,
  DATA_SOURCE_LABELS,
  labelOf,
  options,
  REQUIREMENT_LABELS,
  SPECIAL_CATEGORY_LABELS,
} from './policy-labels.js';

type DataCategory = EditorData['dataCategories']['edges'][number]['node'];

const SHOWN = [
  'name',
  'description',
  'specialCategory',
  'sources',
  'sourceDetails',
  'requirement',
  'consequenceOfNotProviding',
  'ccpaCategory',
];

function DataCategoryForm({ category, onDone }: { category: DataCategory | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_DATA_CATEGORY, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_DATA_CATEGORY, inTenant(tenant.id));
  const submit = useSubmit();
  const [sources, setSources] = useState<string[]>(category ? [...category.sources] : ['SUBJECT']);
  const [requirement, setRequirement] = useState<string>(category?.requirement ?? '');
  const indirect = sources.some((s) => s === 'THIRD_PARTY' || s === 'PUBLIC');
  const ccpa = tenant.jurisdictions.includes('CCPA_CPRA');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const fields = {
      name: f.text('name'),
      description: f.optional('description'),
      specialCategory: f.optionalOneOf('specialCategory', SPECIAL_CATEGORY_LABELS),
      sources: f.allOf('sources', DATA_SOURCE_LABELS),
      sourceDetails: f.optional('sourceDetails'),
      requirement: f.optionalOneOf('requirement', REQUIREMENT_LABELS),
      consequenceOfNotProviding: f.optional('consequenceOfNotProviding'),
      ccpaCategory: f.optionalOneOf('ccpaCategory', CCPA_CATEGORY_LABELS),
    };
    await submit.save(
      async () =>
        category
          ? (await update({ variables: { input: { id: category.id, ...fields } } })).data?.updateDataCategory
          : (
              await create({
                variables: {
                  input: { ...fields, position: nextPosition(data.dataCategories.edges.map((e) => e.node)) },
                },
              })
            ).data?.createDataCategory,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  return (
    <TranslatedItem kind="DATA_CATEGORY" id={category?.id ?? null} translations={category?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
        <div className="form-grid">
          <TextField
            name="name"
            translationField="name"
            label="Name"
            required
            defaultValue={category?.name}
            hint="e.g. Contact details, Order history"
            problems={submit.at('name')}
          />
          <SelectField
            name="specialCategory"
            label="Special category (GDPR Art. 9/10)"
            hint="Only if the data reveals one of these."
            emptyLabel="Not special-category data"
            options={options.specialCategory}
            defaultValue={category?.specialCategory}
            problems={submit.at('specialCategory')}
          />
        </div>
        <TextField
          name="description"
          translationField="description"
          label="What it contains"
          multiline
          defaultValue={category?.description}
          problems={submit.at('description')}
        />
        <CheckboxGroup
          name="sources"
          legend="Where it comes from (at least one)"
          options={options.dataSource}
          values={sources}
          onChange={setSources}
          problems={submit.under('sources')}
        />
        {indirect || category?.sourceDetails ? (
          <TextField
            name="sourceDetails"
            translationField="sourceDetails"
            label="Name the sources"
            hint="GDPR Art. 14(2)(f): which third parties or public sources the data comes from."
            multiline
            defaultValue={category?.sourceDetails}
            problems={submit.at('sourceDetails')}
          />
        ) : null}
        <div className="form-grid">
          <SelectField
            name="requirement"
            label="Is providing it required?"
            hint="GDPR Art. 13(2)(e). Not answered: the policy says nothing about it."
            emptyLabel="Not answered"
            options={options.requirement}
            value={requirement}
            onChange={setRequirement}
            problems={submit.at('requirement')}
          />
          {ccpa || category?.ccpaCategory ? (
            <SelectField
              name="ccpaCategory"
              label="CCPA category"
              emptyLabel="None chosen"
              options={options.ccpaCategory}
              defaultValue={category?.ccpaCategory}
              problems={submit.at('ccpaCategory')}
            />
          ) : null}
        </div>
        {(requirement && requirement !== 'VOLUNTARY') || category?.consequenceOfNotProviding ? (
          <TextField
            name="consequenceOfNotProviding"
            translationField="consequenceOfNotProviding"
            label="What happens if it is not provided"
            hint="e.g. “We cannot deliver your order.”"
            multiline
            defaultValue={category?.consequenceOfNotProviding}
            problems={submit.at('consequenceOfNotProviding')}
          />
        ) : null}
        <FormActions
          busy={submit.busy}
          saveLabel={category ? 'Save data category' : 'Add data category'}
          onCancel={onDone}
        />
      </form>
    </TranslatedItem>
  );
}

/** `/tenants/:slug/edit/data-categories` */
export function DataCategoriesEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_DATA_CATEGORY, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_DATA_CATEGORY, inTenant(tenant.id));
  useFocusFromQuery(true);
  const categories = data.dataCategories.edges.map((e) => e.node);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'DATA_CATEGORY');
  return (
    <section aria-label="Data categories" className="card">
      <SectionIntro>
        The kinds of personal data the client collects. Purposes and recipients refer to them.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      <ItemList
        items={categories}
        noun="data category"
        nouns="data categories"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add data category"
        emptyText={<p>Add the kinds of personal data collected: contact details, order history, CVs…</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        summary={(c) => (
          <p className="muted small">
            {c.specialCategory ? (
              <span className="badge badge-danger">{labelOf(SPECIAL_CATEGORY_LABELS, c.specialCategory)}</span>
            ) : null}{' '}
            From {c.sources.map((s) => labelOf(DATA_SOURCE_LABELS, s).toLowerCase()).join(', ')} ·{' '}
            {c.requirement ? labelOf(REQUIREMENT_LABELS, c.requirement).toLowerCase() : 'requirement not answered'}
            {c.ccpaCategory ? ` · CCPA: ${labelOf(CCPA_CATEGORY_LABELS, c.ccpaCategory)}` : ''}
          </p>
        )}
        form={(c, close) => <DataCategoryForm category={c} onDone={close} />}
        {...listChanges(categories, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updateDataCategory,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
