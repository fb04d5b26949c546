import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statements about the company as a whole (issue 17): whether it sells personal data at all (an explicit answer,
 * null until given), what happens to special-category data people send unasked, the data people give about others,
 * how quickly general enquiries are answered, and a company-wide retention rule purposes can follow (their own
 * `retention` jsonb gains `general`, read as false where absent). Nullable columns on the tenant's settings row:
 * keys, RLS and grants unchanged, nothing guessed. Expand-only.
 */
export class GeneralStatements1765650000000 implements MigrationInterface {
  name = 'GeneralStatements1765650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings
      ADD COLUMN sells_personal_data boolean,
      ADD COLUMN volunteered_special_category_data text
        CHECK (volunteered_special_category_data IN ('DELETED', 'PROCESSED_WITH_EXPLICIT_CONSENT')),
      ADD COLUMN data_about_others text,
      ADD COLUMN enquiry_response_time jsonb
        CHECK (enquiry_response_time IS NULL OR jsonb_typeof(enquiry_response_time) = 'object'),
      ADD COLUMN general_retention jsonb
        CHECK (general_retention IS NULL OR jsonb_typeof(general_retention) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings
      DROP COLUMN IF EXISTS general_retention,
      DROP COLUMN IF EXISTS enquiry_response_time,
      DROP COLUMN IF EXISTS data_about_others,
      DROP COLUMN IF EXISTS volunteered_special_category_data,
      DROP COLUMN IF EXISTS sells_personal_data`);
  }
}
