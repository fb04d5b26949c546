import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Dialog } from '../../components/Dialog.js';
import {
  DONE,
  failureOutcome,
  FormActions,
  formReader,
  problemsOutcome,
  ProblemsSummary,
  RadioGroup,
  TextField,
  useSubmit,
} from '../../components/form/index.js';
import { IMPORT_POLICY_VERSION } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { languageName, type ApiLanguage } from './policy-format.js';

export type ImportedVersion = Extract<
  ResultOf<typeof IMPORT_POLICY_VERSION>['importPolicyVersion'],
  { __typename: 'PolicyVersion' }
>;

const LANGUAGES: readonly ApiLanguage[] = ['EN', 'DE', 'FR'];
const FORMATS = [
  ['PLAIN_TEXT', 'Plain text (line breaks kept)'],
  ['MARKDOWN', 'Markdown'],
] as const;
const textField = (language: ApiLanguage) => `text${language}`;
// `texts` (no text at all) is not a field of its own: the summary says it.
const FIELDS = ['effectiveDate', 'format', 'note', ...LANGUAGES.map(textField)];

/**
 * Records an earlier policy of the client (one it had before its policies came from here) as an imported
 * version: its text in each language it was published in, the date it took effect, and where it came from. The
 * API stores it as an archived text, never rendered from today's model, and lists it by date before the
 * published versions.
 */
export function ImportDialog({
  open,
  slug,
  onClose,
  onImported,
}: {
  open: boolean;
  slug: string;
  onClose: () => void;
  onImported: (version: ImportedVersion) => void;
}) {
  return (
    <Dialog title="Import an earlier version" open={open} onClose={onClose}>
      {/* Mounted per opening, so each one starts clean. */}
      <ImportForm slug={slug} onCancel={onClose} onImported={onImported} />
    </Dialog>
  );
}

function ImportForm({
  slug,
  onCancel,
  onImported,
}: {
  slug: string;
  onCancel: () => void;
  onImported: (version: ImportedVersion) => void;
}) {
  const [importVersion] = useMutation(IMPORT_POLICY_VERSION, {
    ...inTenant(slug),
    refetchQueries: ['PolicyPage', 'PolicyVersions'],
    awaitRefetchQueries: true,
  });
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    // Only the languages given are sent; the API's problems name texts by position, mapped back to their field.
    const texts = LANGUAGES.map((language) => ({ language, text: f.raw(textField(language)) })).filter(
      (t) => t.text.trim() !== '',
    );
    const note = f.raw('note').trim();
    let imported: ImportedVersion | null = null;
    await submit.run(async () => {
      const { data } = await importVersion({
        variables: {
          input: {
            effectiveDate: f.raw('effectiveDate'),
            format: f.raw('format') === 'MARKDOWN' ? 'MARKDOWN' : 'PLAIN_TEXT',
            texts,
            note: note || null,
          },
        },
      });
      const result = data?.importPolicyVersion;
      switch (result?.__typename) {
        case 'PolicyVersion':
          imported = result;
          return DONE;
        case 'ValidationFailed':
          return problemsOutcome(
            ...result.problems.map((p) => {
              const at = /^texts\.(\d+)\./.exec(p.path);
              const language = at ? texts[Number(at[1])]?.language : undefined;
              return language ? { ...p, path: textField(language) } : p;
            }),
          );
        default:
          return failureOutcome('No answer from the server. Try again.');
      }
    });
    if (imported) onImported(imported);
  };

  return (
    <form onSubmit={submit.onSubmit(onSubmit)} className="form" noValidate>
      <p className="muted">
        For a policy the client had before: it is kept exactly as written, marked on its public page as an archived
        text, and never rebuilt from the policy data. It must date from before every published version.
      </p>
      <ProblemsSummary outcome={submit.outcome} shown={FIELDS} />
      <TextField
        name="effectiveDate"
        label="Effective date"
        hint="When the earlier policy took effect, as its text says (not in the future)."
        type="date"
        required
        markRequired={false}
        controlClassName="field-narrow"
        problems={submit.at('effectiveDate')}
      />
      <RadioGroup
        name="format"
        legend="The text is written as"
        options={FORMATS}
        defaultValue="PLAIN_TEXT"
        problems={submit.at('format')}
      />
      {LANGUAGES.map((language) => (
        <TextField
          key={language}
          name={textField(language)}
          label={`Text in ${languageName(language)}`}
          hint="Leave empty if the policy was not published in this language."
          multiline
          rows={6}
          problems={submit.at(textField(language))}
        />
      ))}
      <TextField
        name="note"
        label="Where it came from"
        hint="For your agency only, not published: e.g. “PDF from the client’s archive, March 2018”."
        maxLength={2000}
        problems={submit.at('note')}
      />
      <FormActions busy={submit.busy} saveLabel="Import version" busyLabel="Importing…" onCancel={onCancel} />
    </form>
  );
}
