import { Column, Entity } from 'typeorm';
import type {
  CcpaCategory,
  DataSource,
  ProvisionRequirement,
  SpecialCategory,
  Translations,
} from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('data_categories')
export class DataCategoryEntity extends TenantScopedEntity {
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) specialCategory: SpecialCategory | null;
  @Column('text', { array: true }) sources: DataSource[];
  @Column('text', { nullable: true }) sourceDetails: string | null;
  @Column('text', { nullable: true }) requirement: ProvisionRequirement | null;
  @Column('text', { nullable: true }) consequenceOfNotProviding: string | null;
  @Column('text', { nullable: true }) ccpaCategory: CcpaCategory | null;
  @Column('integer') position: number;
  @Column('jsonb') translations: Translations;
}
