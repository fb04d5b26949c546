import { consentWithdrawalPageUrl } from '../consents/consent-withdrawal-link.js';
import {
  checkCompleteness,
  diffSnapshots,
  displayName,
  isLanguage,
  isPublishable,
  policyLanguages,
  optionalText,
  plainDate,
  problem,
  requiredText,
  transferInstrumentsNotInForce,
  validateWith,
  type CompletenessProblem,
  type Language,
  type PolicySnapshot,
  type Problem,
} from '@noticeboard/domain';
import { RENDER_LANGUAGES, renderArchivedPolicy, renderPolicy } from '@noticeboard/policy-render';
import { renderPolicyPdf } from '@noticeboard/policy-render/pdf';
import { recordedActor, type RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { draftSnapshots, PolicyService } from '../policy/policy.service.js';
import { isEmptyChangeSet, subprocessorChangeSet } from '../subscribers/subprocessor-changes.js';
import { scheduleSubprocessorNotices } from '../subscribers/subscriber.job.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { etagOf, hashOf } from './published-document.js';
import { announcePublicChange } from '../public/published-page.cache.js';
import {
  PolicyVersionEntity,
  PublishedDocumentEntity,
  type DocumentFormat,
  type DocumentKind,
} from './policy-version.entity.js';
import { boundedTextDiff } from './text-diff.js';
import {
  CHANGE_SUMMARY_MAX,
  IMPORT_NOTE_MAX,
  IMPORTED_TEXT_MAX,
  diffTooLarge,
  policyIncomplete,
  policyUnchanged,
  type ImportPolicyVersionInput,
  type PolicyChange,
  type PolicyCompleteness,
  type PolicyDiff,
  type PolicyIncomplete,
  type PolicyUnchanged,
  type PolicyVersion,
  type PublishPolicyInput,
  type TenantPolicyStatus,
} from './policy-version.types.js';
import { renderSubprocessorsHtml, subprocessorEntries } from './subprocessors.page.js';

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  html: 'text/html; charset=utf-8',
  fragment: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  // Stored as base64 text (the table holds text); served as its bytes.
  pdf: 'application/pdf',
};

export function publicPolicyUrl(publicUrl: string, slug: string, version?: number): string {
  return `${publicUrl}/p/${encodeURIComponent(slug)}/privacy${version ? `/v/${version}` : ''}`;
}

/** The public request form of a tenant, in one language when it publishes several (the form negotiates otherwise). */
export function publicRequestFormUrl(publicUrl: string, slug: string, language?: Language): string {
  return `${publicUrl}/p/${encodeURIComponent(slug)}/requests/new${language ? `?lang=${language}` : ''}`;
}

/**
 * The version the live URL serves for the tenant `tenantId` (an SQL expression): the newest published version
 * already in effect; before any is, the imported earlier policy in effect (the newest by effective date: the
 * company's old text stays in force until its first published version takes effect); else the first published
 * version (one published with a future date is live until then). Imported versions all predate every published
 * one (import and publish refuse anything else), so an imported version is never live once a published version
 * after it is in effect.
 */
export const liveVersionSql = (tenantId: string) => `
  SELECT coalesce(
    (SELECT max(version) FROM policy_versions WHERE tenant_id = ${tenantId} AND NOT imported AND effective_date <= current_date),
    (SELECT version FROM policy_versions WHERE tenant_id = ${tenantId} AND imported AND effective_date <= current_date
       ORDER BY effective_date DESC, version DESC LIMIT 1),
    (SELECT min(version) FROM policy_versions WHERE tenant_id = ${tenantId} AND NOT imported),
    (SELECT min(version) FROM policy_versions WHERE tenant_id = ${tenantId})
  ) AS version`;

export const LIVE_VERSION_SQL = liveVersionSql('$1');

