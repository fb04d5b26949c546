import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  CompetentAuthority,
  ControllerCertification,
  DataProtectionOfficer,
  GroupEntity,
  Jurisdiction,
  Language,
  Translations,
  Office,
  ProcessorRole,
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
  @Column('text', { nullable: true }) establishedIn: string | null;
  @Column('text') contactEmail: string;
  @Column('text', { nullable: true }) contactPhone: string | null;
  @Column('text', { nullable: true }) website: string | null;
  @Column('jsonb', { nullable: true }) dpo: DataProtectionOfficer | null;
  @Column('jsonb') representatives: Representative[];
  /**
   * Deprecated: the single authority of rows written before `supervisoryAuthorities` (migration 1765700000000). Read
   * only when the list is empty; every write mirrors the list's first entry into it, for code that still reads it.
   */
  @Column('jsonb', { nullable: true }) supervisoryAuthority: SupervisoryAuthority | null;
  @Column('jsonb') supervisoryAuthorities: CompetentAuthority[];
  /** Null on rows written before the question: read as unanswered. */
  @Column('jsonb', { nullable: true }) processorRole: ProcessorRole | null;
  @Column('jsonb') certifications: ControllerCertification[];
  @Column('text', { array: true }) jurisdictions: Jurisdiction[];
  @Column('text') defaultLanguage: Language;
  @Column('jsonb') translations: Translations;
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
