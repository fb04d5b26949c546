import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { inTransaction } from '../db/request-transaction.js';
import type { Logger } from '../logger.js';
import { createAgencyOwnedBy } from '../modules/agencies/agency.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { createAccount } from '../modules/auth/user.service.js';
import { ValidationFailed } from '../graphql/user-error.js';
import { seedDemoTenants } from './demo.js';

export const DEMO_AGENCY_NAME = 'Demo Agency';
export const DEFAULT_ADMIN_EMAIL = 'admin@noticeboard.local';

/**
 * On an empty database, creates the demo agency and its owner. The owner's credentials come from
 * NOTICEBOARD_ADMIN_EMAIL / NOTICEBOARD_ADMIN_PASSWORD, or are generated and logged once.
 */
export async function seedFirstRun(dataSource: DataSource, config: Config, logger: Logger): Promise<boolean> {
  return inTransaction(dataSource, {}, async (tx) => {
    // Serialise concurrent first starts (two replicas on one empty database).
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['noticeboard:first-run']);
    const [{ count }] = await tx.manager.query('SELECT count(*)::int AS count FROM agencies');
    if (count > 0) return false;
    const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
    const generated = !config.adminPassword;
    const password = config.adminPassword ?? randomBytes(12).toString('base64url');
    // The operator's own account, with the password the operator's environment chose (or one printed once below).
    const owner = await createAccount(tx.manager, {
      email: email.trim().toLowerCase(),
      name: 'Agency Owner',
      passwordHash: await hashPassword(password),
    });
    const agency = await createAgencyOwnedBy(tx.manager, { name: DEMO_AGENCY_NAME, owner });
    if (agency instanceof ValidationFailed) throw new Error(`cannot create the demo agency: ${agency.message}`);
    logger.info({ agency: agency.name, email }, 'created the demo agency and its owner');
    await seedDemoTenants(tx, { agencyId: agency.id, userId: owner.id }, config, logger);
    if (generated) {
      // Printed once, on the first start only: the hash is all that is stored.
      process.stdout.write(
        `\n  Demo agency owner\n    email:    ${email}\n    password: ${password}\n  (set NOTICEBOARD_ADMIN_EMAIL / NOTICEBOARD_ADMIN_PASSWORD to choose them)\n\n`,
      );
    }
    return true;
  });
}
