import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/**
 * Cookie scans: a start URL a tenant asked to be scanned, the job's progress, and the report (what a browser found
 * on the site before and after consent, compared with the tenant's declared cookies). A tenant table: tenant_id
 * leads the key and every index, forced RLS, audited without the report (a large derived value). Expand-only: a new
 * table older processes do not use.
 */
export class CookieScans1766500000000 implements MigrationInterface {
  name = 'CookieScans1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cookie_scans (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      url text NOT NULL,
      accept_selector text,
      max_pages integer NOT NULL CHECK (max_pages BETWEEN 1 AND 50),
      status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
      error_code text,
      error_message text,
      report jsonb,
      started_at timestamptz(3),
      finished_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query('CREATE INDEX cookie_scans_created_idx ON cookie_scans (tenant_id, created_at, id)');
    for (const s of tenantTableSql('cookie_scans')) await q.query(s);
    await q.query(auditTriggerSql('cookie_scans', ['report']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS cookie_scans');
  }
}
