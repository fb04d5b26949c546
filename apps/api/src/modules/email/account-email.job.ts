import { randomUUID } from 'node:crypto';
import { email as emailAddress } from '@noticeboard/domain';
import { inTransaction } from '../../db/request-transaction.js';
import { defineJob, enqueue, managerOf, type JobDefinition, type Transactional } from '../../queue/job.js';
import { AccountEmailEntity, type AccountEmailKind } from './account-email.entity.js';
import { recordedAttempt } from './email.job.js';
import { textToHtml } from './email.service.js';
import { attemptSend, type OutgoingMail } from './mailer.js';

interface DeliverAccountEmailData {
  tenantId: null;
  messageId: string;
  attempt: number;
}

export interface AccountEmailToSend {
  kind: AccountEmailKind;
  to: string;
  userId?: string | null;
  subject: string;
  text: string;
}

/**
 * Puts a message to a person in the account outbox and enqueues its delivery, in the caller's transaction (a
 * change that rolls back sends nothing). Without SMTP it stays there as NOT_SENT; outside production the worker
 * then logs the link-bearing text, so a developer can follow it (production logs never carry it).
 */
export async function sendAccountEmail(tx: Transactional, message: AccountEmailToSend): Promise<string> {
  const to = emailAddress.safeParse(message.to);
  if (!to.success) throw new Error(`sendAccountEmail: "${message.to}" is not an email address`);
  const id = randomUUID();
  await managerOf(tx)
    .getRepository(AccountEmailEntity)
    .insert({
      id,
      userId: message.userId ?? null,
      kind: message.kind,
      toAddress: to.data,
      subject: message.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
      textBody: message.text,
      htmlBody: textToHtml(message.text),
      status: 'QUEUED',
      attempts: 0,
      nextAttemptAt: new Date(),
    });
  await enqueue(tx, deliverAccountEmail, { tenantId: null, messageId: id, attempt: 1 });
  return id;
}

const LINK_TOKEN = "'#nb[a-z]_[A-Za-z0-9_-]+'";
/**
 * Once a message is delivered (or will never be), the links in the stored copy are cut: only their hashes are
 * kept anywhere else, and a stored link would be a key lying in the database.
 */
const WITHOUT_LINKS = {
  textBody: () => `regexp_replace(text_body, ${LINK_TOKEN}, '#(link removed once sent)', 'g')`,
  htmlBody: () => `regexp_replace(html_body, ${LINK_TOKEN}, '#(link removed once sent)', 'g')`,
};

/** Delivery of account mail: the tenant outbox's rules (retries with backoff, 5xx fails at once), no tenant in scope. */
export const deliverAccountEmail: JobDefinition<DeliverAccountEmailData> = defineJob<DeliverAccountEmailData>({
  name: 'account-email.deliver',
  concurrency: 1,
  retryLimit: 3,
  expireInSeconds: 120,
  async run(job, worker) {
    const { messageId, attempt } = job.data;
    const { mailer } = worker;
    const mail = await inTransaction(worker.dataSource, {}, async (tx): Promise<OutgoingMail | null> => {
      const messages = tx.manager.getRepository(AccountEmailEntity);
      const message = await messages.findOneBy({ id: messageId });
      if (!message || message.status !== 'QUEUED' || message.attempts >= attempt) return null;
      if (!mailer) {
        await messages.update(
          { id: messageId },
          { status: 'NOT_SENT', nextAttemptAt: null, lastError: 'no SMTP server is configured (NOTICEBOARD_SMTP_URL)' },
        );
        if (!worker.config.production)
          worker.logger.info(
            { to: message.toAddress, kind: message.kind, text: message.textBody },
            'account email not sent (no SMTP server): its text, for development',
          );
        return null;
      }
      return { to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody };
    });
    if (!mail || !mailer) return;
    const outcome = await attemptSend(mailer, mail);
    await inTransaction(worker.dataSource, {}, async (tx) => {
      const { changes, retryAt, final } = recordedAttempt(outcome, attempt, worker.config);
      const recorded = await tx.manager
        .createQueryBuilder()
        .update(AccountEmailEntity)
        .set({ ...changes, ...(final ? WITHOUT_LINKS : {}) })
        .where("id = :messageId AND attempts = :previous AND status = 'QUEUED'", { messageId, previous: attempt - 1 })
        .execute();
      if (recorded.affected && retryAt)
        await enqueue(
          tx,
          deliverAccountEmail,
          { tenantId: null, messageId, attempt: attempt + 1 },
          { startAfter: retryAt },
        );
    });
  },
});
