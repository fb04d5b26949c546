import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request clock as the law counts it. A request waits for things (identity information, a fee, clarification)
 * recorded with their dates in `clock_waits`; the extension is kept as given (`extension`), so the deadline can be
 * worked out again when the clock moves; EXTENDED is no longer a state (an extension belongs to the deadline, in
 * any open state), and confirming the email address (`email_confirmed_at`) is apart from identity (`verified_at`).
 * A duplicate is MERGED into its original. The tenant's time zone is no longer defaulted to UTC: the stored 'UTC'
 * was that default (settings saved for another field), so it is cleared and asked for, or derived from the
 * controller's address.
 */
export class RequestClock1766200000000 implements MigrationInterface {
  name = 'RequestClock1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE data_subject_requests
      ADD COLUMN email_confirmed_at timestamptz(3),
      ADD COLUMN clock_waits jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN extension jsonb,
      ADD COLUMN passed_on_at timestamptz(3),
      ADD COLUMN merged_into_id uuid,
      ADD CONSTRAINT data_subject_requests_merged_into_fk FOREIGN KEY (tenant_id, merged_into_id)
        REFERENCES data_subject_requests (tenant_id, id)`);
    // Before: VERIFYING meant "waiting for the requester's email link", and the link was taken as identity.
    await q.query(`UPDATE data_subject_requests
      SET email_confirmed_at = verified_at, verified_at = NULL, verification_method = NULL
      WHERE verification_method IN ('EMAIL_LINK', 'EMAIL_CODE')`);
    await q.query(`UPDATE data_subject_requests SET state = 'RECEIVED' WHERE state = 'VERIFYING'`);
    await q.query(`UPDATE data_subject_requests
      SET extension = jsonb_build_object(
            'noticeOn', deadline -> 'extended' ->> 'noticeOn',
            'reason', coalesce(extension_reason, deadline -> 'extended' ->> 'reason', ''),
            'ground', 'GENERAL',
            'newDueOn', due_on::text)
      WHERE extended`);
    await q.query(`ALTER TABLE data_subject_requests DROP CONSTRAINT data_subject_requests_state_check`);
    await q.query(`UPDATE data_subject_requests SET state = 'IN_PROGRESS' WHERE state = 'EXTENDED'`);
    await q.query(`ALTER TABLE data_subject_requests ADD CONSTRAINT data_subject_requests_state_check
      CHECK (state IN ('RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'COMPLETED', 'REFUSED', 'MERGED'))`);
    await q.query(
      `ALTER TABLE request_settings ALTER COLUMN time_zone DROP NOT NULL, ALTER COLUMN time_zone DROP DEFAULT`,
    );
    await q.query(`UPDATE request_settings SET time_zone = NULL WHERE time_zone = 'UTC'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE request_settings SET time_zone = 'UTC' WHERE time_zone IS NULL`);
    await q.query(
      `ALTER TABLE request_settings ALTER COLUMN time_zone SET NOT NULL, ALTER COLUMN time_zone SET DEFAULT 'UTC'`,
    );
    await q.query(`ALTER TABLE data_subject_requests DROP CONSTRAINT data_subject_requests_state_check`);
    await q.query(`UPDATE data_subject_requests SET state = 'EXTENDED' WHERE extended AND state = 'IN_PROGRESS'`);
    await q.query(`UPDATE data_subject_requests SET state = 'REFUSED' WHERE state = 'MERGED'`);
    await q.query(`UPDATE data_subject_requests SET state = 'VERIFYING' WHERE state = 'RECEIVED' AND email_confirmed_at IS NULL
      AND verification_token_hash IS NOT NULL`);
    await q.query(`ALTER TABLE data_subject_requests ADD CONSTRAINT data_subject_requests_state_check
      CHECK (state IN ('RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED', 'COMPLETED', 'REFUSED'))`);
    await q.query(`ALTER TABLE data_subject_requests
      DROP CONSTRAINT IF EXISTS data_subject_requests_merged_into_fk,
      DROP COLUMN IF EXISTS email_confirmed_at,
      DROP COLUMN IF EXISTS clock_waits,
      DROP COLUMN IF EXISTS extension,
      DROP COLUMN IF EXISTS passed_on_at,
      DROP COLUMN IF EXISTS merged_into_id`);
  }
}
