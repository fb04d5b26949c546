import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { seed } from '../test/seed.js';

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
});
