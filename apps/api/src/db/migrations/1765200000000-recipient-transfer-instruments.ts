import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recipient's Data Privacy Framework certification (issue 17): when it was certified and which parts of the
 * framework it joined (the UK Extension, the Swiss-US DPF), so each regime's transfers name the instrument valid
 * under that regime. It is a fact of the recipient entity, so the agency catalog holds it too, with the other
 * company facts it decides for linked tenants. Nullable jsonb columns on existing tables: tenant rows stay under
 * their tenant_id keys and forced RLS, and nothing is backfilled (a certification is not guessed; recipients that
 * rely on the framework without one are reported until it is recorded). Expand-only.
 */
export class RecipientTransferInstruments1765200000000 implements MigrationInterface {
  name = 'RecipientTransferInstruments1765200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['recipients', 'catalog_entries']) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN data_privacy_framework jsonb
           CHECK (data_privacy_framework IS NULL OR jsonb_typeof(data_privacy_framework) = 'object')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['catalog_entries', 'recipients']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS data_privacy_framework`);
    }
  }
}
