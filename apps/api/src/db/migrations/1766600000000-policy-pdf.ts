import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published policies are also stored as PDF (rendered once at publish, like the other formats), base64-encoded in
 * the text column. Expand-only: older processes neither write nor read the new format.
 */
export class PolicyPdf1766600000000 implements MigrationInterface {
  name = 'PolicyPdf1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE published_documents DROP CONSTRAINT published_documents_format_check');
    await q.query(`ALTER TABLE published_documents ADD CONSTRAINT published_documents_format_check
      CHECK (format IN ('html', 'fragment', 'text', 'json', 'pdf'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM published_documents WHERE format = 'pdf'`);
    await q.query('ALTER TABLE published_documents DROP CONSTRAINT published_documents_format_check');
    await q.query(`ALTER TABLE published_documents ADD CONSTRAINT published_documents_format_check
      CHECK (format IN ('html', 'fragment', 'text', 'json'))`);
  }
}
