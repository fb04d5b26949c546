import { Column, Entity } from 'typeorm';
import type { Translations } from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('audiences')
export class AudienceEntity extends TenantScopedEntity {
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('integer') position: number;
  @Column('jsonb') translations: Translations;
}
