import type { RequestContext } from '../../context/request-context.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { currentState, loadEvents } from './consent.store.js';
import type { ConsentEvent } from './consent.types.js';

const MAX_PROOF_EVENTS = 1000;

/**
 * What an imported event says of the consent it carries over: when it was given, where the evidence is, and the
 * policy version in force then — or, stated as such, that none was.
 */
function importedEvidence(
  e: ConsentEvent,
  policy: ReadonlyMap<number, PolicyVersionEntity>,
  policyUrl: (version: number) => string,
): Record<string, unknown> {
  const then = e.policyVersionThen === null ? undefined : policy.get(e.policyVersionThen);
  return {
    givenAt: e.givenAt?.toISOString() ?? null,
    evidenceSource: e.evidenceSource,
    policyInForceThen:
      e.policyVersionThen === null
        ? null
        : {
            version: e.policyVersionThen,
            effectiveDate: then?.effectiveDate ?? null,
            snapshotSha256: then?.snapshotHash ?? null,
            url: policyUrl(e.policyVersionThen),
          },
    statement:
      e.policyVersionThen === null
        ? 'no privacy policy version of this organisation was in effect on the day the consent was given'
        : `privacy policy version ${e.policyVersionThen} was in effect on the day the consent was given`,
  };
}

/**
 * Everything that proves what the person was told and answered, and when (GDPR Art. 7(1)): each event with
 * the exact notice text (or its hash), the policy version in force with its published snapshot's hash and URL,
 * and how the answer was given.
 */
export async function consentProof(ctx: RequestContext, subjectHash: string): Promise<Record<string, unknown>> {
  const ids: { id: string }[] = await ctx.em.query(
    'SELECT id FROM consent_events WHERE tenant_id = $1 AND subject_hash = $2 ORDER BY recorded_at, id LIMIT $3',
    [ctx.tenantId, subjectHash, MAX_PROOF_EVENTS + 1],
  );
  const events = await loadEvents(
    ctx,
    ids.slice(0, MAX_PROOF_EVENTS).map((r) => r.id),
  );
  const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
  const versionNumbers = [
    ...new Set(
      events.flatMap((e) =>
        e.policyVersionThen === null ? [e.policyVersion] : [e.policyVersion, e.policyVersionThen],
      ),
    ),
  ];
  const versions = versionNumbers.length
    ? await ctx.em
        .getRepository(PolicyVersionEntity)
        .createQueryBuilder('v')
        .select(['v.tenantId', 'v.version', 'v.effectiveDate', 'v.publishedAt', 'v.snapshotHash'])
        .where('v.tenantId = :t AND v.version IN (:...versions)', { t: ctx.tenantId, versions: versionNumbers })
        .getMany()
    : [];
  const policy = new Map(versions.map((v) => [v.version, v]));
  const policyUrl = (version: number) => `${ctx.config.publicUrl}/p/${tenant.slug}/privacy/v/${version}`;
  return {
    format: 'noticeboard.consent-proof/1',
    generatedAt: new Date().toISOString(),
    controller: { tenantId: tenant.tenantId, legalName: tenant.legalName },
    subject: {
      hash: subjectHash,
      hashing:
        'HMAC-SHA256 of the normalised identifier with a key kept per tenant; the identifier itself is not stored',
    },
    state: (await currentState(ctx, subjectHash)).map((s) => ({ ...s, since: s.since.toISOString() })),
    truncated: ids.length > MAX_PROOF_EVENTS,
    events: events.map((e) => {
      const v = policy.get(e.policyVersion);
      return {
        id: e.id,
        recordedAt: e.recordedAt.toISOString(),
        method: e.method,
        recordedBy: e.recordedBy,
        decisions: e.decisions,
        globalPrivacyControl: e.gpc,
        notice: { sha256: e.noticeHash, text: e.noticeText },
        policy: {
          version: e.policyVersion,
          effectiveDate: v?.effectiveDate ?? null,
          publishedAt: v?.publishedAt.toISOString() ?? null,
          snapshotSha256: v?.snapshotHash ?? null,
          url: policyUrl(e.policyVersion),
        },
        imported: e.method === 'IMPORT' ? importedEvidence(e, policy, policyUrl) : null,
        pageUrl: e.pageUrl,
        ipTruncated: e.ipTruncated,
        userAgent: e.userAgent,
        language: e.language,
        idempotencyKey: e.idempotencyKey,
      };
    }),
  };
}
