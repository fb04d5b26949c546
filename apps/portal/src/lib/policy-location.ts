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
  /** Set for a translation problem: the language the field's text is missing (or outdated) in. */
  language?: string | null;
}

/**
 * The translations page for a language, optionally at one text (the kind names the controller's and the settings'
 * texts, which have no id): `/tenants/:slug/translations?language=de&kind=…&id=…&field=…`.
 */
export function translationsPath(
  slug: string,
  at: { language?: string | null; kind?: string | null; id?: string | null; field?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (at.language) params.set('language', at.language.toLowerCase());
  if (at.kind) params.set('kind', at.kind);
  if (at.id) params.set('id', at.id);
  if (at.field) params.set('field', at.field);
  const query = params.toString();
  return `/tenants/${encodeURIComponent(slug)}/translations${query ? `?${query}` : ''}`;
}

/**
 * Where a location is fixed: the editor page `/tenants/:slug/edit/<section>?id=…&field=…`, or for a translation
 * problem the translations page at that text.
 */
export function policyLocationPath(slug: string, location: PolicyLocation): string {
  if (location.language) return translationsPath(slug, location);
  const params = new URLSearchParams();
  if (location.id) params.set('id', location.id);
  if (location.field) params.set('field', location.field);
  const query = params.toString();
  return `/tenants/${encodeURIComponent(slug)}/edit/${EDITOR_SECTIONS[location.kind].path}${query ? `?${query}` : ''}`;
}
