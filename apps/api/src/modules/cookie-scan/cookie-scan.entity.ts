import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';
import type { CookieScanReport } from './cookie-scan.report.js';

export const COOKIE_SCAN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type CookieScanStatus = (typeof COOKIE_SCAN_STATUSES)[number];

/** One scan of a site a tenant asked for, and once done its report (or why it failed). */
@Entity('cookie_scans')
export class CookieScanEntity extends TenantScopedEntity {
  @Column('text') url: string;
  @Column('text', { nullable: true }) acceptSelector: string | null;
  @Column('integer') maxPages: number;
  @Column('text') status: CookieScanStatus;
  @Column('text', { nullable: true }) errorCode: string | null;
  @Column('text', { nullable: true }) errorMessage: string | null;
  @Column('jsonb', { nullable: true }) report: CookieScanReport | null;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
