import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const SUBSCRIBER_STATUSES = ['PENDING', 'CONFIRMED', 'UNSUBSCRIBED'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** Someone who asked to be told by email when the tenant's sub-processor list changes (double opt-in). */
@Entity('subprocessor_subscribers')
export class SubprocessorSubscriberEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text') status: SubscriberStatus;
  @Column('timestamptz', { nullable: true }) confirmationSentAt: Date | null;
  @Column('timestamptz', { nullable: true }) confirmedAt: Date | null;
  @Column('timestamptz', { nullable: true }) unsubscribedAt: Date | null;
  /** The language they subscribed in (null: subscribed before it was kept), which their emails are written in. */
  @Column('text', { nullable: true }) language: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

export type SubscriberTokenPurpose = 'CONFIRM' | 'UNSUBSCRIBE';

/** The SHA-256 of a token sent in a link: one per confirmation email and one per notice (its unsubscribe link). */
@Entity('subprocessor_subscriber_tokens')
export class SubscriberTokenEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('bytea') tokenHash: Buffer;
  @Column('uuid') subscriberId: string;
  @Column('text') purpose: SubscriberTokenPurpose;
  @Column('timestamptz', { nullable: true }) expiresAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
