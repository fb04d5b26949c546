import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a tenant's policy draft and versions are read from. */
const POLICY_TABLES = [
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
];

/**
 * The policy tables become readable wherever the tenant itself is (`tenants` decides: the tenant in scope, an
 * agency owner's tenants, a person's memberships), as the requests already are: the agency home reads every
 * card's policy status in one request. Writes still need the tenant in scope.
 */
export class AgencyPolicyReads1764700000000 implements MigrationInterface {
  name = 'AgencyPolicyReads1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of POLICY_TABLES) {
      await q.query(
        `ALTER POLICY ${table}_tenant_isolation ON ${table}
           USING (tenant_id = app_current_tenant() OR EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = ${table}.tenant_id))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of POLICY_TABLES) await q.query(`ALTER POLICY ${table}_tenant_isolation ON ${table} USING (tenant_id = app_current_tenant())`);
  }
}
