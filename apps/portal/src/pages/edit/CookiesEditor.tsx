import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CREATE_COOKIE, DELETE_COOKIE, UPDATE_COOKIE } from '../../graphql/edit.operations.js';
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
  useEditor,
  useFocusFromQuery,
  type EditorData,
} from './editor-kit.js';
import { TranslatedItem } from './TranslationStatus.js';
import { COOKIE_KIND_LABELS, COOKIE_UNIT_LABELS, LEGAL_BASIS_LABELS, labelOf, options } from './policy-labels.js';

type Cookie = EditorData['cookies']['edges'][number]['node'];

const SHOWN = [
  'name',
  'describesGroup',
  'provider',
  'purpose',
  'purposeIds',
  'kind',
  'durationAmount',
  'durationUnit',
  'recipientId',
];

function CookieForm({ cookie, onDone }: { cookie: Cookie | null; onDone: () => void }) {
  const { data, tenant, refresh } = useEditor();
  const [create] = useMutation(CREATE_COOKIE, inTenant(tenant.id));
  const [update] = useMutation(UPDATE_COOKIE, inTenant(tenant.id));
  const submit = useSubmit();
  const [session, setSession] = useState<boolean>(cookie?.isSessionCookie ?? false);
  const [group, setGroup] = useState<boolean>(cookie?.describesGroup ?? false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const fields = {
      name: f.text('name'),
      describesGroup: group,
      provider: f.text('provider'),
      purpose: f.text('purpose'),
      purposeIds: f.all('purposeIds'),
      kind: f.oneOf('kind', COOKIE_KIND_LABELS),
      durationAmount: session ? null : f.int('durationAmount'),
      durationUnit: session ? null : f.optionalOneOf('durationUnit', COOKIE_UNIT_LABELS),
      recipientId: f.optional('recipientId'),
    };
    await submit.save(
      async () =>
        cookie
          ? (await update({ variables: { input: { id: cookie.id, ...fields } } })).data?.updateCookie
          : (
              await create({
                variables: { input: { ...fields, position: nextPosition(data.cookies.edges.map((e) => e.node)) } },
              })
            ).data?.createCookie,
      async () => {
        await refresh();
        onDone();
      },
    );
  };

  return (
    <TranslatedItem kind="COOKIE" id={cookie?.id ?? null} translations={cookie?.translations}>
      <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
        <ProblemsSummary outcome={submit.outcome} shown={SHOWN} />
        <Checkbox
          name="describesGroup"
          label="A group of cookies, described by category"
          hint="For a policy that describes cookies by category (“analytics cookies set by our analytics provider”) rather than naming each one; its lifetime then reads as the typical one."
          checked={group}
          onChange={setGroup}
          problems={submit.at('describesGroup')}
        />
        <div className="form-grid">
          <TextField
            name="name"
            // A named cookie's name is an identifier; only a group's name is translated.
            translationField={group ? 'name' : undefined}
            label={group ? 'Name of the group' : 'Cookie name'}
            required
            defaultValue={cookie?.name}
            hint={group ? 'e.g. Analytics cookies' : 'As the browser shows it, e.g. _ga'}
            problems={submit.at('name')}
          />
          <TextField
            name="provider"
            label="Set by"
            required
            defaultValue={cookie?.provider}
            hint="e.g. Google, or the client’s own domain"
            problems={submit.at('provider')}
          />
          <SelectField
            name="kind"
            label="Kind"
            required
            options={options.cookieKind}
            defaultValue={cookie?.kind ?? 'ANALYTICS'}
            hint="Every kind but strictly necessary needs consent."
            problems={submit.at('kind')}
          />
          <SelectField
            name="recipientId"
            label="Recipient that sets it"
            emptyLabel="None (first-party)"
            options={data.recipients.edges.map((e) => [e.node.id, e.node.name] as const)}
            defaultValue={cookie?.recipientId}
            problems={submit.at('recipientId')}
          />
        </div>
        <TextField
          name="purpose"
          translationField="purpose"
          label="What it is for"
          required
          multiline
          rows={2}
          defaultValue={cookie?.purpose}
          problems={submit.at('purpose')}
        />
        <CheckboxGroup
          name="purposeIds"
          legend="Purposes it serves"
          hint="The policy states the legal basis of these purposes for the cookie. One that is not strictly necessary needs a purpose relying on consent (ePrivacy Art. 5(3), PECR reg. 6)."
          options={data.purposes.edges.map(
            (e) => [e.node.id, `${e.node.name} (${labelOf(LEGAL_BASIS_LABELS, e.node.legalBasis)})`] as const,
          )}
          defaultValues={cookie?.purposeIds}
          problems={submit.under('purposeIds')}
          emptyText={
            <>
              No purposes yet: <Link to={policyLocationPath(tenant.slug, { kind: 'PURPOSE' })}>add one first</Link>.
            </>
          }
        />
        <fieldset className="subform">
          <legend>{group ? 'Typical lifetime' : 'Lifetime'}</legend>
          <Checkbox
            name="session"
            label="Session cookie (deleted when the browser closes)"
            checked={session}
            onChange={setSession}
          />
          {session ? null : (
            <div className="form-grid">
              <TextField
                name="durationAmount"
                label="Lasts"
                type="number"
                defaultValue={cookie?.durationAmount}
                problems={submit.at('durationAmount')}
              />
              <SelectField
                name="durationUnit"
                label="Unit"
                options={options.cookieUnit}
                defaultValue={cookie?.durationUnit ?? 'MONTHS'}
                problems={submit.at('durationUnit')}
              />
            </div>
          )}
        </fieldset>
        <FormActions busy={submit.busy} saveLabel={cookie ? 'Save cookie' : 'Add cookie'} onCancel={onDone} />
      </form>
    </TranslatedItem>
  );
}

