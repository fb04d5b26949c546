import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context/request-context.js';
import { inTransaction } from '../db/request-transaction.js';
import { createLogger } from '../logger.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { testDataSource, type AgencySeed } from './seed.js';
import type { DemoTenant } from '../seed/demo-tenants/index.js';

const logger = createLogger('silent');
export const TEST_CONFIG = { sessionTtlHours: 1, production: false, publicUrl: 'http://localhost:4000' };

/** Runs `fn` in a committed transaction as the agency's owner, with the context a request of theirs would get. */
export async function asOwner<T>(agency: AgencySeed, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  return inTransaction(await testDataSource(), {}, async (tx) =>
    fn(
      await new AuthService().contextFor(
        tx,
        { authorization: `Bearer ${agency.owner.options.token}` },
        logger,
        TEST_CONFIG,
      ),
    ),
  );
}

/** A demo tenant's slug made unique, so tests load the same demo side by side. */
export const uniqueSlug = (demo: DemoTenant) => `${demo.profile.slug}-${randomUUID().slice(0, 8)}`;
