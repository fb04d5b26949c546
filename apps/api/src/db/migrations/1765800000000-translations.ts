import type { MigrationInterface, QueryRunner } from 'typeorm';

const TRANSLATED_TABLES = [
  'tenants',
  'policy_settings',
  'audiences',
  'data_categories',
  'purposes',
  'recipients',
  'cookies',
  'clauses',
  'catalog_entries',
] as const;

/**
 * Tenant text in several languages (issue 18): each table whose rows hold text a policy renders gets
 * `translations` (language → field path → { value, source, untranslated? }, the domain's `Translations`), and the
 * settings the languages the tenant publishes besides its default. Expand-only, constant defaults (no table
 * rewrite): a row written before has no translations and publishes its default language only.
 */
export class Translations1765800000000 implements MigrationInterface {
  name = 'Translations1765800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TRANSLATED_TABLES) {
      await q.query(
        `ALTER TABLE ${table}
           ADD COLUMN translations jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(translations) = 'object')`,
      );
    }
    await q.query(`ALTER TABLE policy_settings ADD COLUMN published_languages text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_settings DROP COLUMN IF EXISTS published_languages`);
    for (const table of TRANSLATED_TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS translations`);
  }
}
