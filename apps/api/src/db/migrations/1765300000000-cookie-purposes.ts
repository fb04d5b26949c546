import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/** A row of the tenant in scope, or of a tenant the caller may see: the policy tables' reach (agency-wide reads). */
const VISIBLE = '(SELECT app_visible_tenants())::uuid[]';

/**
 * Cookies linked to the purposes they serve (issue 17), so the policy says what each relies on and states "only with
 * your consent" only when the links show it; and a cookie entry may describe a group of cookies by category, as
 * policies do without naming each cookie. The links live in a join table like a purpose's audiences, data categories
 * and recipients: `tenant_id` leads the key and every index, both sides are foreign keys with cascade (deleting a
 * purpose or a cookie leaves no link behind), forced RLS with the policy tables' agency-wide reads, and the
 * application role may read, insert and delete. Expand-only: existing cookies stay named and unlinked (publishing
 * reports each as COOKIE_WITHOUT_PURPOSE until its purposes are chosen; nothing is guessed).
 */
export class CookiePurposes1765300000000 implements MigrationInterface {
  name = 'CookiePurposes1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE cookies ADD COLUMN describes_group boolean NOT NULL DEFAULT false');
    await q.query(`CREATE TABLE cookie_purposes (
      tenant_id uuid NOT NULL,
      cookie_id uuid NOT NULL,
      purpose_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, cookie_id, purpose_id),
      FOREIGN KEY (tenant_id, cookie_id) REFERENCES cookies (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, purpose_id) REFERENCES purposes (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query('CREATE INDEX cookie_purposes_target_idx ON cookie_purposes (tenant_id, purpose_id)');
    for (const s of tenantTableSql('cookie_purposes', {
      using: `tenant_id = ANY (${VISIBLE})`,
      privileges: 'SELECT, INSERT, DELETE',
    }))
      await q.query(s);
    await q.query(auditTriggerSql('cookie_purposes'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS cookie_purposes');
    await q.query('ALTER TABLE cookies DROP COLUMN IF EXISTS describes_group');
  }
}
