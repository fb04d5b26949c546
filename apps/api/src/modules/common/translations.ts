import {
  mergeTranslations,
  translationList,
  type Language,
  type TranslatableKind,
  type TranslationInput,
  type Translations,
  type Validated,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { Translation } from './translation.types.js';

/** An item's translations for its snapshot: left out when it has none, as in snapshots made before translations. */
export function snapshotTranslations(translations: Translations | null | undefined): { translations?: Translations } {
  return translations && Object.keys(translations).length ? { translations } : {};
}

/** The tenant's default language: the language of every field's own text. */
export async function defaultLanguageOf(ctx: RequestContext): Promise<Language> {
  const rows: { default_language: Language }[] = await ctx.em.query(
    'SELECT default_language FROM tenants WHERE tenant_id = $1',
    [ctx.tenantId],
  );
  return rows[0]?.default_language ?? 'en';
}

/**
 * A checked value with its translations merged in (the domain's `mergeTranslations`): the translations' problems
 * join the value's, so an item and its translations are saved together or not at all.
 */
export async function withTranslations<V extends object>(
  ctx: RequestContext,
  kind: TranslatableKind,
  checked: Validated<V>,
  stored: Translations | undefined,
  inputs: readonly TranslationInput[] | null | undefined,
  defaultLanguage?: Language,
): Promise<Validated<V & { translations: Translations }>> {
  if (!checked.ok) return checked;
  const merged = mergeTranslations(
    kind,
    checked.value,
    defaultLanguage ?? (await defaultLanguageOf(ctx)),
    stored,
    inputs,
  );
  if (!merged.ok) return merged;
  return { ok: true, value: { ...checked.value, translations: merged.value } };
}

/** The GraphQL list of an item's translations, with each one's state against the item's `fields` now. */
export function translationsOf(kind: TranslatableKind, fields: object, translations: Translations): Translation[] {
  return translationList(kind, { ...fields, translations }).map(({ language, field, value: text, source, state }) => ({
    language,
    field,
    value: text,
    source,
    state,
  }));
}
