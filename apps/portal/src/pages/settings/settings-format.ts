/** Words for the settings pages, and the pure logic behind the audit log's before/after display. */

export const TENANT_ROLES = [
  {
    value: 'ADMIN',
    label: 'Admin',
    description: 'Everything, including people, API keys, webhooks and the audit log.',
  },
  { value: 'EDITOR', label: 'Editor', description: 'Edits the policy and handles requests and consents.' },
  { value: 'VIEWER', label: 'Viewer', description: 'Reads the policy, requests and consents; changes nothing.' },
] as const;

export const AGENCY_ROLES = [
  { value: 'OWNER', label: 'Owner', description: 'Every client of the agency, the agency’s people and its catalog.' },
  { value: 'MEMBER', label: 'Member', description: 'Only the clients they are assigned to.' },
] as const;

/** Keys never administer: the API accepts only these roles for them. */
export const API_KEY_ROLES = TENANT_ROLES.filter((r) => r.value !== 'ADMIN');

/** Roles as the options of a radio group: `[value, label, what it may do]`. */
export const roleOptions = (roles: readonly { value: string; label: string; description: string }[]) =>
  roles.map((r) => [r.value, r.label, r.description] as const);

export const WEBHOOK_EVENTS = [
  { value: 'POLICY_PUBLISHED', wire: 'policy.published', label: 'A new policy version was published' },
  { value: 'SUBPROCESSORS_CHANGED', wire: 'subprocessors.changed', label: 'The sub-processor list changed' },
  { value: 'CONSENT_RECORDED', wire: 'consent.recorded', label: 'Someone gave or refused consent' },
  { value: 'CONSENT_WITHDRAWN', wire: 'consent.withdrawn', label: 'Someone withdrew consent' },
  { value: 'REQUEST_RECEIVED', wire: 'request.received', label: 'A data-subject request came in' },
  { value: 'REQUEST_DUE_SOON', wire: 'request.due_soon', label: 'A request is due soon' },
  { value: 'REQUEST_OVERDUE', wire: 'request.overdue', label: 'A request is past its deadline' },
  { value: 'REQUEST_COMPLETED', wire: 'request.completed', label: 'A request was completed' },
] as const;

/** The values of each list above, as the API's enums take them (a form reader's `oneOf`). */
export const TENANT_ROLE_VALUES = TENANT_ROLES.map((r) => r.value);
export const AGENCY_ROLE_VALUES = AGENCY_ROLES.map((r) => r.value);
export const API_KEY_ROLE_VALUES = API_KEY_ROLES.map((r) => r.value);
export const WEBHOOK_EVENT_VALUES = WEBHOOK_EVENTS.map((e) => e.value);

export const DELIVERY_STATUS_LABELS = {
  PENDING: 'Pending',
  RETRYING: 'Retrying',
  SUCCEEDED: 'Delivered',
  FAILED: 'Failed',
};

export const EMAIL_STATUS_LABELS = {
  QUEUED: 'Queued',
  SENT: 'Sent',
  FAILED: 'Failed',
  NOT_SENT: 'Not sent (no mail server)',
};

export const EMAIL_KIND_LABELS = {
  REQUEST_VERIFICATION: 'Request: identity check',
  REQUEST_NOTICE: 'Request: notice to requester',
  CONSENT_WITHDRAWAL_LINK: 'Consents: withdrawal link',
  SUBSCRIPTION_CONFIRMATION: 'Sub-processors: subscription confirmation',
  SUBPROCESSOR_NOTICE: 'Sub-processors: change notice',
};

export const SUBSCRIBER_STATUS_LABELS = {
  PENDING: 'Awaiting confirmation',
  CONFIRMED: 'Confirmed',
  UNSUBSCRIBED: 'Unsubscribed',
};

export const AUDIT_OPERATION_LABELS: Record<string, string> = {
  INSERT: 'Created',
  UPDATE: 'Changed',
  DELETE: 'Deleted',
};

export const AUDIT_ACTOR_KIND_LABELS: Record<string, string> = { USER: 'Person', API_KEY: 'API key', SYSTEM: 'System' };

