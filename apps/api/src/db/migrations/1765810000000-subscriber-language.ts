import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a sub-processor subscriber subscribed in: their confirmation and every change notice are written in
 * it. `subprocessor_subscribers` is a tenant table: its rows stay under their tenant_id key and forced RLS, and its
 * audit trigger covers the new column as it is. Expand-only and nullable: rows from before (and rows an older
 * process writes during a rolling deploy) have none, and are written to in the tenant's fallback language.
 */
export class SubscriberLanguage1765810000000 implements MigrationInterface {
  name = 'SubscriberLanguage1765810000000';

  async up(q: QueryRunner): Promise<void> {
    // No default: PostgreSQL adds the column without rewriting the table.
    await q.query(`ALTER TABLE subprocessor_subscribers ADD COLUMN language text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subprocessor_subscribers DROP COLUMN IF EXISTS language`);
  }
}
