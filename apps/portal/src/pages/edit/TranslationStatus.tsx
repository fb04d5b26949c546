import { Fragment, useCallback, type ReactNode } from 'react';
import { Link } from 'react-router';
import { FieldStatusContext } from '../../components/form/index.js';
import { translationsPath, type PolicyLocationKind } from '../../lib/policy-location.js';
import { useEditor } from './editor-kit.js';
import {
  fieldTranslationStatus,
  type FieldLanguageStatus,
  type FieldTranslationState,
  type StoredTranslation,
} from './translation-status.js';
import './translation-status.css';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageLabel = (code: string) => englishNames.of(code.toLowerCase()) ?? code;

const STATE_TEXT: Record<Exclude<FieldTranslationState, 'CURRENT'>, string> = {
  MISSING: 'missing',
  OUTDATED: 'outdated',
  UNTRANSLATED: 'untranslated',
};

/**
 * One field's state in each published language: "German ✓ · French: missing", each language a link to that text on
 * the translations page. Nothing when the text needs no translation or only the default language is published.
 */
export function FieldTranslationStatus({
  statuses,
  linkTo,
}: {
  statuses: readonly FieldLanguageStatus[];
  linkTo: (language: string) => string;
}) {
  if (!statuses.length) return null;
  return (
    <p className="translation-status small">
      <span className="visually-hidden">Translations: </span>
      {statuses.map(({ language, state }, i) => (
        <Fragment key={language}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <Link to={linkTo(language)} className={state === 'CURRENT' ? 'translation-current' : 'translation-needed'}>
            {languageLabel(language)}
            {state === 'CURRENT' ? (
              <>
                <span aria-hidden="true"> ✓</span>
                <span className="visually-hidden"> translated</span>
              </>
            ) : (
              `: ${STATE_TEXT[state]}`
            )}
          </Link>
          {i < statuses.length - 1 ? <span className="visually-hidden">, </span> : null}
        </Fragment>
      ))}
    </p>
  );
}

/**
 * Gives the `TextField`s inside it with a `translationField` their translation status for this item (`id` null
 * for the company profile and the settings). A new item (no translations yet) shows nothing.
 * A row of a repeatable group names its field by the row's key (`useRows` keys loaded rows by their saved index),
 * and a new row by nothing.
 */
export function TranslatedItem({
  kind,
  id,
  translations,
  children,
}: {
  kind: PolicyLocationKind;
  id: string | null;
  translations: readonly StoredTranslation[] | null | undefined;
  children: ReactNode;
}) {
  const { data, tenant } = useEditor();
  const publishedLanguages = data.policySettings.publishedLanguages;
  const defaultLanguage = tenant.defaultLanguage;
  const render = useCallback(
    (field: string, text: string) => (
      <FieldTranslationStatus
        statuses={fieldTranslationStatus({
          translations: translations ?? [],
          field,
          text,
          publishedLanguages,
          defaultLanguage,
        })}
        linkTo={(language) => translationsPath(tenant.slug, { language, kind, id, field })}
      />
    ),
    [translations, publishedLanguages, defaultLanguage, tenant.slug, kind, id],
  );
  if (!translations) return <>{children}</>;
  return <FieldStatusContext value={render}>{children}</FieldStatusContext>;
}