/** The tables the audit log records (every tenant table but logs and derived bytes), by what they hold. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  tenants: 'Client profile',
  tenant_members: 'Members',
  api_keys: 'API keys',
  webhook_endpoints: 'Webhook endpoints',
  policy_settings: 'Policy settings',
  policy_versions: 'Published versions',
  purposes: 'Purposes',
  data_categories: 'Data categories',
  audiences: 'Audiences',
  recipients: 'Recipients',
  recipient_data_categories: 'Recipients’ data categories',
  cookies: 'Cookies',
  clauses: 'Clauses',
  consent_settings: 'Consent settings',
  data_subject_requests: 'Data-subject requests',
  request_settings: 'Request settings',
  subprocessor_subscribers: 'Sub-processor subscribers',
  subprocessor_subscriber_tokens: 'Subscriber links',
};

/** Columns every row has, which say nothing about the change itself. */
const HIDDEN_COLUMNS = new Set(['tenant_id', 'id']);

/** "contact_email" → "Contact email"; camelCase too. */
export function fieldLabel(column: string): string {
  const words = column
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : column;
}

/** A stored value as a person reads it: empty for null, yes/no, lists joined, nested objects as compact JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
      ? value.map((v) => formatAuditValue(v)).join(', ')
      : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

export interface FieldChangeRow {
  field: string;
  label: string;
  /** Absent for a created row (nothing was there before). */
  before?: string;
  /** Absent for a deleted row. */
  after?: string;
}

/**
 * The fields of one audit entry a person needs to see: for a change, those whose value differs (the API stores
 * only changed fields, but a trigger may include equal ones); for a creation, the values set; for a deletion,
 * the values lost. Empty values of a creation or deletion are left out; ordering follows the stored row.
 */
export function auditChanges(
  operation: string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChangeRow[] {
  const rows: FieldChangeRow[] = [];
  if (operation === 'INSERT' || operation === 'DELETE') {
    const values = (operation === 'INSERT' ? after : before) ?? {};
    for (const [field, value] of Object.entries(values)) {
      if (HIDDEN_COLUMNS.has(field) || value === null || value === undefined || value === '') continue;
      const text = formatAuditValue(value);
      rows.push(
        operation === 'INSERT'
          ? { field, label: fieldLabel(field), after: text }
          : { field, label: fieldLabel(field), before: text },
      );
    }
    return rows;
  }
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  for (const field of fields) {
    if (HIDDEN_COLUMNS.has(field)) continue;
    const old = formatAuditValue(before?.[field]);
    const now = formatAuditValue(after?.[field]);
    if (old === now) continue;
    rows.push({ field, label: fieldLabel(field), before: old, after: now });
  }
  return rows;
}

/**
 * A date range picked as calendar days (YYYY-MM-DD, inclusive, in the browser's time zone) as the API's
 * `since` (inclusive) and `until` (exclusive) instants. An empty or malformed day leaves that end open.
 */
export function dayRange(from: string, to: string): { since: string | null; until: string | null } {
  const start = (day: string, offset: number): string | null => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!match) return null;
    const d = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offset);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  return { since: start(from, 0), until: start(to, 1) };
}

/** "12 ms", "1.3 s". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Pages through a connection by cursors: the stack holds the `after` cursor of every page opened so far, so
 * "Previous" goes back exactly to the page before, whatever was inserted meanwhile.
 */
export interface CursorPages {
  stack: readonly (string | null)[];
}

export const firstPage: CursorPages = { stack: [null] };

export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  return endCursor ? { stack: [...pages.stack, endCursor] } : pages;
}

export function previousPage(pages: CursorPages): CursorPages {
  return pages.stack.length > 1 ? { stack: pages.stack.slice(0, -1) } : pages;
}

export function currentCursor(pages: CursorPages): string | null {
  return pages.stack[pages.stack.length - 1] ?? null;
}

/** "26–50 of 73". */
export function pageRange(pageIndex: number, pageSize: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  const first = pageIndex * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}
