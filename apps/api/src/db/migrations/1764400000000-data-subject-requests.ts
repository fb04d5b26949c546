import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/**
 * Data-subject requests and their history. A request row holds its current state and deadline; every
 * transition (and every note) is an append-only event with who, when and why. Requests may be read across the
 * tenants the caller can see (the agency's inbox sorted by due date): the read policy widens to any tenant row
 * visible under the tenants table's own policy, while writes stay inside the current tenant.
 */
export class DataSubjectRequests1764400000000 implements MigrationInterface {
  name = 'DataSubjectRequests1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE request_settings (
      tenant_id uuid PRIMARY KEY REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      promised_days integer CHECK (promised_days BETWEEN 1 AND 90),
      time_zone text NOT NULL DEFAULT 'UTC',
      holiday_region text,
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    for (const s of tenantTableSql('request_settings', { privileges: 'SELECT, INSERT, UPDATE' })) await q.query(s);
    await q.query(auditTriggerSql('request_settings'));

    await q.query(`CREATE TABLE data_subject_requests (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      reference text NOT NULL,
      type text NOT NULL,
      jurisdiction text NOT NULL,
      state text NOT NULL CHECK (state IN ('RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED', 'COMPLETED', 'REFUSED')),
      source text NOT NULL CHECK (source IN ('PUBLIC_FORM', 'PUBLIC_API', 'PORTAL', 'API')),
      requester_name text NOT NULL,
      requester_email text NOT NULL,
      details text,
      language text NOT NULL,
      received_at timestamptz(3) NOT NULL,
      time_zone text NOT NULL,
      holiday_region text,
      promised_days integer,
      clock_starts_on date NOT NULL,
      due_on date NOT NULL,
      acknowledge_by date,
      deadline jsonb NOT NULL,
      extended boolean NOT NULL DEFAULT false,
      extension_reason text,
      verified_at timestamptz(3),
      verification_method text,
      verification_token_hash text,
      verification_code_hash text,
      verification_expires_at timestamptz(3),
      verification_attempts integer NOT NULL DEFAULT 0,
      closed_at timestamptz(3),
      outcome text,
      overdue_since timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, reference)
    )`);
    await q.query(
      'CREATE INDEX data_subject_requests_due_idx ON data_subject_requests (tenant_id, due_on, id) WHERE closed_at IS NULL',
    );
    await q.query('CREATE INDEX data_subject_requests_state_idx ON data_subject_requests (tenant_id, state, due_on)');
    await q.query('CREATE INDEX data_subject_requests_email_idx ON data_subject_requests (tenant_id, requester_email)');
    await q.query(
      'CREATE INDEX data_subject_requests_token_idx ON data_subject_requests (tenant_id, verification_token_hash) WHERE verification_token_hash IS NOT NULL',
    );
    for (const s of tenantTableSql('data_subject_requests', {
      privileges: 'SELECT, INSERT, UPDATE',
      using: 'EXISTS (SELECT 1 FROM tenants t WHERE t.tenant_id = data_subject_requests.tenant_id)',
    }))
      await q.query(s);
    await q.query(
      auditTriggerSql('data_subject_requests', [
        'verification_token_hash',
        'verification_code_hash',
        'verification_attempts',
        'deadline',
      ]),
    );

    await q.query(`CREATE TABLE data_subject_request_events (
      tenant_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      request_id uuid NOT NULL,
      at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
      action text NOT NULL,
      from_state text,
      to_state text,
      actor_kind text NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY', 'REQUESTER', 'SYSTEM')),
      actor_id uuid,
      reason text,
      details jsonb,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, request_id) REFERENCES data_subject_requests (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      'CREATE INDEX data_subject_request_events_request_idx ON data_subject_request_events (tenant_id, request_id, id)',
    );
    for (const s of tenantTableSql('data_subject_request_events', { privileges: 'SELECT, INSERT' })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['data_subject_request_events', 'data_subject_requests', 'request_settings'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
