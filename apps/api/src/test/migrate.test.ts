import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { emptyDatabase as scratchDatabase, runBuilt as run, type ScratchDatabase } from './api-process.js';

const created: ScratchDatabase[] = [];

/** An empty database of this test's own: what a first deploy, or a new replica of an old one, meets. */
async function emptyDatabase(): Promise<string> {
  const database = await scratchDatabase('migrate');
  created.push(database);
  return database.url;
}

async function appliedMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query('SELECT name FROM schema_migrations ORDER BY id')).rows as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const database of created) await database.drop();
});

describe('migrations as their own step', () => {
  const names = MIGRATIONS.map((m) => new m().name!);

  it('two `cli migrate` started together both succeed and apply each migration once', async () => {
    const url = await emptyDatabase();
    // As a deploy's migration step has it (the owner's URL only), and as a developer's shell has it.
    const [first, second] = await Promise.all([
      run('cli.js', ['migrate'], {
        MIGRATION_DATABASE_URL: url,
        DATABASE_URL: '',
        NOTICEBOARD_DATA_DIR: '/nonexistent/never-used',
      }).done,
      run('cli.js', ['migrate'], { DATABASE_URL: url, MIGRATION_DATABASE_URL: url }).done,
    ]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    // One of them applied everything; the other waited for the lock and found the database current.
    expect([first.output, second.output].filter((o) => o.includes('the database is up to date'))).toHaveLength(1);
    expect(await appliedMigrations(url)).toEqual(names);
  }, 120_000);

  it('with NOTICEBOARD_MIGRATE_ON_START=false an API waits for the migration step, then serves and is ready', async () => {
    const url = await emptyDatabase();
    const env = { DATABASE_URL: url, MIGRATION_DATABASE_URL: url, NOTICEBOARD_MIGRATE_ON_START: 'false' };
    const api = run('main.js', [], env, /"msg":"Noticeboard is listening"/);
    try {
      // It says what it waits for, and has not touched the schema.
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if (api.output().includes('waiting for `pnpm cli migrate`')) {
            clearInterval(check);
            resolve();
          } else if (api.child.exitCode !== null) {
            clearInterval(check);
            reject(new Error(api.output()));
          }
        }, 50);
      });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const tables = (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`))
        .rows[0].n as number;
      await client.end();
      expect(tables).toBe(0);

      const migrated = await run('cli.js', ['migrate'], env).done;
      expect(migrated.code, migrated.output).toBe(0);
      const started = await api.done;
      expect(started.code, started.output).toBeNull();
      const listening = /"url":"(http:\/\/[^"]+)"/.exec(
        started.output.slice(started.output.indexOf('Noticeboard is listening') - 400),
      );
      const ready = await fetch(`${listening![1]}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    } finally {
      api.child.kill('SIGTERM');
    }
  }, 120_000);

  it('refuses a migrate-on-start setting that is not true or false', () => {
    expect(() => loadConfig({ NOTICEBOARD_MIGRATE_ON_START: 'no' })).toThrow(
      /NOTICEBOARD_MIGRATE_ON_START must be "true" or "false"/,
    );
    expect(loadConfig({}).migrateOnStart).toBe(true);
    expect(loadConfig({ NOTICEBOARD_MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
  });
});
