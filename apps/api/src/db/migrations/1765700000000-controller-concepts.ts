import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three controller facts real policies need (issue 17): several supervisory authorities (one per regime or
 * establishment), the tenant acting as its customers' processor, and the controller's own certifications (a US
 * company under the Data Privacy Framework). Columns on `tenants`, a tenant table: its rows stay under their
 * tenant_id key and forced RLS. Expand-only: `supervisory_authority` stays (older code reads it; the service keeps
 * mirroring the list's first entry into it).
 *
 * Nothing is copied from `supervisory_authority` into the list here. Migrations run as the table owner, and the
 * policy on `tenants` is FORCED, so an UPDATE here sees only the rows of the tenant in scope, which is none: it
 * would succeed and change nothing. Working around that (disabling the policy, or looping over tenants with the
 * scope set) is more machinery than the job needs, and would still miss rows an older process writes during a
 * rolling deploy. Instead the service reads the list, else the single authority (`supervisoryAuthoritiesOf`), and
 * the first write of a profile stores the list: the same result for every row, whenever it was written.
 */
export class ControllerConcepts1765700000000 implements MigrationInterface {
  name = 'ControllerConcepts1765700000000';

  async up(q: QueryRunner): Promise<void> {
    // Constant defaults: PostgreSQL adds these without rewriting the table.
    await q.query(
      `ALTER TABLE tenants
         ADD COLUMN supervisory_authorities jsonb NOT NULL DEFAULT '[]'
           CHECK (jsonb_typeof(supervisory_authorities) = 'array'),
         ADD COLUMN processor_role jsonb
           CHECK (processor_role IS NULL OR jsonb_typeof(processor_role) = 'object'),
         ADD COLUMN certifications jsonb NOT NULL DEFAULT '[]'
           CHECK (jsonb_typeof(certifications) = 'array')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE tenants
         DROP COLUMN IF EXISTS certifications,
         DROP COLUMN IF EXISTS processor_role,
         DROP COLUMN IF EXISTS supervisory_authorities`,
    );
  }
}
