import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request's history becomes readable wherever the request is (the tenant in scope, an agency owner's tenants, a
 * person's memberships): the agency inbox reads requests of many tenants in one request, and their `events` were
 * empty outside the tenant in scope. The same reach, through `app_visible_tenants()`, as the requests themselves
 * (1764700000000-agency-wide-reads). Writes (inserts only) still need the tenant in scope. Expand-only: old
 * replicas read the same rows for the tenant in scope and simply see more elsewhere.
 */
export class RequestEventsAgencyReads1764850000000 implements MigrationInterface {
  name = 'RequestEventsAgencyReads1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER POLICY data_subject_request_events_tenant_isolation ON data_subject_request_events
         USING (tenant_id = app_current_tenant() OR tenant_id = ANY ((SELECT app_visible_tenants())::uuid[]))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER POLICY data_subject_request_events_tenant_isolation ON data_subject_request_events USING (tenant_id = app_current_tenant())',
    );
  }
}
