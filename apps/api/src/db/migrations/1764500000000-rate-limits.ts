import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../rls.js';

/**
 * Rate-limit counters (rate-limiter-flexible's table layout), shared by every API process so a limit holds across
 * replicas. Global, like sessions: keys name an IP address or a tenant slug, never tenant data.
 */
export class RateLimits1764500000000 implements MigrationInterface {
  name = 'RateLimits1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limits (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS rate_limits');
  }
}
