import { JURISDICTION_INFO, type RefusalGround, type RequestType } from '@noticeboard/domain';
import type { EmailToSend } from '../email/email.service.js';
import type { TenantEntity } from '../tenants/tenant.entity.js';
import type { DataSubjectRequestEntity } from './request.entity.js';

const TYPE_WORDS: Record<RequestType, string> = {
  ACCESS: 'access to your personal data',
  RECTIFICATION: 'correction of your personal data',
  ERASURE: 'erasure of your personal data',
  RESTRICTION: 'restriction of processing',
  PORTABILITY: 'a copy of your data to take elsewhere',
  OBJECTION: 'objection to processing',
  WITHDRAW_CONSENT: 'withdrawal of consent',
  OPT_OUT_SALE_SHARING: 'opting out of the sale or sharing of your personal information',
};

const GROUND_WORDS: Record<RefusalGround, string> = {
  MANIFESTLY_UNFOUNDED: 'the request is manifestly unfounded',
  EXCESSIVE: 'the request is excessive',
  IDENTITY_NOT_VERIFIED: 'we could not confirm your identity',
  LEGAL_EXEMPTION: 'a legal exemption applies',
  OTHER: 'of the reason below',
};

/** A date as people read it, e.g. "2 March 2026". */
const longDate = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What a requester (and the tenant's staff) are told at each step. Plain text: the outbox renders the HTML part
 * from it, escaped. Everything a user typed is only ever placed in text.
 */
export function requestEmails(tenant: TenantEntity, r: DataSubjectRequestEntity, publicUrl: string) {
  const greeting = `Dear ${r.requesterName},`;
  const what = TYPE_WORDS[r.type];
  const signature = `${tenant.legalName}\n${tenant.contactEmail}`;
  const to = r.requesterEmail;
  const ref = `Your reference: ${r.reference}`;
  const requester = (kind: EmailToSend['kind'], subject: string, body: string[]): EmailToSend => ({
    kind,
    to,
    subject: `${subject} [${r.reference}]`,
    text: [greeting, ...body, ref, signature].join('\n\n'),
  });
  const authority = tenant.supervisoryAuthority
    ? `You may complain to ${tenant.supervisoryAuthority.name}${tenant.supervisoryAuthority.website ? ` (${tenant.supervisoryAuthority.website})` : ''}.`
    : `You may complain to the data protection supervisory authority.`;

  return {
    verification: (token: string, code: string) =>
      requester('REQUEST_VERIFICATION', `Please confirm your request to ${tenant.legalName}`, [
        `We received your request for ${what}. To protect your data, please confirm that it was you who asked, by opening this link:`,
        `${publicUrl}/p/${tenant.slug}/requests/verify?token=${token}`,
        `or by entering this code on the confirmation page: ${code}`,
        `The link and code work for 7 days. If you did not make this request, you can ignore this message.`,
        `Under ${JURISDICTION_INFO[r.jurisdiction].name} we will answer by ${longDate(r.dueOn)}.`,
      ]),
    acknowledgement: () =>
      requester('REQUEST_NOTICE', `We received your request`, [
        `We received your request for ${what} and have started work on it.`,
        `Under ${JURISDICTION_INFO[r.jurisdiction].name} we will answer by ${longDate(r.dueOn)}.`,
      ]),
    extended: () =>
      requester('REQUEST_NOTICE', `We need more time for your request`, [
        `We need more time to answer your request for ${what}, because: ${r.extensionReason ?? ''}`,
        `We will answer by ${longDate(r.dueOn)}, as ${JURISDICTION_INFO[r.jurisdiction].name} allows (${r.deadline.rule.citation}).`,
        authority,
      ]),
    completed: () =>
      requester('REQUEST_NOTICE', `Your request is complete`, [`We have completed your request for ${what}.`, r.outcome ?? '']),
    refused: (ground: RefusalGround) =>
      requester('REQUEST_NOTICE', `We cannot act on your request`, [
        `We cannot act on your request for ${what}, because ${GROUND_WORDS[ground]}: ${r.outcome ?? ''}`,
        `${authority} You may also seek a judicial remedy.`,
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
        kind === 'OVERDUE' ? `It was due on ${longDate(r.dueOn)} and is now overdue.` : `It is due on ${longDate(r.dueOn)}.`,
        `Rule: ${r.deadline.rule.citation}.`,
      ].join('\n\n'),
    }),
  };
}
