import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { CREATE_AUDIENCE, DELETE_AUDIENCE, UPDATE_AUDIENCE } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { FormActions, formReader, ProblemsSummary, TextField, useSubmit } from '../../components/form/index.js';
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

type Audience = EditorData['audiences']['edges'][number]['node'];

function AudienceForm({ audience, onDone }: { audience: Audience | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_AUDIENCE, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_AUDIENCE, inTenant(tenant.id));
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const fields = { name: f.text('name'), description: f.optional('description') };
    await submit.save(
      async () =>
        audience
          ? (await update({ variables: { input: { id: audience.id, ...fields } } })).data?.updateAudience
          : (
              await create({
                variables: { input: { ...fields, position: nextPosition(data.audiences.edges.map((e) => e.node)) } },
              })
            ).data?.createAudience,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  return (
    <TranslatedItem kind="AUDIENCE" id={audience?.id ?? null} translations={audience?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={['name', 'description']} />
        <TextField
          name="name"
          translationField="name"
          label="Name"
          required
          defaultValue={audience?.name}
          hint="e.g. Website visitors, Customers, Job applicants"
          problems={submit.at('name')}
        />
        <TextField
          name="description"
          translationField="description"
          label="Description"
          multiline
          defaultValue={audience?.description}
          problems={submit.at('description')}
        />
        <FormActions busy={submit.busy} saveLabel={audience ? 'Save audience' : 'Add audience'} onCancel={onDone} />
      </form>
    </TranslatedItem>
  );
}

/** `/tenants/:slug/edit/audiences` */
export function AudiencesEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_AUDIENCE, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_AUDIENCE, inTenant(tenant.id));
  useFocusFromQuery(true);
  const audiences = data.audiences.edges.map((e) => e.node);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'AUDIENCE');
  return (
    <section aria-label="Audiences" className="card">
      <SectionIntro>
        The groups of people whose data the client processes. Each purpose names the audiences it concerns.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      <ItemList
        items={audiences}
        noun="audience"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add audience"
        emptyText={<p>Add the groups of people the policy speaks to.</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        summary={(a) => (a.description ? <p className="muted small">{a.description}</p> : null)}
        form={(a, close) => <AudienceForm audience={a} onDone={close} />}
        {...listChanges(audiences, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updateAudience,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
