/** Roles inside an agency. Owners see and manage every tenant of the agency; members only those assigned. */
export const AGENCY_ROLES = ['OWNER', 'MEMBER'] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

/** Roles inside one tenant, held by tenant staff, by assigned agency members, and by API keys. */
export const TENANT_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PERMISSIONS = [
  'agency:manage',
  'agency:members',
  'tenant:create',
  'tenant:delete',
  'tenant:read',
  'tenant:update',
  'policy:read',
  'policy:write',
  'tenant:members',
  'tenant:apikeys',
  'audit:read',
  'consent:read',
  'consent:write',
  'request:read',
  'request:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TENANT_ROLE_PERMISSIONS: Record<TenantRole, readonly Permission[]> = {
  VIEWER: ['tenant:read', 'policy:read', 'consent:read', 'request:read'],
  EDITOR: [
    'tenant:read',
    'policy:read',
    'policy:write',
    'tenant:update',
    'consent:read',
    'consent:write',
    'request:read',
    'request:write',
  ],
  ADMIN: [
    'tenant:read',
    'policy:read',
    'policy:write',
    'tenant:update',
    'tenant:members',
    'tenant:apikeys',
    'audit:read',
    'consent:read',
    'consent:write',
    'request:read',
    'request:write',
  ],
};

const AGENCY_ROLE_PERMISSIONS: Record<AgencyRole, readonly Permission[]> = {
  OWNER: ['agency:manage', 'agency:members', 'tenant:create', 'tenant:delete'],
  MEMBER: [],
};

export function tenantPermissions(role: TenantRole): ReadonlySet<Permission> {
  return new Set(TENANT_ROLE_PERMISSIONS[role]);
}

export function agencyPermissions(role: AgencyRole): ReadonlySet<Permission> {
  return new Set(AGENCY_ROLE_PERMISSIONS[role]);
}

/**
 * The role someone holds in a tenant: agency owners administer every tenant of their agency; anyone else holds
 * the role of their assignment, or none.
 */
export function effectiveTenantRole(agencyRole: AgencyRole | null, assignment: TenantRole | null): TenantRole | null {
  if (agencyRole === 'OWNER') return 'ADMIN';
  return assignment;
}

/** API keys act for integrators and never administer members or other keys. */
export const API_KEY_ROLES: readonly TenantRole[] = ['EDITOR', 'VIEWER'];

/** Whether `granter` may hand out `role` (no one grants more than they hold). */
export function canGrant(granter: TenantRole, role: TenantRole): boolean {
  const rank: Record<TenantRole, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };
  return rank[granter] >= rank[role];
}
