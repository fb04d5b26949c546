/**
 * Starving other callers of connections or of the event loop, against servers of this file's own (small pool;
 * per-address limits high, except where the anonymous budget is the subject): a document may check credentials
 * only once per kind, password hashing holds no connection, a token that does not authenticate and a sign-in
 * sent with a valid token both cost the anonymous budget, and a client that goes away in the middle of a mutation
 * leaves nothing open behind it.
 */
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CLAUSE_LIMITS } from '@noticeboard/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONNECTION_TIMEOUT_MS } from '../db/data-source.js';
import { bounded, OwnServer, requestHead, sendAndVanish, sendRaw, sleep, type PoolState } from '../test/own-server.js';
import { prose, twoVersions } from '../test/policy-fixture.js';
import type { Client } from '../test/client.js';
import { PASSWORD, seed, type AgencySeed } from '../test/seed.js';

const POOL = 5;
/** Concurrent sign-in attempts per round, as in the report (16 requests against a pool of 10). */
const ATTEMPTS = 16;
const ROUNDS = 3;
const WRONG = 'not-the-password-1';
// Raw on purpose: all of this file goes out as bare HTTP (forwarded addresses, Retry-After, sockets cut mid-request).
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

const bearer = (token: string | null | undefined) => ({ authorization: `Bearer ${token}` });
const whole = (state: PoolState) => ({ ...state, idle: state.total, waiting: 0, idleInTransaction: 0 });
/** An address of the test's own, forwarded by the (trusted, loopback) test client: its own rate-limit counters. */
const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

interface TimedAnswer {
  ms: number;
  status: number;
  body: Answer['body'];
}

/** Another agency's person asking `query` at `url` in their tenant every 20 ms while `going()`, each answer timed into `answers`. */
async function askWhile(
  url: string,
  going: () => boolean,
  client: Client,
  query: string,
  answers: TimedAnswer[],
): Promise<void> {
  while (going()) {
    const started = Date.now();
    const answer = await gql(url, query, {}, { ...bearer(client.options.token), 'x-tenant': client.options.tenant! });
    answers.push({ ms: Date.now() - started, status: answer.status, body: answer.body });
    await sleep(20);
  }
}

