import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../rls.js';

/**
 * When an opt-out of sale/sharing made by Global Privacy Control was passed on to the third parties the
 * information was sold or shared to (CCPA regulations § 7025(c), § 7026(f)(2)). Insert-only like the events it
 * speaks of: once per event, with who recorded it and what they wrote.
 */
export class ConsentOptOutsPassedOn1766300000000 implements MigrationInterface {
  name = 'ConsentOptOutsPassedOn1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE consent_opt_outs_passed_on (
      tenant_id uuid NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
      event_id uuid NOT NULL,
      passed_on_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
      note text NOT NULL,
      recorded_by_kind text NOT NULL CHECK (recorded_by_kind IN ('USER', 'API_KEY')),
      recorded_by_id uuid,
      PRIMARY KEY (tenant_id, event_id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES consent_events (tenant_id, id) ON DELETE CASCADE
    )`);
    for (const s of tenantTableSql('consent_opt_outs_passed_on', { privileges: 'SELECT, INSERT' })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS consent_opt_outs_passed_on');
  }
}
