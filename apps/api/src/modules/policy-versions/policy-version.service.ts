import {
  checkCompleteness,
  diffSnapshots,
  isPublishable,
  plainDate,
  problem,
  requiredText,
  transferInstrumentsNotInForce,
  validateWith,
  type CompletenessProblem,
  type Language,
  type PolicySnapshot,
} from '@noticeboard/domain';
import { RENDER_LANGUAGES, renderPolicy } from '@noticeboard/policy-render';
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
  diffTooLarge,
  policyIncomplete,
  policyUnchanged,
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
};

export function publicPolicyUrl(publicUrl: string, slug: string, version?: number): string {
  return `${publicUrl}/p/${encodeURIComponent(slug)}/privacy${version ? `/v/${version}` : ''}`;
}

/**
 * The version the live URL serves for the tenant `tenantId` (an SQL expression): the newest already in effect,
 * else the first (a policy published with a future date is live until then).
 */
export const liveVersionSql = (tenantId: string) => `
  SELECT coalesce(
    (SELECT max(version) FROM policy_versions WHERE tenant_id = ${tenantId} AND effective_date <= current_date),
    (SELECT min(version) FROM policy_versions WHERE tenant_id = ${tenantId})
  ) AS version`;

export const LIVE_VERSION_SQL = liveVersionSql('$1');

export async function liveVersion(ctx: Pick<RequestContext, 'em'>, tenantId: string): Promise<number | null> {
  const [row] = await ctx.em.query(LIVE_VERSION_SQL, [tenantId]);
  return row?.version ?? null;
}

export class PolicyVersionService {
  private readonly policy = new PolicyService();

  private toVersion(ctx: RequestContext, v: PolicyVersionEntity, slug: string, live: number | null): PolicyVersion {
    return {
      version: v.version,
      effectiveDate: v.effectiveDate,
      changeSummary: v.changeSummary,
      publishedAt: v.publishedAt,
      isLive: v.version === live,
      snapshotHash: v.snapshotHash,
      snapshot: v.snapshot as unknown as Record<string, unknown>,
      languages: [...RENDER_LANGUAGES],
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
       JOIN LATERAL (SELECT version, effective_date, published_at, snapshot_hash FROM policy_versions WHERE tenant_id = t.id ORDER BY version DESC LIMIT 1) AS newest ON true
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
    const latest = await versions.findOne({ where: { tenantId: ctx.tenantId }, order: { version: 'DESC' } });
    const snapshotHash = hashOf(snapshot);
    if (latest && latest.snapshotHash === snapshotHash) return policyUnchanged(latest.version);
    // A version may not say that data moved on an instrument that did not yet exist on its effective date.
    const premature = transferInstrumentsNotInForce(snapshot, input.effectiveDate);
    if (premature.length)
      return ValidationFailed.of(premature.map(({ path, code, message }) => ({ path, code, message })));
    const version = (latest?.version ?? 0) + 1;
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
    const slug = published.snapshot.controller.slug;
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
    });
    if (!previous) return;
    const changes = subprocessorChangeSet(previous.snapshot, published.snapshot);
    if (isEmptyChangeSet(changes)) return;
    await emitEvent(ctx, 'subprocessors.changed', {
      ...version,
      url: `${ctx.config.publicUrl}/p/${encodeURIComponent(slug)}/subprocessors`,
      ...changes,
    });
    await scheduleSubprocessorNotices(ctx, published.version);
  }

  private async storeDocuments(ctx: RequestContext, v: PolicyVersionEntity, snapshot: PolicySnapshot): Promise<void> {
    const rows: Omit<PublishedDocumentEntity, 'tenantId' | 'version' | 'contentType' | 'etag'>[] = [];
    const add = (kind: DocumentKind, language: string, format: DocumentFormat, body: string) =>
      rows.push({ kind, language, format, body });
    const publicUrl = publicPolicyUrl(ctx.config.publicUrl, snapshot.controller.slug);
    for (const language of RENDER_LANGUAGES) {
      const rendered = renderPolicy(snapshot, {
        language,
        effectiveDate: v.effectiveDate,
        version: v.version,
        publicUrl,
      });
      add('policy', language, 'html', rendered.html);
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
    add('subprocessors', 'en', 'html', renderSubprocessorsHtml(snapshot, v.version, v.effectiveDate));
    await ctx.em.getRepository(PublishedDocumentEntity).insert(
      rows.map((r) => ({
        ...r,
        tenantId: ctx.tenantId,
        version: v.version,
        contentType: CONTENT_TYPES[r.format],
        etag: etagOf(r.body),
      })),
    );
  }

  async list(ctx: RequestContext, args: ConnectionArgs) {
    const [slug, live] = [await this.slug(ctx), await liveVersion(ctx, ctx.tenantId)];
    const query = ctx.em
      .getRepository(PolicyVersionEntity)
      .createQueryBuilder('v')
      .where('v.tenantId = :tenantId', { tenantId: ctx.tenantId });
    return paginate(
      query,
      args,
      ['v.version'],
      (v) => [v.version],
      (v) => this.toVersion(ctx, v, slug, live),
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
    return this.toVersion(ctx, v, await this.slug(ctx), await liveVersion(ctx, ctx.tenantId));
  }

  /** A stored rendering of a version, as the public URL serves it. */
  async document(ctx: RequestContext, version: number, language: Language, format: 'html' | 'text'): Promise<string> {
    await this.load(ctx, version);
    const doc = await ctx.em
      .getRepository(PublishedDocumentEntity)
      .findOneBy({ tenantId: ctx.tenantId, version, kind: 'policy', language, format });
    if (!doc) throw notFound(`the ${language} ${format} of version ${version}`);
    return doc.body;
  }

  /**
   * The changes item by item (each item compared once), and the unified diff of the English texts when they are
   * within the limits of a line-by-line comparison; otherwise the typed reason it was left out.
   */
  async diff(ctx: RequestContext, from: number, to: number): Promise<PolicyDiff> {
    const [a, b] = [await this.load(ctx, from), await this.load(ctx, to)];
    const text = (v: number) =>
      ctx.em
        .getRepository(PublishedDocumentEntity)
        .findOneByOrFail({ tenantId: ctx.tenantId, version: v, kind: 'policy', language: 'en', format: 'text' })
        .then((d) => d.body);
    const compared = await boundedTextDiff(
      { name: `version ${from}`, text: await text(from) },
      { name: `version ${to}`, text: await text(to) },
    );
    const changes = diffSnapshots(a.snapshot, b.snapshot) as PolicyChange[];
    return 'patch' in compared
      ? { from, to, changes, textDiff: compared.patch, textDiffOmitted: null }
      : { from, to, changes, textDiff: null, textDiffOmitted: diffTooLarge(compared.omitted) };
  }
}
