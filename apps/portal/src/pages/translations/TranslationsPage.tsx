import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { outcomeOf, ProblemsSummary, useSubmit, validationFailed } from '../../components/form/index.js';
import { Empty, Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import { POLICY_TRANSLATIONS, TRANSLATE_POLICY_TEXTS } from '../../graphql/translation.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState, type Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import { policyLocationPath, translationsPath } from '../../lib/policy-location.js';
import { languageName } from '../policy/policy-format.js';
import {
  apiLanguage,
  defaultLanguageChoice,
  englishFound,
  englishLanguageName,
  fieldLabel,
  filterSummary,
  groupByItem,
  initialEdit,
  isChanged,
  isLongText,
  needsWork,
  progressPercent,
  progressSentence,
  STATE_LABELS,
  textDomId,
  textKey,
  translationInput,
  workLeft,
  type ApiLanguage,
  type ProgressView,
  type TextEdit,
} from './translation-format.js';
import './translations.css';

type PageData = ResultOf<typeof POLICY_TRANSLATIONS>;
type Tenant = PageData['currentTenant'];
type PolicyText = NonNullable<PageData['policyTranslations']['texts']>[number];

const TITLE = 'Translations';

/**
 * `/tenants/:slug/translations?language=de`: how far the draft is translated into each language, and the texts of
 * one language beside the default text, to translate, confirm or copy. `?kind=&id=&field=` (links from the
 * completeness panel) scroll to one text and focus its box.
 */
export function TranslationsPage() {
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const language = apiLanguage(params.get('language'));
  const query = useQuery(POLICY_TRANSLATIONS, {
    ...inTenant(slug),
    variables: { language, withTexts: language !== null },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'network-only',
  });
  const data = query.data;
  const tenant = data?.currentTenant;

  useEffect(() => {
    document.title = `${TITLE} · ${tenant?.displayName ?? slug} · Noticeboard`;
  }, [tenant?.displayName, slug]);

  // No language in the address: open the one with the most urgent work, without a history entry.
  const choice = data && !language ? defaultLanguageChoice(data.policyTranslations.progress) : null;
  useEffect(() => {
    if (choice) setParams({ language: choice.toLowerCase() }, { replace: true });
  }, [choice, setParams]);

  if (!data || !tenant)
    return (
      <>
        <h1>{TITLE}</h1>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading label="Loading the translations…" />
        )}
      </>
    );

  const translations = data.policyTranslations;
  return (
    <>
      <div className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={`/tenants/${encodeURIComponent(tenant.slug)}`}>{tenant.displayName}</Link>{' '}
            <span aria-hidden="true">›</span>{' '}
            <Link to={`/tenants/${encodeURIComponent(tenant.slug)}/edit`}>Policy data</Link>
          </nav>
          <h1>{TITLE}</h1>
        </div>
      </div>
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      <p className="muted section-intro">
        The client&apos;s own words (names, descriptions, clauses) in each language the policy is published in. The
        policy&apos;s standard sentences are translated already. A language is published only when every text is
        translated: until then the policy stays in {englishLanguageName(translations.defaultLanguage)} alone for that
        language. Choose the languages to publish in{' '}
        <Link to={policyLocationPath(tenant.slug, { kind: 'SETTINGS', field: 'publishedLanguages' })}>
          policy settings
        </Link>
        .
      </p>
      {!tenant.viewer.canEditPolicy ? (
        <p className="notice notice-info">
          Your role ({tenant.viewer.role.toLowerCase()}) can read this client&apos;s translations but not change them.
        </p>
      ) : null}
      {language && language === translations.defaultLanguage ? (
        <p className="notice notice-info">
          {englishLanguageName(language)} is this client&apos;s default language: its texts are the policy data itself,
          edited in <Link to={`/tenants/${encodeURIComponent(tenant.slug)}/edit`}>Policy data</Link>.
        </p>
      ) : null}
      {/* A new workspace per language: unsaved edits belong to the language they were made in. */}
      <LanguageWorkspace
        key={language ?? ''}
        tenant={tenant}
        defaultLanguage={translations.defaultLanguage}
        progress={translations.progress}
        language={language && language !== translations.defaultLanguage ? language : null}
        texts={translations.texts ?? null}
        refresh={() => query.refetch()}
      />
    </>
  );
}

