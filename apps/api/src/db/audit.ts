/**
 * Tenant tables whose rows are not copied into the audit log: the log itself, bytes derived from an audited
 * version, and tables that are logs in their own right (append-only events, deliveries). A migration that adds
 * such a table adds it here; every other tenant table gets `auditTriggerSql` (a test checks).
 */
export const UNAUDITED_TABLES: readonly string[] = [
  'audit_log',
  'published_documents',
  'consent_notices',
  'consent_events',
  'consent_decisions',
  // Insert-only, each row saying who recorded it and when: a record of its own, like the events it speaks of.
  'consent_opt_outs_passed_on',
  'data_subject_request_events',
  'email_messages',
  'webhook_deliveries',
];

/**
 * The trigger that records every change of `table` in the audit log. `excludedColumns` are never copied:
 * secrets, and values too large to diff usefully (kept in their own row).
 */
export function auditTriggerSql(table: string, excludedColumns: readonly string[] = []): string {
  const args = excludedColumns.map((c) => `'${c}'`).join(', ');
  return `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row_change(${args})`;
}
