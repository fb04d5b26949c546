import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../rls.js';

/**
 * The addresses a tenant used to have. A renamed tenant's old slugs keep redirecting to it, and no other agency
 * may take one: the old embed, banner and request form on the client's website still send to them. A deleted
 * tenant's slugs stay reserved for its agency (`tenant_id` becomes null). Global, like `tenant_directory`: identity
 * only (a slug, whose it was), no row-level security, read before any tenant is in scope.
 */
export class RetiredSlugs1764800000000 implements MigrationInterface {
  name = 'RetiredSlugs1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE retired_slugs (
      slug text PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
      tenant_id uuid REFERENCES tenant_directory (tenant_id) ON DELETE SET NULL,
      retired_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX retired_slugs_tenant_idx ON retired_slugs (tenant_id)');
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON retired_slugs TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS retired_slugs');
  }
}
