/** The role every application query runs as. It owns nothing, so forced row-level security applies to it. */
export const APP_ROLE = 'noticeboard_app';

/** Transaction-local settings the policies read; set by the request context, never by arguments. */
export const SETTING = {
  tenant: 'app.tenant_id',
  agency: 'app.agency_id',
  user: 'app.user_id',
} as const;

/**
 * The tenants the policies let the caller read (the tenant in scope, an agency owner's agency, a person's
 * memberships), as a subquery. Agency-wide reads name them, so that the planner reads each tenant's rows through
 * its (tenant_id, …) indexes: the policy alone is a filter tested on every row of the table, every agency's.
 */
export const VISIBLE_TENANT_IDS = `SELECT d.tenant_id FROM tenant_directory d WHERE d.agency_id = app_current_agency()
  UNION ALL SELECT m.tenant_id FROM tenant_members m WHERE m.user_id = app_current_user()
  UNION ALL SELECT app_current_tenant()`;

/**
 * SQL that makes `table` a tenant table: forced RLS with a policy on the current tenant, and the
 * application role's privileges. `using` widens who may read (e.g. a user's own memberships);
 * writes always stay inside the current tenant.
 */
export function tenantTableSql(table: string, opts: { using?: string; privileges?: string } = {}): string[] {
  const check = 'tenant_id = app_current_tenant()';
  const using = opts.using ? `${check} OR ${opts.using}` : check;
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_tenant_isolation ON ${table} USING (${using}) WITH CHECK (${check})`,
    `GRANT ${opts.privileges ?? 'SELECT, INSERT, UPDATE, DELETE'} ON ${table} TO ${APP_ROLE}`,
  ];
}
