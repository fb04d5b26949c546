/**
 * The embedded default as a new user meets it: `dist/main.js` started the way `pnpm start` starts it (no
 * DATABASE_URL, an empty data folder, the demo agency), three times at once, each kept alive for a minute while
 * it serves, works its job queue, takes a burst of 500 mixed requests, is SIGKILLed under writes and restarted on
 * its folder. The embedded database it replaced (PGlite behind a socket) died or wedged within 40 s of a fresh
 * start: prepared statements of one connection seen by another, parameters of someone else's statement ("NaN"),
 * a burst of 60 requests that never got an answer. Each of those shows up here as an exit, a failed probe, an
 * error log line, a 5xx, a request without an answer, or a lost write.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../db/embedded.js';
import { killApiProcess, runBuilt, stopApiProcess, type ApiProcess } from './api-process.js';
import { graphql, type TadaDocumentNode } from './graphql.js';
import { scratchDataDir } from './scratch-data-dir.js';

/** How long each fresh start must stay alive and ready, and how often it is probed meanwhile. */
const LIFE_MS = 60_000;
const PROBE_EVERY_MS = 2_000;
/** Three first starts at once (initdb, migrations, demo data) on a small machine beside the other test files. */
const START_TIMEOUT_MS = 180_000;
/** A request without an answer in this long counts as a wedge, not as slowness. */
const ANSWER_TIMEOUT_MS = 20_000;
const BURST = 500;
const OWNER = { email: 'smoke-owner@example.com', password: 'smoke-password-1' };
const LISTENING = /"url":"(http:\/\/[^"]+)".*"msg":"Noticeboard is listening"/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `pnpm start` on a new machine: no database configured (the test runner's own TEST_DATABASE_URL/DATABASE_URL,
 * which runBuilt passes on, blanked), no NODE_ENV (so the production defaults of `loadConfig`, not the test ones),
 * the demo agency with a known owner. Public write limits off: the burst writes from one address into one tenant.
 */
function startEnv(dataDir: string): Record<string, string> {
  return {
    DATABASE_URL: '',
    MIGRATION_DATABASE_URL: '',
    TEST_DATABASE_URL: '',
    NODE_ENV: '',
    NOTICEBOARD_DATA_DIR: dataDir,
    // Several instances run at once: none takes the default metrics port.
    NOTICEBOARD_METRICS_PORT: '0',
    NOTICEBOARD_SEED_DEMO: 'true',
    NOTICEBOARD_ADMIN_EMAIL: OWNER.email,
    NOTICEBOARD_ADMIN_PASSWORD: OWNER.password,
    NOTICEBOARD_RATE_PUBLIC_WRITES_PER_TENANT: '0',
    NOTICEBOARD_RATE_PUBLIC_WRITES_PER_IP: '0',
    NOTICEBOARD_SMTP_URL: '',
    NOTICEBOARD_WORKER: '',
  };
}

interface Notice {
  hash: string;
  purposes: { id: string }[];
}

interface DemoTenant {
  id: string;
  slug: string;
  jurisdictions: string[];
  /** Whether it has a live version: a demo tenant the gate refuses stays a draft. */
  published: boolean;
  /** The consent notice of its live version; null when it asks for no consent or has none. */
  notice: Notice | null;
}

interface Instance {
  name: string;
  dataDir: string;
  removeFolder(): Promise<void>;
  api: ApiProcess | null;
  token: string;
  tenants: DemoTenant[];
}

/** Every process started here, whatever became of it: afterAll ends those still running. */
const children = new Set<ChildProcess>();
const instances: Instance[] = [];

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function apiOf(instance: Instance): ApiProcess {
  if (!instance.api) throw new Error(`${instance.name} is not running`);
  return instance.api;
}

