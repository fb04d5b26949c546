import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  AuthorisedAgentProof,
  GeneralRetentionRule,
  Language,
  Translations,
  PolicySettings as PolicySettingsFields,
  SecurityMeasure,
  VolunteeredSpecialDataHandling,
} from '@noticeboard/domain';

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
  // Regional disclosures (migration 1765400000000): California, Brazil, Canada.
  @Column('boolean', { nullable: true }) sellsOrSharesPersonalInformationOfMinors: boolean | null;
  @Column('boolean', { nullable: true }) processesOptOutPreferenceSignals: boolean | null;
  @Column('boolean', { nullable: true }) operatesExclusivelyOnline: boolean | null;
  @Column('boolean', { nullable: true }) offersFinancialIncentives: boolean | null;
  @Column('text', { nullable: true }) tollFreeNumber: string | null;
  @Column('text', { nullable: true }) doNotSellOrShareUrl: string | null;
  @Column('text', { nullable: true }) limitSensitiveUseUrl: string | null;
  @Column('text', { nullable: true }) financialIncentiveNoticeUrl: string | null;
  @Column('text', { nullable: true }) authorisedAgentProof: AuthorisedAgentProof | null;
  @Column('text', { nullable: true }) verificationProcess: string | null;
  @Column('boolean', { nullable: true }) processesChildrensData: boolean | null;
  @Column('text', { nullable: true }) childrensDataTypes: string | null;
  @Column('text', { nullable: true }) parentalConsentProcess: string | null;
  @Column('text', { nullable: true }) accountablePersonName: string | null;
  @Column('text', { nullable: true }) accountablePersonTitle: string | null;
  @Column('text', { nullable: true }) accountablePersonEmail: string | null;
  @Column('text', { nullable: true }) changeNotice: string | null;
  @Column('text', { nullable: true }) policyUrl: string | null;
  // General statements (migration 1765650000000).
  @Column('boolean', { nullable: true }) sellsPersonalData: boolean | null;
  @Column('text', { nullable: true }) volunteeredSpecialCategoryData: VolunteeredSpecialDataHandling | null;
  @Column('text', { nullable: true }) dataAboutOthers: string | null;
  @Column('jsonb', { nullable: true }) enquiryResponseTime: PolicySettingsFields['enquiryResponseTime'];
  @Column('jsonb', { nullable: true }) generalRetention: GeneralRetentionRule | null;
  @Column('text', { nullable: true }) accentColor: string | null;
  @Column('text', { array: true }) publishedLanguages: Language[];
  @Column('jsonb') translations: Translations;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
