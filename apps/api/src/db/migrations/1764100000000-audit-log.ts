import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql, UNAUDITED_TABLES } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/** Columns never copied into the log: secrets, and values too large to diff usefully (kept in their own row). */
const EXCLUDED_COLUMNS: Record<string, string[]> = {
  api_keys: ['token_hash', 'last_used_at'],
  policy_versions: ['snapshot'],
};

/**
 * An append-only audit log written by triggers, so every change of every module is recorded whatever code path
 * made it: who (actor kind and id from the request's settings), which request and mutation, which row, and the
 * changed fields before and after. The application role may insert (through the trigger) and read, never change.
 */
export class AuditLog1764100000000 implements MigrationInterface {
  name = 'AuditLog1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_log (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id bigint GENERATED ALWAYS AS IDENTITY,
      at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
      actor_kind text NOT NULL,
      actor_id uuid,
      request_id text,
      action text,
      entity text NOT NULL,
      entity_id text,
      operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
      before jsonb,
      after jsonb,
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query('CREATE INDEX audit_log_entity_idx ON audit_log (tenant_id, entity, entity_id, id)');
    await q.query('CREATE INDEX audit_log_actor_idx ON audit_log (tenant_id, actor_id, id)');
    for (const s of tenantTableSql('audit_log', { privileges: 'SELECT, INSERT' })) await q.query(s);

    // Changed fields only; timestamps maintained by the database are not changes anyone made.
    await q.query(`CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        noise text[] := array_cat(TG_ARGV::text[], ARRAY['created_at', 'updated_at']);
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - noise END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - noise END;
        subject jsonb := coalesce(new_row, old_row);
        old_values jsonb := old_row;
        new_values jsonb := new_row;
      BEGIN
        -- Rows removed with their tenant leave no entry: the tenant's log goes with it.
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = (subject ->> 'tenant_id')::uuid) THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'UPDATE' THEN
          SELECT jsonb_object_agg(k, old_row -> k), jsonb_object_agg(k, new_row -> k)
            INTO old_values, new_values
            FROM jsonb_object_keys(new_row) AS k
           WHERE (old_row -> k) IS DISTINCT FROM (new_row -> k);
          IF old_values IS NULL THEN RETURN NULL; END IF;
        END IF;
        INSERT INTO audit_log (tenant_id, actor_kind, actor_id, request_id, action, entity, entity_id, operation, before, after)
        VALUES (
          (subject ->> 'tenant_id')::uuid,
          coalesce(nullif(current_setting('app.actor_kind', true), ''), 'SYSTEM'),
          nullif(current_setting('app.actor_id', true), '')::uuid,
          nullif(current_setting('app.request_id', true), ''),
          nullif(current_setting('app.action', true), ''),
          TG_TABLE_NAME,
          coalesce(subject ->> 'id', subject ->> 'user_id', subject ->> 'purpose_id', subject ->> 'recipient_id', subject ->> 'version', subject ->> 'tenant_id'),
          TG_OP,
          old_values,
          new_values
        );
        RETURN NULL;
      END $$`);

    const tables: { table_name: string }[] = await q.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
          AND c.table_name <> 'tenant_directory' AND NOT (c.table_name = ANY ($1))`,
      [[...UNAUDITED_TABLES]],
    );
    for (const { table_name: table } of tables) await q.query(auditTriggerSql(table, EXCLUDED_COLUMNS[table]));
  }

  async down(q: QueryRunner): Promise<void> {
    const triggers: { tgname: string; table: string }[] = await q.query(
      `SELECT tgname, tgrelid::regclass::text AS table FROM pg_trigger WHERE tgname LIKE '%\\_audit' AND NOT tgisinternal`,
    );
    for (const t of triggers) await q.query(`DROP TRIGGER ${t.tgname} ON ${t.table}`);
    await q.query('DROP FUNCTION IF EXISTS audit_row_change()');
    await q.query('DROP TABLE IF EXISTS audit_log');
  }
}
