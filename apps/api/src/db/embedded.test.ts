import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { DEMO_TENANTS, factsMissing } from '../seed/demo-tenants/index.js';
import { startServer } from '../server.js';
import { seedFirstRun } from '../seed/first-run.js';
import { assertAppRoleIsConfined } from './app-role.js';
import { migrate, openDatabase } from './data-source.js';
import { MIGRATIONS } from './migrations/index.js';
import { inTransaction } from './request-transaction.js';

const FACTS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'seed', 'demo-tenants', 'facts');

describe('embedded database (PGlite)', () => {
  it('boots in a data folder, migrates, isolates tenants as the app role, answers GraphQL, and keeps data across restarts', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'noticeboard-pglite-'));
    const config = {
      ...loadConfig({ NOTICEBOARD_DATA_DIR: dataDir, NOTICEBOARD_ADMIN_EMAIL: 'embedded@example.com', NOTICEBOARD_ADMIN_PASSWORD: 'embedded-password-1' }),
      databaseUrl: null,
    };
    const logger = createLogger('silent');
    try {
      let db = await openDatabase(config);
      expect(db.embedded).not.toBeNull();
      expect(await migrate(config, db)).toEqual(MIGRATIONS.map((m) => new m().name));
      await assertAppRoleIsConfined(db.dataSource);
      expect(await seedFirstRun(db.dataSource, config, logger)).toBe(true);
      const app = await startServer(config, db.dataSource, logger, { port: 0 });
      try {
        const post = (body: unknown, token?: string) =>
          fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify(body),
          }).then((r) => r.json() as Promise<any>);
        expect(await post({ query: '{ __typename }' })).toEqual({ data: { __typename: 'Query' } });
        const login = await post({ query: 'mutation { login(input: { email: "embedded@example.com", password: "embedded-password-1" }) { ... on LoginSuccess { token } } }' });
        const token = login.data.login.token as string;
        const created = await post({ query: 'mutation { createTenant(input: { legalName: "Embedded Ltd", contactEmail: "e@example.com", jurisdictions: [EU_GDPR] }) { ... on Tenant { id } } }' }, token);
        expect(created.data.createTenant.id).toMatch(/^[0-9a-f-]{36}$/);
        // Concurrent requests share one PGlite backend; each runs in its own transaction without deadlock.
        const many = await Promise.all(Array.from({ length: 10 }, () => post({ query: '{ me { agencyRole } tenants { totalCount } }' }, token)));
        expect(many.map((r) => r.errors ?? null)).toEqual(many.map(() => null));
        expect(many.every((r) => r.data.me.agencyRole === 'OWNER' && r.data.tenants.totalCount === DEMO_TENANTS.length + 1)).toBe(true);
        // Each demo tenant starts with requests in the agency's inbox (one of them completed).
        const inbox = await post({ query: '{ agencyDataSubjectRequests(first: 50) { totalCount edges { node { state dueOn tenant { slug } } } } }' }, token);
        expect(inbox.errors).toBeUndefined();
        expect(inbox.data.agencyDataSubjectRequests.totalCount).toBe(DEMO_TENANTS.length * 3);
        // The first start published the demo tenants: each live text carries every fact of its source policy.
        for (const demo of DEMO_TENANTS) {
          const res = await fetch(`${app.url}/p/${demo.profile.slug}/privacy.txt`);
          expect(res.status).toBe(200);
          const facts = JSON.parse(await fs.readFile(path.join(FACTS_DIR, demo.source.replace(/\.txt$/, ".facts.json")), 'utf8'));
          expect({ tenant: demo.profile.slug, missing: factsMissing(await res.text(), facts) }).toEqual({ tenant: demo.profile.slug, missing: [] });
        }
      } finally {
        await app.stop();
        app.httpServer.close();
      }
      // As the application role without a tenant setting, tenant rows stay invisible on the embedded path too.
      const [{ count }] = await inTransaction(db.dataSource, {}, (tx) => tx.manager.query('SELECT count(*)::int AS count FROM tenants'));
      expect(count).toBe(0);
      await db.close();

      db = await openDatabase(config);
      expect(await migrate(config, db)).toEqual([]);
      expect(await seedFirstRun(db.dataSource, config, logger)).toBe(false);
      const [{ agencies }] = await db.dataSource.query('SELECT count(*)::int AS agencies FROM agencies');
      expect(agencies).toBe(1);
      await db.close();
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
