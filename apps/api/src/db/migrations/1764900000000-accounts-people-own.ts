import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTriggerSql } from '../audit.js';
import { APP_ROLE, tenantTableSql } from '../rls.js';

/**
 * Accounts people own: invitations they accept (an agency's in a global table, a tenant's in a tenant table with
 * forced RLS, its token carrying the tenant as an API key's does), single-use links for password resets, sign-in
 * challenges for two-factor sign-in, recovery codes, and an outbox for mail that belongs to a person rather than
 * to a tenant (invitation and reset links must not be readable in a tenant's outbox: whoever reads the link can
 * accept it). Only hashes of tokens, links and recovery codes are stored.
 */
export class AccountsPeopleOwn1764900000000 implements MigrationInterface {
  name = 'AccountsPeopleOwn1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE agency_invitations (
         agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
         id uuid NOT NULL,
         email text NOT NULL CHECK (email = lower(email)),
         role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
         token_hash bytea NOT NULL UNIQUE,
         invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         expires_at timestamptz(3) NOT NULL,
         accepted_at timestamptz(3),
         accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
         revoked_at timestamptz(3),
         PRIMARY KEY (agency_id, id)
       )`,
      // At most one open invitation per address and agency: inviting again replaces the link.
      `CREATE UNIQUE INDEX agency_invitations_open_key ON agency_invitations (agency_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON agency_invitations TO ${APP_ROLE}`,
      `CREATE TABLE tenant_invitations (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         email text NOT NULL CHECK (email = lower(email)),
         role text NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
         token_hash bytea NOT NULL,
         invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         expires_at timestamptz(3) NOT NULL,
         accepted_at timestamptz(3),
         accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
         revoked_at timestamptz(3),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, token_hash)
       )`,
      `CREATE UNIQUE INDEX tenant_invitations_open_key ON tenant_invitations (tenant_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
      ...tenantTableSql('tenant_invitations'),
      // Who invited whom, and who withdrew it, is in the tenant's audit log; the link's hash is not.
      auditTriggerSql('tenant_invitations', ['token_hash']),
      // Password-reset links: single use, short-lived.
      `CREATE TABLE account_links (
         id uuid PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET')),
         token_hash bytea NOT NULL UNIQUE,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         expires_at timestamptz(3) NOT NULL,
         used_at timestamptz(3)
       )`,
      `CREATE INDEX account_links_user_idx ON account_links (user_id, purpose)`,
      // Two-factor sign-in: the secret (set when enabled), a secret being set up, the last time step used (a code
      // works once), and an agency-wide requirement.
      `ALTER TABLE users ADD COLUMN totp_secret text, ADD COLUMN totp_pending_secret text, ADD COLUMN totp_enabled_at timestamptz(3), ADD COLUMN totp_last_step bigint`,
      `ALTER TABLE agencies ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`,
      `CREATE TABLE recovery_codes (
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         code_hash bytea NOT NULL,
         used_at timestamptz(3),
         PRIMARY KEY (user_id, code_hash)
       )`,
      // The password was right, the second factor is still to come: a short-lived challenge (guesses at the code are
      // counted per person by the sign-in guard, outside the request's transaction).
      `CREATE TABLE sign_in_challenges (
         id uuid PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         token_hash bytea NOT NULL UNIQUE,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         expires_at timestamptz(3) NOT NULL,
         used_at timestamptz(3)
       )`,
      `CREATE INDEX sign_in_challenges_user_idx ON sign_in_challenges (user_id)`,
      `CREATE TABLE account_emails (
         id uuid PRIMARY KEY,
         user_id uuid REFERENCES users (id) ON DELETE CASCADE,
         kind text NOT NULL,
         to_address text NOT NULL,
         subject text NOT NULL,
         text_body text NOT NULL,
         html_body text,
         status text NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'NOT_SENT')),
         attempts integer NOT NULL DEFAULT 0,
         last_error text,
         next_attempt_at timestamptz(3),
         provider_message_id text,
         sent_at timestamptz(3),
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX account_emails_to_idx ON account_emails (to_address, created_at)`,
      ...['account_links', 'recovery_codes', 'sign_in_challenges', 'account_emails'].map(
        (t) => `GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${APP_ROLE}`,
      ),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'account_emails',
      'sign_in_challenges',
      'recovery_codes',
      'account_links',
      'tenant_invitations',
      'agency_invitations',
    ])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(
      'ALTER TABLE users DROP COLUMN IF EXISTS totp_secret, DROP COLUMN IF EXISTS totp_pending_secret, DROP COLUMN IF EXISTS totp_enabled_at, DROP COLUMN IF EXISTS totp_last_step',
    );
    await q.query('ALTER TABLE agencies DROP COLUMN IF EXISTS require_two_factor');
  }
}
