import { Column, Entity } from 'typeorm';
import type { PolicySection, Translations } from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('clauses')
export class ClauseEntity extends TenantScopedEntity {
  @Column('text') section: PolicySection;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') body: string;
  @Column('integer') position: number;
  @Column('jsonb') translations: Translations;
}
