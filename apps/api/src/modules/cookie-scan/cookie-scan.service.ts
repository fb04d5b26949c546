import { randomUUID } from 'node:crypto';
import { httpUrl, problem, type Problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { enqueue } from '../../queue/job.js';
import { isPrivateHost } from '../webhooks/webhook.address.js';
import { SCAN_LIMITS } from './cookie-scan.browser.js';
import { CookieScanEntity } from './cookie-scan.entity.js';
import { runCookieScan } from './cookie-scan.job.js';
import { ACCEPT_SELECTOR_MAX, type CookieScan, type StartCookieScanInput } from './cookie-scan.types.js';

interface ScanRequest {
  url: string;
  acceptSelector: string | null;
  maxPages: number;
}

/**
 * The start URL (http or https, no user name or password; in production, like a webhook's, not a local or private
 * address by name or literal: names resolving to one are refused when the job runs), an optional accept selector,
 * and the page bound.
 */
export function validateScanRequest(
  input: { url: string; acceptSelector?: string | null; maxPages?: number | null },
  production: boolean,
): ScanRequest | ValidationFailed {
  const problems: Problem[] = [];
  const parsed = httpUrl.safeParse(input.url.trim());
  const url = parsed.success ? new URL(parsed.data) : null;
  if (!url) problems.push(problem('url', 'INVALID_FORMAT', 'must be an http or https URL'));
  else if (url.username || url.password)
    problems.push(problem('url', 'NOT_ALLOWED', 'must not contain a user name or password'));
  else if (production && isPrivateHost(url.hostname))
    problems.push(problem('url', 'NOT_ALLOWED', 'must be a public address, not a local or private network one'));
  const acceptSelector = input.acceptSelector?.trim() || null;
  if (acceptSelector && acceptSelector.length > ACCEPT_SELECTOR_MAX)
    problems.push(problem('acceptSelector', 'TOO_LONG', `at most ${ACCEPT_SELECTOR_MAX} characters`));
  const maxPages = input.maxPages ?? SCAN_LIMITS.defaultPages;
  if (!Number.isInteger(maxPages) || maxPages < 1 || maxPages > SCAN_LIMITS.maxPages)
    problems.push(problem('maxPages', 'OUT_OF_RANGE', `between 1 and ${SCAN_LIMITS.maxPages}`));
  if (problems.length || !url) return ValidationFailed.of(problems);
  return { url: url.toString(), acceptSelector, maxPages };
}

export const toCookieScan = (s: CookieScanEntity): CookieScan => ({
  id: s.id,
  url: s.url,
  acceptSelector: s.acceptSelector,
  maxPages: s.maxPages,
  status: s.status,
  errorCode: s.errorCode,
  errorMessage: s.errorMessage,
  report: s.report as unknown as Record<string, unknown> | null,
  startedAt: s.startedAt,
  finishedAt: s.finishedAt,
  createdAt: s.createdAt,
});

export class CookieScanService {
  async get(ctx: RequestContext, id: string): Promise<CookieScan> {
    const scan = await ctx.em
      .getRepository(CookieScanEntity)
      .findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'cookie scan') });
    if (!scan) throw notFound('cookie scan');
    return toCookieScan(scan);
  }

  /** Newest first. */
  list(ctx: RequestContext, args: ConnectionArgs) {
    const query = ctx.em
      .getRepository(CookieScanEntity)
      .createQueryBuilder('s')
      .where('s.tenantId = :tenantId', { tenantId: ctx.tenantId });
    return paginate(query, args, ['s.createdAt', 's.id'], (s) => [s.createdAt.toISOString(), s.id], toCookieScan, true);
  }

  /** Records the scan and queues it in the same transaction: a mutation that rolls back leaves neither. */
  async start(ctx: RequestContext, input: StartCookieScanInput): Promise<CookieScan | ValidationFailed> {
    const request = validateScanRequest(input, ctx.config.production);
    if (request instanceof ValidationFailed) return request;
    const repo = ctx.em.getRepository(CookieScanEntity);
    const id = randomUUID();
    await repo.insert({ tenantId: ctx.tenantId, id, ...request, status: 'QUEUED' });
    await enqueue(ctx, runCookieScan, { tenantId: ctx.tenantId, scanId: id });
    return toCookieScan((await repo.findOneBy({ tenantId: ctx.tenantId, id }))!);
  }
}
