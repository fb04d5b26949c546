import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legal grounds the gate could not check (issue 17): whose law an Art. 6(1)(c) obligation comes from (Art. 6(3)),
 * what allows a purpose's criminal-offence data (Art. 10: official authority, or a law that is named), and the
 * essence of a joint controllers' arrangement (Art. 26(2)), and the country a controller is established in when the
 * policy gives no office address (Art. 27 depends on it). And which of a purpose's data categories concern each of
 * its audiences where not all do: jsonb on the purpose row (ids are pruned against the purpose's links on read, so a
 * deleted audience or category leaves nothing behind that the policy would state). And further legal bases for
 * parts of a purpose's processing, each with its scope (jsonb), with the scope of the main one. Nullable columns on existing tenant tables, so their
 * keys, RLS and grants are unchanged and nothing is guessed: tenants that need an answer get a completeness
 * problem naming it. Expand-only.
 */
export class LegalGrounds1765600000000 implements MigrationInterface {
  name = 'LegalGrounds1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE purposes
      ADD COLUMN legal_obligation_origin text CHECK (legal_obligation_origin ~ '^[A-Z]{2}$'),
      ADD COLUMN criminal_offence_authority text
        CHECK (criminal_offence_authority IN ('OFFICIAL_AUTHORITY', 'AUTHORISED_BY_LAW')),
      ADD COLUMN criminal_offence_law text,
      ADD COLUMN legal_basis_scope text,
      ADD COLUMN additional_bases jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(additional_bases) = 'array'),
      ADD COLUMN audience_categories jsonb NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(audience_categories) = 'array')`);
    await q.query('ALTER TABLE recipients ADD COLUMN joint_arrangement text');
    await q.query("ALTER TABLE tenants ADD COLUMN established_in text CHECK (established_in ~ '^[A-Z]{2}$')");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tenants DROP COLUMN IF EXISTS established_in');
    await q.query('ALTER TABLE recipients DROP COLUMN IF EXISTS joint_arrangement');
    await q.query(`ALTER TABLE purposes
      DROP COLUMN IF EXISTS audience_categories,
      DROP COLUMN IF EXISTS additional_bases,
      DROP COLUMN IF EXISTS legal_basis_scope,
      DROP COLUMN IF EXISTS criminal_offence_law,
      DROP COLUMN IF EXISTS criminal_offence_authority,
      DROP COLUMN IF EXISTS legal_obligation_origin`);
  }
}
