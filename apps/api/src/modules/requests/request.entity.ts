import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type {
  ClockWaitPeriod,
  Deadline,
  ExtensionGround,
  Jurisdiction,
  PlainDate,
  RequestState,
  RequestType,
} from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

/**
 * How the tenant runs requests: its own promised deadline, its time zone and holiday calendar. No time zone: the
 * controller's address decides, or it must be set before requests can be received.
 */
@Entity('request_settings')
export class SubjectRequestSettingsEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('integer', { nullable: true }) promisedDays: number | null;
  @Column('text', { nullable: true }) timeZone: string | null;
  @Column('text', { nullable: true }) holidayRegion: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

export type SubjectRequestSource = 'PUBLIC_FORM' | 'PUBLIC_API' | 'PORTAL' | 'API';

/**
 * A deadline as stored, with what rows computed before the clock was modelled lack: a running clock, a statutory
 * period, no alternative-format extension (their regimes had none then).
 */
export function storedDeadline(d: Deadline | null): Deadline | null {
  if (!d) return d;
  return {
    ...d,
    clock: d.clock ?? { state: 'RUNNING', waitingFor: null, since: null, pausedDays: 0, citation: null },
    statutory: d.statutory ?? true,
    alternativeFormatExtension: d.alternativeFormatExtension ?? null,
  };
}

/** An extension as staff gave it, so the deadline can be worked out again when the clock moves. */
export interface StoredExtension {
  noticeOn: PlainDate;
  reason: string;
  ground: ExtensionGround;
  /** The date staff named (null: the law's cap). */
  newDueOn: PlainDate | null;
}

/** A data-subject request: its current state and deadline (the history is in the events). */
@Entity('data_subject_requests')
export class DataSubjectRequestEntity extends TenantScopedEntity {
  @Column('text') reference: string;
  @Column('text') type: RequestType;
  @Column('text') jurisdiction: Jurisdiction;
  @Column('text') state: RequestState;
  @Column('text') source: SubjectRequestSource;
  @Column('text') requesterName: string;
  @Column('text') requesterEmail: string;
  @Column('text', { nullable: true }) details: string | null;
  @Column('text') language: string;
  @Column('timestamptz') receivedAt: Date;
  @Column('text') timeZone: string;
  @Column('text', { nullable: true }) holidayRegion: string | null;
  @Column('integer', { nullable: true }) promisedDays: number | null;
  @Column('date') clockStartsOn: string;
  @Column('date') dueOn: string;
  @Column('date', { nullable: true }) acknowledgeBy: string | null;
  /** The deadline as the domain computed it (rule, law's and promised dates, extension option). */
  @Column('jsonb', { transformer: { from: storedDeadline, to: (d: Deadline) => d } }) deadline: Deadline;
  @Column('boolean') extended: boolean;
  @Column('text', { nullable: true }) extensionReason: string | null;
  @Column('jsonb', { nullable: true }) extension: StoredExtension | null;
  /** What was asked of the requester and when the answers came: the clock's events. */
  @Column('jsonb') clockWaits: ClockWaitPeriod[];
  /** When the requester confirmed by email that the request is theirs (not an identity check). */
  @Column('timestamptz', { nullable: true }) emailConfirmedAt: Date | null;
  /** When staff recorded the requester's identity as confirmed. */
  @Column('timestamptz', { nullable: true }) verifiedAt: Date | null;
  @Column('text', { nullable: true }) verificationMethod: string | null;
  @Column('text', { nullable: true, select: false }) verificationTokenHash: string | null;
  @Column('text', { nullable: true, select: false }) verificationCodeHash: string | null;
  @Column('timestamptz', { nullable: true }) verificationExpiresAt: Date | null;
  @Column('integer') verificationAttempts: number;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
  @Column('text', { nullable: true }) outcome: string | null;
  @Column('timestamptz', { nullable: true }) overdueSince: Date | null;
  /** CCPA opt-outs: when passing the request on to third parties was recorded. */
  @Column('timestamptz', { nullable: true }) passedOnAt: Date | null;
  /** MERGED: the original request this duplicate was folded into. */
  @Column('uuid', { nullable: true }) mergedIntoId: string | null;
}

export type SubjectRequestActorKind = 'USER' | 'API_KEY' | 'REQUESTER' | 'SYSTEM';

/** One step in a request's life: a transition or a note, with who, when and why (append-only). */
@Entity('data_subject_request_events')
export class DataSubjectRequestEventEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('uuid') requestId: string;
  @Column('timestamptz') at: Date;
  @Column('text') action: string;
  @Column('text', { nullable: true }) fromState: RequestState | null;
  @Column('text', { nullable: true }) toState: RequestState | null;
  @Column('text') actorKind: SubjectRequestActorKind;
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { nullable: true }) details: Record<string, unknown> | null;
}
