import { defineJob, enqueue, inTenantJob, retryDelayMs, type JobDefinition } from '../../queue/job.js';
import { EmailMessageEntity } from './email.entity.js';
import type { Config } from '../../config.js';
import { attemptSend, type OutgoingMail, type SendOutcome } from './mailer.js';

/** Attempts per message before it is marked FAILED (a permanent refusal fails it at once). */
export const MAX_EMAIL_ATTEMPTS = 6;

interface DeliverEmailData {
  tenantId: string;
  messageId: string;
  /** Which attempt this job is; one already made (a crashed worker's retry) is not made again. */
  attempt: number;
}

/**
 * What one delivery attempt writes on its message (tenant or account outbox alike): SENT, QUEUED again with the
 * time of the next attempt (`retryAt`), or FAILED for good (`final` with SENT).
 */
export function recordedAttempt(outcome: SendOutcome, attempt: number, config: Pick<Config, 'retryDelaySeconds'>) {
  const retry = !outcome.sent && !outcome.permanent && attempt < MAX_EMAIL_ATTEMPTS;
  const retryAt = retry ? new Date(Date.now() + retryDelayMs(config, attempt)) : null;
  const changes = outcome.sent
    ? {
        status: 'SENT' as const,
        attempts: attempt,
        sentAt: new Date(),
        providerMessageId: outcome.messageId,
        lastError: null,
        nextAttemptAt: null,
      }
    : {
        status: retry ? ('QUEUED' as const) : ('FAILED' as const),
        attempts: attempt,
        lastError: outcome.error,
        nextAttemptAt: retryAt,
      };
  return { changes, retryAt, final: !retry };
}

/**
 * One attempt to hand a message to the SMTP server. Without one configured, the message is marked NOT_SENT and
 * stays in the outbox to be read. A refusal that would repeat (5xx) fails it; anything else is tried again later,
 * the next attempt enqueued in the transaction that records this one.
 */
export const deliverEmail: JobDefinition<DeliverEmailData> = defineJob<DeliverEmailData>({
  name: 'email.deliver',
  concurrency: 2,
  retryLimit: 3,
  expireInSeconds: 120,
  async run(job, worker) {
    const { tenantId, messageId, attempt } = job.data;
    const { mailer } = worker;
    const mail = await inTenantJob(worker, job, async (ctx): Promise<OutgoingMail | null> => {
      const messages = ctx.em.getRepository(EmailMessageEntity);
      const message = await messages.findOneBy({ tenantId, id: messageId });
      if (!message || message.status !== 'QUEUED' || message.attempts >= attempt) return null;
      if (!mailer) {
        await messages.update(
          { tenantId, id: messageId },
          {
            status: 'NOT_SENT',
            nextAttemptAt: null,
            lastError: 'no SMTP server is configured (NOTICEBOARD_SMTP_URL): the message stays in the outbox',
          },
        );
        return null;
      }
      return { to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody };
    });
    if (!mail || !mailer) return;

    const outcome = await attemptSend(mailer, mail);
    await inTenantJob(worker, job, async (ctx) => {
      const { changes, retryAt } = recordedAttempt(outcome, attempt, worker.config);
      const recorded = await ctx.em
        .createQueryBuilder()
        .update(EmailMessageEntity)
        .set(changes)
        .where("tenant_id = :tenantId AND id = :messageId AND attempts = :previous AND status = 'QUEUED'", {
          tenantId,
          messageId,
          previous: attempt - 1,
        })
        .execute();
      if (recorded.affected && retryAt)
        await enqueue(ctx, deliverEmail, { tenantId, messageId, attempt: attempt + 1 }, { startAfter: retryAt });
    });
  },
});
