import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a tenant's policy draft and versions are read from, and its consent answers (for their activity). */
const TABLES = [
  'audiences',
  'data_categories',
  'recipients',
  'recipient_data_categories',
  'purposes',
  'purpose_audiences',
  'purpose_data_categories',
  'purpose_recipients',
  'cookies',
  'clauses',
  'policy_settings',
  'policy_versions',
  'consent_decisions',
];

/**
 * The policy tables and the consent answers become readable wherever the tenant itself is (`tenants` decides: the
 * tenant in scope, an agency owner's tenants, a person's memberships), as the requests already are: the agency
 * home reads every card's policy status and consent activity in one request. Writes still need the tenant in scope.
 */
export class AgencyWideReads1764700000000 implements MigrationInterface {
  name = 'AgencyWideReads1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(
        `ALTER POLICY ${table}_tenant_isolation ON ${table}
           USING (tenant_id = app_current_tenant() OR EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = ${table}.tenant_id))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER POLICY ${table}_tenant_isolation ON ${table} USING (tenant_id = app_current_tenant())`);
  }
}
