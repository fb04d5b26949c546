import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { CREATE_CLAUSE, DELETE_CLAUSE, UPDATE_CLAUSE } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import {
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
import { labelOf, options, POLICY_SECTION_LABELS } from './policy-labels.js';

type Clause = EditorData['clauses']['edges'][number]['node'];

const SHOWN = ['section', 'title', 'body'];

function ClauseForm({ clause, onDone }: { clause: Clause | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_CLAUSE, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_CLAUSE, inTenant(tenant.id));
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const fields = {
      section: f.oneOf('section', POLICY_SECTION_LABELS),
      title: f.optional('title'),
      body: f.text('body'),
    };
    await submit.save(
      async () =>
        clause
          ? (await update({ variables: { input: { id: clause.id, ...fields } } })).data?.updateClause
          : (
              await create({
                variables: { input: { ...fields, position: nextPosition(data.clauses.edges.map((e) => e.node)) } },
              })
            ).data?.createClause,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  return (
    <TranslatedItem kind="CLAUSE" id={clause?.id ?? null} translations={clause?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
        <div className="form-grid">
          <SelectField
            name="section"
            label="Section of the policy"
            required
            options={options.policySection}
            defaultValue={clause?.section ?? 'INTRODUCTION'}
            problems={submit.at('section')}
          />
          <TextField
            name="title"
            translationField="title"
            label="Heading"
            defaultValue={clause?.title}
            hint="Optional"
            problems={submit.at('title')}
          />
        </div>
        <TextField
          name="body"
          translationField="body"
          label="Text"
          required
          multiline
          rows={8}
          defaultValue={clause?.body}
          hint="Markdown: **bold**, *italic*, [links](https://example.com), lists with “- ”. HTML is shown as plain text."
          problems={submit.at('body')}
          className="field-code"
        />
        <FormActions busy={submit.busy} saveLabel={clause ? 'Save clause' : 'Add clause'} onCancel={onDone} />
      </form>
    </TranslatedItem>
  );
}

/** `/tenants/:slug/edit/clauses` */
export function ClausesEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_CLAUSE, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_CLAUSE, inTenant(tenant.id));
  useFocusFromQuery(true);
  const clauses = data.clauses.edges.map((e) => ({
    ...e.node,
    name: e.node.title ?? `${labelOf(POLICY_SECTION_LABELS, e.node.section)} clause`,
  }));
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'CLAUSE');
  return (
    <section aria-label="Clauses" className="card">
      <SectionIntro>
        Statements the structured data does not cover, written in markdown and placed in a section of the policy.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      <ItemList
        items={clauses}
        noun="clause"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add clause"
        emptyText={<p>Add free text where the policy needs it: an introduction, a note on children, …</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        summary={(c) => (
          <>
            <p className="muted small">In “{labelOf(POLICY_SECTION_LABELS, c.section)}”</p>
            <p className="clause-excerpt">{c.body.length > 240 ? `${c.body.slice(0, 240)}…` : c.body}</p>
          </>
        )}
        form={(c, close) => <ClauseForm clause={c} onDone={close} />}
        {...listChanges(clauses, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updateClause,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
