import { randomUUID } from 'node:crypto';
import { requestTypesIn, type RequestType } from '@noticeboard/domain';
import type { RequestContext } from '../context/request-context.js';
import { isUserError } from '../graphql/user-error.js';
import { ConsentService } from '../modules/consents/consent.service.js';
import { DataSubjectRequestService } from '../modules/requests/request.service.js';
import { RequestChannelEnum } from '../modules/requests/request.types.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';

const DAY = 86_400_000;

/** What a demo tenant's inbox and consent charts start with, so the portal shows something real on first start. */
export async function seedDemoActivity(ctx: RequestContext): Promise<void> {
  const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
  const requests = new DataSubjectRequestService();
  const jurisdiction = tenant.jurisdictions[0]!;
  const available = requestTypesIn(jurisdiction);
  const pick = (...wanted: RequestType[]) => wanted.find((t) => available.includes(t)) ?? available[0]!;
  const people = [
    {
      requesterName: 'Jordan Demo',
      email: 'jordan@example.com',
      type: pick('ACCESS'),
      daysAgo: 20,
      skip: 'Signed in to the customer portal when asking',
    },
    {
      requesterName: 'Sam Example',
      email: 'sam@example.com',
      type: pick('ERASURE', 'RECTIFICATION'),
      daysAgo: 2,
      skip: null,
    },
    {
      requesterName: 'Alex Sample',
      email: 'alex@example.com',
      type: pick('PORTABILITY', 'ACCESS'),
      daysAgo: 40,
      skip: 'Verified by phone against the account',
    },
  ];
  for (const p of people) {
    const created = await requests.createByStaff(ctx, {
      type: p.type,
      jurisdiction,
      requesterName: p.requesterName,
      email: p.email,
      details: 'Demo request',
      receivedAt: new Date(Date.now() - p.daysAgo * DAY),
      skipConfirmationReason: p.skip,
      channel: p.skip ? RequestChannelEnum.PHONE : null,
    });
    if (isUserError(created)) throw new Error(`demo request for ${tenant.slug} refused: ${created.message}`);
    if (p.daysAgo === 40)
      await requests.complete(ctx, { id: created.id, outcome: 'Sent an export of the account data by secure link' });
  }

  const consents = new ConsentService();
  const purposes: { id: string }[] = await ctx.em.query(
    `SELECT id FROM purposes WHERE tenant_id = $1 AND legal_basis = 'CONSENT' ORDER BY position`,
    [ctx.tenantId],
  );
  if (!purposes.length) return;
  const ids = purposes.map((p) => p.id);
  for (let i = 0; i < 12; i++) {
    const result = await consents.record(ctx, {
      subjectId: `demo-visitor-${i}`,
      granted: i % 3 === 0 ? [] : ids,
      refused: i % 3 === 0 ? ids : [],
      method: 'IMPORT',
      givenAt: new Date(Date.now() - (i + 1) * DAY).toISOString(),
      evidenceSource: 'Demo data',
      noticeText: 'Demo consent banner: may we use analytics and marketing cookies?',
      idempotencyKey: `demo-${randomUUID()}`,
    });
    if (isUserError(result)) throw new Error(`demo consent for ${tenant.slug} refused: ${result.message}`);
  }
}
