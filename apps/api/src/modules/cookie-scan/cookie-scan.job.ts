import type { EntityManager } from 'typeorm';
import { allKnownCookies } from '../catalog/catalog.cookies.js';
import { CookieEntity } from '../cookies/cookie.entity.js';
import { defineJob, inTenantJob, type JobDefinition, type TenantJobData } from '../../queue/job.js';
import { CookieScanRefused, scanSite, SCAN_LIMITS, type CookieScanResult } from './cookie-scan.browser.js';
import { CookieScanEntity } from './cookie-scan.entity.js';
import { compareWithDeclared, type DeclaredCookie } from './cookie-scan.report.js';

/** The tenant's cookies as the comparison reads them (the transaction's tenant: RLS scopes the read). */
export async function declaredCookies(em: EntityManager, tenantId: string): Promise<DeclaredCookie[]> {
  const rows = await em
    .getRepository(CookieEntity)
    .find({ where: { tenantId }, order: { position: 'ASC', id: 'ASC' } });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    describesGroup: c.describesGroup,
    provider: c.provider,
    kind: c.kind,
    durationAmount: c.durationAmount,
    durationUnit: c.durationUnit,
  }));
}

interface CookieScanJobData extends TenantJobData {
  scanId: string;
}

/**
 * Runs one scan. The browser works between two short transactions (no connection waits in an open transaction
 * for a website), and private addresses are reachable outside production only, as for webhooks. A scan is not
 * retried: a site that failed once is reported so, and the person can start another.
 */
export const runCookieScan: JobDefinition<CookieScanJobData> = defineJob<CookieScanJobData>({
  name: 'cookie-scan.run',
  // A browser per scan: one at a time per process.
  concurrency: 1,
  retryLimit: 0,
  expireInSeconds: Math.ceil(SCAN_LIMITS.totalTimeoutMs / 1000) + 60,
  async run(job, worker) {
    const { tenantId, scanId } = job.data;
    const scan = await inTenantJob(worker, job, async (ctx) => {
      const repo = ctx.em.getRepository(CookieScanEntity);
      const row = await repo.findOneBy({ tenantId, id: scanId });
      if (!row || row.status !== 'QUEUED') return null;
      await repo.update({ tenantId, id: scanId }, { status: 'RUNNING', startedAt: new Date() });
      return row;
    });
    if (!scan) return;

    const outcome: { result: CookieScanResult } | { error: unknown } = await scanSite(scan.url, {
      allowPrivateAddresses: !worker.config.production,
      acceptSelector: scan.acceptSelector,
      maxPages: scan.maxPages,
    }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    await inTenantJob(worker, job, async (ctx) => {
      const repo = ctx.em.getRepository(CookieScanEntity);
      if ('result' in outcome) {
        const comparison = compareWithDeclared(
          outcome.result.cookies,
          await declaredCookies(ctx.em, tenantId),
          allKnownCookies(),
        );
        await repo.update(
          { tenantId, id: scanId },
          { status: 'SUCCEEDED', report: { scan: outcome.result, comparison }, finishedAt: new Date() },
        );
        return;
      }
      const refused = outcome.error instanceof CookieScanRefused ? outcome.error : null;
      if (!refused) worker.logger.error({ err: outcome.error, scanId }, 'cookie scan failed');
      await repo.update(
        { tenantId, id: scanId },
        {
          status: 'FAILED',
          errorCode: refused?.code ?? 'SCAN_FAILED',
          // A browser's own message may name paths of this machine: only refusals, which name none, are shown.
          errorMessage: refused?.message ?? 'the browser could not complete the scan',
          finishedAt: new Date(),
        },
      );
    });
  },
});
