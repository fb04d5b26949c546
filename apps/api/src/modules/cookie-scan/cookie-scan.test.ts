import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../test/eventually.js';
import { graphql, having, REFUSAL } from '../../test/graphql.js';
import { seed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import type { CookieScanReport } from './cookie-scan.report.js';
import { validateScanRequest } from './cookie-scan.service.js';

const SCAN = graphql(`fragment CookieScanFields on CookieScan {
  id url acceptSelector maxPages status errorCode errorMessage report startedAt finishedAt createdAt }`);
const START = graphql(
  `mutation ($input: StartCookieScanInput!) { startCookieScan(input: $input) {
    __typename ... on CookieScan { ...CookieScanFields } ...Refusal } }`,
  [SCAN, REFUSAL],
);
const GET = graphql(`query ($id: ID!) { cookieScan(id: $id) { ...CookieScanFields } }`, [SCAN]);
const LIST = graphql(`query ($first: Int, $after: String) { cookieScans(first: $first, after: $after) {
  totalCount edges { node { id url status } } pageInfo { hasNextPage endCursor } } }`);
const CREATE_COOKIE = graphql(`mutation ($input: CreateCookieInput!) { createCookie(input: $input) { __typename } }`);

let server: http.Server;
let site: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'session=s1; Path=/; HttpOnly' })
      .end(
        `<!doctype html><title>Shop</title><script>document.cookie = '_ga_K7X=1; max-age=' + 730 * 86400 + '; path=/';</script>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server?.close());

async function start(client: Client, url: string, maxPages?: number) {
  return (await client.gql(START, { input: { url, maxPages } })).startCookieScan;
}

async function finished(client: Client, id: string) {
  return eventually(
    async () => {
      const scan = (await client.gql(GET, { id })).cookieScan;
      return scan.status === 'SUCCEEDED' || scan.status === 'FAILED' ? scan : null;
    },
    'the cookie scan to finish',
    60_000,
  );
}

describe('cookie scans through GraphQL', () => {
  it('queues a scan, runs it in a worker and compares it with the declared cookies', async () => {
    const tenant = await (await seed.agency()).tenant();
    for (const input of [
      {
        name: '_ga_<container-id>',
        provider: 'Google',
        kind: 'ANALYTICS' as const,
        durationAmount: 2,
        durationUnit: 'YEARS' as const,
        purpose: 'analytics',
      },
      { name: 'cart', provider: 'Shop', kind: 'FUNCTIONAL' as const, purpose: 'keeps the basket' },
    ])
      expect((await tenant.admin.gql(CREATE_COOKIE, { input })).createCookie.__typename).toBe('Cookie');

    const queued = having(await start(tenant.admin, site, 3), 'id');
    expect(queued).toMatchObject({ url: site, maxPages: 3, status: 'QUEUED', report: null, errorCode: null });
    const done = await finished(tenant.admin, queued.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', errorCode: null });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    const report = done.report as unknown as CookieScanReport;
    expect(report.scan.cookies.map((c) => [c.name, c.domain, c.thirdParty])).toEqual(
      expect.arrayContaining([
        ['session', '127.0.0.1', false],
        ['_ga_K7X', '127.0.0.1', false],
      ]),
    );
    expect(report.comparison.matches).toEqual([
      expect.objectContaining({
        declaredName: '_ga_<container-id>',
        observedNames: ['_ga_K7X'],
        durationDiffers: false,
      }),
    ]);
    expect(report.comparison.undeclared).toEqual([
      expect.objectContaining({
        name: 'session',
        proposedKind: 'STRICTLY_NECESSARY',
        proposedDuration: { durationAmount: null, durationUnit: null },
      }),
    ]);
    expect(report.comparison.notSeen).toEqual([expect.objectContaining({ declaredName: 'cart' })]);

    // Newest first, one tenant's only.
    const second = having(await start(tenant.admin, `${site}?again`), 'id');
    const other = await (await seed.agency()).tenant();
    expect((await other.admin.gql(LIST, {})).cookieScans.totalCount).toBe(0);
    await expect(other.admin.gql(GET, { id: queued.id })).rejects.toHaveCode('NOT_FOUND');
    const page = (await tenant.admin.gql(LIST, { first: 1 })).cookieScans;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e) => e.node.id)).toEqual([second.id]);
    const next = (await tenant.admin.gql(LIST, { first: 1, after: page.pageInfo.endCursor })).cookieScans;
    expect(next.edges.map((e) => e.node.id)).toEqual([queued.id]);
    await finished(tenant.admin, second.id);
  }, 120_000);

  it('records a start page that does not load as a failed scan', async () => {
    const tenant = await (await seed.agency()).tenant();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const queued = having(await start(tenant.admin, `http://127.0.0.1:${port}/`), 'id');
    expect(await finished(tenant.admin, queued.id)).toMatchObject({
      status: 'FAILED',
      errorCode: 'UNREACHABLE',
      report: null,
    });
  }, 120_000);

  it('refuses a URL that is not http(s), or a bad page bound, with the field named; a viewer may only read', async () => {
    const tenant = await (await seed.agency()).tenant();
    expect(await start(tenant.admin, 'ftp://example.com/')).toEqual({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'url', code: 'INVALID_FORMAT' }],
    });
    expect(await start(tenant.admin, 'https://user:pw@example.com/')).toMatchObject({
      problems: [{ path: 'url', code: 'NOT_ALLOWED' }],
    });
    await expect(start(tenant.admin, site, 51)).rejects.toHaveCode('BAD_USER_INPUT');
    expect((await tenant.admin.gql(LIST, {})).cookieScans.totalCount).toBe(0);
    const { client: viewer } = await tenant.user('VIEWER');
    await expect(start(viewer, site)).rejects.toHaveCode('FORBIDDEN');
    expect((await viewer.gql(LIST, {})).cookieScans.totalCount).toBe(0);
    await expect(tenant.admin.gql(GET, { id: 'nope' })).rejects.toHaveCode('NOT_FOUND');
  });

  it('in production refuses local and private addresses, as webhooks do', () => {
    for (const url of ['http://127.0.0.1:8080/', 'http://localhost/', 'http://10.0.0.1/', 'http://[::1]/'])
      expect(validateScanRequest({ url }, true), url).toMatchObject({
        problems: [{ path: 'url', code: 'NOT_ALLOWED' }],
      });
    expect(validateScanRequest({ url: 'http://127.0.0.1:8080/' }, false)).toEqual({
      url: 'http://127.0.0.1:8080/',
      acceptSelector: null,
      maxPages: 10,
    });
    expect(validateScanRequest({ url: 'https://example.com', acceptSelector: '  ', maxPages: 0 }, true)).toMatchObject({
      problems: [{ path: 'maxPages', code: 'OUT_OF_RANGE' }],
    });
  });
});
