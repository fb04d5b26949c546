import { describe, expect, it } from 'vitest';
import { Client } from '../../test/client.js';
import { seed } from '../../test/seed.js';
import { graphql, narrow, having } from '../../test/graphql.js';

const CREATE = graphql(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on ApiKeyCreated { token apiKey { id name role tokenHint revokedAt } } ... on ValidationFailed { problems { path code } } } }`);

describe('API keys', () => {
  it('are shown once, act in their own tenant with their role, and stop working when revoked', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const { createApiKey } = await tenant.admin.gql(CREATE, { input: { name: 'Website banner', role: 'EDITOR' } });
    expect(having(createApiKey, 'token').token).toMatch(/^nbk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(having(createApiKey, 'apiKey').apiKey).toMatchObject({
      name: 'Website banner',
      role: 'EDITOR',
      tokenHint: `…${having(createApiKey, 'token').token.slice(-4)}`,
      revokedAt: null,
    });
    const key = new Client({ token: having(createApiKey, 'token').token });
    expect(
      await key.gql(
        graphql(
          '{ currentTenant { id viewer { role canEditPolicy canManageApiKeys } } me { user { id } agency { id } } }',
        ),
      ),
    ).toEqual({
      currentTenant: { id: tenant.id, viewer: { role: 'EDITOR', canEditPolicy: true, canManageApiKeys: false } },
      me: { user: null, agency: null },
    });
    expect(
      (await key.gql(graphql('mutation { createAudience(input: { name: "From integrator" }) { __typename } }')))
        .createAudience.__typename,
    ).toBe('Audience');
    // The list shows no secret; the key cannot manage keys.
    const listed = await tenant.admin.gql(
      graphql('{ apiKeys { totalCount edges { node { id name tokenHint lastUsedAt } } } }'),
    );
    expect(listed.apiKeys.totalCount).toBe(1);
    expect(JSON.stringify(listed)).not.toContain(having(createApiKey, 'token').token.slice(4, 40));
    expect(listed.apiKeys.edges[0]!.node.lastUsedAt).not.toBeNull();
    await expect(key.gql(CREATE, { input: { name: 'escalate', role: 'EDITOR' } })).rejects.toHaveCode('FORBIDDEN');
    await tenant.admin.gql(graphql(`mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`), {
      id: having(createApiKey, 'apiKey').apiKey.id,
    });
    const after = await key.raw(graphql('{ currentTenant { id } }'));
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses ADMIN keys and empty names; a viewer key cannot write', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    expect(
      narrow((await tenant.admin.gql(CREATE, { input: { name: ' ', role: 'ADMIN' } })).createApiKey, 'ValidationFailed')
        .problems,
    ).toEqual([
      { path: 'name', code: 'REQUIRED' },
      { path: 'role', code: 'NOT_ALLOWED' },
    ]);
    const viewer = await tenant.apiKey('VIEWER');
    await expect(
      viewer.gql(graphql('mutation { createAudience(input: { name: "x" }) { __typename } }')),
    ).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(graphql('{ audiences { totalCount } }'))).resolves.toEqual({
      audiences: { totalCount: 0 },
    });
  });

  it('a key cannot be pointed at another tenant, and a forged token for another tenant is refused', async () => {
    const agency = await seed.agency();
    const [a, b] = await Promise.all([agency.tenant(), agency.tenant()]);
    const key = await a.apiKey();
    await expect(key.inTenant(b).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode('FORBIDDEN');
    const forged = key.options.token!.replace(a.id.replace(/-/g, ''), b.id.replace(/-/g, ''));
    expect((await new Client({ token: forged }).raw(graphql('{ currentTenant { id } }'))).status).toBe(401);
  });
});
