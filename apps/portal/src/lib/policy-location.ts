/**
 * Where in the portal each part of a tenant's policy is edited. The completeness panel links a problem's
 * location here; the editors read `?id=` (the item to open) and `?field=` (the control to focus, matched by its
 * `name`), so one convention serves every section.
 */
export type PolicyLocationKind =
  'AUDIENCE' | 'CLAUSE' | 'CONTROLLER' | 'COOKIE' | 'DATA_CATEGORY' | 'PURPOSE' | 'RECIPIENT' | 'SETTINGS';

export const EDITOR_SECTIONS = {
  CONTROLLER: { path: 'profile', label: 'Company' },
  SETTINGS: { path: 'settings', label: 'Policy settings' },
  AUDIENCE: { path: 'audiences', label: 'Audiences' },
  DATA_CATEGORY: { path: 'data-categories', label: 'Data categories' },
  PURPOSE: { path: 'purposes', label: 'Purposes' },
  RECIPIENT: { path: 'recipients', label: 'Recipients' },
  COOKIE: { path: 'cookies', label: 'Cookies' },
  CLAUSE: { path: 'clauses', label: 'Clauses' },
} as const satisfies Record<PolicyLocationKind, { path: string; label: string }>;

export interface PolicyLocation {
  kind: PolicyLocationKind;
  id?: string | null;
  field?: string | null;
}

/** The editor page for a location: `/tenants/:slug/edit/<section>?id=…&field=…`. */
export function policyLocationPath(slug: string, location: PolicyLocation): string {
  const params = new URLSearchParams();
  if (location.id) params.set('id', location.id);
  if (location.field) params.set('field', location.field);
  const query = params.toString();
  return `/tenants/${encodeURIComponent(slug)}/edit/${EDITOR_SECTIONS[location.kind].path}${query ? `?${query}` : ''}`;
}