/** `node dist/main.js` on `dataDir`, resolved once it listens. */
async function start(name: string, dataDir: string): Promise<ApiProcess> {
  const run = runBuilt('main.js', [], startEnv(dataDir), LISTENING);
  children.add(run.child);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS);
  });
  const result = await Promise.race([run.done, timeout]).finally(() => clearTimeout(timer));
  if (result === 'timeout')
    throw new Error(`${name} did not listen within ${START_TIMEOUT_MS / 1000} s:\n${run.output()}`);
  const url = LISTENING.exec(result.output)?.[1];
  if (result.code !== null || !url)
    throw new Error(`${name} exited (${result.code ?? run.child.signalCode}) before listening:\n${result.output}`);
  // It logs its public address (localhost); it listens on 127.0.0.1 (HOST).
  return { url: url.replace('//localhost:', '//127.0.0.1:'), metricsUrl: null, child: run.child, output: run.output };
}

/**
 * Lines a healthy process never writes: anything but pino JSON, errors (level 50+), and the PGlite-era symptoms.
 * As `{ count, first }`, so that a failure shows how many and the first few, not every one.
 */
function badLines(output: string): { count: number; first: string[] } {
  const bad = output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      if (/prepared statement|\bNaN\b|database unreachable/i.test(line)) return true;
      const level = /^\{"level":(\d+),/.exec(line)?.[1];
      return level === undefined || Number(level) >= 50;
    });
  return { count: bad.length, first: bad.slice(0, 3).map((line) => line.slice(0, 600)) };
}
const NO_BAD_LINES = { count: 0, first: [] };

/** The running server's pid and port, from its `postmaster.pid` (lines 1 and 4); null without one. */
function postmaster(dataDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return null;
  }
}

/** PostgreSQL postmasters running with `-D dataDir` (from /proc; an empty list where there is none). */
function serversOn(dataDir: string): number[] {
  if (!fs.existsSync('/proc/self/cmdline')) return [];
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.some((arg, i) => args[i - 1] === '-D' && arg === dataDir) && isAlive(Number(entry)))
        found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** A superuser connection to the embedded server of `dataDir`, as its folder describes it. */
async function superuser(dataDir: string): Promise<pg.Client> {
  const server = postmaster(dataDir);
  if (!server) throw new Error(`no server is running on ${dataDir}`);
  const password = fs.readFileSync(path.join(dataDir, 'noticeboard.password'), 'utf8').trim();
  const client = new pg.Client({
    host: '127.0.0.1',
    port: server.port,
    user: 'postgres',
    password,
    database: 'noticeboard',
  });
  await client.connect();
  return client;
}

interface Answer {
  status: number;
  body: any;
}

/** Why a request got no answer, as a status 0 answer: a network error or no answer in ANSWER_TIMEOUT_MS. */
const unanswered = (error: unknown): Answer => ({
  status: 0,
  body: String(
    (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name + ': ' + (error as Error).message,
  ),
});

async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
    const text = await res.text();
    let body: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    return { status: res.status, body };
  } catch (error) {
    return unanswered(error);
  }
}

