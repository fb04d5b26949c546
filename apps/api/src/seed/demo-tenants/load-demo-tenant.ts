import { RequestContext } from '../../context/request-context.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { AudienceService } from '../../modules/audiences/audience.service.js';
import { ClauseService } from '../../modules/clauses/clause.service.js';
import { CookieService } from '../../modules/cookies/cookie.service.js';
import { DataCategoryService } from '../../modules/data-categories/data-category.service.js';
import { PolicyService } from '../../modules/policy/policy.service.js';
import { PurposeService } from '../../modules/purposes/purpose.service.js';
import { RecipientService } from '../../modules/recipients/recipient.service.js';
import { TenantService } from '../../modules/tenants/tenant.service.js';
import type { Language } from '@noticeboard/domain';
import type { TranslationInput } from '../../modules/common/translation.types.js';
import type { DemoFieldTexts, DemoTenant, DemoTranslations } from './demo-tenant.js';

/**
 * The demo's translations of one item as the API takes them: `pick` finds the item's texts in one language's
 * translations (by its key). A key given in the translations that names no item is refused by `unusedKeys`.
 */
function translationsFor(
  demo: DemoTenant,
  pick: (t: DemoTranslations) => DemoFieldTexts | undefined,
): TranslationInput[] {
  return Object.entries(demo.translations ?? {}).flatMap(([language, texts]) =>
    Object.entries(pick(texts) ?? {}).map(([field, value]) => ({ language: language as Language, field, value })),
  );
}

/** Item keys the translations name that the demo does not have: a typo would otherwise leave a text untranslated. */
function unusedKeys(demo: DemoTenant): string[] {
  const keys = {
    audiences: demo.audiences.map((a) => a.key),
    dataCategories: demo.dataCategories.map((c) => c.key),
    purposes: demo.purposes.map((p) => p.key),
    recipients: demo.recipients.map((r) => r.key),
    cookies: demo.cookies.map((c) => c.name),
    clauses: demo.clauses.map((_, i) => String(i)),
  };
  return Object.entries(demo.translations ?? {}).flatMap(([language, texts]) =>
    (Object.keys(keys) as (keyof typeof keys)[]).flatMap((list) =>
      Object.keys(texts[list] ?? {})
        .filter((key) => !keys[list].includes(key))
        .map((key) => `${language} ${list}.${key}`),
    ),
  );
}

export interface LoadDemoTenantOptions {
  /** Another slug than the demo's fixed one (tests load the same demo into many agencies). */
  slug?: string;
}

/**
 * Creates the demo's tenant and every building block of its policy through the ordinary services, so the same
 * rules apply as to a person typing it in. `ctx` is an agency OWNER's; the building blocks are written with the
 * new tenant in scope (as its ADMIN), and the caller's scope is restored afterwards. Throws if anything is
 * refused, naming the item and its problems. Publishing is left to the caller (`demo.publication`).
 */
