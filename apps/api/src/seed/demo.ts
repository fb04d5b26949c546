import type { Config } from '../config.js';
import { RequestContext } from '../context/request-context.js';
import type { RequestTransaction } from '../db/request-transaction.js';
import { isUserError } from '../graphql/user-error.js';
import type { Logger } from '../logger.js';
import { PolicyVersionService } from '../modules/policy-versions/policy-version.service.js';
import type { ImportedTextFormatEnum } from '../modules/policy-versions/policy-version.types.js';
import { seedDemoActivity } from './demo-activity.js';
import { DEMO_TENANTS, loadDemoTenant } from './demo-tenants/index.js';

/**
 * Loads the demo tenants (real small-company policies modelled as data) into the demo agency, publishes each the
 * completeness gate lets through (one it refuses stays a draft that shows why) and gives it a few requests and
 * consents,
 * through the same services and rules as the API. A refusal is a bug in the demo data: it throws.
 */
export async function seedDemoTenants(
  tx: RequestTransaction,
  owner: { agencyId: string; userId: string },
  config: Pick<Config, 'sessionTtlHours' | 'production' | 'publicUrl'>,
  logger: Logger,
): Promise<string[]> {
  await tx.setScope({ tenantId: null, agencyId: owner.agencyId, userId: owner.userId });
  const ctx = new RequestContext(
    tx,
    {
      kind: 'user',
      userId: owner.userId,
      sessionId: '',
      agencyId: owner.agencyId,
      agencyRole: 'OWNER',
      twoFactor: false,
      twoFactorRequiredBy: null,
    },
    null,
    logger,
    config,
  );
  const versions = new PolicyVersionService();
  const slugs: string[] = [];
  for (const demo of DEMO_TENANTS) {
    const { tenantId } = await loadDemoTenant(ctx, demo);
    for (const earlier of demo.earlierVersions ?? []) {
      const imported = await ctx.asTenant({ id: tenantId, agencyId: owner.agencyId, role: 'ADMIN' }, (tctx) =>
        versions.importVersion(tctx, { ...earlier, format: earlier.format as ImportedTextFormatEnum }),
      );
      if (isUserError(imported))
        throw new Error(`demo tenant "${demo.profile.slug}": its earlier policy was refused: ${imported.message}`);
    }
    if (demo.heldBack) {
      logger.info({ tenant: demo.profile.slug, reason: demo.heldBack.reason }, 'left the demo tenant a draft');
      continue;
    }
    const published = await ctx.asTenant({ id: tenantId, agencyId: owner.agencyId, role: 'ADMIN' }, (tctx) =>
      versions.publish(tctx, demo.publication),
    );
    if (isUserError(published))
      throw new Error(`demo tenant "${demo.profile.slug}" could not be published: ${published.message}`);
    await ctx.asTenant({ id: tenantId, agencyId: owner.agencyId, role: 'ADMIN' }, (tctx) => seedDemoActivity(tctx));
    slugs.push(demo.profile.slug);
  }
  logger.info({ tenants: slugs }, 'published the demo tenants');
  return slugs;
}