export async function liveVersion(ctx: Pick<RequestContext, 'em'>, tenantId: string): Promise<number | null> {
  const [row] = await ctx.em.query(LIVE_VERSION_SQL, [tenantId]);
  return row?.version ?? null;
}

/** The newest version published from the model (imported versions left out): what a new draft is compared with. */
export function latestPublished(
  ctx: Pick<RequestContext, 'em'>,
  tenantId: string,
): Promise<PolicyVersionEntity | null> {
  return ctx.em
    .getRepository(PolicyVersionEntity)
    .findOne({ where: { tenantId, imported: false }, order: { version: 'DESC' } });
}

/**
 * The languages each version is stored in: those it was published in (its tenant's published languages then; every
 * language the renderer had, for versions published before the choice existed) or, imported, those imported.
 */
async function storedLanguages(ctx: RequestContext, versions?: readonly number[]): Promise<Map<number, Language[]>> {
  const rows: { version: number; languages: string[] }[] = await ctx.em.query(
    `SELECT d.version, array_agg(d.language ORDER BY d.language) AS languages
     FROM published_documents d
     WHERE d.tenant_id = $1 AND d.kind = 'policy' AND d.format = 'text'
       AND ($2::int[] IS NULL OR d.version = ANY ($2::int[]))
     GROUP BY d.version`,
    [ctx.tenantId, versions ? [...versions] : null],
  );
  return new Map(rows.map((r) => [r.version, RENDER_LANGUAGES.filter((l) => r.languages.includes(l))]));
}

export class PolicyVersionService {
  private readonly policy = new PolicyService();

  private toVersion(
    ctx: RequestContext,
    v: PolicyVersionEntity,
    slug: string,
    live: number | null,
    stored: ReadonlyMap<number, Language[]> = new Map(),
  ): PolicyVersion {
    return {
      version: v.version,
      effectiveDate: v.effectiveDate,
      changeSummary: v.changeSummary,
      publishedAt: v.publishedAt,
      isLive: v.version === live,
      snapshotHash: v.snapshotHash,
      snapshot: v.snapshot as unknown as Record<string, unknown> | null,
      imported: v.imported,
      importNote: v.importNote,
      languages: stored.get(v.version) ?? [],
      url: publicPolicyUrl(ctx.config.publicUrl, slug, v.version),
      publisher: v.publishedByApiKey
        ? { kind: 'API_KEY', id: v.publishedByApiKey }
        : v.publishedBy
          ? { kind: 'USER', id: v.publishedBy }
          : null,
    };
  }

  private async slug(ctx: RequestContext): Promise<string> {
    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    return tenant.slug;
  }

  /**
   * The policy status of several tenants (those row-level security shows the caller), in the same statements
   * whatever their number: their drafts, then one query for their newest and live versions.
   */
  async statuses(ctx: RequestContext, tenantIds: readonly string[]): Promise<Map<string, TenantPolicyStatus>> {
    const drafts = await draftSnapshots(ctx.em, tenantIds);
    const result = new Map<string, TenantPolicyStatus>();
    if (!drafts.size) return result;
    const versions: {
      tenant_id: string;
      version: number;
      effective_date: string;
      published_at: Date;
      snapshot_hash: string;
      live: number;
    }[] = await ctx.em.query(
      `SELECT t.id AS tenant_id, newest.version, to_char(newest.effective_date, 'YYYY-MM-DD') AS effective_date, newest.published_at, newest.snapshot_hash, live.version AS live
       FROM unnest($1::uuid[]) AS t (id)
       JOIN LATERAL (SELECT version, effective_date, published_at, snapshot_hash FROM policy_versions WHERE tenant_id = t.id
         ORDER BY imported, (CASE WHEN imported THEN effective_date END) DESC NULLS LAST, version DESC LIMIT 1) AS newest ON true
       CROSS JOIN LATERAL (${liveVersionSql('t.id')}) AS live`,
      [[...drafts.keys()]],
    );
    const newest = new Map(versions.map((v) => [v.tenant_id, v]));
    for (const [tenantId, { snapshot }] of drafts) {
      const problems = checkCompleteness(snapshot);
      const errorCount = problems.filter((p) => p.severity === 'ERROR').length;
      const latest = newest.get(tenantId);
      result.set(tenantId, {
        latestVersion: latest?.version ?? null,
        latestEffectiveDate: latest?.effective_date ?? null,
        latestPublishedAt: latest?.published_at ?? null,
        liveVersion: latest?.live ?? null,
        hasUnpublishedChanges: !latest || latest.snapshot_hash !== hashOf(snapshot),
        publishable: isPublishable(problems),
        errorCount,
        warningCount: problems.length - errorCount,
      });
    }
    return result;
  }

