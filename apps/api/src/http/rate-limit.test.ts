import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { Client } from '../test/client.js';
import { graphql } from '../test/graphql.js';
import { PASSWORD, seed } from '../test/seed.js';
import { RateLimiter } from './rate-limit.js';

const LOGIN = graphql(
  'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { __typename } }',
);
const CHANGE_PASSWORD = graphql(
  'mutation ($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { __typename } }',
);

/** How concurrent answers came out: the password checks that ran (a typed result) and the 429s. */
function tally(
  answers: { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }[],
  field: string,
) {
  const checked = answers.filter(
    (a) =>
      a.status === 200 &&
      (a.body.data as Record<string, { __typename: string }> | undefined)?.[field]?.__typename === 'InvalidCredentials',
  ).length;
  const limited = answers.filter(
    (a) => a.status === 429 && a.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED',
  ).length;
  return { checked, limited };
}

describe('rate limits', () => {
  it("a tenant's public endpoints answer 429 with Retry-After past the per-tenant limit, and other tenants are unaffected", async () => {
    const agency = await seed.agency();
    const [busy, quiet] = await Promise.all([agency.tenant(), agency.tenant()]);
    const limit = loadConfig({ ...process.env, NODE_ENV: 'test' }).rateLimits.publicWritesPerTenant;
    const post = (slug: string) =>
      fetch(`${inject('apiUrl')}/p/${slug}/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'ACCESS', requesterName: '', email: 'x' }),
      });
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
    const anonymous = Client.anonymous();
    for (let i = 0; i < 5; i++) {
      expect(
        (await anonymous.gql(LOGIN, { email: agency.ownerEmail, password: 'wrong-password-123' })).login.__typename,
      ).toBe('InvalidCredentials');
    }
    const refused = await anonymous.raw(LOGIN, { email: agency.ownerEmail, password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const other = await seed.agency();
    expect((await anonymous.gql(LOGIN, { email: other.ownerEmail, password: PASSWORD })).login.__typename).toBe(
      'LoginSuccess',
    );
  });

  it('ten concurrent wrong guesses at one address run at most five password checks; the rest are 429', async () => {
    const agency = await seed.agency();
    const limit = loadConfig({ ...process.env, NODE_ENV: 'test' }).rateLimits.loginFailuresPerEmail;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        Client.anonymous().raw(LOGIN, { email: agency.ownerEmail, password: `wrong-password-${i}` }),
      ),
    );
    expect(tally(answers, 'login')).toEqual({ checked: limit, limited: 10 - limit });
    expect((await Client.anonymous().raw(LOGIN, { email: agency.ownerEmail, password: PASSWORD })).status).toBe(429);
  });

  it('a right password clears the count: failures are limited in a row, not for ever', async () => {
    const agency = await seed.agency();
    const anonymous = Client.anonymous();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++)
        expect(
          (await anonymous.gql(LOGIN, { email: agency.ownerEmail, password: 'wrong-password-123' })).login.__typename,
        ).toBe('InvalidCredentials');
      expect((await anonymous.gql(LOGIN, { email: agency.ownerEmail, password: PASSWORD })).login.__typename).toBe(
        'LoginSuccess',
      );
    }
  });

  it('current-password guesses in changePassword are limited per person, concurrent ones included, even with a signed-in session', async () => {
    const agency = await seed.agency();
    const limit = loadConfig({ ...process.env, NODE_ENV: 'test' }).rateLimits.loginFailuresPerEmail;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        agency.owner.raw(CHANGE_PASSWORD, { current: `wrong-password-${i}`, next: 'a-new-password-456' }),
      ),
    );
    expect(tally(answers, 'changePassword')).toEqual({ checked: limit, limited: 10 - limit });
    // The right current password is refused too until the window ends: the guesses bought nothing.
    const right = await agency.owner.raw(CHANGE_PASSWORD, { current: PASSWORD, next: 'a-new-password-456' });
    expect(right.status).toBe(429);
    expect(right.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('password checks fail closed when the counters cannot be reached', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const pool = { query: () => Promise.reject(down) };
    const limits = loadConfig({ NODE_ENV: 'test' }).rateLimits;
    const limiter = new RateLimiter(
      { driver: { master: pool } } as unknown as DataSource,
      limits,
      createLogger('silent'),
    );
    const req = { ip: '192.0.2.1', socket: {}, headers: {} } as unknown as Request;
    const guard = limiter.signInGuard(req);
    await expect(guard.attempt('someone@example.com')).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    await expect(guard.passwordCheck('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      extensions: { code: 'UNAVAILABLE' },
    });
  });
});
