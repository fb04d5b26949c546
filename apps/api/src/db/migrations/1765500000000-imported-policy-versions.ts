import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imported historical policy versions (issue 17): a company's earlier policies, stored as the text it published
 * then, never rendered from today's model. `imported` marks them; they have no snapshot (the structured model
 * describes today's processing, not theirs), which the check ties to the flag, so a published version keeps
 * needing one. `import_note` says where the text came from. Columns on the existing tenant table: rows stay
 * under their tenant_id key and forced RLS, the app role still only inserts and reads, and the audit trigger
 * (snapshot excluded) records the new columns. Expand-only: dropping NOT NULL and adding defaulted columns.
 */
export class ImportedPolicyVersions1765500000000 implements MigrationInterface {
  name = 'ImportedPolicyVersions1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE policy_versions ADD COLUMN imported boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE policy_versions ADD COLUMN import_note text`);
    await q.query(`ALTER TABLE policy_versions ALTER COLUMN snapshot DROP NOT NULL`);
    await q.query(
      `ALTER TABLE policy_versions ADD CONSTRAINT policy_versions_snapshot_unless_imported
         CHECK ((snapshot IS NULL) = imported AND (import_note IS NULL OR imported))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM policy_versions WHERE imported`);
    await q.query(`ALTER TABLE policy_versions DROP CONSTRAINT IF EXISTS policy_versions_snapshot_unless_imported`);
    await q.query(`ALTER TABLE policy_versions ALTER COLUMN snapshot SET NOT NULL`);
    await q.query(`ALTER TABLE policy_versions DROP COLUMN IF EXISTS import_note`);
    await q.query(`ALTER TABLE policy_versions DROP COLUMN IF EXISTS imported`);
  }
}
