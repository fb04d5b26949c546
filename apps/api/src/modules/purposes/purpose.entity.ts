import { Column, Entity } from 'typeorm';
import type {
  AdditionalBasis,
  AudienceCategories,
  CriminalOffenceAuthority,
  LegalBasis,
  RetentionRule,
  SpecialCategoryCondition,
  Translations,
} from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('purposes')
export class PurposeEntity extends TenantScopedEntity {
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') legalBasis: LegalBasis;
  @Column('text', { nullable: true }) legitimateInterest: string | null;
  @Column('text', { nullable: true }) legalObligation: string | null;
  @Column('text', { nullable: true }) legalObligationOrigin: string | null;
  @Column('text', { nullable: true }) legalBasisScope: string | null;
  /** Further bases for parts of the processing, each with its scope; `[]` when the main basis covers it all. */
  @Column('jsonb', { default: () => "'[]'" }) additionalBases: AdditionalBasis[];
  @Column('text', { nullable: true }) specialCategoryCondition: SpecialCategoryCondition | null;
  @Column('text', { nullable: true }) criminalOffenceAuthority: CriminalOffenceAuthority | null;
  @Column('text', { nullable: true }) criminalOffenceLaw: string | null;
  @Column('boolean') directMarketing: boolean;
  @Column('boolean') saleOrSharing: boolean;
  @Column('text', { nullable: true }) automatedDecisionLogic: string | null;
  @Column('jsonb') retention: RetentionRule;
  /** Which of the linked categories concern each linked audience, where not all do; `[]`: all concern all. */
  @Column('jsonb', { default: () => "'[]'" }) audienceCategories: AudienceCategories[];
  @Column('integer') position: number;
  @Column('jsonb') translations: Translations;
}
