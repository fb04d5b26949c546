import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EmailStatus } from './email.entity.js';

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
export class AccountEmailEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { nullable: true }) userId: string | null;
  @Column('text') kind: AccountEmailKind;
  @Column('text') toAddress: string;
  @Column('text') subject: string;
  @Column('text') textBody: string;
  @Column('text', { nullable: true }) htmlBody: string | null;
  @Column('text') status: EmailStatus;
  @Column('integer') attempts: number;
  @Column('text', { nullable: true }) lastError: string | null;
  @Column('timestamptz', { nullable: true }) nextAttemptAt: Date | null;
  @Column('text', { nullable: true }) providerMessageId: string | null;
  @Column('timestamptz', { nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
