import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/**
 * Consents with proof (GDPR Art. 7(1)). Events and their per-purpose decisions are append-only: the application
 * role may insert and read, never update or delete; a withdrawal is a new event. The texts people were shown
 * are kept once, addressed by their SHA-256. Subjects are stored only as a keyed hash, with a key per tenant
 * (in `consent_settings`, never copied into the audit log).
 */
export class Consents1764300000000 implements MigrationInterface {
  name = 'Consents1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE consent_settings (
      tenant_id uuid PRIMARY KEY REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      allowed_origins text[] NOT NULL DEFAULT '{}',
      subject_key bytea NOT NULL CHECK (octet_length(subject_key) = 32),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    )`);
    for (const s of tenantTableSql('consent_settings', { privileges: 'SELECT, INSERT, UPDATE' })) await q.query(s);
    await q.query(auditTriggerSql('consent_settings', ['subject_key']));

    await q.query(`CREATE TABLE consent_notices (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      text text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, hash)
    )`);
    for (const s of tenantTableSql('consent_notices', { privileges: 'SELECT, INSERT' })) await q.query(s);

    await q.query(`CREATE TABLE consent_events (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      subject_hash text NOT NULL,
      recorded_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
      method text NOT NULL CHECK (method IN ('BANNER', 'FORM', 'API', 'IMPORT')),
      policy_version integer NOT NULL,
      notice_hash text NOT NULL,
      page_url text,
      ip_truncated text,
      user_agent text,
      language text,
      gpc boolean NOT NULL,
      idempotency_key text NOT NULL,
      fingerprint text NOT NULL,
      recorded_by_kind text NOT NULL CHECK (recorded_by_kind IN ('PUBLIC', 'USER', 'API_KEY')),
      recorded_by_id uuid,
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, idempotency_key),
      FOREIGN KEY (tenant_id, policy_version) REFERENCES policy_versions (tenant_id, version) ON DELETE CASCADE
    )`);
    await q.query(
      'CREATE INDEX consent_events_subject_idx ON consent_events (tenant_id, subject_hash, recorded_at, id)',
    );
    await q.query('CREATE INDEX consent_events_recorded_idx ON consent_events (tenant_id, recorded_at)');
    for (const s of tenantTableSql('consent_events', { privileges: 'SELECT, INSERT' })) await q.query(s);

    // The subject and time are repeated here so that "current state" and "counts over time" read one index.
    await q.query(`CREATE TABLE consent_decisions (
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      purpose_id uuid NOT NULL,
      purpose_name text NOT NULL,
      choice text NOT NULL CHECK (choice IN ('GRANTED', 'REFUSED', 'WITHDRAWN')),
      by_gpc boolean NOT NULL,
      subject_hash text NOT NULL,
      recorded_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, event_id, purpose_id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES consent_events (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      'CREATE INDEX consent_decisions_subject_idx ON consent_decisions (tenant_id, subject_hash, purpose_id, recorded_at DESC)',
    );
    await q.query(
      'CREATE INDEX consent_decisions_time_idx ON consent_decisions (tenant_id, recorded_at) INCLUDE (purpose_id, choice)',
    );
    for (const s of tenantTableSql('consent_decisions', { privileges: 'SELECT, INSERT' })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['consent_decisions', 'consent_events', 'consent_notices', 'consent_settings'])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
