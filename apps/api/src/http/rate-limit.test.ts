import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { Client } from '../test/client.js';
import { PASSWORD, seed } from '../test/seed.js';

describe('rate limits', () => {
  it('a tenant\'s public endpoints answer 429 with Retry-After past the per-tenant limit, and other tenants are unaffected', async () => {
    const agency = await seed.agency();
    const [busy, quiet] = await Promise.all([agency.tenant(), agency.tenant()]);
    const limit = loadConfig({ ...process.env, NODE_ENV: 'test' }).rateLimits.publicWritesPerTenant;
    const post = (slug: string) =>
      fetch(`${inject('apiUrl')}/p/${slug}/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'ACCESS', requesterName: '', email: 'x' }) });
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) statuses.push((await post(busy.slug)).status);
    expect(new Set(statuses)).toEqual(new Set([422]));
    const limited = await post(busy.slug);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await post(quiet.slug)).status).toBe(422);
  });

  it('after five failed sign-ins an address is refused for a while, even with the right password; others are unaffected', async () => {
    const agency = await seed.agency();
    const LOGIN = 'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { __typename } }';
    const anonymous = Client.anonymous();
    for (let i = 0; i < 5; i++) {
      expect((await anonymous.gql(LOGIN, { email: agency.ownerEmail, password: 'wrong-password-123' })).login.__typename).toBe('InvalidCredentials');
    }
    const refused = await anonymous.raw(LOGIN, { email: agency.ownerEmail, password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const other = await seed.agency();
    expect((await anonymous.gql(LOGIN, { email: other.ownerEmail, password: PASSWORD })).login.__typename).toBe('LoginSuccess');
  });
});
