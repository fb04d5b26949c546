import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyRole, TenantRole } from '@noticeboard/domain';

/** Columns both kinds of invitation share; only the token's hash is stored. */
abstract class InvitationColumns {
  @PrimaryColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('bytea') tokenHash: Buffer;
  @Column('uuid', { nullable: true }) invitedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) acceptedAt: Date | null;
  @Column('uuid', { nullable: true }) acceptedBy: string | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
}

/** An invitation to join an agency's staff. Global, like agency_members. */
@Entity('agency_invitations')
export class AgencyInvitationEntity extends InvitationColumns {
  @PrimaryColumn('uuid') agencyId: string;
  @Column('text') role: AgencyRole;
}

/** An invitation to a role in one tenant: a tenant table (forced RLS). */
@Entity('tenant_invitations')
export class TenantInvitationEntity extends InvitationColumns {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('text') role: TenantRole;
}

export type InvitationEntity = AgencyInvitationEntity | TenantInvitationEntity;