/** `/tenants/:slug/edit/cookies` */
export function CookiesEditor() {
  const { data, tenant, refresh } = useEditor();
  const [remove] = useMutation(DELETE_COOKIE, inTenant(tenant.id));
  const [reposition] = useMutation(UPDATE_COOKIE, inTenant(tenant.id));
  useFocusFromQuery(true);
  const cookies = data.cookies.edges.map((e) => e.node);
  const recipientName = (id: string | null | undefined) =>
    data.recipients.edges.find((e) => e.node.id === id)?.node.name;
  const purposeNames = (ids: readonly string[]) =>
    data.purposes.edges.filter((e) => ids.includes(e.node.id)).map((e) => e.node.name);
  const problems = data.policyCompleteness.problems.filter((p) => p.location.kind === 'COOKIE');
  return (
    <section aria-label="Cookies" className="card">
      <SectionIntro>
        Cookies and similar technologies on the client’s websites, named one by one or described by category. The policy
        lists them with their provider, lifetime and the purposes they serve, and says they wait for consent only when
        every cookie that is not strictly necessary serves consent-based purposes alone.
      </SectionIntro>
      <ItemProblems problems={problems.filter((p) => !p.location.id)} />
      <ItemList
        items={cookies}
        noun="cookie"
        canEdit={tenant.viewer.canEditPolicy}
        addLabel="Add cookie"
        emptyText={<p>Add each cookie the client’s websites set.</p>}
        problemsOf={(id) => problems.filter((p) => p.location.id === id)}
        summary={(c) => (
          <p className="muted small">
            {labelOf(COOKIE_KIND_LABELS, c.kind)} · set by {c.provider}
            {recipientName(c.recipientId) ? ` (${recipientName(c.recipientId)})` : ''} ·{' '}
            {c.isSessionCookie ? 'session' : `${c.durationAmount} ${labelOf(COOKIE_UNIT_LABELS, c.durationUnit)}`} ·{' '}
            {c.needsConsent ? 'needs consent' : 'no consent needed'}
            {c.describesGroup ? ' · a group of cookies' : ''} ·{' '}
            {c.purposeIds.length ? `for ${purposeNames(c.purposeIds).join(', ')}` : 'no purpose linked'}
          </p>
        )}
        form={(c, close) => <CookieForm cookie={c} onDone={close} />}
        {...listChanges(cookies, refresh, {
          reposition: async (id, position) =>
            (await reposition({ variables: { input: { id, position } } })).data?.updateCookie,
          remove: (id) => remove({ variables: { id } }),
        })}
      />
    </section>
  );
}
