import {
  blocksLanguage,
  LANGUAGES,
  policyItems,
  policyLanguages,
  policyTranslationStatus,
  problem,
  type Language,
  type PolicySnapshot,
  type PolicyText as DomainPolicyText,
  type Problem,
  type TranslatableKind,
  type Translated,
  type TranslationInput,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { isUserError, ValidationFailed } from '../../graphql/user-error.js';
import { AudienceService } from '../audiences/audience.service.js';
import { ClauseService } from '../clauses/clause.service.js';
import { CookieService } from '../cookies/cookie.service.js';
import { DataCategoryService } from '../data-categories/data-category.service.js';
import { PolicyService } from '../policy/policy.service.js';
import { LocationKind } from '../policy-versions/policy-version.types.js';
import { PurposeService } from '../purposes/purpose.service.js';
import { RecipientService } from '../recipients/recipient.service.js';
import { TenantService } from '../tenants/tenant.service.js';
import type {
  PolicyText,
  PolicyTranslations,
  TranslatePolicyTextsInput,
  TranslationProgress,
} from './policy-translation.types.js';

type ItemKind = Exclude<TranslatableKind, 'catalogEntry'>;

const LOCATION: Record<ItemKind, LocationKind> = {
  controller: LocationKind.CONTROLLER,
  settings: LocationKind.SETTINGS,
  audience: LocationKind.AUDIENCE,
  dataCategory: LocationKind.DATA_CATEGORY,
  purpose: LocationKind.PURPOSE,
  recipient: LocationKind.RECIPIENT,
  cookie: LocationKind.COOKIE,
  clause: LocationKind.CLAUSE,
};
const KIND = Object.fromEntries(Object.entries(LOCATION).map(([k, l]) => [l, k])) as Record<LocationKind, ItemKind>;

/** The draft's items by kind and id, each with a label people recognise it by: looked up once per call. */
function itemsOf(s: PolicySnapshot): (kind: ItemKind, id: string | null) => { item: Translated; label: string } | null {
  const items = new Map(
    policyItems(s).map(({ kind, id, item }) => {
      const named = item as { name?: string; title?: string | null; section?: string };
      const label =
        kind === 'controller'
          ? s.controller.legalName
          : kind === 'settings'
            ? 'Policy settings'
            : (named.name ?? named.title ?? named.section ?? '');
      return [`${kind}\u0000${id ?? ''}`, { item, label }] as const;
    }),
  );
  return (kind, id) => items.get(`${kind}\u0000${id ?? ''}`) ?? null;
}

/**
 * The translation view of the draft: every text in each language other than the default, where it stands, and
 * edits made text by text; the items' own update mutations stay the one way text is written (the edits go through
 * them, so every rule of the item applies and the item and its translations are saved together).
 */
export class PolicyTranslationService {
  private readonly policy = new PolicyService();

  async status(ctx: RequestContext, language: Language | null = null): Promise<PolicyTranslations> {
    const { snapshot } = await this.policy.draft(ctx);
    const defaultLanguage = snapshot.controller.defaultLanguage;
    const published = policyLanguages(snapshot);
    const others = LANGUAGES.filter((l) => l !== defaultLanguage).sort(
      (a, b) => Number(published.includes(b)) - Number(published.includes(a)),
    );
    const all = policyTranslationStatus(snapshot, others);
    const itemOf = itemsOf(snapshot);
    const progress: TranslationProgress[] = others.map((l) => {
      const texts = all.filter((t) => t.language === l);
      const required = texts.filter((t) => t.required);
      const count = (state: DomainPolicyText['state'], among = texts) => among.filter((t) => t.state === state).length;
      return {
        language: l,
        published: published.includes(l),
        required: required.length,
        current: count('CURRENT', required),
        missing: count('MISSING', required),
        outdated: count('OUTDATED'),
        untranslated: count('UNTRANSLATED'),
        complete: !texts.some(blocksLanguage),
      };
    });
    const texts: PolicyText[] = all
      .filter((t) => (language ? t.language === language : true) && t.kind !== 'catalogEntry')
      .map((t) => ({
        kind: LOCATION[t.kind as ItemKind],
        itemId: t.id,
        itemLabel: itemOf(t.kind as ItemKind, t.id)?.label ?? '',
        field: t.path,
        text: t.text,
        required: t.required,
        language: t.language,
        state: t.state,
        value: t.value,
        source: t.state === 'OUTDATED' ? t.source : null,
      }));
    return { defaultLanguage, progress, texts };
  }

  /**
   * Sets texts of several items in one language, all or nothing. Each item keeps its translations in the other
   * languages and of the fields not named; a text without a value loses its translation.
   */
  async translate(
    ctx: RequestContext,
    input: TranslatePolicyTextsInput,
  ): Promise<PolicyTranslations | ValidationFailed> {
    const { snapshot } = await this.policy.draft(ctx);
    if (input.language === snapshot.controller.defaultLanguage)
      return ValidationFailed.of([
        problem('language', 'NOT_ALLOWED', 'the default language’s text is the field itself: edit the item'),
      ]);
    const itemOf = itemsOf(snapshot);
    const groups = new Map<string, { kind: ItemKind; id: string | null; at: number[] }>();
    input.texts.forEach((t, i) => {
      const key = `${t.kind}\u0000${t.itemId ?? ''}`;
      const group = groups.get(key) ?? { kind: KIND[t.kind], id: t.itemId ?? null, at: [] };
      group.at.push(i);
      groups.set(key, group);
    });
    const problems: Problem[] = [];
    for (const { kind, id, at } of groups.values()) {
      const found = itemOf(kind, id);
      if (!found) {
        problems.push(
          problem(
            `texts.${at[0]}.itemId`,
            'UNKNOWN_REFERENCE',
            id ? `no ${kind} ${id} in this policy` : `the ${kind} needs no item id`,
          ),
        );
        continue;
      }
      const named = new Set(at.map((i) => input.texts[i]!.field));
      // The item's whole set: what it has, with this language's named fields replaced; `from` maps back to the input.
      const list: { from: number | null; translation: TranslationInput }[] = [];
      for (const [language, fields] of Object.entries(found.item.translations ?? {}))
        for (const [field, t] of Object.entries(fields ?? {}))
          if (language !== input.language || !named.has(field))
            list.push({ from: null, translation: { language, field, value: t.value, untranslated: t.untranslated } });
      for (const i of at) {
        const t = input.texts[i]!;
        if (t.value?.trim())
          list.push({
            from: i,
            translation: {
              language: input.language,
              field: t.field,
              value: t.value,
              untranslated: t.untranslated,
              confirmed: t.confirmed,
            },
          });
      }
      const saved = await this.save(
        ctx,
        kind,
        id,
        list.map((x) => x.translation as TranslationInput & { language: Language }),
      );
      if (isUserError(saved)) {
        for (const p of (saved as ValidationFailed).problems) {
          const [head, index, ...rest] = p.path.split('.');
          const from = head === 'translations' ? list[Number(index)]?.from : null;
          problems.push({ ...p, path: [`texts.${from ?? at[0]}`, ...(from !== null ? rest : [])].join('.') });
        }
      }
    }
    if (problems.length) return ValidationFailed.of(problems);
    return this.status(ctx, input.language);
  }

  /** Writes an item's translations through its own service, as its update mutation would. */
  private save(
    ctx: RequestContext,
    kind: ItemKind,
    id: string | null,
    translations: (TranslationInput & { language: Language })[],
  ): Promise<unknown> {
    switch (kind) {
      case 'controller':
        return new TenantService().update(ctx, { id: ctx.tenantId, translations });
      case 'settings':
        return this.policy.updateSettings(ctx, { translations });
      case 'audience':
        return new AudienceService().update(ctx, { id: id!, translations });
      case 'dataCategory':
        return new DataCategoryService().update(ctx, { id: id!, translations });
      case 'purpose':
        return new PurposeService().update(ctx, { id: id!, translations });
      case 'recipient':
        return new RecipientService().update(ctx, { id: id!, translations });
      case 'cookie':
        return new CookieService().update(ctx, { id: id!, translations });
      case 'clause':
        return new ClauseService().update(ctx, { id: id!, translations });
    }
  }
}
