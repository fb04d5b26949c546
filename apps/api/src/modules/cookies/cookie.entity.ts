import { Column, Entity } from 'typeorm';
import type { CookieDurationUnit, CookieKind, Translations } from '@noticeboard/domain';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';

@Entity('cookies')
export class CookieEntity extends TenantScopedEntity {
  @Column('text') name: string;
  /** Whether the entry describes a group of cookies by category; `name` is then the group's label. */
  @Column('boolean') describesGroup: boolean;
  @Column('text') provider: string;
  @Column('uuid', { nullable: true }) recipientId: string | null;
  @Column('text') kind: CookieKind;
  @Column('integer', { nullable: true }) durationAmount: number | null;
  @Column('text', { nullable: true }) durationUnit: CookieDurationUnit | null;
  @Column('text') purpose: string;
  @Column('integer') position: number;
  @Column('jsonb') translations: Translations;
}
