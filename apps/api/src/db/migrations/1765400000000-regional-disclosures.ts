import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the California, Brazilian and Canadian regimes ask the policy to say that the data cannot (issue 17): the
 * CCPA answers (knowingly selling minors' data, opt-out preference signals, operating exclusively online, financial
 * incentives), the pages behind the "Do Not Sell or Share" and "Limit the Use" links, a toll-free number, the notice
 * of financial incentive, what an authorised agent must show and how requests are verified; the LGPD answer on
 * children's and adolescents' data with what is published about it; PIPEDA's accountable individual. Nullable
 * columns on the tenant's one settings row (tenant_id is its key, under its forced RLS policy and audit trigger):
 * null is "not answered", so nothing is backfilled. Expand-only.
 */
export class RegionalDisclosures1765400000000 implements MigrationInterface {
  name = 'RegionalDisclosures1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings
      ADD COLUMN sells_or_shares_personal_information_of_minors boolean,
      ADD COLUMN processes_opt_out_preference_signals boolean,
      ADD COLUMN operates_exclusively_online boolean,
      ADD COLUMN offers_financial_incentives boolean,
      ADD COLUMN toll_free_number text,
      ADD COLUMN do_not_sell_or_share_url text,
      ADD COLUMN limit_sensitive_use_url text,
      ADD COLUMN financial_incentive_notice_url text,
      ADD COLUMN authorised_agent_proof text
        CHECK (authorised_agent_proof IN ('SIGNED_PERMISSION', 'SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION')),
      ADD COLUMN verification_process text,
      ADD COLUMN processes_childrens_data boolean,
      ADD COLUMN childrens_data_types text,
      ADD COLUMN parental_consent_process text,
      ADD COLUMN accountable_person_name text,
      ADD COLUMN accountable_person_title text,
      ADD COLUMN accountable_person_email text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings
      DROP COLUMN IF EXISTS accountable_person_email,
      DROP COLUMN IF EXISTS accountable_person_title,
      DROP COLUMN IF EXISTS accountable_person_name,
      DROP COLUMN IF EXISTS parental_consent_process,
      DROP COLUMN IF EXISTS childrens_data_types,
      DROP COLUMN IF EXISTS processes_childrens_data,
      DROP COLUMN IF EXISTS verification_process,
      DROP COLUMN IF EXISTS authorised_agent_proof,
      DROP COLUMN IF EXISTS financial_incentive_notice_url,
      DROP COLUMN IF EXISTS limit_sensitive_use_url,
      DROP COLUMN IF EXISTS do_not_sell_or_share_url,
      DROP COLUMN IF EXISTS toll_free_number,
      DROP COLUMN IF EXISTS offers_financial_incentives,
      DROP COLUMN IF EXISTS operates_exclusively_online,
      DROP COLUMN IF EXISTS processes_opt_out_preference_signals,
      DROP COLUMN IF EXISTS sells_or_shares_personal_information_of_minors`);
  }
}
