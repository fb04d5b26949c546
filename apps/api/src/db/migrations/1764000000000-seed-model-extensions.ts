import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What real policies state that the model could not yet hold: a rights-request channel other than email or a
 * web page ("raise a support ticket within the customer portal"), and the address of the controller's own copy
 * of its policy. Both are policy-wide, so they join the tenant's one `policy_settings` row (keyed by tenant_id,
 * under its existing forced RLS policy).
 */
export class SeedModelExtensions1764000000000 implements MigrationInterface {
  name = 'SeedModelExtensions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings ADD COLUMN rights_contact_channel text, ADD COLUMN policy_url text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE policy_settings DROP COLUMN IF EXISTS policy_url, DROP COLUMN IF EXISTS rights_contact_channel`,
    );
  }
}