/** A typed document sent as the owner (in `tenant`); the answer as it came, status 0 when none came. */
function gql<Variables>(
  instance: Instance,
  query: TadaDocumentNode<unknown, Variables>,
  variables?: Variables,
  tenant?: string,
): Promise<Answer> {
  return request(`${apiOf(instance).url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(instance.token ? { authorization: `Bearer ${instance.token}` } : {}),
      ...(tenant ? { 'x-tenant': tenant } : {}),
    },
    body: JSON.stringify({ query: print(query), variables }),
  });
}

const postJson = (url: string, body: unknown) =>
  request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The owner's session and the demo tenants, with the consent notice of each live policy. */
async function signIn(instance: Instance): Promise<void> {
  const login = await gql(
    instance,
    graphql('mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }'),
    { input: OWNER },
  );
  const token = login.body?.data?.login?.token as string | undefined;
  if (!token)
    throw new Error(`${instance.name}: the demo owner cannot sign in: ${login.status} ${JSON.stringify(login.body)}`);
  instance.token = token;
  const listed = await gql(instance, graphql('{ tenants(first: 20) { edges { node { id slug jurisdictions } } } }'));
  const nodes = (listed.body?.data?.tenants?.edges ?? []).map(
    (e: { node: Omit<DemoTenant, 'notice' | 'published'> }) => e.node,
  ) as Omit<DemoTenant, 'notice' | 'published'>[];
  if (!nodes.length)
    throw new Error(`${instance.name}: no demo tenants: ${listed.status} ${JSON.stringify(listed.body)}`);
  instance.tenants = await Promise.all(
    nodes.map(async (node) => {
      const notice = await request(`${apiOf(instance).url}/p/${node.slug}/consents/notice`);
      // A demo tenant the completeness gate refuses stays a draft (see `heldBack`): it takes no consents.
      const unpublished = (notice.body as { error?: { code?: string } } | null)?.error?.code === 'NOT_PUBLISHED';
      if (notice.status === 404 && unpublished) return { ...node, published: false, notice: null };
      if (notice.status !== 200)
        throw new Error(
          `${instance.name}: ${node.slug}'s consent notice: ${notice.status} ${JSON.stringify(notice.body)}`,
        );
      const body = notice.body as Notice;
      return { ...node, published: true, notice: body.purposes.length ? body : null };
    }),
  );
}

const consentTenants = (instance: Instance) => instance.tenants.filter((t) => t.notice);

/** A consent answer for the tenant's notice: the first purpose granted, the others refused. */
function consentBody(tenant: DemoTenant) {
  const key = randomUUID();
  const [first, ...rest] = tenant.notice!.purposes.map((p) => p.id);
  return {
    subjectId: `smoke-visitor-${key}`,
    granted: [first],
    refused: rest,
    method: 'API',
    noticeHash: tenant.notice!.hash,
    idempotencyKey: key,
  };
}

/** A data-subject request through the public JSON API; its verification email goes through the job queue. */
function postRequest(instance: Instance, tenant: DemoTenant, email: string): Promise<Answer> {
  return postJson(`${apiOf(instance).url}/p/${tenant.slug}/requests`, {
    type: 'ACCESS',
    jurisdiction: tenant.jurisdictions[0],
    requesterName: 'Smoke Test',
    email,
    details: 'Which data do you keep about me?',
  });
}

/** The statuses of the tenant's verification emails, by recipient, as the owner reads the outbox. */
async function outbox(instance: Instance, tenant: DemoTenant): Promise<Map<string, string>> {
  const answer = await gql(
    instance,
    graphql('{ emailOutbox(first: 100, kind: REQUEST_VERIFICATION) { edges { node { to status } } } }'),
    undefined,
    tenant.id,
  );
  if (answer.status !== 200 || answer.body?.errors)
    throw new Error(`${instance.name}: emailOutbox: ${answer.status} ${JSON.stringify(answer.body)}`);
  return new Map(
    (answer.body.data.emailOutbox.edges as { node: { to: string; status: string } }[]).map((e) => [
      e.node.to,
      e.node.status,
    ]),
  );
}

interface LifeReport {
  probes: number;
  problems: string[];
  consents: number;
  requests: { email: string; tenant: DemoTenant; postedAt: number; notSentAfterMs?: number }[];
}

/**
 * Until `end`: every ~2 s /readyz and /healthz, one consent; every ~10 s a data-subject request, whose
 * verification email must reach NOT_SENT (no SMTP server configured), which only the queue's worker sets.
 */
