import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../rls.js';

/** A row of the tenant in scope, or of a tenant the caller may see (the same reach as the `tenants` policy). */
const VISIBLE = 'tenant_id = app_current_tenant() OR tenant_id = ANY ((SELECT app_visible_tenants())::uuid[])';

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
 * The policy tables and the consent answers become readable wherever the tenant itself is (the tenant in scope, an
 * agency owner's tenants, a person's memberships), as the requests already are: the agency home reads every
 * card's policy status and consent activity in one request. Writes still need the tenant in scope.
 *
 * The wider reach is `app_visible_tenants()`, computed once per statement (an InitPlan) and only when a row is not
 * the current tenant's: a policy with `EXISTS (SELECT … FROM tenants …)` instead made PostgreSQL plan that subquery
 * and the tenants policy inside it for every statement on these tables (planning 0.15 → 0.85 ms, consent writes
 * −30 %). The requests' policy, which had that form, takes this one too.
 */
export class AgencyWideReads1764700000000 implements MigrationInterface {
  name = 'AgencyWideReads1764700000000';

  async up(q: QueryRunner): Promise<void> {
    // plpgsql, so the planner sees one opaque call rather than inlining the queries into every statement.
    await q.query(`CREATE OR REPLACE FUNCTION app_visible_tenants() RETURNS uuid[] LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN ARRAY(
          SELECT d.tenant_id FROM tenant_directory d WHERE d.agency_id = app_current_agency()
          UNION SELECT m.tenant_id FROM tenant_members m WHERE m.user_id = app_current_user());
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_visible_tenants() TO ${APP_ROLE}`);
    for (const table of [...TABLES, 'data_subject_requests']) {
      await q.query(`ALTER POLICY ${table}_tenant_isolation ON ${table} USING (${VISIBLE})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await q.query(`ALTER POLICY ${table}_tenant_isolation ON ${table} USING (tenant_id = app_current_tenant())`);
    await q.query(
      `ALTER POLICY data_subject_requests_tenant_isolation ON data_subject_requests
         USING (tenant_id = app_current_tenant() OR EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = data_subject_requests.tenant_id))`,
    );
    await q.query('DROP FUNCTION IF EXISTS app_visible_tenants()');
  }
}
