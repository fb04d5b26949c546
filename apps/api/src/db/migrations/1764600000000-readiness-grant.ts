import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../rls.js';

/** `/readyz` compares the applied migrations with the code's: the application role may read the list. */
export class ReadinessGrant1764600000000 implements MigrationInterface {
  name = 'ReadinessGrant1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON schema_migrations TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON schema_migrations FROM ${APP_ROLE}`);
  }
}
