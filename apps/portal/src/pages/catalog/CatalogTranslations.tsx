import { useId } from 'react';
import type { Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import {
  CATALOG_LANGUAGES,
  LANGUAGE_NAMES,
  languageProgress,
  progressWords,
  TRANSLATED_FIELDS,
  translationPath,
  translationRequired,
  translationView,
  type CatalogLanguage,
  type EnglishTexts,
  type LanguageProgress,
  type StoredTranslation,
  type TranslatedField,
  type TranslationEdit,
  type TranslationEdits,
  type TranslationState,
} from './catalog-format.js';
import './catalog.css';

const FIELD_LABELS: Record<TranslatedField, string> = {
  name: 'Name',
  service: 'Service',
  transferDetails: 'Transfer details',
};

const STATE_LABELS: Record<TranslationState, string> = {
  CURRENT: 'Translated',
  OUTDATED: 'Outdated',
  UNTRANSLATED: 'Untranslated',
  MISSING: 'Missing',
};

/** Each language as a small badge, complete or not; the words (for the title and screen readers) say what is left. */
export function LanguageBadges({ progress, label }: { progress: readonly LanguageProgress[]; label?: string }) {
  return (
    <ul className="catalog-languages" aria-label={label}>
      {progress.map((p) => (
        <li key={p.language}>
          <span
            className={`badge catalog-language catalog-language-${p.complete ? 'complete' : 'incomplete'}`}
            title={progressWords(p)}
          >
            <span aria-hidden="true">{`${p.language} ${p.complete ? '✓' : '–'}`}</span>
            <span className="visually-hidden">{progressWords(p)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The entry's texts in German, French, Spanish and Italian, each beside its English. Only fields with English text
 * are listed (there is nothing to translate in an empty one). Labels name only the language: the field is the
 * group's legend.
 */
export function TranslationFields({
  stored,
  english,
  edits,
  onEdit,
  problemsAt,
}: {
  stored: readonly StoredTranslation[];
  english: EnglishTexts;
  edits: TranslationEdits;
  onEdit: (language: CatalogLanguage, field: TranslatedField, edit: TranslationEdit) => void;
  problemsAt: (path: string) => readonly Problem[];
}) {
  const fields = TRANSLATED_FIELDS.filter((field) => (english[field] ?? '').trim());
  return (
    <fieldset className="field form-fieldset catalog-translations">
      <legend>Translations</legend>
      <p className="hint">
        Clients whose policy is in another language take the entry&apos;s text in that language. A language is complete
        when the service and transfer details are translated; the name may stay as it is.
      </p>
      <LanguageBadges progress={languageProgress(stored, english, edits)} label="Languages" />
      {fields.map((field) => (
        <fieldset key={field} className="catalog-translation-group">
          <legend>{FIELD_LABELS[field]}</legend>
          <div className="catalog-translation-columns">
            <div>
              <p className="catalog-translation-caption">English</p>
              <blockquote lang="en" className="catalog-translation-english">
                {english[field]}
              </blockquote>
            </div>
            <div className="catalog-translation-languages">
              {CATALOG_LANGUAGES.map((language) => (
                <TranslationRow
                  key={language}
                  language={language}
                  field={field}
                  view={translationView(stored, edits, english, language, field)}
                  problems={problemsAt(translationPath(language, field))}
                  onEdit={(edit) => onEdit(language, field, edit)}
                />
              ))}
            </div>
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

function TranslationRow({
  language,
  field,
  view,
  problems,
  onEdit,
}: {
  language: CatalogLanguage;
  field: TranslatedField;
  view: ReturnType<typeof translationView>;
  problems: readonly Problem[];
  onEdit: (edit: TranslationEdit) => void;
}) {
  const id = useId();
  const required = translationRequired(field);
  const missing = view.state === 'MISSING' && required;
  const described = [
    `${id}-state`,
    view.madeFrom !== null ? `${id}-outdated` : '',
    view.state === 'UNTRANSLATED' ? `${id}-copy` : '',
    !required ? `${id}-hint` : '',
    problems.length ? `${id}-error` : '',
  ].filter(Boolean);
  const control = {
    id,
    name: translationPath(language, field),
    lang: language.toLowerCase(),
    value: view.value,
    'aria-describedby': described.join(' '),
    'aria-invalid': problems.length ? true : undefined,
    // Typing makes it a new translation, no longer one merely confirmed.
    onChange: (event: { target: { value: string } }) => onEdit({ value: event.target.value, confirmed: false }),
  };
  const what = `${LANGUAGE_NAMES[language]} ${FIELD_LABELS[field].toLowerCase()}`;
  return (
    <div
      className={`catalog-translation${missing ? ' catalog-translation-missing' : ''}${problems.length ? ' field-invalid' : ''}`}
    >
      <div className="catalog-translation-head">
        <label htmlFor={id}>{LANGUAGE_NAMES[language]}</label>
        {view.state === 'MISSING' && !required ? (
          <span id={`${id}-state`} className="visually-hidden">
            Not translated
          </span>
        ) : (
          <span id={`${id}-state`} className={`badge catalog-state catalog-state-${view.state.toLowerCase()}`}>
            {STATE_LABELS[view.state]}
          </span>
        )}
      </div>
      {field === 'transferDetails' ? (
        <textarea {...control} rows={2} />
      ) : (
        <input {...control} type="text" autoComplete="off" />
      )}
      {!required ? (
        <p className="hint" id={`${id}-hint`}>
          Optional: without a translation the name stays as it is.
        </p>
      ) : null}
      {view.state === 'UNTRANSLATED' ? (
        <p className="hint" id={`${id}-copy`}>
          A copy of the English: it counts as untranslated until you edit it into {LANGUAGE_NAMES[language]}.
        </p>
      ) : null}
      {view.madeFrom !== null ? (
        <div className="catalog-translation-outdated" id={`${id}-outdated`}>
          <p className="small">The English changed since this was translated. It was made from:</p>
          <blockquote lang="en" className="catalog-translation-old">
            {view.madeFrom}
          </blockquote>
          <button
            type="button"
            className="button button-small"
            aria-pressed={view.confirmed}
            onClick={() => onEdit({ value: view.value, confirmed: !view.confirmed })}
          >
            Still correct<span className="visually-hidden"> ({what})</span>
          </button>
          {view.confirmed ? (
            <p className="small ok-text">Confirmed as still correct: saved as current with the entry.</p>
          ) : null}
        </div>
      ) : null}
      {problems.length ? (
        <p className="field-error" id={`${id}-error`}>
          {problems.map((p) => sentence(p.message)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}
