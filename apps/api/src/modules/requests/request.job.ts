import type { ReminderKind } from '@noticeboard/domain';
import { isTerminalRequestState } from '@noticeboard/domain';
import { defineJob, inTenantJob, type JobDefinition } from '../../queue/job.js';
import { sendEmail } from '../email/email.service.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { requestEmails } from './request.emails.js';
import { DataSubjectRequestEntity } from './request.entity.js';

interface ReminderData {
  tenantId: string;
  requestId: string;
  /** The due date the reminder was scheduled for: a changed date (an extension, a late identity check) voids it. */
  dueOn: string;
  kind: ReminderKind;
}

/**
 * A reminder on its day: records it in the request's history, tells the tenant's contact address and the
 * webhooks (`request.due_soon`, or `request.overdue` with the overdue flag set). Each reminder happens once: a
 * repeated job finds its history entry and stops.
 */
export const sendRequestReminder: JobDefinition<ReminderData> = defineJob<ReminderData>({
  name: 'request.reminder',
  retryLimit: 5,
  async run(job, worker) {
    const { tenantId, requestId, dueOn, kind } = job.data;
    await inTenantJob(worker, job, async (tx) => {
      const scope = { em: tx.manager, tenantId };
      const request = await tx.manager.getRepository(DataSubjectRequestEntity).findOne({ where: { tenantId, id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!request || isTerminalRequestState(request.state) || request.dueOn !== dueOn) return;
      const [done] = await tx.manager.query(
        `SELECT 1 FROM data_subject_request_events WHERE tenant_id = $1 AND request_id = $2 AND action = $3 AND details ->> 'dueOn' = $4`,
        [tenantId, requestId, kind, dueOn],
      );
      if (done) return;
      if (kind === 'OVERDUE') {
        await tx.manager.getRepository(DataSubjectRequestEntity).update({ tenantId, id: requestId }, { overdueSince: new Date() });
      }
      await tx.manager.query(
        `INSERT INTO data_subject_request_events (tenant_id, request_id, action, actor_kind, details) VALUES ($1, $2, $3, 'SYSTEM', $4)`,
        [tenantId, requestId, kind, JSON.stringify({ dueOn })],
      );
      const tenant = await tx.manager.getRepository(TenantEntity).findOneByOrFail({ tenantId });
      await sendEmail(scope, requestEmails(tenant, request, worker.config.publicUrl).staffReminder(kind));
      await emitEvent(scope, kind === 'OVERDUE' ? 'request.overdue' : 'request.due_soon', {
        requestId,
        reference: request.reference,
        type: request.type,
        jurisdiction: request.jurisdiction,
        state: request.state,
        dueOn,
        ...(kind === 'OVERDUE' ? {} : { dueToday: kind === 'DUE_TODAY' }),
      });
    });
  },
});
