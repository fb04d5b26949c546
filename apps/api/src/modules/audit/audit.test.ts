import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/request-transaction.js';
import { UNAUDITED_TABLES } from '../../db/audit.js';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed, testDataSource } from '../../test/seed.js';
import { graphql, having } from '../../test/graphql.js';

const LOG =
  graphql(`query ($entity: String, $entityId: ID, $actorId: ID, $action: String, $first: Int, $after: String) {
  auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, action: $action, first: $first, after: $after) {
    totalCount edges { cursor node { id actorKind actorId actorName action entity entityId operation before after } } pageInfo { hasNextPage endCursor } } }`);

describe('audit log', () => {
  it('records every change with who, which mutation, and the changed fields before and after', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const me = (await agency.owner.gql(graphql('{ me { user { id email } } }'))).me.user;
    const created = await tenant.admin.gql(
      graphql(
        'mutation { createAudience(input: { name: "Visitors", description: "People on our site" }) { ... on Audience { id } } }',
      ),
    );
    const id = having(created.createAudience, 'id').id;
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdateAudienceInput!) { updateAudience(input: $input) { __typename } }`),
      { input: { id, name: 'Website visitors' } },
    );
    await tenant.admin.gql(graphql(`mutation ($id: ID!) { deleteAudience(id: $id) { deletedId } }`), { id });

    const log = await tenant.admin.gql(LOG, { entity: 'audiences', entityId: id });
    expect(log.auditLog.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        action: 'deleteAudience',
        operation: 'DELETE',
        before: expect.objectContaining({ name: 'Website visitors' }),
        after: null,
      }),
      expect.objectContaining({
        action: 'updateAudience',
        operation: 'UPDATE',
        before: { name: 'Visitors' },
        after: { name: 'Website visitors' },
      }),
      expect.objectContaining({
        action: 'createAudience',
        operation: 'INSERT',
        actorKind: 'USER',
        actorId: me!.id,
        actorName: me!.email,
        before: null,
        after: expect.objectContaining({ name: 'Visitors', description: 'People on our site', tenant_id: tenant.id }),
      }),
    ]);
  });

  it('shows every mutation of a session of work, including publishing and API-key changes, and filters and pages', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await makeComplete(tenant);
    await publish(tenant.admin);
    const key = await tenant.apiKey('EDITOR');
    await key.gql(
      graphql('mutation { createDataCategory(input: { name: "Newsletter data", sources: [SUBJECT] }) { __typename } }'),
    );
    const all = await tenant.admin.gql(LOG, { first: 100 });
    const actions = new Set(all.auditLog.edges.map((e: any) => e.node.action));
    for (const action of [
      'createTenant',
      'updateTenant',
      'createAudience',
      'createDataCategory',
      'createRecipient',
      'createPurpose',
      'publishPolicy',
      'createApiKey',
    ]) {
      expect(actions, action).toContain(action);
    }
    const published = all.auditLog.edges.find((e: any) => e.node.entity === 'policy_versions')!.node;
    expect(published.after).toMatchObject({ version: 1, change_summary: 'First version' });
    expect(published.after).not.toHaveProperty('snapshot');
    const keyRow = all.auditLog.edges.find((e: any) => e.node.entity === 'api_keys')!.node;
    expect(keyRow.after).not.toHaveProperty('token_hash');
    const byKey = await tenant.admin.gql(LOG, { actorId: key.apiKeyId });
    expect(
      byKey.auditLog.edges.map((e: any) => [e.node.actorKind, e.node.action, e.node.entity, e.node.actorName]),
    ).toEqual([['API_KEY', 'createDataCategory', 'data_categories', expect.stringMatching(/^API key "/)]]);
    const page1 = await tenant.admin.gql(LOG, { first: 2 });
    const page2 = await tenant.admin.gql(LOG, { first: 2, after: page1.auditLog.pageInfo.endCursor });
    expect(Number(page1.auditLog.edges[1]!.node.id)).toBeGreaterThan(Number(page2.auditLog.edges[0]!.node.id));
  });

  it('is for tenant admins, and append-only for the application role', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const editor = await tenant.user('EDITOR');
    await expect(editor.client.gql(LOG)).rejects.toHaveCode('FORBIDDEN');
    const ds = await testDataSource();
    for (const sql of [
      'UPDATE audit_log SET action = $2 WHERE tenant_id = $1',
      'DELETE FROM audit_log WHERE tenant_id = $1 AND action <> $2',
    ]) {
      await expect(
        inTransaction(ds, { tenantId: tenant.id }, (tx) => tx.manager.query(sql, [tenant.id, 'x'])),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('every tenant table except the log and derived bytes has the audit trigger', async () => {
    const ds = await testDataSource();
    const rows: { table_name: string; audited: boolean }[] = await ds.query(
      `SELECT c.table_name, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.table_name::regclass AND t.tgname = c.table_name || '_audit') AS audited
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' AND c.table_name NOT IN ('tenant_directory', 'retired_slugs')`,
    );
    const unaudited = rows
      .filter((r) => !r.audited && !UNAUDITED_TABLES.includes(r.table_name))
      .map((r) => r.table_name);
    expect(unaudited).toEqual([]);
    expect(rows.length).toBeGreaterThan(10);
  });
});
