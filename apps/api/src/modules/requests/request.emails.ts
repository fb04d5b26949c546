import {
  authoritiesFor,
  isLanguage,
  JURISDICTION_INFO,
  supervisoryAuthoritiesOf,
  waitEffect,
  type ClockWait,
  type RefusalGround,
} from '@noticeboard/domain';
import type { EmailToSend } from '../email/email.service.js';
import type { TenantEntity } from '../tenants/tenant.entity.js';
import type { DataSubjectRequestEntity } from './request.entity.js';
import { ENGLISH, SubjectRequestPageWords } from './request.messages.js';

/** Dates for staff, as people read them: "2 March 2026". */
const longDate = (date: string) => ENGLISH.date(date);

/**
 * What a requester (and the tenant's staff) are told at each step. Plain text: the outbox renders the HTML part
 * from it, escaped. Everything a user typed is only ever placed in text.
 *
 * Anyone can make a request in any address's name, so an email to the requester carries nothing the requester
 * typed (no name, no details): only the tenant's own words, the request's type, law and dates, links we make, and
 * what the tenant's staff wrote (an extension's reason, an outcome). Otherwise the form would let anyone send a
 * message of their own, signed by the tenant, to whomever they like. Staff emails may quote the request.
 */
export function subjectRequestEmails(tenant: TenantEntity, r: DataSubjectRequestEntity, publicUrl: string) {
  // The requester is written to in the language of their request; staff reminders stay in English.
  const w = new SubjectRequestPageWords(isLanguage(r.language) ? r.language : 'en');
  const what = w.text(`email.what.${r.type}`);
  const law = JURISDICTION_INFO[r.jurisdiction].name;
  const signature = `${tenant.legalName}\n${tenant.contactEmail}`;
  const requester = (kind: EmailToSend['kind'], subject: string, body: string[]): EmailToSend => ({
    kind,
    to: r.requesterEmail,
    subject: `${subject} [${r.reference}]`,
    text: [w.text('email.greeting'), ...body, w.text('email.reference', { reference: r.reference }), signature].join(
      '\n\n',
    ),
  });
  // The authority competent under the request's regime (several may be named, one per regime or establishment).
  const competent = authoritiesFor(supervisoryAuthoritiesOf(tenant), r.jurisdiction)[0];
  const authority = competent
    ? w.text('email.authority', {
        authority: `${competent.name}${competent.website ? ` (${competent.website})` : ''}`,
      })
    : w.text('email.authorityUnnamed');
  const answerBy = w.text('email.answerBy', { law, date: w.date(r.dueOn) });

  return {
    verification: (token: string, code: string) =>
      requester('REQUEST_VERIFICATION', w.text('email.verify.subject', { organisation: tenant.legalName }), [
        w.text('email.verify.received', { what }),
        `${publicUrl}/p/${tenant.slug}/requests/verify?token=${token}&lang=${w.language}`,
        w.text('email.verify.code', { code }),
        w.text('email.verify.validity'),
        answerBy,
      ]),
    /** Staff need proof of identity; where the regime says so, the clock starts only once it arrives. */
    identityRequested: (reason: string) =>
      requester('REQUEST_NOTICE', w.text('email.identity.subject'), [
        w.text('email.identity.body', { what, reason }),
        w.text('email.identity.reply', { contact: tenant.contactEmail }),
        waitEffect(r.jurisdiction, r.type, 'IDENTITY') === 'RESTARTS'
          ? w.text('email.identity.clockStarts', { law })
          : answerBy,
      ]),
    /** Staff ask for clarification or a fee, where the regime stops the clock meanwhile. */
    clockPaused: (wait: Exclude<ClockWait, 'IDENTITY'>, reason: string) =>
      requester('REQUEST_NOTICE', w.text('email.paused.subject'), [
        w.text(`email.paused.${wait}`, { what, reason }),
        w.text('email.identity.reply', { contact: tenant.contactEmail }),
        waitEffect(r.jurisdiction, r.type, wait) === 'RESTARTS'
          ? w.text('email.identity.clockStarts', { law })
          : w.text('email.paused.clock', { law }),
      ]),
    acknowledgement: () =>
      requester('REQUEST_NOTICE', w.text('email.ack.subject'), [w.text('email.ack.body', { what }), answerBy]),
    extended: () =>
      requester('REQUEST_NOTICE', w.text('email.extended.subject'), [
        w.text('email.extended.reason', { what, reason: r.extensionReason ?? '' }),
        w.text('email.extended.answerBy', { date: w.date(r.dueOn), law, citation: r.deadline.rule.citation }),
        authority,
      ]),
    completed: () =>
      requester('REQUEST_NOTICE', w.text('email.completed.subject'), [
        w.text('email.completed.body', { what }),
        r.outcome ?? '',
      ]),
    refused: (ground: RefusalGround) =>
      requester('REQUEST_NOTICE', w.text('email.refused.subject'), [
        w.text('email.refused.body', { what, ground: w.text(`email.ground.${ground}`), outcome: r.outcome ?? '' }),
        `${authority} ${w.text('email.refused.remedy')}`,
      ]),
    /** To the tenant's contact address: a reminder before the due date, or the request is overdue. */
    staffReminder: (kind: 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE'): EmailToSend => ({
      kind: 'REQUEST_NOTICE',
      to: tenant.contactEmail,
      subject:
        kind === 'OVERDUE'
          ? `Overdue: request ${r.reference} was due on ${longDate(r.dueOn)}`
          : `Due ${kind === 'DUE_TODAY' ? 'today' : `on ${longDate(r.dueOn)}`}: request ${r.reference}`,
      text: [
        `The ${r.type.toLowerCase().replace(/_/g, ' ')} request ${r.reference} from ${r.requesterName} (${r.requesterEmail}) under ${JURISDICTION_INFO[r.jurisdiction].name} is ${r.state.toLowerCase().replace(/_/g, ' ')}.`,
        kind === 'OVERDUE'
          ? `It was due on ${longDate(r.dueOn)} and is now overdue.`
          : `It is due on ${longDate(r.dueOn)}.`,
        `Rule: ${r.deadline.rule.citation}.`,
      ].join('\n\n'),
    }),
  };
}