export async function loadDemoTenant(
  ctx: RequestContext,
  demo: DemoTenant,
  opts: LoadDemoTenantOptions = {},
): Promise<{ tenantId: string }> {
  const slug = opts.slug ?? demo.profile.slug;
  const label = `demo tenant "${slug}"`;
  const unused = unusedKeys(demo);
  if (unused.length) throw new Error(`${label}: translations name no item: ${unused.join(', ')}`);
  const created = await new TenantService().create(ctx, {
    ...demo.profile,
    slug,
    translations: translationsFor(demo, (t) => t.controller),
  });
  if (created instanceof ValidationFailed) throw refused(label, 'the tenant', created);
  const tenantId = created.id;
  const agencyId = ctx.agencyId;
  if (!agencyId) throw new Error(`${label}: the context has no agency`);

  await ctx.tx.inTenant(tenantId, async () => {
    const t = new RequestContext(
      ctx.tx,
      ctx.actor,
      { id: tenantId, agencyId, role: 'ADMIN' },
      ctx.logger,
      ctx.config,
      ctx.userAgent,
      ctx.requestId,
    );
    const ids = {
      audience: new Map<string, string>(),
      dataCategory: new Map<string, string>(),
      recipient: new Map<string, string>(),
      purpose: new Map<string, string>(),
    };
    const resolve = (kind: keyof typeof ids, keys: readonly string[] | undefined, owner: string): string[] =>
      (keys ?? []).map((key) => {
        const id = ids[kind].get(key);
        if (!id) throw new Error(`${label}: ${owner} refers to an unknown ${kind} "${key}"`);
        return id;
      });
    const remember = (kind: keyof typeof ids, key: string, id: string) => {
      if (ids[kind].has(key)) throw new Error(`${label}: two ${kind} items have the key "${key}"`);
      ids[kind].set(key, id);
    };

    const settings = await new PolicyService().updateSettings(t, {
      ...demo.settings,
      translations: translationsFor(demo, (tr) => tr.settings),
    });
    if (settings instanceof ValidationFailed) throw refused(label, 'the policy settings', settings);

    const audiences = new AudienceService();
    for (const [position, { key, ...input }] of demo.audiences.entries()) {
      const translations = translationsFor(demo, (tr) => tr.audiences?.[key]);
      const result = await audiences.create(t, { ...input, position, translations });
      if (result instanceof ValidationFailed) throw refused(label, `audience "${key}"`, result);
      remember('audience', key, result.id);
    }

    const dataCategories = new DataCategoryService();
    for (const [position, { key, ...input }] of demo.dataCategories.entries()) {
      const translations = translationsFor(demo, (tr) => tr.dataCategories?.[key]);
      const result = await dataCategories.create(t, { ...input, position, translations });
      if (result instanceof ValidationFailed) throw refused(label, `data category "${key}"`, result);
      remember('dataCategory', key, result.id);
    }

    const recipients = new RecipientService();
    for (const [position, { key, dataCategories: categoryKeys, ...input }] of demo.recipients.entries()) {
      const owner = `recipient "${key}"`;
      const result = await recipients.create(t, {
        ...input,
        dataCategoryIds: resolve('dataCategory', categoryKeys, owner),
        position,
        translations: translationsFor(demo, (tr) => tr.recipients?.[key]),
      });
      if (result instanceof ValidationFailed) throw refused(label, owner, result);
      remember('recipient', key, result.id);
    }

    const purposes = new PurposeService();
    for (const [
      position,
      { key, audiences: audienceKeys, dataCategories: categoryKeys, recipients: recipientKeys, ...input },
    ] of demo.purposes.entries()) {
      const owner = `purpose "${key}"`;
      const result = await purposes.create(t, {
        ...input,
        audienceIds: resolve('audience', audienceKeys, owner),
        dataCategoryIds: resolve('dataCategory', categoryKeys, owner),
        recipientIds: resolve('recipient', recipientKeys, owner),
        position,
        translations: translationsFor(demo, (tr) => tr.purposes?.[key]),
      });
      if (result instanceof ValidationFailed) throw refused(label, owner, result);
      remember('purpose', key, result.id);
    }

    const cookies = new CookieService();
    for (const [position, { recipient, purposes: purposeKeys, ...input }] of demo.cookies.entries()) {
      const owner = `cookie "${input.name}"`;
      const [recipientId = null] = resolve('recipient', recipient ? [recipient] : [], owner);
      const purposeIds = resolve('purpose', purposeKeys, owner);
      const translations = translationsFor(demo, (tr) => tr.cookies?.[input.name]);
      const result = await cookies.create(t, { ...input, recipientId, purposeIds, position, translations });
      if (result instanceof ValidationFailed) throw refused(label, owner, result);
    }

    const clauses = new ClauseService();
    const inSection = new Map<string, number>();
    for (const [index, input] of demo.clauses.entries()) {
      const position = inSection.get(input.section) ?? 0;
      inSection.set(input.section, position + 1);
      const translations = translationsFor(demo, (tr) => tr.clauses?.[String(index)]);
      const result = await clauses.create(t, { ...input, position, translations });
      if (result instanceof ValidationFailed) throw refused(label, `clause "${input.title ?? input.section}"`, result);
    }
  });
  return { tenantId };
}

function refused(label: string, what: string, failure: ValidationFailed): Error {
  const problems = failure.problems.map((p) => `  ${p.path || '(root)'} ${p.code}: ${p.message}`).join('\n');
  return new Error(`${label}: ${what} was refused\n${problems}`);
}
