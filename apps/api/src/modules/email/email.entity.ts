import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const EMAIL_KINDS = [
  'SUBSCRIPTION_CONFIRMATION',
  'SUBPROCESSOR_NOTICE',
  'REQUEST_VERIFICATION',
  'REQUEST_NOTICE',
  'CONSENT_WITHDRAWAL_LINK',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** QUEUED: waiting for (another) attempt; NOT_SENT: no SMTP server is configured, so it stays here to be read. */
export const EMAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'NOT_SENT'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** The columns of an outgoing message and its delivery, in either outbox (a tenant's, or account mail). */
export abstract class OutgoingMessageColumns {
  @PrimaryColumn('uuid') id: string;
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

/** One outgoing message in the tenant's outbox, with its delivery status. */
@Entity('email_messages')
export class EmailMessageEntity extends OutgoingMessageColumns {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('text') kind: EmailKind;
}
