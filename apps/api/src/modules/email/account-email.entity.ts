import { Column, Entity } from 'typeorm';
import { OutgoingMessageColumns } from './email.entity.js';

export const ACCOUNT_EMAIL_KINDS = [
  'AGENCY_INVITATION',
  'TENANT_INVITATION',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'TWO_FACTOR_CHANGED',
] as const;
export type AccountEmailKind = (typeof ACCOUNT_EMAIL_KINDS)[number];

/**
 * Mail to a person about their own account (invitations, reset links). Global and never listed by the API: a
 * link in it is a key, so no tenant's or agency's outbox may show it.
 */
@Entity('account_emails')
export class AccountEmailEntity extends OutgoingMessageColumns {
  @Column('uuid', { nullable: true }) userId: string | null;
  @Column('text') kind: AccountEmailKind;
}
