import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/**
 * Outgoing email (an outbox: every message is kept with its delivery status), webhook endpoints with their
 * delivery log, and people subscribed to a tenant's sub-processor list (double opt-in, tokens kept hashed).
 * The job queue's own tables (pg-boss, schema `pgboss`) are installed by `installQueue` with every migration run.
 */
export class QueueEmailWebhooks1764200000000 implements MigrationInterface {
  name = 'QueueEmailWebhooks1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // The outbox is a log of what was sent: not copied into the audit log (see UNAUDITED_TABLES).
    await q.query(`CREATE TABLE email_messages (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]*$'),
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text,
      status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'NOT_SENT')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      next_attempt_at timestamptz(3),
      provider_message_id text,
      sent_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query('CREATE INDEX email_messages_created_idx ON email_messages (tenant_id, created_at, id)');
    await q.query('CREATE INDEX email_messages_status_idx ON email_messages (tenant_id, status, created_at, id)');
    for (const s of tenantTableSql('email_messages', { privileges: 'SELECT, INSERT, UPDATE' })) await q.query(s);

    // The signing secret must be readable to sign deliveries; it is never copied into the audit log.
    await q.query(`CREATE TABLE webhook_endpoints (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      url text NOT NULL,
      description text,
      events text[] NOT NULL CHECK (cardinality(events) > 0),
      enabled boolean NOT NULL DEFAULT true,
      secret text NOT NULL,
      secret_hint text NOT NULL,
      created_by uuid,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query('CREATE INDEX webhook_endpoints_created_idx ON webhook_endpoints (tenant_id, created_at, id)');
    for (const s of tenantTableSql('webhook_endpoints')) await q.query(s);
    await q.query(auditTriggerSql('webhook_endpoints', ['secret']));

    // One row per event and endpoint, updated with each attempt: a log in its own right.
    await q.query(`CREATE TABLE webhook_deliveries (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      endpoint_id uuid NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'RETRYING')),
      attempts integer NOT NULL DEFAULT 0,
      last_status_code integer,
      last_error text,
      last_response_ms integer,
      next_attempt_at timestamptz(3),
      delivered_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoints (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      'CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (tenant_id, endpoint_id, created_at, id)',
    );
    for (const s of tenantTableSql('webhook_deliveries', { privileges: 'SELECT, INSERT, UPDATE' })) await q.query(s);

    await q.query(`CREATE TABLE subprocessor_subscribers (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      id uuid NOT NULL,
      email text NOT NULL,
      status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
      confirmation_sent_at timestamptz(3),
      confirmed_at timestamptz(3),
      unsubscribed_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, email)
    )`);
    await q.query(
      'CREATE INDEX subprocessor_subscribers_created_idx ON subprocessor_subscribers (tenant_id, created_at, id)',
    );
    for (const s of tenantTableSql('subprocessor_subscribers')) await q.query(s);
    await q.query(auditTriggerSql('subprocessor_subscribers'));

    // Links in emails carry a random token; only its SHA-256 is kept. One per confirmation and per notice.
    await q.query(`CREATE TABLE subprocessor_subscriber_tokens (
      tenant_id uuid NOT NULL,
      token_hash bytea NOT NULL,
      subscriber_id uuid NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('CONFIRM', 'UNSUBSCRIBE')),
      expires_at timestamptz(3),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, token_hash),
      FOREIGN KEY (tenant_id, subscriber_id) REFERENCES subprocessor_subscribers (tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      'CREATE INDEX subprocessor_subscriber_tokens_subscriber_idx ON subprocessor_subscriber_tokens (tenant_id, subscriber_id)',
    );
    for (const s of tenantTableSql('subprocessor_subscriber_tokens', { privileges: 'SELECT, INSERT, DELETE' }))
      await q.query(s);
    await q.query(auditTriggerSql('subprocessor_subscriber_tokens', ['token_hash']));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'subprocessor_subscriber_tokens',
      'subprocessor_subscribers',
      'webhook_deliveries',
      'webhook_endpoints',
      'email_messages',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
