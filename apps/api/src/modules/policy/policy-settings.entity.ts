import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SecurityMeasure } from '@noticeboard/domain';

/** Policy-wide statements, one row per tenant (absent until first saved: defaults apply). */
@Entity('policy_settings')
export class PolicySettingsEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @Column('text', { nullable: true }) rightsContactEmail: string | null;
  @Column('text', { nullable: true }) rightsContactUrl: string | null;
  @Column('text', { nullable: true }) rightsContactChannel: string | null;
  @Column('integer', { nullable: true }) childrenMinimumAge: number | null;
  @Column('text', { array: true }) securityMeasures: SecurityMeasure[];
  // Explicit answers: null until answered (domain `POLICY_ANSWERS`).
  @Column('boolean', { nullable: true }) automatedDecisionMaking: boolean | null;
  @Column('boolean', { nullable: true }) internationalTransfers: boolean | null;
  @Column('boolean', { nullable: true }) disclosesPersonalData: boolean | null;
  @Column('boolean', { nullable: true }) sellsOrSharesPersonalInformation: boolean | null;
  @Column('boolean', { nullable: true }) soldOrSharedInPreceding12Months: boolean | null;
  @Column('boolean', { nullable: true }) sensitivePersonalInformationOnlyForPermittedUses: boolean | null;
  @Column('boolean', { nullable: true }) rightsRequestsFreeOfCharge: boolean | null;
  @Column('text', { nullable: true }) changeNotice: string | null;
  @Column('text', { nullable: true }) policyUrl: string | null;
  @Column('text', { nullable: true }) accentColor: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