async function live(instance: Instance, end: number): Promise<LifeReport> {
  const report: LifeReport = { probes: 0, problems: [], consents: 0, requests: [] };
  const api = apiOf(instance);
  const consenting = consentTenants(instance);
  const checkEmails = async () => {
    const waiting = report.requests.filter((r) => r.notSentAfterMs === undefined);
    for (const tenant of new Set(waiting.map((r) => r.tenant))) {
      const statuses = await outbox(instance, tenant).catch((error: unknown) => {
        report.problems.push(String(error));
        return new Map<string, string>();
      });
      for (const r of waiting.filter((w) => w.tenant === tenant)) {
        const status = statuses.get(r.email);
        if (status === 'NOT_SENT') r.notSentAfterMs = Date.now() - r.postedAt;
        else if (status !== undefined && status !== 'QUEUED') report.problems.push(`${r.email}: email ${status}`);
      }
    }
  };
  for (let tick = 0; Date.now() < end; tick++) {
    const tickStart = Date.now();
    if (!running(api.child)) {
      // Its last words: a signal's "shutting down" line, or why it crashed.
      report.problems.push(
        `exited at tick ${tick} (${api.child.exitCode ?? api.child.signalCode}); its output ends:\n${api.output().slice(-1500)}`,
      );
      break;
    }
    const [ready, health] = await Promise.all([request(`${api.url}/readyz`), request(`${api.url}/healthz`)]);
    report.probes++;
    if (ready.status !== 200)
      report.problems.push(`tick ${tick}: /readyz ${ready.status} ${JSON.stringify(ready.body)}`);
    if (health.status !== 200)
      report.problems.push(`tick ${tick}: /healthz ${health.status} ${JSON.stringify(health.body)}`);
    const tenant = consenting[tick % consenting.length];
    if (tenant) {
      const consent = await postJson(`${api.url}/p/${tenant.slug}/consents`, consentBody(tenant));
      if (consent.status === 201 && consent.body?.id) report.consents++;
      else report.problems.push(`tick ${tick}: consent ${consent.status} ${JSON.stringify(consent.body)}`);
    }
    // The last one early enough for the worker to reach it before the minute is over.
    if (tick % 5 === 0 && end - Date.now() > 15_000) {
      // Requests come through the public form, which a live policy links to.
      const live = instance.tenants.filter((t) => t.published);
      const target = live[report.requests.length % live.length]!;
      const email = `smoke-${instance.name}-${report.requests.length}@example.com`.toLowerCase();
      const posted = await postRequest(instance, target, email);
      if (posted.status === 201) report.requests.push({ email, tenant: target, postedAt: Date.now() });
      else report.problems.push(`tick ${tick}: request ${posted.status} ${JSON.stringify(posted.body)}`);
    }
    await checkEmails();
    await sleep(Math.max(0, PROBE_EVERY_MS - (Date.now() - tickStart)));
  }
  return report;
}

/** Ends a process started here: SIGTERM, and SIGKILL if it has not exited 30 s later. */
async function ensureStopped(child: ChildProcess): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** A server a killed process left on `dataDir`: fast shutdown, then immediate, then SIGKILL. */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pids = new Set(serversOn(dataDir));
  // Without /proc, the pid file's word for it.
  const named = postmaster(dataDir);
  if (!fs.existsSync('/proc/self/cmdline') && named && isAlive(named.pid)) pids.add(named.pid);
  for (const pid of pids) {
    for (const signal of ['SIGINT', 'SIGQUIT', 'SIGKILL'] as const) {
      try {
        process.kill(pid, signal);
      } catch {
        break;
      }
      const deadline = Date.now() + 10_000;
      while (isAlive(pid) && Date.now() < deadline) await sleep(100);
      if (!isAlive(pid)) break;
    }
  }
}

