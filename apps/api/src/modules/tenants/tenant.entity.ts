import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  DataProtectionOfficer,
  GroupEntity,
  Jurisdiction,
  Language,
  Office,
  Representative,
  SupervisoryAuthority,
  TenantRole,
} from '@noticeboard/domain';

/** Global slug → tenant directory: public URLs resolve here before any tenant is in scope. */
@Entity('tenant_directory')
export class TenantDirectoryEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('uuid') agencyId: string;
  @Column('text') slug: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A client company of an agency, with the controller facts its policy states. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('uuid') agencyId: string;
  @Column('text') slug: string;
  @Column('text') legalName: string;
  @Column('text', { nullable: true }) tradingName: string | null;
  @Column('text', { nullable: true }) registrationNumber: string | null;
  @Column('jsonb') groupEntities: GroupEntity[];
  @Column('jsonb') offices: Office[];
  @Column('text') contactEmail: string;
  @Column('text', { nullable: true }) contactPhone: string | null;
  @Column('text', { nullable: true }) website: string | null;
  @Column('jsonb', { nullable: true }) dpo: DataProtectionOfficer | null;
  @Column('jsonb') representatives: Representative[];
  @Column('jsonb', { nullable: true }) supervisoryAuthority: SupervisoryAuthority | null;
  @Column('text', { array: true }) jurisdictions: Jurisdiction[];
  @Column('text') defaultLanguage: Language;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('tenant_members')
export class TenantMemberEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') userId: string;
  @Column('text') role: TenantRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
