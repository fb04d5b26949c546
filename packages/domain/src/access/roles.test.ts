import { describe, expect, it } from 'vitest';
import {
  AGENCY_ROLES,
  API_KEY_ROLES,
  PERMISSIONS,
  TENANT_ROLES,
  agencyPermissions,
  canGrant,
  effectiveTenantRole,
  tenantPermissions,
  type AgencyRole,
  type TenantRole,
} from './roles.js';

describe('role and permission lists', () => {
  it('list the roles and permissions', () => {
    expect(AGENCY_ROLES).toEqual(['OWNER', 'MEMBER']);
    expect(TENANT_ROLES).toEqual(['ADMIN', 'EDITOR', 'VIEWER']);
    expect(PERMISSIONS).toEqual([
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
    ]);
  });
});

describe('tenantPermissions', () => {
  it.each([
    ['VIEWER', ['consent:read', 'policy:read', 'request:read', 'tenant:read']],
    [
      'EDITOR',
      [
        'consent:read',
        'consent:write',
        'policy:read',
        'policy:write',
        'request:read',
        'request:write',
        'tenant:read',
        'tenant:update',
      ],
    ],
    [
      'ADMIN',
      [
        'audit:read',
        'consent:read',
        'consent:write',
        'policy:read',
        'policy:write',
        'request:read',
        'request:write',
        'tenant:apikeys',
        'tenant:members',
        'tenant:read',
        'tenant:update',
      ],
    ],
  ] as Array<[TenantRole, string[]]>)('%s may %j', (role, permissions) => {
    expect([...tenantPermissions(role)].sort()).toEqual(permissions);
  });

  it('never grants agency-wide permissions or tenant deletion', () => {
    for (const role of TENANT_ROLES) {
      for (const p of ['agency:manage', 'agency:members', 'tenant:create', 'tenant:delete'] as const) {
        expect(tenantPermissions(role).has(p)).toBe(false);
      }
    }
  });

  it('is cumulative: each role can do everything the role below can', () => {
    const viewer = tenantPermissions('VIEWER');
    const editor = tenantPermissions('EDITOR');
    const admin = tenantPermissions('ADMIN');
    for (const p of viewer) expect(editor.has(p)).toBe(true);
    for (const p of editor) expect(admin.has(p)).toBe(true);
  });

  it('returns a fresh set each time', () => {
    const first = tenantPermissions('VIEWER') as Set<string>;
    first.add('policy:write');
    expect(tenantPermissions('VIEWER').has('policy:write')).toBe(false);
  });
});

describe('agencyPermissions', () => {
  it('owners manage the agency, its members and its tenants', () => {
    expect([...agencyPermissions('OWNER')].sort()).toEqual([
      'agency:manage',
      'agency:members',
      'tenant:create',
      'tenant:delete',
    ]);
  });

  it('members hold no agency-wide permission', () => {
    expect(agencyPermissions('MEMBER').size).toBe(0);
  });
});

describe('effectiveTenantRole', () => {
  it.each([
    ['OWNER', null, 'ADMIN'],
    ['OWNER', 'VIEWER', 'ADMIN'],
    ['OWNER', 'EDITOR', 'ADMIN'],
    ['MEMBER', null, null],
    ['MEMBER', 'VIEWER', 'VIEWER'],
    ['MEMBER', 'EDITOR', 'EDITOR'],
    ['MEMBER', 'ADMIN', 'ADMIN'],
    [null, null, null],
    [null, 'EDITOR', 'EDITOR'],
  ] as Array<[AgencyRole | null, TenantRole | null, TenantRole | null]>)(
    'agency role %s with assignment %s → %s',
    (agencyRole, assignment, expected) => {
      expect(effectiveTenantRole(agencyRole, assignment)).toBe(expected);
    },
  );
});

describe('canGrant', () => {
  it.each([
    ['ADMIN', 'ADMIN', true],
    ['ADMIN', 'EDITOR', true],
    ['ADMIN', 'VIEWER', true],
    ['EDITOR', 'ADMIN', false],
    ['EDITOR', 'EDITOR', true],
    ['EDITOR', 'VIEWER', true],
    ['VIEWER', 'ADMIN', false],
    ['VIEWER', 'EDITOR', false],
    ['VIEWER', 'VIEWER', true],
  ] as Array<[TenantRole, TenantRole, boolean]>)('%s may grant %s: %s', (granter, role, expected) => {
    expect(canGrant(granter, role)).toBe(expected);
  });
});

describe('API_KEY_ROLES', () => {
  it('are editor and viewer only', () => {
    expect(API_KEY_ROLES).toEqual(['EDITOR', 'VIEWER']);
  });

  it('never administer members or keys', () => {
    for (const role of API_KEY_ROLES) {
      expect(tenantPermissions(role).has('tenant:members')).toBe(false);
      expect(tenantPermissions(role).has('tenant:apikeys')).toBe(false);
    }
  });
});