/** The progress cards and the texts of the chosen language, with the unsaved edits they share. */
function LanguageWorkspace({
  tenant,
  defaultLanguage,
  progress,
  language,
  texts,
  refresh,
}: {
  tenant: Tenant;
  defaultLanguage: string;
  progress: readonly ProgressView[];
  language: ApiLanguage | null;
  texts: readonly PolicyText[] | null;
  refresh: () => Promise<unknown>;
}) {
  const [edits, setEdits] = useState<Record<string, TextEdit>>({});
  const dirty = (texts ?? []).some((t) => {
    const edit = edits[textKey(t)];
    return !!edit && isChanged(t, edit);
  });

  // Leaving the portal (closing the tab, reloading) with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const leaveLanguage = (event: MouseEvent<HTMLAnchorElement>) => {
    if (dirty && !window.confirm('Your translations in this language are not saved. Leave without saving them?'))
      event.preventDefault();
  };

  return (
    <>
      <ProgressCards
        slug={tenant.slug}
        defaultLanguage={defaultLanguage}
        progress={progress}
        selected={language}
        onLeave={leaveLanguage}
      />
      {language && texts ? (
        <TextsForm
          tenant={tenant}
          defaultLanguage={defaultLanguage}
          language={language}
          progress={progress.find((p) => p.language === language) ?? null}
          texts={texts}
          edits={edits}
          setEdits={setEdits}
          dirty={dirty}
          refresh={refresh}
        />
      ) : language ? (
        <Loading label="Loading the texts…" />
      ) : null}
    </>
  );
}