describe.sequential('starvation: no caller can take the connections or the event loop from others', () => {
  let server: OwnServer;
  let url: string;
  let attacker: AgencySeed;
  let victim: AgencySeed;

  beforeAll(async () => {
    [attacker, victim] = await Promise.all([seed.agency(), seed.agency()]);
    server = await OwnServer.start({
      poolSize: POOL,
      config: (base) => ({
        trustProxy: ['loopback'],
        rateLimits: {
          ...base.rateLimits,
          publicWritesPerIp: 100_000,
          publicReadsPerIp: 100_000,
          anonymousGraphqlPerIp: 100_000,
          loginFailuresPerEmail: 100_000,
        },
      }),
    });
    url = server.url.replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a document asking for the same credential check twice — 20 aliased logins, two changePasswords, logins in two fragments — with 400 before anything runs', async () => {
    const person = await seed.agency();
    const sessions = async () =>
      Number(
        (
          await server.admin.query(
            `SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
            [person.ownerEmail],
          )
        ).rows[0].count,
      );
    const before = await sessions();
    const input = `{ email: ${JSON.stringify(person.ownerEmail)}, password: ${JSON.stringify(PASSWORD)} }`;
    // Raw on purpose: aliasing and fragment attacks with inline credentials, which a typed client never sends.
    const documents = {
      '20 aliased logins': `mutation { ${Array.from({ length: 20 }, (_, i) => `l${i}: login(input: ${input}) { __typename }`).join(' ')} }`,
      'two aliased logins': `mutation { a: login(input: ${input}) { __typename } b: login(input: ${input}) { __typename } }`,
      'logins in two fragments': `mutation { ...A ...B } fragment A on Mutation { a: login(input: ${input}) { __typename } } fragment B on Mutation { b: login(input: ${input}) { __typename } }`,
      'two changePasswords': `mutation { a: changePassword(input: { currentPassword: ${JSON.stringify(PASSWORD)}, newPassword: "another-long-password-1" }) { __typename }
        b: changePassword(input: { currentPassword: "another-long-password-1", newPassword: "yet-another-password-2" }) { __typename } }`,
    };
    for (const [what, query] of Object.entries(documents)) {
      for (const headers of [{}, bearer(person.owner.options.token)]) {
        const answer = await gql(url, query, {}, headers);
        expect({
          what,
          status: answer.status,
          codes: answer.body.errors?.map((e) => e.extensions?.code),
          data: answer.body.data ?? null,
        }).toEqual({
          what,
          status: 400,
          codes: expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']),
          data: null,
        });
        expect(answer.body.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/only once/));
      }
    }
    // Nothing ran: no session was opened, and the password is the one it was.
    expect(await sessions()).toBe(before);
    const again = await gql(url, LOGIN, { input: { email: person.ownerEmail, password: PASSWORD } });
    expect(again.body).toEqual({ data: { login: { __typename: 'LoginSuccess' } } });
    // One check of each kind in one document is fine.
    const both = await gql(
      url,
      `mutation ($login: LoginInput!, $change: ChangePasswordInput!) { login(input: $login) { __typename } changePassword(input: $change) { __typename } }`,
      {
        login: { email: person.ownerEmail, password: WRONG },
        change: { currentPassword: WRONG, newPassword: 'another-long-password-1' },
      },
      bearer(person.owner.options.token),
    );
    expect(both).toMatchObject({
      status: 200,
      body: {
        data: { login: { __typename: 'InvalidCredentials' }, changePassword: { __typename: 'InvalidCredentials' } },
      },
    });
  });

  it(`${ATTEMPTS} concurrent sign-ins with a valid token, ${ROUNDS} rounds: another agency's user is answered at once, nothing answers 503, the pool never stalls, the event loop stays responsive`, async () => {
    const victimClient = (await victim.tenant()).admin;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const statuses: number[] = [];
    const victimAnswers: TimedAnswer[] = [];
    const readiness: number[] = [];
    let storming = true;

    // The longest time the pool had callers waiting while no connection was handed out or given back.
    let lastProgress = Date.now();
    let longestStall = 0;
    const progress = () => {
      lastProgress = Date.now();
    };
    server.pool.on('acquire', progress);
    server.pool.on('release', progress);
    const watch = setInterval(() => {
      if (server.pool.waitingCount === 0) lastProgress = Date.now();
      longestStall = Math.max(longestStall, Date.now() - lastProgress);
    }, 10);

    // Raw on purpose: the victim's requests take the same bare HTTP path as the storm they are timed against.
    const victimLoop = askWhile(
      url,
      () => storming,
      victimClient,
      '{ me { user { email } } currentTenant { id } }',
      victimAnswers,
    );
    const readinessLoop = (async () => {
      while (storming) {
        readiness.push((await fetch(`${url}/readyz`)).status);
        await sleep(100);
      }
    })();

    loop.enable();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const answers = await Promise.all(
          Array.from({ length: ATTEMPTS }, () =>
            gql(
              url,
              LOGIN,
              { input: { email: attacker.ownerEmail, password: WRONG } },
              bearer(attacker.owner.options.token),
            ),
          ),
        );
        for (const answer of answers) {
          statuses.push(answer.status);
          expect(answer.body).toEqual({ data: { login: { __typename: 'InvalidCredentials' } } });
        }
      }
    } finally {
      storming = false;
      await Promise.all([victimLoop, readinessLoop]);
      loop.disable();
      clearInterval(watch);
      server.pool.off('acquire', progress);
      server.pool.off('release', progress);
    }

    const email = victim.ownerEmail;
    expect(victimAnswers.length).toBeGreaterThan(0);
    for (const answer of victimAnswers)
      expect(answer).toMatchObject({ status: 200, body: { data: { me: { user: { email } } } } });
    expect(victimAnswers.filter((a) => (a.body as Answer['body']).errors)).toEqual([]);
    expect(Math.max(...victimAnswers.map((a) => a.ms))).toBeLessThan(CONNECTION_TIMEOUT_MS);
    expect([...statuses, ...victimAnswers.map((a) => a.status), ...readiness].filter((s) => s === 503)).toEqual([]);
    expect(new Set(readiness)).toEqual(new Set([200]));
    expect(longestStall).toBeLessThan(CONNECTION_TIMEOUT_MS);
    expect(loop.percentile(99) / 1e6).toBeLessThan(100);
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  }, 60_000);

  it('version diffs of a policy rewritten throughout, asked by a VIEWER key again and again: another tenant is answered at once and the event loop stays responsive', async () => {
    const tenant = await (await seed.agency()).tenant();
    // Near the most lines compared (8,500 of 10,000), every clause's paragraphs reordered: Myers' algorithm has
    // nothing to skip and runs until its edit or time bound stops it (unbounded, one such diff took seconds).
    const clauses = Array.from({ length: CLAUSE_LIMITS.maxPerTenant }, (_, i) => prose(i, 8_000, 95));
    await twoVersions(
      tenant,
      clauses,
      clauses.map((body) => body.split('\n\n').reverse().join('\n\n')),
    );
    const viewer = await tenant.apiKey('VIEWER');
    const victimClient = (await victim.tenant()).admin;
    // Raw on purpose: the attack and the victim's requests are timed over the same bare HTTP path.
    const DIFF = '{ policyDiff(from: 1, to: 2) { textDiff textDiffOmitted { code limit } changes { section } } }';

    const loop = monitorEventLoopDelay({ resolution: 10 });
    const victimAnswers: TimedAnswer[] = [];
    let attacking = true;
    const victimLoop = askWhile(
      url,
      () => attacking,
      victimClient,
      '{ currentTenant { id } policyDraft { problems { code } } }',
      victimAnswers,
    );
    loop.enable();
    const answers: Answer[] = [];
    try {
      for (let round = 0; round < 3; round++) {
        answers.push(
          ...(await Promise.all(Array.from({ length: 6 }, () => gql(url, DIFF, {}, bearer(viewer.options.token))))),
        );
      }
    } finally {
      attacking = false;
      await victimLoop;
      loop.disable();
    }

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.data?.policyDiff).toMatchObject({
        textDiff: null,
        textDiffOmitted: { code: 'DIFF_TOO_LARGE', limit: expect.stringMatching(/^(EDIT_LENGTH|TIME)$/) },
      });
      expect(
        answer.body.data?.policyDiff.changes.filter((c: { section: string }) => c.section === 'CLAUSES'),
      ).toHaveLength(CLAUSE_LIMITS.maxPerTenant);
    }
    expect(victimAnswers.length).toBeGreaterThan(0);
    for (const answer of victimAnswers)
      expect({ status: answer.status, errors: answer.body.errors ?? null }).toEqual({ status: 200, errors: null });
    expect(Math.max(...victimAnswers.map((a) => a.ms))).toBeLessThan(CONNECTION_TIMEOUT_MS);
    expect(loop.percentile(99) / 1e6).toBeLessThan(100);
  }, 180_000);

  it('the anonymous budget counts requests whose token does not authenticate, and sign-ins sent with a valid token', async () => {
    const BUDGET = 5;
    const limited = await OwnServer.start({
      poolSize: POOL,
      config: (base) => ({
        trustProxy: ['loopback'],
        rateLimits: { ...base.rateLimits, anonymousGraphqlPerIp: BUDGET, loginFailuresPerEmail: 100_000 },
      }),
    });
    try {
      const at = limited.url.replace('localhost', '127.0.0.1');
      const from = (ip: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, ...headers });
      const expectLimited = (answer: Answer) => {
        expect(answer).toMatchObject({
          status: 429,
          body: { errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }] },
        });
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      };

      // Raw on purpose: requests from forwarded addresses, judged by status and Retry-After.
      // Made-up tokens, of no kind, of the session kind (looked up) and of the API-key kind: 401 while the budget
      // lasts, then 429.
      const garbage = address();
      const tokens = ['nb_xxx', `nbs_${randomUUID()}`, 'nbk_xxx', 'nb_yyy', `nbs_${randomUUID()}`];
      for (const token of tokens) {
        const answer = await gql(at, '{ me { user { email } } }', {}, from(garbage, bearer(token)));
        expect(answer).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      }
      expectLimited(await gql(at, '{ me { user { email } } }', {}, from(garbage, bearer('nb_xxx'))));
      expectLimited(await gql(at, '{ __typename }', {}, from(garbage)));

      // Sign-ins with a valid token of someone else: each costs the budget too; the token's own work does not.
      const signIns = address();
      const token = bearer(attacker.owner.options.token);
      for (let i = 0; i < BUDGET; i++) {
        expect(
          (await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(signIns, token))).body,
        ).toEqual({ data: { login: { __typename: 'InvalidCredentials' } } });
      }
      expectLimited(
        await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(signIns, token)),
      );
      expectLimited(await gql(at, '{ __typename }', {}, from(signIns)));
      const ordinary = await gql(at, '{ me { user { email } } }', {}, from(signIns, token));
      expect(ordinary).toMatchObject({ status: 200, body: { data: { me: { user: { email: attacker.ownerEmail } } } } });

      // One budget for both: bad tokens and sign-ins with a valid token from one address add up.
      const mixed = address();
      for (let i = 0; i < 3; i++)
        expect((await gql(at, '{ __typename }', {}, from(mixed, bearer('nb_xxx')))).status).toBe(401);
      for (let i = 0; i < 2; i++)
        expect(
          (await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(mixed, token))).status,
        ).toBe(200);
      expectLimited(
        await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(mixed, token)),
      );
      expectLimited(await gql(at, '{ __typename }', {}, from(mixed, bearer('nb_xxx'))));

      // An anonymous sign-in is counted once (as anonymous), not twice.
      const anonymous = address();
      for (let i = 0; i < BUDGET; i++) {
        expect(
          (await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(anonymous))).body,
        ).toEqual({ data: { login: { __typename: 'InvalidCredentials' } } });
      }
      expectLimited(await gql(at, LOGIN, { input: { email: attacker.ownerEmail, password: WRONG } }, from(anonymous)));

      const state = await limited.settled();
      expect(state).toEqual(whole(state));
    } finally {
      await limited.stop();
    }
  });

  it('a client that goes away in the middle of a mutation leaves no transaction open, nothing half-written, and the pool whole', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const headers = {
      'content-type': 'application/json',
      ...bearer(agency.owner.options.token),
      'x-tenant': tenant.id,
    };
    const send = (query: string, variables: Record<string, unknown>) => {
      const body = JSON.stringify({ query, variables });
      return requestHead(url, 'POST', '/graphql', { ...headers, 'content-length': Buffer.byteLength(body) }) + body;
    };
    const legalName = async () =>
      (await server.admin.query('SELECT legal_name FROM tenants WHERE tenant_id = $1', [tenant.id])).rows[0]
        .legal_name as string;
    const original = await legalName();
    // Raw on purpose: written to a socket that goes away while the statement waits.
    const UPDATE = 'mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { __typename } }';

    // A statement on the wire: the tenant's row is locked elsewhere, so the update waits for it when the client goes.
    const locker = new pg.Client({
      connectionString: inject('databaseUrl'),
      application_name: 'noticeboard-test-locker',
    });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM tenants WHERE tenant_id = $1 FOR UPDATE', [tenant.id]);
      const client = sendRaw(url, send(UPDATE, { input: { id: tenant.id, legalName: 'Half Written Ltd' } }));
      const waiting = async () =>
        (
          await server.admin.query(
            `SELECT pid FROM pg_stat_activity WHERE pid = ANY ($1::int[]) AND wait_event_type = 'Lock'`,
            [[...server.pids]],
          )
        ).rows[0]?.pid as number | undefined;
      let blocked: number | undefined;
      for (let i = 0; i < 100 && !blocked; i++) {
        blocked = await waiting();
        if (!blocked) await sleep(50);
      }
      expect(blocked, 'the update waits for the row lock').toBeDefined();
      // The client goes away while its statement waits: the connection is closed, so the pool is whole at once
      // (the session itself ends when the lock is released and it finds its client gone).
      client.destroy();
      const state = await server.settled();
      expect(state).toEqual(whole(state));
      await locker.query('ROLLBACK');
      const ended = async () =>
        (await server.admin.query('SELECT count(*) FROM pg_stat_activity WHERE pid = $1', [blocked])).rows[0].count ===
        '0';
      for (let i = 0; i < 100 && !(await ended()); i++) await sleep(50);
      expect(await ended(), 'the abandoned session ends').toBe(true);
    } finally {
      await locker.end();
    }
    expect(await legalName()).toBe(original);

    // Gone at every moment of a mutation that hashes a password between its statements.
    const person = await tenant.user('ADMIN');
    const NEW = 'a-new-long-password-2';
    await bounded(
      Array.from({ length: 30 }, (_, i) => i),
      10,
      async (i) => {
        const body = JSON.stringify({
          query: CHANGE_PASSWORD,
          variables: { input: { currentPassword: PASSWORD, newPassword: NEW } },
        });
        const head = requestHead(url, 'POST', '/graphql', {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...bearer(person.client.options.token),
        });
        await sendAndVanish(url, head + body, i * 3);
      },
    );
    const state = await server.settled();
    expect(state).toEqual(whole(state));
    // The password is either one or the other, whole: exactly one of them signs in.
    const signIns = await Promise.all(
      [PASSWORD, NEW].map(
        async (password) =>
          (await gql(url, LOGIN, { input: { email: person.email, password } })).body.data?.login.__typename,
      ),
    );
    expect(signIns.filter((t) => t === 'LoginSuccess')).toHaveLength(1);
    // And the tenant's row is free: an update goes through.
    expect((await gql(url, UPDATE, { input: { id: tenant.id, legalName: 'Renamed Ltd' } }, headers)).body).toEqual({
      data: { updateTenant: { __typename: 'Tenant' } },
    });
  }, 60_000);
});
