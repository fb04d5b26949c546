import {
  blocksLanguage,
  policyItems,
  policyTranslationStatus,
  problem,
  rebaseTranslations,
  translatableTexts,
  type Language,
  type Problem,
  type TranslatableKind,
  type Translations,
} from '@noticeboard/domain';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../context/request-context.js';
import { AudienceEntity } from '../audiences/audience.entity.js';
import { ClauseEntity } from '../clauses/clause.entity.js';
import { CookieEntity } from '../cookies/cookie.entity.js';
import { DataCategoryEntity } from '../data-categories/data-category.entity.js';
import { PolicySettingsEntity } from '../policy/policy-settings.entity.js';
import { draftSnapshots } from '../policy/policy.service.js';
import { PurposeEntity } from '../purposes/purpose.entity.js';
import { RecipientEntity } from '../recipients/recipient.entity.js';

/**
 * Whether the tenant's default language may become `to`. Its texts are written in the default language, so the
 * change either relabels them (nothing is translated yet: the texts were typed in `to` all along) or swaps them
 * with their translations into `to`, which must then be complete; anything else would leave texts in a language
 * the policy no longer says they are in. Runs with the tenant in scope.
 */
export async function defaultLanguageChangeProblems(
  ctx: RequestContext,
  tenantId: string,
  to: Language,
): Promise<Problem[]> {
  const drafted = (await draftSnapshots(ctx.em, [tenantId])).get(tenantId);
  if (!drafted) return [];
  const s = drafted.snapshot;
  const items = policyItems(s).map((x) => x.item);
  if (!items.some((i) => Object.keys(i.translations ?? {}).length)) return [];
  const gaps = policyTranslationStatus(s, [to]).filter(blocksLanguage).length;
  return gaps
    ? [
        problem(
          'defaultLanguage',
          'INCONSISTENT',
          `${gaps} text${gaps === 1 ? ' is' : 's are'} not translated into ${to}: translate every text first, then make it the default (its texts then swap with their translations)`,
        ),
      ]
    : [];
}

const TABLES: [EntityTarget<ObjectLiteral>, TranslatableKind][] = [
  [PolicySettingsEntity, 'settings'],
  [AudienceEntity, 'audience'],
  [DataCategoryEntity, 'dataCategory'],
  [PurposeEntity, 'purpose'],
  [RecipientEntity, 'recipient'],
  [CookieEntity, 'cookie'],
  [ClauseEntity, 'clause'],
];

/**
 * Every item of the tenant (but the controller, which its own update rewrites) written in `to`: each text takes
 * its translation into `to`, and the text in `from` becomes a translation. Items without translations are left as
 * they are (relabelled). Runs with the tenant in scope, after `defaultLanguageChangeProblems` found none.
 */
export async function rebaseTenantTexts(
  ctx: RequestContext,
  tenantId: string,
  from: Language,
  to: Language,
): Promise<void> {
  // The former default stays published (its public pages keep answering), now as a translation; the new one
  // is published as the default.
  await ctx.em.query(
    `UPDATE policy_settings
     SET published_languages = array_append(array_remove(array_remove(published_languages, $2), $3), $2)
     WHERE tenant_id = $1`,
    [tenantId, from, to],
  );
  for (const [entity, kind] of TABLES) {
    const repo = ctx.em.getRepository(entity);
    for (const row of await repo.findBy({ tenantId })) {
      const translations = row.translations as Translations;
      if (!Object.keys(translations ?? {}).length) continue;
      const rebased = rebaseTranslations(kind, row, translations, from, to);
      // The columns that hold texts: a path's first part (`retention` of `retention.criteria`).
      const columns = new Set(translatableTexts(kind, row).map((t) => t.path.split('.')[0]!));
      const changes = Object.fromEntries([...columns].map((c) => [c, (rebased.value as ObjectLiteral)[c]]));
      await repo.update(row.id ? { tenantId, id: row.id } : { tenantId }, {
        ...changes,
        translations: rebased.translations,
      });
    }
  }
}
