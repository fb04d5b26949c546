import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statements of absence come from explicit answers (issue 17): the policy settings gain yes/no answers that are
 * null until answered, "sells or shares" loses its default of false, and a data category's provision requirement
 * may be unanswered instead of defaulting to voluntary. Expand-only: existing values stay as saved (an editor
 * shows them and can clear them); only new rows start unanswered.
 */
export class ExplicitAnswers1765100000000 implements MigrationInterface {
  name = 'ExplicitAnswers1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings
      ADD COLUMN automated_decision_making boolean,
      ADD COLUMN international_transfers boolean,
      ADD COLUMN discloses_personal_data boolean,
      ADD COLUMN sold_or_shared_in_preceding12_months boolean,
      ADD COLUMN sensitive_personal_information_only_for_permitted_uses boolean,
      ADD COLUMN rights_requests_free_of_charge boolean,
      ALTER COLUMN sells_or_shares_personal_information DROP NOT NULL,
      ALTER COLUMN sells_or_shares_personal_information DROP DEFAULT`);
    await q.query('ALTER TABLE data_categories ALTER COLUMN requirement DROP NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE data_categories SET requirement = 'VOLUNTARY' WHERE requirement IS NULL`);
    await q.query('ALTER TABLE data_categories ALTER COLUMN requirement SET NOT NULL');
    await q.query(`UPDATE policy_settings SET sells_or_shares_personal_information = false
      WHERE sells_or_shares_personal_information IS NULL`);
    await q.query(`ALTER TABLE policy_settings
      ALTER COLUMN sells_or_shares_personal_information SET NOT NULL,
      ALTER COLUMN sells_or_shares_personal_information SET DEFAULT false,
      DROP COLUMN automated_decision_making,
      DROP COLUMN international_transfers,
      DROP COLUMN discloses_personal_data,
      DROP COLUMN sold_or_shared_in_preceding12_months,
      DROP COLUMN sensitive_personal_information_only_for_permitted_uses,
      DROP COLUMN rights_requests_free_of_charge`);
  }
}
