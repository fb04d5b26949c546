import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { tenantTableSql } from '../rls.js';

/**
 * The submission keys of the public request intake: the one-time token of a rendered form, or the JSON API's
 * `Idempotency-Key`. A key is unique per tenant and names the request it filed, so a resubmission (a reloaded
 * receipt page, a retried call) answers with the first request instead of filing a second. Only the SHA-256 of the
 * key is kept, with a fingerprint of the content it came with (the same key with other content is refused).
 * A tenant table: tenant_id leads the key, forced RLS, insert-only for the application role, audited.
 * Expand-only: a new table that older processes simply do not use during a rolling deploy.
 */
export class RequestSubmissionKeys1765900000000 implements MigrationInterface {
  name = 'RequestSubmissionKeys1765900000000';

  async up(q: QueryRunner): Promise<void> {
    // The request is inserted after its key is claimed in the same transaction: the reference is checked at commit.
    await q.query(`CREATE TABLE request_submission_keys (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      key_hash text NOT NULL,
      request_id uuid NOT NULL,
      fingerprint text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, key_hash),
      FOREIGN KEY (tenant_id, request_id) REFERENCES data_subject_requests (tenant_id, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
    )`);
    await q.query(
      'CREATE INDEX request_submission_keys_request_idx ON request_submission_keys (tenant_id, request_id)',
    );
    for (const s of tenantTableSql('request_submission_keys', { privileges: 'SELECT, INSERT' })) await q.query(s);
    await q.query(auditTriggerSql('request_submission_keys'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS request_submission_keys`);
  }
}
