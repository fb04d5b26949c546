import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ConsentChoice, ConsentMethod } from '@noticeboard/domain';

/** One row per tenant, made on first use: the websites allowed to record consents, and the subject-hash key. */
@Entity('consent_settings')
export class ConsentSettingsEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('text', { array: true }) allowedOrigins: string[];
  @Column('bytea', { select: false }) subjectKey: Buffer;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** A text shown to people when they were asked, stored once per tenant under its SHA-256. */
@Entity('consent_notices')
export class ConsentNoticeEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('text') hash: string;
  @Column('text') text: string;
}

export type ConsentRecorderKind = 'PUBLIC' | 'USER' | 'API_KEY';

/** One answer a person gave (append-only). */
@Entity('consent_events')
export class ConsentEventEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') subjectHash: string;
  @Column('timestamptz') recordedAt: Date;
  @Column('text') method: ConsentMethod;
  @Column('integer') policyVersion: number;
  @Column('text') noticeHash: string;
  @Column('text', { nullable: true }) pageUrl: string | null;
  @Column('text', { nullable: true }) ipTruncated: string | null;
  @Column('text', { nullable: true }) userAgent: string | null;
  @Column('text', { nullable: true }) language: string | null;
  @Column('boolean') gpc: boolean;
  @Column('text') idempotencyKey: string;
  @Column('text') fingerprint: string;
  @Column('text') recordedByKind: ConsentRecorderKind;
  @Column('uuid', { nullable: true }) recordedById: string | null;
  /** Imported: when the person gave the consent, where the evidence is, the policy version in force then. */
  @Column('timestamptz', { nullable: true }) givenAt: Date | null;
  @Column('text', { nullable: true }) evidenceSource: string | null;
  @Column('integer', { nullable: true }) policyVersionThen: number | null;
}

/** The event's answer for one purpose. */
@Entity('consent_decisions')
export class ConsentDecisionEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') eventId: string;
  @PrimaryColumn('uuid') purposeId: string;
  @Column('text') purposeName: string;
  @Column('text') choice: ConsentChoice;
  @Column('boolean') byGpc: boolean;
  @Column('text') subjectHash: string;
  @Column('timestamptz') recordedAt: Date;
}
