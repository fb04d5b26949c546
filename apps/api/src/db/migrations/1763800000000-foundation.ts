import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableSql } from '../rls.js';

/**
 * Agencies, users, sessions (global); tenants and every policy building block (tenant tables: `tenant_id`
 * leads each key and index, forced RLS). Global tables hold identity only; a tenant's data never lives there.
 */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    const run = async (...sql: string[]) => {
      for (const s of sql) await q.query(s);
    };
    await run(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
           CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
         END IF;
       END $$`,
      `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
      // Settings are read with missing_ok, so a connection without them sees NULL and matches no row.
      `CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$`,
      `CREATE OR REPLACE FUNCTION app_current_agency() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT nullif(current_setting('app.agency_id', true), '')::uuid $$`,
      `CREATE OR REPLACE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`,

      // ---- global identity tables --------------------------------------------------------------
      `CREATE TABLE agencies (
         id uuid PRIMARY KEY,
         name text NOT NULL,
         slug text NOT NULL UNIQUE,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE users (
         id uuid PRIMARY KEY,
         email text NOT NULL,
         name text NOT NULL,
         password_hash text NOT NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         CONSTRAINT users_email_lower CHECK (email = lower(email))
       )`,
      `CREATE UNIQUE INDEX users_email_key ON users (email)`,
      `CREATE TABLE agency_members (
         agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
         user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
         role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (agency_id, user_id)
       )`,
      `CREATE TABLE sessions (
         id uuid PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         token_hash bytea NOT NULL UNIQUE,
         user_agent text,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         expires_at timestamptz(3) NOT NULL,
         revoked_at timestamptz(3)
       )`,
      `CREATE INDEX sessions_user_idx ON sessions (user_id)`,
      // Slugs are global (public URLs), so they live in a directory table, not in the tenant-distributed one.
      `CREATE TABLE tenant_directory (
         tenant_id uuid PRIMARY KEY,
         agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
         slug text NOT NULL UNIQUE,
         created_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      `CREATE INDEX tenant_directory_agency_idx ON tenant_directory (agency_id, created_at, tenant_id)`,
      ...['agencies', 'users', 'agency_members', 'sessions', 'tenant_directory'].map(
        (t) => `GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${APP_ROLE}`,
      ),

      // ---- tenant tables ----------------------------------------------------------------------
      `CREATE TABLE tenants (
         tenant_id uuid PRIMARY KEY REFERENCES tenant_directory (tenant_id) ON DELETE CASCADE,
         agency_id uuid NOT NULL REFERENCES agencies (id),
         slug text NOT NULL,
         legal_name text NOT NULL,
         trading_name text,
         registration_number text,
         group_entities jsonb NOT NULL DEFAULT '[]',
         offices jsonb NOT NULL DEFAULT '[]',
         contact_email text NOT NULL,
         contact_phone text,
         website text,
         dpo jsonb,
         representatives jsonb NOT NULL DEFAULT '[]',
         supervisory_authority jsonb,
         jurisdictions text[] NOT NULL,
         default_language text NOT NULL DEFAULT 'en',
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      `CREATE TABLE tenant_members (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
         role text NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'VIEWER')),
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, user_id)
       )`,
      // Agency owners read every tenant of their agency; assigned people read the tenants they belong to.
      ...tenantTableSql('tenants', {
        using: `agency_id = app_current_agency() OR EXISTS (SELECT 1 FROM tenant_members m WHERE m.tenant_id = tenants.tenant_id AND m.user_id = app_current_user())`,
      }),
      // People read their own memberships across tenants ("which tenants may I open").
      ...tenantTableSql('tenant_members', { using: 'user_id = app_current_user()' }),
      `CREATE TABLE api_keys (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         role text NOT NULL CHECK (role IN ('EDITOR', 'VIEWER')),
         token_hash bytea NOT NULL,
         token_hint text NOT NULL,
         created_by uuid REFERENCES users (id) ON DELETE SET NULL,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         last_used_at timestamptz(3),
         revoked_at timestamptz(3),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (tenant_id, token_hash)
       )`,
      ...tenantTableSql('api_keys'),

      `CREATE TABLE audiences (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         description text,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE UNIQUE INDEX audiences_name_key ON audiences (tenant_id, lower(name))`,
      `CREATE INDEX audiences_order_idx ON audiences (tenant_id, position, id)`,
      ...tenantTableSql('audiences'),

      `CREATE TABLE data_categories (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         description text,
         special_category text,
         sources text[] NOT NULL,
         source_details text,
         requirement text NOT NULL,
         consequence_of_not_providing text,
         ccpa_category text,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE UNIQUE INDEX data_categories_name_key ON data_categories (tenant_id, lower(name))`,
      `CREATE INDEX data_categories_order_idx ON data_categories (tenant_id, position, id)`,
      ...tenantTableSql('data_categories'),

      `CREATE TABLE recipients (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         role text NOT NULL,
         legal_entity text,
         address jsonb,
         country text,
         processing_countries text[] NOT NULL DEFAULT '{}',
         service text,
         safeguards text[] NOT NULL DEFAULT '{}',
         transfer_details text,
         dpa_signed_on date,
         privacy_policy_url text,
         opt_out_url text,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE UNIQUE INDEX recipients_name_key ON recipients (tenant_id, lower(name))`,
      `CREATE INDEX recipients_order_idx ON recipients (tenant_id, position, id)`,
      ...tenantTableSql('recipients'),
      `CREATE TABLE recipient_data_categories (
         tenant_id uuid NOT NULL,
         recipient_id uuid NOT NULL,
         data_category_id uuid NOT NULL,
         PRIMARY KEY (tenant_id, recipient_id, data_category_id),
         FOREIGN KEY (tenant_id, recipient_id) REFERENCES recipients (tenant_id, id) ON DELETE CASCADE,
         FOREIGN KEY (tenant_id, data_category_id) REFERENCES data_categories (tenant_id, id) ON DELETE CASCADE
       )`,
      `CREATE INDEX recipient_data_categories_category_idx ON recipient_data_categories (tenant_id, data_category_id)`,
      ...tenantTableSql('recipient_data_categories', { privileges: 'SELECT, INSERT, DELETE' }),

      `CREATE TABLE purposes (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         description text,
         legal_basis text NOT NULL,
         legitimate_interest text,
         legal_obligation text,
         special_category_condition text,
         direct_marketing boolean NOT NULL DEFAULT false,
         sale_or_sharing boolean NOT NULL DEFAULT false,
         automated_decision_logic text,
         retention jsonb NOT NULL,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE UNIQUE INDEX purposes_name_key ON purposes (tenant_id, lower(name))`,
      `CREATE INDEX purposes_order_idx ON purposes (tenant_id, position, id)`,
      ...tenantTableSql('purposes'),
      ...(
        [
          ['purpose_audiences', 'audience_id', 'audiences'],
          ['purpose_data_categories', 'data_category_id', 'data_categories'],
          ['purpose_recipients', 'recipient_id', 'recipients'],
        ] as const
      ).flatMap(([table, column, target]) => [
        `CREATE TABLE ${table} (
           tenant_id uuid NOT NULL,
           purpose_id uuid NOT NULL,
           ${column} uuid NOT NULL,
           PRIMARY KEY (tenant_id, purpose_id, ${column}),
           FOREIGN KEY (tenant_id, purpose_id) REFERENCES purposes (tenant_id, id) ON DELETE CASCADE,
           FOREIGN KEY (tenant_id, ${column}) REFERENCES ${target} (tenant_id, id) ON DELETE CASCADE
         )`,
        `CREATE INDEX ${table}_target_idx ON ${table} (tenant_id, ${column})`,
        ...tenantTableSql(table, { privileges: 'SELECT, INSERT, DELETE' }),
      ]),

      `CREATE TABLE cookies (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         name text NOT NULL,
         provider text NOT NULL,
         recipient_id uuid,
         kind text NOT NULL,
         duration_amount integer,
         duration_unit text,
         purpose text NOT NULL,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         FOREIGN KEY (tenant_id, recipient_id) REFERENCES recipients (tenant_id, id) ON DELETE SET NULL (recipient_id)
       )`,
      `CREATE UNIQUE INDEX cookies_name_key ON cookies (tenant_id, lower(name), lower(provider))`,
      `CREATE INDEX cookies_order_idx ON cookies (tenant_id, position, id)`,
      `CREATE INDEX cookies_recipient_idx ON cookies (tenant_id, recipient_id)`,
      ...tenantTableSql('cookies'),

      `CREATE TABLE clauses (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         id uuid NOT NULL,
         section text NOT NULL,
         title text,
         body text NOT NULL,
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id)
       )`,
      `CREATE INDEX clauses_order_idx ON clauses (tenant_id, position, id)`,
      ...tenantTableSql('clauses'),

      `CREATE TABLE policy_settings (
         tenant_id uuid PRIMARY KEY REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         rights_contact_email text,
         rights_contact_url text,
         children_minimum_age integer,
         security_measures text[] NOT NULL DEFAULT '{}',
         sells_or_shares_personal_information boolean NOT NULL DEFAULT false,
         change_notice text,
         accent_color text,
         updated_at timestamptz(3) NOT NULL DEFAULT now()
       )`,
      ...tenantTableSql('policy_settings', { privileges: 'SELECT, INSERT, UPDATE' }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'policy_settings',
      'clauses',
      'cookies',
      'purpose_recipients',
      'purpose_data_categories',
      'purpose_audiences',
      'purposes',
      'recipient_data_categories',
      'recipients',
      'data_categories',
      'audiences',
      'api_keys',
      'tenant_members',
      'tenants',
      'tenant_directory',
      'sessions',
      'agency_members',
      'users',
      'agencies',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query('DROP FUNCTION IF EXISTS app_current_tenant(), app_current_agency(), app_current_user()');
  }
}