  async completeness(ctx: RequestContext): Promise<PolicyCompleteness> {
    const { snapshot } = await this.policy.draft(ctx);
    const problems = checkCompleteness(snapshot) as CompletenessProblem[];
    return { publishable: isPublishable(problems), problems: problems as PolicyCompleteness['problems'] };
  }

  /**
   * Publishes the draft as the next version: refuses an incomplete or unchanged draft with a typed result, and an
   * effective date before a transfer instrument the version names applies (ValidationFailed at `effectiveDate`,
   * OUT_OF_RANGE, one problem per recipient and instrument), then stores the snapshot and every rendering (each language; HTML, embeddable fragment, text; JSON; the
   * sub-processor list) once. The tenant row is locked so concurrent publishes number versions one by one.
   */
  async publish(
    ctx: RequestContext,
    input: PublishPolicyInput,
  ): Promise<PolicyVersion | PolicyIncomplete | PolicyUnchanged | ValidationFailed> {
    // The summary's own problem (REQUIRED, TOO_LONG, or INVALID_FORMAT for text that cannot be stored).
    const summary = validateWith(requiredText(CHANGE_SUMMARY_MAX, 'change summary'), input.changeSummary);
    const problems = [
      ...(plainDate.safeParse(input.effectiveDate).success
        ? []
        : [problem('effectiveDate', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)')]),
      ...(summary.ok
        ? []
        : summary.problems.map((p) => ({
            ...p,
            path: 'changeSummary',
            message: p.code === 'REQUIRED' ? 'say what changed' : p.message,
          }))),
    ];
    if (problems.length) return ValidationFailed.of(problems);
    await ctx.em.query('SELECT 1 FROM tenants WHERE tenant_id = $1 FOR UPDATE', [ctx.tenantId]);
    const { snapshot } = await this.policy.draft(ctx);
    const completeness = checkCompleteness(snapshot);
    if (!isPublishable(completeness)) return policyIncomplete(completeness as PolicyIncomplete['completeness']);

    const versions = ctx.em.getRepository(PolicyVersionEntity);
    const latest = await latestPublished(ctx, ctx.tenantId);
    const snapshotHash = hashOf(snapshot);
    if (latest && latest.snapshotHash === snapshotHash) return policyUnchanged(latest.version);
    // A version may not say that data moved on an instrument that did not yet exist on its effective date.
    const premature = transferInstrumentsNotInForce(snapshot, input.effectiveDate);
    if (premature.length)
      return ValidationFailed.of(premature.map(({ path, code, message }) => ({ path, code, message })));
    // Imported earlier policies are history: a version rendered from today's model takes effect after them.
    const newestImported = await versions.findOne({
      where: { tenantId: ctx.tenantId, imported: true },
      order: { effectiveDate: 'DESC' },
    });
    if (newestImported && input.effectiveDate <= newestImported.effectiveDate)
      return ValidationFailed.of([
        problem(
          'effectiveDate',
          'OUT_OF_RANGE',
          `must be after ${newestImported.effectiveDate}, when the imported version ${newestImported.version} took effect`,
        ),
      ]);
    const version = (await this.lastNumber(ctx)) + 1;
    const effectiveDate = input.effectiveDate;
    const publisher = recordedActor(ctx.actor);
    await versions.insert({
      tenantId: ctx.tenantId,
      version,
      effectiveDate,
      changeSummary: input.changeSummary.trim(),
      publishedBy: publisher.kind === 'USER' ? publisher.id : null,
      publishedByApiKey: publisher.kind === 'API_KEY' ? publisher.id : null,
      snapshot,
      snapshotHash,
    });
    const saved = await versions.findOneByOrFail({ tenantId: ctx.tenantId, version });
    await this.storeDocuments(ctx, saved, snapshot);
    await announcePublicChange(ctx.em, ctx.tenantId);
    await this.announce(ctx, latest, saved);
    return this.toVersion(ctx, saved, snapshot.controller.slug, await liveVersion(ctx, ctx.tenantId));
  }

  /**
   * Tells the tenant's webhooks, in the publishing transaction: `policy.published` always, `subprocessors.changed`
   * when the list differs from the previous version's, and then queues the notices to the list's subscribers.
   */
  private async announce(
    ctx: RequestContext,
    previous: PolicyVersionEntity | null,
    published: PolicyVersionEntity,
  ): Promise<void> {
    const slug = published.snapshot!.controller.slug;
    const version = {
      version: published.version,
      previousVersion: previous?.version ?? null,
      effectiveDate: published.effectiveDate,
    };
    await emitEvent(ctx, 'policy.published', {
      ...version,
      changeSummary: published.changeSummary,
      publishedAt: published.publishedAt.toISOString(),
      url: publicPolicyUrl(ctx.config.publicUrl, slug, published.version),
      liveUrl: publicPolicyUrl(ctx.config.publicUrl, slug),
      // The languages it is published in, the default first (`?lang=` of either URL).
      languages: policyLanguages(published.snapshot!),
    });
    if (!previous?.snapshot || !published.snapshot) return;
    const changes = subprocessorChangeSet(previous.snapshot, published.snapshot);
    if (isEmptyChangeSet(changes)) return;
    await emitEvent(ctx, 'subprocessors.changed', {
      ...version,
      url: `${ctx.config.publicUrl}/p/${encodeURIComponent(slug)}/subprocessors`,
      ...changes,
    });
    await scheduleSubprocessorNotices(ctx, published.version);
  }

  /** The highest version number so far (0 before the first): numbers follow the order versions are recorded. */
  private async lastNumber(ctx: RequestContext): Promise<number> {
    const [row] = await ctx.em.query('SELECT max(version) AS version FROM policy_versions WHERE tenant_id = $1', [
      ctx.tenantId,
    ]);
    return row?.version ?? 0;
  }

  /**
   * Records an earlier policy of the company as an imported version: its text in each language it had, rendered
   * once, here, under a marking that it is an archived text (never again, and never from today's model), and
   * stored with its ETags like a published version. Bad input is a ValidationFailed with nothing written: no
   * text, an empty or too long text, a language twice or one the renderer does not write, a note too long, an
   * effective date that is not a date, in the future, on or after a published version's (imported versions are
   * the history before the first published one) or the same as another imported version's. Versions are
   * numbered in the order they are recorded (the numbers are permanent URLs), and listed by effective date, so
   * an agency can import a client's earlier policies in any order, before or after its first publication. No
   * webhook or subscriber notice: nothing new is published. The audit trigger records the row like a publication.
   */
  async importVersion(ctx: RequestContext, input: ImportPolicyVersionInput): Promise<PolicyVersion | ValidationFailed> {
    const problems: Problem[] = [];
    if (!plainDate.safeParse(input.effectiveDate).success)
      problems.push(problem('effectiveDate', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)'));
    if (!input.texts.length) problems.push(problem('texts', 'REQUIRED', 'give the text in one language at least'));
    const texts: { language: Language; text: string }[] = [];
    input.texts.forEach(({ language, text }, i) => {
      if (!isLanguage(language) || !RENDER_LANGUAGES.includes(language))
        problems.push(
          problem(`texts.${i}.language`, 'INVALID_FORMAT', `must be one of ${RENDER_LANGUAGES.join(', ')}`),
        );
      else if (input.texts.findIndex((t) => t.language === language) < i)
        problems.push(problem(`texts.${i}.language`, 'DUPLICATE', `the ${language} text is given twice`));
      const checked = validateWith(requiredText(IMPORTED_TEXT_MAX, 'text'), text);
      if (checked.ok) texts.push({ language, text: checked.value });
      else problems.push(...checked.problems.map((p) => ({ ...p, path: `texts.${i}.text` })));
    });
    const note = validateWith(optionalText(IMPORT_NOTE_MAX, 'note'), input.note ?? null);
    if (!note.ok) problems.push(...note.problems.map((p) => ({ ...p, path: 'note' })));
    if (problems.length || !note.ok) return ValidationFailed.of(problems);

    await ctx.em.query('SELECT 1 FROM tenants WHERE tenant_id = $1 FOR UPDATE', [ctx.tenantId]);
    const [{ today }] = await ctx.em.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    const effectiveDate = input.effectiveDate;
    const versions = ctx.em.getRepository(PolicyVersionEntity);
    const existing = await versions.find({
      where: { tenantId: ctx.tenantId },
      select: { version: true, effectiveDate: true, imported: true },
    });
    const firstPublished = existing
      .filter((v) => !v.imported)
      .reduce<PolicyVersionEntity | null>((a, v) => (!a || v.effectiveDate < a.effectiveDate ? v : a), null);
    const sameDate = existing.find((v) => v.imported && v.effectiveDate === effectiveDate);
    if (effectiveDate > today)
      problems.push(
        problem('effectiveDate', 'OUT_OF_RANGE', `an earlier policy cannot take effect after today (${today})`),
      );
    else if (firstPublished && effectiveDate >= firstPublished.effectiveDate)
      problems.push(
        problem(
          'effectiveDate',
          'OUT_OF_RANGE',
          `must be before ${firstPublished.effectiveDate}, when the published version ${firstPublished.version} took effect`,
        ),
      );
    else if (sameDate)
      problems.push(
        problem(
          'effectiveDate',
          'DUPLICATE',
          `the imported version ${sameDate.version} already took effect on that date`,
        ),
      );
    if (problems.length) return ValidationFailed.of(problems);

    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    const version = (await this.lastNumber(ctx)) + 1;
    const publisher = recordedActor(ctx.actor);
    texts.sort((a, b) => RENDER_LANGUAGES.indexOf(a.language) - RENDER_LANGUAGES.indexOf(b.language));
    await versions.insert({
      tenantId: ctx.tenantId,
      version,
      effectiveDate,
      changeSummary: `Earlier policy imported as an archived text (${texts.map((t) => t.language).join(', ')}).`,
      publishedBy: publisher.kind === 'USER' ? publisher.id : null,
      publishedByApiKey: publisher.kind === 'API_KEY' ? publisher.id : null,
      snapshot: null,
      snapshotHash: hashOf({ format: input.format, texts }),
      imported: true,
      importNote: note.value,
    });
    const saved = await versions.findOneByOrFail({ tenantId: ctx.tenantId, version });
    const publicUrl = publicPolicyUrl(ctx.config.publicUrl, tenant.slug);
    const rows: Omit<PublishedDocumentEntity, 'tenantId' | 'version' | 'contentType' | 'etag'>[] = [];
    for (const { language, text } of texts) {
      const rendered = renderArchivedPolicy({
        language,
        controllerName: displayName(tenant),
        source: text,
        format: input.format,
        effectiveDate,
        version,
        publicUrl,
      });
      rows.push({ kind: 'policy', language, format: 'html', body: rendered.html });
      rows.push({ kind: 'policy', language, format: 'fragment', body: rendered.fragment });
      rows.push({ kind: 'policy', language, format: 'text', body: rendered.text });
    }
    const meta = { tenant: tenant.slug, version, effectiveDate, publishedAt: saved.publishedAt.toISOString() };
    const json = { ...meta, changeSummary: saved.changeSummary, imported: true, format: input.format, texts };
    rows.push({ kind: 'policy', language: '', format: 'json', body: `${JSON.stringify(json, null, 2)}\n` });
    await this.insertDocuments(ctx, version, rows);
    await announcePublicChange(ctx.em, ctx.tenantId);
    return this.toVersion(
      ctx,
      saved,
      tenant.slug,
      await liveVersion(ctx, ctx.tenantId),
      new Map([[version, texts.map((t) => t.language)]]),
    );
  }

  private async insertDocuments(
    ctx: RequestContext,
    version: number,
    rows: Omit<PublishedDocumentEntity, 'tenantId' | 'version' | 'contentType' | 'etag'>[],
  ): Promise<void> {
    await ctx.em.getRepository(PublishedDocumentEntity).insert(
      rows.map((r) => ({
        ...r,
        tenantId: ctx.tenantId,
        version,
        contentType: CONTENT_TYPES[r.format],
        etag: etagOf(r.body),
      })),
    );
  }

  private async storeDocuments(ctx: RequestContext, v: PolicyVersionEntity, snapshot: PolicySnapshot): Promise<void> {
    const rows: Omit<PublishedDocumentEntity, 'tenantId' | 'version' | 'contentType' | 'etag'>[] = [];
    const add = (kind: DocumentKind, language: string, format: DocumentFormat, body: string) =>
      rows.push({ kind, language, format, body });
    const publicUrl = publicPolicyUrl(ctx.config.publicUrl, snapshot.controller.slug);
    const languages = policyLanguages(snapshot);
    // Only the languages the tenant publishes, each complete (the gate refused gaps): never a mixed page.
    for (const language of languages) {
      const options = {
        language,
        effectiveDate: v.effectiveDate,
        version: v.version,
        publicUrl,
        // Where people make their requests: the product's form, in the page's language.
        requestsUrl: publicRequestFormUrl(
          ctx.config.publicUrl,
          snapshot.controller.slug,
          languages.length > 1 ? language : undefined,
        ),
        // Withdrawing as easily as giving (GDPR Art. 7(3)): the product's withdrawal page, in the page's language.
        consentWithdrawalUrl: consentWithdrawalPageUrl(
          ctx.config.publicUrl,
          snapshot.controller.slug,
          languages.length > 1 ? language : undefined,
        ),
      };
      const rendered = renderPolicy(snapshot, options);
      add('policy', language, 'html', rendered.html);
      add('policy', language, 'pdf', Buffer.from(await renderPolicyPdf(snapshot, options)).toString('base64'));
      add('policy', language, 'fragment', rendered.fragment);
      add('policy', language, 'text', rendered.text);
    }
    const meta = {
      tenant: snapshot.controller.slug,
      version: v.version,
      effectiveDate: v.effectiveDate,
      publishedAt: v.publishedAt.toISOString(),
    };
    add(
      'policy',
      '',
      'json',
      `${JSON.stringify({ ...meta, changeSummary: v.changeSummary, policy: snapshot }, null, 2)}\n`,
    );
    add(
      'subprocessors',
      '',
      'json',
      `${JSON.stringify({ ...meta, subprocessors: subprocessorEntries(snapshot) }, null, 2)}\n`,
    );
    for (const language of policyLanguages(snapshot))
      add('subprocessors', language, 'html', renderSubprocessorsHtml(snapshot, v.version, v.effectiveDate, language));
    await this.insertDocuments(ctx, v.version, rows);
  }

  async list(ctx: RequestContext, args: ConnectionArgs) {
    const [slug, live, stored] = [
      await this.slug(ctx),
      await liveVersion(ctx, ctx.tenantId),
      await storedLanguages(ctx),
    ];
    const query = ctx.em
      .getRepository(PolicyVersionEntity)
      .createQueryBuilder('v')
      .where('v.tenantId = :tenantId', { tenantId: ctx.tenantId });
    // By effective date: imported earlier policies recorded after a publication still come before it.
    return paginate(
      query,
      args,
      ['v.effectiveDate', 'v.version'],
      (v) => [v.effectiveDate, v.version],
      (v) => this.toVersion(ctx, v, slug, live, stored),
    );
  }

  private async load(ctx: RequestContext, version: number): Promise<PolicyVersionEntity> {
    const v =
      Number.isInteger(version) && version > 0 && version < 2 ** 31
        ? await ctx.em.getRepository(PolicyVersionEntity).findOneBy({ tenantId: ctx.tenantId, version })
        : null;
    if (!v) throw notFound(`policy version ${version}`);
    return v;
  }

  async get(ctx: RequestContext, version: number): Promise<PolicyVersion> {
    const v = await this.load(ctx, version);
    const stored = await storedLanguages(ctx, [version]);
    return this.toVersion(ctx, v, await this.slug(ctx), await liveVersion(ctx, ctx.tenantId), stored);
  }

  /**
   * A stored rendering of a version, as the public URL serves it. An imported version has only the languages it
   * was imported in: asked for another, it gives its first (as its public URL does; `languages` lists them).
   */
  async document(ctx: RequestContext, version: number, language: Language, format: 'html' | 'text'): Promise<string> {
    const v = await this.load(ctx, version);
    const docs = await ctx.em
      .getRepository(PublishedDocumentEntity)
      .findBy({ tenantId: ctx.tenantId, version, kind: 'policy', format });
    const doc =
      docs.find((d) => d.language === language) ??
      (v.imported ? RENDER_LANGUAGES.map((l) => docs.find((d) => d.language === l)).find(Boolean) : undefined);
    if (!doc) throw notFound(`the ${language} ${format} of version ${version}`);
    return doc.body;
  }

  /**
   * The changes item by item (each item compared once; none when either version is imported, which has text
   * only), and the unified diff of the plain texts in `language` (by default English, else the first language
   * both versions have) when they are within the limits of a line-by-line comparison; otherwise the typed reason
   * it was left out. Versions with no language in common, or without the one asked for, have no text diff.
   */
  async diff(ctx: RequestContext, from: number, to: number, language: Language | null = null): Promise<PolicyDiff> {
    const [a, b] = [await this.load(ctx, from), await this.load(ctx, to)];
    const texts = await ctx.em.getRepository(PublishedDocumentEntity).find({
      where: [from, to].map((version) => ({
        tenantId: ctx.tenantId,
        version,
        kind: 'policy' as const,
        format: 'text' as const,
      })),
    });
    const textOf = (v: number, l: string) => texts.find((d) => d.version === v && d.language === l)?.body;
    const common = RENDER_LANGUAGES.filter((l) => textOf(from, l) !== undefined && textOf(to, l) !== undefined);
    const chosen = language ? (common.includes(language) ? language : null) : (common[0] ?? null);
    const changes = (a.snapshot && b.snapshot ? diffSnapshots(a.snapshot, b.snapshot) : []) as PolicyChange[];
    if (!chosen) return { from, to, changes, language: null, textDiff: null, textDiffOmitted: null };
    const compared = await boundedTextDiff(
      { name: `version ${from}`, text: textOf(from, chosen)! },
      { name: `version ${to}`, text: textOf(to, chosen)! },
    );
    return 'patch' in compared
      ? { from, to, changes, language: chosen, textDiff: compared.patch, textDiffOmitted: null }
      : { from, to, changes, language: chosen, textDiff: null, textDiffOmitted: diffTooLarge(compared.omitted) };
  }
}
