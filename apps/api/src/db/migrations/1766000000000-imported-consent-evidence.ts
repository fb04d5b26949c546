import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imported consents keep when the person gave them, where the evidence is, and the policy version in force then
 * (null: none was). Expand-only: nullable columns that older processes neither write nor read.
 */
export class ImportedConsentEvidence1766000000000 implements MigrationInterface {
  name = 'ImportedConsentEvidence1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_events
      ADD COLUMN given_at timestamptz,
      ADD COLUMN evidence_source text,
      ADD COLUMN policy_version_then integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent_events
      DROP COLUMN IF EXISTS given_at,
      DROP COLUMN IF EXISTS evidence_source,
      DROP COLUMN IF EXISTS policy_version_then`);
  }
}