/** One card per language other than the default: published or not, how far, what is left; each opens its texts. */
function ProgressCards({
  slug,
  defaultLanguage,
  progress,
  selected,
  onLeave,
}: {
  slug: string;
  defaultLanguage: string;
  progress: readonly ProgressView[];
  selected: string | null;
  onLeave: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <section aria-labelledby="progress-heading" className="translation-progress-section">
      <h2 id="progress-heading" className="visually-hidden">
        Progress by language
      </h2>
      <p className="small">
        <strong>{languageName(defaultLanguage)}</strong> is the default language: always published.
      </p>
      <ul className="translation-progress">
        {progress.map((p) => {
          const id = `progress-${p.language.toLowerCase()}`;
          const current = p.language === selected;
          return (
            <li
              key={p.language}
              className={`card progress-card${current ? ' progress-card-selected' : ''}`}
              aria-labelledby={`${id}-title`}
            >
              <h3 id={`${id}-title`} className="progress-card-title" lang={p.language.toLowerCase()}>
                <Link
                  to={translationsPath(slug, { language: p.language })}
                  aria-current={current ? 'page' : undefined}
                  onClick={current ? undefined : onLeave}
                >
                  {languageName(p.language)}
                </Link>
              </h3>
              <p className="progress-card-badges">
                <span className={`badge ${p.published ? 'badge-verifying' : 'badge-closed'}`}>
                  {p.published ? 'Published' : 'Not published'}
                </span>{' '}
                <span className={`badge ${p.complete ? 'badge-completed' : 'badge-danger'}`}>
                  {p.complete ? 'Complete' : 'Incomplete'}
                </span>
              </p>
              <progress
                className="progress-bar"
                max={Math.max(p.required, 1)}
                value={p.required ? Math.min(p.current, p.required) : 1}
                aria-label={`${englishLanguageName(p.language)}: translated`}
                aria-describedby={`${id}-text`}
              >
                {progressPercent(p)}%
              </progress>
              <p className="small" id={`${id}-text`}>
                {progressSentence(p)}
              </p>
              <p className={`small ${p.complete ? 'ok-text' : 'muted'}`}>{workLeft(p)}</p>
              {!p.published ? (
                <p className="small muted">
                  Not published until chosen in{' '}
                  <Link
                    to={policyLocationPath(slug, { kind: 'SETTINGS', field: 'publishedLanguages' })}
                    onClick={onLeave}
                  >
                    policy settings
                  </Link>
                  .
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Where `?kind=&id=&field=` points, if it names a text of this language. */
function useTarget(texts: readonly PolicyText[]): PolicyText | null {
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const id = params.get('id');
  const field = params.get('field');
  return useMemo(() => {
    if (!field || (!id && !kind)) return null;
    return (
      texts.find((t) => t.field === field && (id ? t.itemId === id : !t.itemId) && (!kind || t.kind === kind)) ?? null
    );
  }, [texts, kind, id, field]);
}

/** The texts of one language, grouped by item, each editable beside its default text; saved together. */
function TextsForm({
  tenant,
  defaultLanguage,
  language,
  progress,
  texts,
  edits,
  setEdits,
  dirty,
  refresh,
}: {
  tenant: Tenant;
  defaultLanguage: string;
  language: ApiLanguage;
  progress: ProgressView | null;
  texts: readonly PolicyText[];
  edits: Record<string, TextEdit>;
  setEdits: (update: (edits: Record<string, TextEdit>) => Record<string, TextEdit>) => void;
  dirty: boolean;
  refresh: () => Promise<unknown>;
}) {
  const [save] = useMutation(TRANSLATE_POLICY_TEXTS, inTenant(tenant.id));
  const submit = useSubmit();
  const [needsWorkOnly, setNeedsWorkOnly] = useState(true);
  /** The keys of the texts last sent, in order: the problems' paths (`texts.<index>.value`) point into it. */
  const [sent, setSent] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const target = useTarget(texts);
  const canEdit = tenant.viewer.canEditPolicy;
  const properNames = [tenant.legalName, tenant.tradingName ?? '', tenant.displayName];

  const editOf = (t: PolicyText) => edits[textKey(t)] ?? initialEdit(t);
  const changed = texts.filter((t) => {
    const edit = edits[textKey(t)];
    return !!edit && isChanged(t, edit);
  });
  const problemsOf = (key: string): Problem[] => {
    const index = sent.indexOf(key);
    if (index < 0) return [];
    return submit.outcome.problems.filter((p) => p.path === `texts.${index}` || p.path.startsWith(`texts.${index}.`));
  };
  const visible = texts.filter(
    (t) => !needsWorkOnly || needsWork(t) || t === target || !!edits[textKey(t)] || problemsOf(textKey(t)).length > 0,
  );
  const groups = groupByItem(visible);
  const languageWords = englishLanguageName(language);
  const defaultWords = englishLanguageName(defaultLanguage);

  // A link to one text: once it is shown, scroll to it and put the keyboard in its box.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!target) return;
    const key = textKey(target);
    if (focused.current === key) return;
    focused.current = key;
    const timer = window.setTimeout(() => {
      const holder = document.getElementById(textDomId(target));
      const control = holder?.querySelector<HTMLElement>('textarea, input');
      if (!holder) return;
      holder.scrollIntoView({ block: 'center' });
      control?.focus({ preventScroll: true });
      holder.classList.add('focus-target');
      control?.addEventListener('blur', () => holder.classList.remove('focus-target'), { once: true });
    });
    return () => window.clearTimeout(timer);
  }, [target]);

  const update = (t: PolicyText, change: Partial<TextEdit>) =>
    setEdits((all) => ({ ...all, [textKey(t)]: { ...(all[textKey(t)] ?? initialEdit(t)), ...change } }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnnouncement(null);
    if (!changed.length) {
      setAnnouncement('Nothing to save: no text was changed.');
      return;
    }
    const keys = changed.map(textKey);
    setSent(keys);
    const ok = await submit.run(() =>
      outcomeOf(
        async () =>
          (
            await save({
              variables: {
                input: {
                  language,
                  texts: changed.map((t) => translationInput(t, editOf(t))),
                },
              },
            })
          ).data?.translatePolicyTexts,
        validationFailed,
      ),
    );
    if (!ok) return;
    await refresh();
    setEdits(() => ({}));
    setAnnouncement(`Saved ${keys.length} text${keys.length === 1 ? '' : 's'}.`);
  };

  const counts = texts.filter(needsWork).length;
  return (
    <form className="form translation-form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <div className="translation-toolbar">
        <h2>
          Texts in <span lang={language.toLowerCase()}>{languageName(language)}</span>
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={needsWorkOnly} onChange={(e) => setNeedsWorkOnly(e.target.checked)} />
          Needs work only
        </label>
      </div>
      <div role="status" aria-live="polite">
        {announcement ? (
          <p className="notice notice-success">
            {announcement} {progress ? `${languageWords}: ${progressSentence(progress)}.` : null}
          </p>
        ) : null}
      </div>
      <ProblemsSummary outcome={submit.outcome} shown={sent.map((_, i) => `texts.${i}`)} />
      {texts.length === 0 ? (
        <Empty title="Nothing to translate yet">
          <p>The policy data has no texts of its own yet.</p>
        </Empty>
      ) : groups.length === 0 ? (
        <Empty title={`Every text is translated into ${languageWords}`}>
          <p>Untick “Needs work only” to see and change them.</p>
        </Empty>
      ) : (
        <>
          {needsWorkOnly ? <p className="muted small">{filterSummary(counts, texts.length - visible.length)}</p> : null}
          <fieldset className="form-fieldset" disabled={!canEdit}>
            <legend className="visually-hidden">Texts in {languageWords}</legend>
            {groups.map((group) => (
              <section
                key={group.key}
                className="card translation-item"
                aria-label={`${group.label} (${group.section})`}
              >
                <h3 className="translation-item-title">
                  <Link to={policyLocationPath(tenant.slug, { kind: group.kind, id: group.itemId })}>
                    {group.label}
                  </Link>{' '}
                  <span className="muted small">· {group.section}</span>
                </h3>
                <ol className="translation-list">
                  {group.texts.map((t) => (
                    <TextRow
                      key={textKey(t)}
                      text={t}
                      itemLabel={group.label}
                      edit={editOf(t)}
                      language={language}
                      defaultLanguage={defaultLanguage}
                      languageWords={languageWords}
                      defaultWords={defaultWords}
                      properNames={t.required ? properNames : [...properNames, t.text]}
                      readOnly={t.kind === 'CONTROLLER' && !tenant.viewer.canUpdateProfile}
                      problems={problemsOf(textKey(t))}
                      onChange={(change) => update(t, change)}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </fieldset>
        </>
      )}
      {canEdit ? (
        <div className="form-actions translation-actions">
          <span className="muted small" aria-live="polite">
            {changed.length
              ? `${changed.length} unsaved change${changed.length === 1 ? '' : 's'}`
              : 'No unsaved changes'}
          </span>
          {dirty ? (
            <button type="button" className="button" onClick={() => setEdits(() => ({}))}>
              Discard changes
            </button>
          ) : null}
          <button type="submit" className="button button-primary" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : 'Save translations'}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** One text: the default text (and, when outdated, what it was translated from) beside the box for its translation. */
function TextRow({
  text: t,
  itemLabel,
  edit,
  language,
  defaultLanguage,
  languageWords,
  defaultWords,
  properNames,
  readOnly,
  problems,
  onChange,
}: {
  text: PolicyText;
  itemLabel: string;
  edit: TextEdit;
  language: string;
  defaultLanguage: string;
  languageWords: string;
  defaultWords: string;
  properNames: readonly string[];
  readOnly: boolean;
  problems: readonly Problem[];
  onChange: (change: Partial<TextEdit>) => void;
}) {
  const id = useId();
  const label = fieldLabel(t.field);
  const english = edit.untranslated ? [] : englishFound(edit.value, language, properNames);
  const outdated = t.state === 'OUTDATED' && !edit.confirmed && edit.value === (t.value ?? '');
  const notes = [
    edit.untranslated ? `${id}-copy` : '',
    !t.required ? `${id}-name` : '',
    english.length ? `${id}-english` : '',
    problems.length ? `${id}-error` : '',
  ].filter(Boolean);
  const control = {
    id,
    name: textKey(t),
    lang: edit.untranslated ? defaultLanguage.toLowerCase() : language.toLowerCase(),
    value: edit.value,
    readOnly,
    'aria-describedby': notes.join(' ') || undefined,
    'aria-invalid': problems.length ? true : undefined,
    // Any edit makes it the person's own text: no longer a copy, no longer merely confirmed.
    onChange: (e: { target: { value: string } }) =>
      onChange({ value: e.target.value, untranslated: false, confirmed: false }),
  };
  const missing = t.state === 'MISSING' && t.required && !edit.value.trim();
  return (
    <li
      id={textDomId(t)}
      className={`translation-text${missing ? ' translation-missing' : ''}${problems.length ? ' field-invalid' : ''}`}
    >
      <div className="translation-text-head">
        <h4 className="translation-field">{label}</h4>
        <span className={`badge translation-state translation-state-${t.state.toLowerCase()}`}>
          {STATE_LABELS[t.state]}
        </span>
      </div>
      <div className="translation-columns">
        <div className="translation-source">
          <p className="translation-caption">{defaultWords} (default)</p>
          {t.state === 'OUTDATED' && t.source ? (
            <div className="translation-changed">
              <p className="small">The {defaultWords} text changed since it was translated. It was:</p>
              <blockquote lang={defaultLanguage.toLowerCase()} className="translation-old">
                {t.source}
              </blockquote>
              <p className="small">It now reads:</p>
            </div>
          ) : null}
          <blockquote lang={defaultLanguage.toLowerCase()} className="translation-default">
            {t.text}
          </blockquote>
        </div>
        <div className="field translation-target">
          <label htmlFor={id}>
            {languageWords} translation
            <span className="visually-hidden">
              {' '}
              of {label} ({itemLabel})
            </span>
          </label>
          {isLongText(t) ? (
            <textarea {...control} rows={Math.min(8, Math.max(2, Math.ceil(t.text.length / 70)))} />
          ) : (
            <input type="text" autoComplete="off" {...control} />
          )}
          {edit.untranslated ? (
            <p className="translation-copy-mark" id={`${id}-copy`}>
              <span className="badge translation-state translation-state-untranslated">Untranslated</span> A copy of the{' '}
              {defaultWords} text: it counts as untranslated until you edit it into {languageWords}.
            </p>
          ) : null}
          {!t.required ? (
            <p className="hint" id={`${id}-name`}>
              A name: it may stay as it is. Translate it only where it has a {languageWords} form.
            </p>
          ) : null}
          {english.length ? (
            <p className="warn-text small" id={`${id}-english`}>
              <span aria-hidden="true">⚠ </span>This looks like English ({english.map((w) => `“${w}”`).join(', ')}):
              check that the whole text is in {languageWords}.
            </p>
          ) : null}
          {problems.length ? (
            <p className="field-error" id={`${id}-error`}>
              {problems.map((p) => sentence(p.message)).join(' ')}
            </p>
          ) : null}
          {!readOnly ? (
            <div className="translation-buttons">
              <button
                type="button"
                className="button button-small"
                onClick={() => onChange({ value: t.text, untranslated: true, confirmed: false })}
              >
                Copy from default
                <span className="visually-hidden">
                  {' '}
                  for {label} ({itemLabel})
                </span>
              </button>
              {t.state === 'OUTDATED' ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={edit.confirmed}
                  disabled={!outdated && !edit.confirmed}
                  onClick={() => onChange({ value: t.value ?? '', untranslated: false, confirmed: !edit.confirmed })}
                >
                  Still correct
                  <span className="visually-hidden">
                    {' '}
                    for {label} ({itemLabel})
                  </span>
                </button>
              ) : null}
            </div>
          ) : null}
          {edit.confirmed ? (
            <p className="small ok-text">Confirmed as still correct: saved as current with the next save.</p>
          ) : null}
        </div>
      </div>
    </li>
  );
}