describe.sequential('the embedded default, started as `pnpm start` starts it', () => {
  beforeAll(async () => {
    for (const name of ['A', 'B', 'C']) {
      const folder = await scratchDataDir(`smoke-${name.toLowerCase()}`);
      instances.push({ name, dataDir: folder.dataDir, removeFolder: folder.remove, api: null, token: '', tenants: [] });
    }
    // Concurrently, as three users would; every one registered before any can fail, for afterAll.
    const started = await Promise.allSettled(
      instances.map(async (instance) => {
        instance.api = await start(instance.name, instance.dataDir);
        await signIn(instance);
      }),
    );
    const failed = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed.length) throw failed[0]!.reason;
    for (const instance of instances) {
      expect(consentTenants(instance).length, `${instance.name}: a demo tenant that asks for consent`).toBeGreaterThan(
        0,
      );
    }
  });

  afterAll(async () => {
    await Promise.all([...children].map(ensureStopped));
    for (const instance of instances) {
      await stopLeftoverServer(instance.dataDir);
      await instance.removeFolder();
    }
  });

  describe.concurrent('three fresh starts, each alive for a minute', () => {
    let lifeStart = 0;
    const lifeEnd = () => lifeStart + LIFE_MS;
    beforeAll(() => {
      lifeStart = Date.now();
    });

    it.each(['A', 'B', 'C'])('process %s stays alive and ready, works its queue, and logs no error', async (name) => {
      const instance = instances.find((i) => i.name === name)!;
      const report = await live(instance, lifeEnd());
      const api = apiOf(instance);
      const emailed = report.requests.map((r) => r.notSentAfterMs).filter((ms): ms is number => ms !== undefined);
      console.info(
        `${instance.name}: ${report.probes} probes, ${report.consents} consents, ${emailed.length}/${report.requests.length} verification emails NOT_SENT ` +
          `(slowest after ${Math.max(0, ...emailed)} ms)`,
      );
      expect(report.problems).toEqual([]);
      expect(report.probes).toBeGreaterThanOrEqual(LIFE_MS / PROBE_EVERY_MS / 2);
      expect(report.requests.length).toBeGreaterThanOrEqual(4);
      // The queue's worker reached every request's email within the minute.
      expect(report.requests.filter((r) => r.notSentAfterMs === undefined).map((r) => r.email)).toEqual([]);
      expect({ exitCode: api.child.exitCode, signal: api.child.signalCode }).toEqual({ exitCode: null, signal: null });
      expect(badLines(api.output())).toEqual(NO_BAD_LINES);
    });

    it(`process A answers a burst of ${BURST} mixed requests at once, with no 5xx, and keeps every acknowledged write`, async () => {
      // A few probes into its minute first, so that the life above watches readiness through the burst.
      await sleep(4_000);
      const instance = instances[0]!;
      const api = apiOf(instance);
      const published = instance.tenants.filter((t) => t.published);
      const consenting = consentTenants(instance);
      type Kind = 'page' | 'consent' | 'read' | 'write';
      const one = async (i: number): Promise<{ kind: Kind; what: string; ok: boolean; answer: Answer }> => {
        const tenant = published[i % published.length]!;
        switch (i % 10) {
          case 0:
          case 1:
          case 2: {
            const what = `GET /p/${tenant.slug}/privacy${['', '.txt', '.json'][i % 3]}`;
            const answer = await request(`${api.url}${what.slice(4)}`);
            return { kind: 'page', what, ok: answer.status === 200 && String(answer.body).length > 0, answer };
          }
          case 3:
          case 4:
          case 5: {
            const target = consenting[i % consenting.length]!;
            const answer = await postJson(`${api.url}/p/${target.slug}/consents`, consentBody(target));
            return {
              kind: 'consent',
              what: `POST /p/${target.slug}/consents`,
              ok: answer.status === 201 && typeof answer.body?.id === 'string',
              answer,
            };
          }
          case 6: {
            const answer = await gql(instance, graphql('{ tenants(first: 20) { edges { node { id slug } } } }'));
            return {
              kind: 'read',
              what: 'tenants',
              ok:
                answer.status === 200 &&
                !answer.body?.errors &&
                answer.body?.data?.tenants?.edges?.length === instance.tenants.length,
              answer,
            };
          }
          case 7: {
            const answer = await gql(instance, graphql('{ policyDraft { snapshot } }'), undefined, tenant.id);
            return {
              kind: 'read',
              what: `policyDraft of ${tenant.slug}`,
              ok: answer.status === 200 && !answer.body?.errors && !!answer.body?.data?.policyDraft?.snapshot,
              answer,
            };
          }
          default: {
            const answer = await gql(
              instance,
              graphql(
                'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { __typename ... on Audience { id } ... on ValidationFailed { message } } }',
              ),
              { input: { name: `Burst audience ${i}`, description: 'made by the smoke burst' } },
              tenant.id,
            );
            return {
              kind: 'write',
              what: `createAudience in ${tenant.slug}`,
              ok:
                answer.status === 200 &&
                !answer.body?.errors &&
                answer.body?.data?.createAudience?.__typename === 'Audience',
              answer,
            };
          }
        }
      };
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: BURST }, (_, i) => one(i)));
      const tookMs = Date.now() - started;
      const count = (kind: Kind) => results.filter((r) => r.kind === kind).length;
      console.info(
        `burst: ${BURST} requests (${count('page')} pages, ${count('consent')} consents, ${count('read')} reads, ${count('write')} writes) answered in ${tookMs} ms`,
      );
      // By kind and status, with the first answer of each, so that a failure reads as a table.
      const tally = (list: typeof results) => {
        const by: Record<string, { count: number; first: string }> = {};
        for (const r of list) {
          const key = `${r.kind} ${r.answer.status}`;
          by[key] ??= { count: 0, first: `${r.what}: ${JSON.stringify(r.answer.body).slice(0, 300)}` };
          by[key].count++;
        }
        return by;
      };
      expect(tally(results.filter((r) => r.answer.status === 0)), 'requests without an answer').toEqual({});
      expect(tally(results.filter((r) => r.answer.status >= 500)), '5xx answers').toEqual({});
      expect(tally(results.filter((r) => !r.ok)), 'unexpected answers').toEqual({});

      // Every acknowledged write is stored.
      const consentIds = results.filter((r) => r.kind === 'consent').map((r) => r.answer.body.id as string);
      const audienceIds = results
        .filter((r) => r.kind === 'write')
        .map((r) => r.answer.body.data.createAudience.id as string);
      const db = await superuser(instance.dataDir);
      try {
        const events = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM consent_events WHERE id = ANY ($1::uuid[])',
          [consentIds],
        );
        expect(events.rows[0]!.n).toBe(consentIds.length);
        const audiences = await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM audiences WHERE id = ANY ($1::uuid[])',
          [audienceIds],
        );
        expect(audiences.rows[0]!.n).toBe(audienceIds.length);
      } finally {
        await db.end();
      }
      expect(running(api.child)).toBe(true);
    });
  });

  it('SIGKILLed under consent writes, process C restarts on its folder with every acknowledged write, then stops cleanly on SIGTERM', async () => {
    const instance = instances[2]!;
    const first = apiOf(instance);
    const tenant = consentTenants(instance)[0]!;
    const acknowledged: { id: string; subjectId: string }[] = [];
    const cut: string[] = [];
    const unexpected: string[] = [];
    const writer = async () => {
      for (;;) {
        const body = consentBody(tenant);
        const answer = await postJson(`${first.url}/p/${tenant.slug}/consents`, body);
        if (answer.status === 0) return void cut.push(String(answer.body));
        if (answer.status === 201 && typeof answer.body?.id === 'string')
          acknowledged.push({ id: answer.body.id, subjectId: body.subjectId });
        else unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const load = Array.from({ length: 4 }, writer);
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 100 && Date.now() < deadline && !unexpected.length && !cut.length) await sleep(50);
    expect(unexpected).toEqual([]);
    expect(cut, 'writes cut before the kill').toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    const before = postmaster(instance.dataDir);
    expect(before).not.toBeNull();
    expect(await killApiProcess(first)).toBe('SIGKILL');
    instance.api = null;
    await Promise.all(load);
    expect(unexpected).toEqual([]);
    // The kill landed while writes were in flight (ECONNREFUSED: sent after it).
    expect(cut.filter((cause) => cause !== 'ECONNREFUSED').length).toBeGreaterThan(0);
    expect(badLines(first.output())).toEqual(NO_BAD_LINES);

    // The same folder: the server the killed process left running is stopped and started again.
    const restarted = await start(`${instance.name} restarted`, instance.dataDir);
    instance.api = restarted;
    const after = postmaster(instance.dataDir);
    expect(after).not.toBeNull();
    expect(after!.pid).not.toBe(before!.pid);
    expect(isAlive(before!.pid)).toBe(false);
    await signIn(instance);

    const db = await superuser(instance.dataDir);
    try {
      const ids = acknowledged.map((a) => a.id);
      const stored = await db.query<{ id: string; decisions: number }>(
        `SELECT e.id::text, (SELECT count(*)::int FROM consent_decisions d WHERE d.tenant_id = e.tenant_id AND d.event_id = e.id) AS decisions
           FROM consent_events e WHERE e.id = ANY ($1::uuid[])`,
        [ids],
      );
      expect(stored.rows.length).toBe(ids.length);
      const purposes = tenant.notice!.purposes.length;
      expect(stored.rows.filter((r) => r.decisions !== purposes)).toEqual([]);
    } finally {
      await db.end();
    }
    // Through the restarted API too: the answers acknowledged last before the kill.
    for (const { id, subjectId } of acknowledged.slice(-5)) {
      const answer = await gql(
        instance,
        graphql('query ($s: String!) { consentSubject(subjectId: $s) { state { eventId choice } } }'),
        { s: subjectId },
        tenant.id,
      );
      expect(answer.body?.errors).toBeUndefined();
      const state = answer.body.data.consentSubject.state as { eventId: string; choice: string }[];
      expect(state.length).toBe(tenant.notice!.purposes.length);
      expect(state.every((s) => s.eventId === id)).toBe(true);
    }
    // It serves writes and works its queue on.
    const consent = await postJson(`${restarted.url}/p/${tenant.slug}/consents`, consentBody(tenant));
    expect(consent.status).toBe(201);
    const email = `smoke-${instance.name.toLowerCase()}-after-restart@example.com`;
    expect((await postRequest(instance, tenant, email)).status).toBe(201);
    const emailDeadline = Date.now() + 30_000;
    let status: string | undefined;
    while (status !== 'NOT_SENT' && Date.now() < emailDeadline) {
      status = (await outbox(instance, tenant)).get(email);
      if (status !== 'NOT_SENT') await sleep(250);
    }
    expect(status).toBe('NOT_SENT');

    // SIGTERM: drains, stops its server, exits 0, and leaves no PostgreSQL running on the folder.
    const server = postmaster(instance.dataDir)!;
    expect(await stopApiProcess(restarted)).toBe(0);
    instance.api = null;
    expect(isAlive(server.pid)).toBe(false);
    expect(fs.existsSync(path.join(instance.dataDir, 'postmaster.pid'))).toBe(false);
    expect(serversOn(instance.dataDir)).toEqual([]);
    expect(badLines(restarted.output())).toEqual(NO_BAD_LINES);
  });

  it('processes A and B stop on SIGTERM with exit 0 and leave no PostgreSQL running', async () => {
    await Promise.all(
      instances.slice(0, 2).map(async (instance) => {
        const api = apiOf(instance);
        const server = postmaster(instance.dataDir);
        expect(server).not.toBeNull();
        expect(await stopApiProcess(api)).toBe(0);
        instance.api = null;
        expect(isAlive(server!.pid)).toBe(false);
        expect(fs.existsSync(path.join(instance.dataDir, 'postmaster.pid'))).toBe(false);
        expect(serversOn(instance.dataDir)).toEqual([]);
        expect(badLines(api.output())).toEqual(NO_BAD_LINES);
      }),
    );
  });
});
