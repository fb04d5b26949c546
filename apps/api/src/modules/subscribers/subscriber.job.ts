import { LessThan } from 'typeorm';
import { isLanguage } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { defineJob, enqueue, inTenantJob, type JobDefinition } from '../../queue/job.js';
import { sendEmail } from '../email/email.service.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { describeChangeSet, isEmptyChangeSet, subprocessorChangeSet } from './subprocessor-changes.js';
import { SubprocessorSubscriberEntity } from './subscriber.entity.js';
import { SubscriberWords } from './subscriber.messages.js';
import { issueToken, subscriptionLinks, tenantName } from './subscriber.service.js';

interface NotifyData {
  tenantId: string;
  /** The version just published; it is compared with the one before. */
  version: number;
}

/**
 * After a publication that changed the sub-processor list: one notice per confirmed subscriber, listing what was
 * added, removed and changed, with a link to unsubscribe. All in one transaction, so a retried job sends no
 * notice twice.
 */
export const notifySubprocessorSubscribers: JobDefinition<NotifyData> = defineJob<NotifyData>({
  name: 'subprocessors.notify',
  retryLimit: 3,
  async run(job, worker) {
    const { tenantId, version } = job.data;
    await inTenantJob(worker, job, async (ctx) => {
      const versions = ctx.em.getRepository(PolicyVersionEntity);
      // The previous published version: imported earlier policies have no sub-processor list to compare.
      const [before, after] = [
        await versions.findOne({
          where: { tenantId, version: LessThan(version), imported: false },
          order: { version: 'DESC' },
        }),
        await versions.findOneBy({ tenantId, version }),
      ];
      if (!before?.snapshot || !after?.snapshot) return;
      const changes = subprocessorChangeSet(before.snapshot, after.snapshot);
      if (isEmptyChangeSet(changes)) return;
      const subscribers = await ctx.em
        .getRepository(SubprocessorSubscriberEntity)
        .find({ where: { tenantId, status: 'CONFIRMED' }, order: { createdAt: 'ASC' } });
      if (!subscribers.length) return;
      const { name, slug, defaultLanguage } = await tenantName(ctx);
      for (const subscriber of subscribers) {
        // The language they subscribed in; one who subscribed before it was kept, the tenant's default (which every
        // publication includes).
        const language = subscriber.language && isLanguage(subscriber.language) ? subscriber.language : defaultLanguage;
        const w = new SubscriberWords(language);
        const links = subscriptionLinks(worker.config.publicUrl, slug, language);
        const token = await issueToken(ctx, subscriber.id, 'UNSUBSCRIBE');
        await sendEmail(ctx, {
          kind: 'SUBPROCESSOR_NOTICE',
          to: subscriber.email,
          subject: w.text('email.notice.subject', { organisation: name }),
          text: [
            w.text('email.notice.published', {
              organisation: name,
              version: String(after.version),
              date: w.date(after.effectiveDate),
            }),
            describeChangeSet(changes, w),
            w.text('email.notice.list', { link: links.list }),
            `${w.text('email.notice.unsubscribe')}\n${links.unsubscribe(token)}`,
          ].join('\n\n'),
        });
      }
      worker.logger.info({ tenantId, version, notices: subscribers.length }, 'sub-processor change notices queued');
    });
  },
});

/** After publishing `version`: queues the notices, in the publishing transaction, if anyone confirmed. */
export async function scheduleSubprocessorNotices(ctx: RequestContext, version: number): Promise<void> {
  const confirmed = await ctx.em
    .getRepository(SubprocessorSubscriberEntity)
    .existsBy({ tenantId: ctx.tenantId, status: 'CONFIRMED' });
  if (confirmed) await enqueue(ctx, notifySubprocessorSubscribers, { tenantId: ctx.tenantId, version });
}
