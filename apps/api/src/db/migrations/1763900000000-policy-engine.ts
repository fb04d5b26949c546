import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableSql } from '../rls.js';

/**
 * Published versions and their stored bytes (immutable: the application role may insert and read, never change
 * or delete them), and the agency's catalog of common recipients that tenants link to.
 */
export class PolicyEngine1763900000000 implements MigrationInterface {
  name = 'PolicyEngine1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE policy_versions (
         tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
         version integer NOT NULL CHECK (version > 0),
         effective_date date NOT NULL,
         change_summary text NOT NULL,
         published_at timestamptz(3) NOT NULL DEFAULT now(),
         published_by uuid REFERENCES users (id) ON DELETE SET NULL,
         published_by_api_key uuid,
         snapshot jsonb NOT NULL,
         snapshot_hash text NOT NULL,
         PRIMARY KEY (tenant_id, version)
       )`,
      `CREATE INDEX policy_versions_effective_idx ON policy_versions (tenant_id, effective_date, version)`,
      ...tenantTableSql('policy_versions', { privileges: 'SELECT, INSERT' }),
      // One row per stored rendering: the live pages serve these bytes and their ETag, never a fresh render.
      `CREATE TABLE published_documents (
         tenant_id uuid NOT NULL,
         version integer NOT NULL,
         kind text NOT NULL CHECK (kind IN ('policy', 'subprocessors')),
         language text NOT NULL,
         format text NOT NULL CHECK (format IN ('html', 'fragment', 'text', 'json')),
         content_type text NOT NULL,
         body text NOT NULL,
         etag text NOT NULL,
         PRIMARY KEY (tenant_id, version, kind, language, format),
         FOREIGN KEY (tenant_id, version) REFERENCES policy_versions (tenant_id, version) ON DELETE CASCADE
       )`,
      ...tenantTableSql('published_documents', { privileges: 'SELECT, INSERT' }),

      // The catalog belongs to an agency, not to a tenant: keyed by agency, read and written by its owners.
      `CREATE TABLE catalog_entries (
         agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
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
         privacy_policy_url text,
         opt_out_url text,
         created_at timestamptz(3) NOT NULL DEFAULT now(),
         updated_at timestamptz(3) NOT NULL DEFAULT now(),
         PRIMARY KEY (agency_id, id)
       )`,
      `CREATE UNIQUE INDEX catalog_entries_name_key ON catalog_entries (agency_id, lower(name))`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_entries TO ${APP_ROLE}`,
      `ALTER TABLE recipients ADD COLUMN catalog_entry_id uuid`,
      `CREATE INDEX recipients_catalog_idx ON recipients (tenant_id, catalog_entry_id)`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS recipients_catalog_idx');
    await q.query('ALTER TABLE recipients DROP COLUMN IF EXISTS catalog_entry_id');
    await q.query('DROP TABLE IF EXISTS catalog_entries');
    await q.query('DROP TABLE IF EXISTS published_documents');
    await q.query('DROP TABLE IF EXISTS policy_versions');
  }
}
