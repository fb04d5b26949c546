import { randomUUID } from 'node:crypto';
import escapeHtml from 'escape-html';
import { email as emailAddress } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { enqueue } from '../../queue/job.js';
import { EmailMessageEntity, type EmailKind } from './email.entity.js';
import { deliverEmail } from './email.job.js';
import type { EmailMessage, EmailOutboxArgs } from './email.types.js';

export interface EmailToSend {
  kind: EmailKind;
  to: string;
  subject: string;
  /** Plain text; the HTML part is made from it (escaped, paragraphs, links) unless `html` is given. */
  text: string;
  html?: string;
}

/** Plain text as simple HTML: escaped, blank lines start paragraphs, URLs become links. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map(
      (p) =>
        `<p>${escapeHtml(p)
          .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
          .replace(/\n/g, '<br>\n')}</p>`,
    )
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24;max-width:40rem">\n${paragraphs}\n</body></html>\n`;
}

/**
 * Puts a message in the tenant's outbox and enqueues its delivery, both in the caller's transaction: a change
 * that rolls back sends nothing, and nothing that commits is dropped (without SMTP it stays in the outbox as
 * NOT_SENT). Returns the message id.
 */
export async function sendEmail(ctx: Pick<RequestContext, 'em' | 'tenantId'>, message: EmailToSend): Promise<string> {
  const to = emailAddress.safeParse(message.to);
  if (!to.success) throw new Error(`sendEmail: "${message.to}" is not an email address`);
  const id = randomUUID();
  await ctx.em.getRepository(EmailMessageEntity).insert({
    tenantId: ctx.tenantId,
    id,
    kind: message.kind,
    toAddress: to.data,
    subject: message.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
    textBody: message.text,
    htmlBody: message.html ?? textToHtml(message.text),
    status: 'QUEUED',
    attempts: 0,
    nextAttemptAt: new Date(),
  });
  await enqueue(ctx, deliverEmail, { tenantId: ctx.tenantId, messageId: id, attempt: 1 });
  return id;
}

const toMessage = (m: EmailMessageEntity): EmailMessage => ({
  id: m.id,
  kind: m.kind,
  to: m.toAddress,
  subject: m.subject,
  textBody: m.textBody,
  htmlBody: m.htmlBody,
  status: m.status,
  attempts: m.attempts,
  lastError: m.lastError,
  nextAttemptAt: m.nextAttemptAt,
  sentAt: m.sentAt,
  createdAt: m.createdAt,
});

export class EmailService {
  /** The tenant's outbox, newest first; admins only (messages hold people's addresses). */
  list(ctx: RequestContext, args: EmailOutboxArgs) {
    const query = ctx.em
      .getRepository(EmailMessageEntity)
      .createQueryBuilder('m')
      .where('m.tenantId = :tenantId', { tenantId: ctx.tenantId });
    if (args.status) query.andWhere('m.status = :status', { status: args.status });
    if (args.kind) query.andWhere('m.kind = :kind', { kind: args.kind });
    return paginate(query, args, ['m.createdAt', 'm.id'], (m) => [m.createdAt.toISOString(), m.id], toMessage, true);
  }

  async get(ctx: RequestContext, id: string): Promise<EmailMessage> {
    const message = await ctx.em
      .getRepository(EmailMessageEntity)
      .findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'email message') });
    if (!message) throw notFound('email message');
    return toMessage(message);
  }
}
