import { describe, expect, it } from 'vitest';
import { seed, testDataSource } from '../test/seed.js';
import { graphql } from '../test/graphql.js';
import { APP_ROLE } from './rls.js';
import { inTransaction } from './request-transaction.js';

/** Tables with a tenant_id column, read from the catalog so that a new table is covered without editing this test. */
async function tenantTables(): Promise<string[]> {
  const ds = await testDataSource();
  const rows: { table_name: string }[] = await ds.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        AND c.table_name NOT IN ('tenant_directory', 'retired_slugs') -- global: slugs, identity only
      ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('row-level security', () => {
  it('every tenant table has forced RLS, a policy, and tenant_id leading its primary key and every index', async () => {
    const ds = await testDataSource();
    const tables = await tenantTables();
    expect(tables).toEqual(
      expect.arrayContaining(['tenants', 'audiences', 'purposes', 'recipients', 'api_keys', 'tenant_members']),
    );
    for (const table of tables) {
      const [cls] = await ds.query(
        `SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = $1::regclass`,
        [table],
      );
      expect({ table, ...cls }).toEqual({ table, relrowsecurity: true, relforcerowsecurity: true });
      const policies = await ds.query(
        `SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`,
        [table],
      );
      expect(policies.length, `${table} has a policy`).toBeGreaterThan(0);
      const indexes: { indexname: string; first: string }[] = await ds.query(
        `SELECT i.relname AS indexname, a.attname AS first
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
           JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0]
          WHERE x.indrelid = $1::regclass`,
        [table],
      );
      expect(indexes.length, `${table} has a primary key`).toBeGreaterThan(0);
      for (const index of indexes)
        expect({ table, index: index.indexname, first: index.first }).toEqual({
          table,
          index: index.indexname,
          first: 'tenant_id',
        });
    }
  });

  it('the application role sees no row of any tenant table without the tenant setting, and only its tenant with it', async () => {
    const agency = await seed.agency();
    const [a, b] = await Promise.all([agency.tenant(), agency.tenant()]);
    await a.admin.gql(graphql(`mutation { createAudience(input: { name: "Visitors" }) { __typename } }`));
    await b.admin.gql(graphql(`mutation { createAudience(input: { name: "Customers" }) { __typename } }`));
    await a.apiKey();
    const ds = await testDataSource();
    const tables = await tenantTables();

    // The superuser sees rows: the data is there.
    const [{ count: total }] = await ds.query(
      `SELECT count(*)::int AS count FROM audiences WHERE tenant_id = ANY($1::uuid[])`,
      [[a.id, b.id]],
    );
    expect(total).toBe(2);

    await inTransaction(ds, {}, async (tx) => {
      const [{ role }] = await tx.manager.query('SELECT current_user AS role');
      expect(role).toBe(APP_ROLE);
      for (const table of tables) {
        const [{ count }] = await tx.manager.query(`SELECT count(*)::int AS count FROM ${table}`);
        expect({ table, count }).toEqual({ table, count: 0 });
      }
    });

    await inTransaction(ds, { tenantId: a.id }, async (tx) => {
      const rows: { tenant_id: string; name: string }[] = await tx.manager.query(
        'SELECT tenant_id, name FROM audiences',
      );
      expect(rows).toEqual([{ tenant_id: a.id, name: 'Visitors' }]);
      // Writing into another tenant is refused by the policy's WITH CHECK.
      await expect(
        tx.manager.query(`INSERT INTO audiences (tenant_id, id, name) VALUES ($1, gen_random_uuid(), 'Sneaky')`, [
          b.id,
        ]),
      ).rejects.toThrow(/row-level security/);
    }).catch((e: unknown) => {
      throw e;
    });
  });

  it('the application role cannot turn row-level security off, and may read the migrations list (readiness) but not change it', async () => {
    const ds = await testDataSource();
    await expect(
      inTransaction(ds, {}, (tx) => tx.manager.query('ALTER TABLE audiences DISABLE ROW LEVEL SECURITY')),
    ).rejects.toThrow(/must be owner/);
    const applied: { name: string }[] = await inTransaction(ds, {}, (tx) =>
      tx.manager.query('SELECT name FROM schema_migrations'),
    );
    expect(applied.length).toBeGreaterThan(5);
    for (const sql of [
      'DELETE FROM schema_migrations',
      "INSERT INTO schema_migrations (timestamp, name) VALUES (1, 'x')",
      "UPDATE schema_migrations SET name = 'x'",
    ]) {
      await expect(inTransaction(ds, {}, (tx) => tx.manager.query(sql))).rejects.toThrow(/permission denied/);
    }
  });
});
