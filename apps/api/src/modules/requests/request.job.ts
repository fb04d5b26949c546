import type { ReminderKind } from '@noticeboard/domain';
import { isTerminalRequestState } from '@noticeboard/domain';
import { defineJob, inTenantJob, type JobDefinition } from '../../queue/job.js';
import { sendEmail } from '../email/email.service.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { subjectRequestEmails } from './request.emails.js';
import { currentTenant, hasStepFor, insertStep, lockRequest, updateRequest } from './request.store.js';

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
export const sendSubjectRequestReminder: JobDefinition<ReminderData> = defineJob<ReminderData>({
  name: 'request.reminder',
  retryLimit: 5,
  async run(job, worker) {
    const { requestId, dueOn, kind } = job.data;
    await inTenantJob(worker, job, async (ctx) => {
      const request = await lockRequest(ctx, requestId);
      if (!request || isTerminalRequestState(request.state) || request.dueOn !== dueOn) return;
      // While the clock stands still the due date is not yet known: the reminders are queued again when it runs.
      if (request.deadline.clock && request.deadline.clock.state !== 'RUNNING') return;
      if (await hasStepFor(ctx, requestId, kind, dueOn)) return;
      if (kind === 'OVERDUE') await updateRequest(ctx, requestId, { overdueSince: new Date() });
      await insertStep(ctx, requestId, { action: kind, from: null, to: null, details: { dueOn } });
      await sendEmail(
        ctx,
        subjectRequestEmails(await currentTenant(ctx), request, ctx.config.publicUrl).staffReminder(kind),
      );
      await emitEvent(ctx, kind === 'OVERDUE' ? 'request.overdue' : 'request.due_soon', {
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
