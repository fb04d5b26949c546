import { parseArgs } from 'node:util';
import type { Config } from '../../config.js';
import { ensureSchemaCurrent, openDatabase } from '../../db/data-source.js';
import { inTransaction } from '../../db/request-transaction.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { allKnownCookies } from '../catalog/catalog.cookies.js';
import { TenantDirectoryEntity } from '../tenants/tenant.entity.js';
import { CookieScanRefused, scanSite, type CookieScanResult } from './cookie-scan.browser.js';
import { declaredCookies } from './cookie-scan.job.js';
import {
  compareWithDeclared,
  type CookieDuration,
  type CookieScanReport,
  type DeclaredCookie,
} from './cookie-scan.report.js';
import { validateScanRequest } from './cookie-scan.service.js';

export const SCAN_COOKIES_USAGE = `  scan-cookies <url> [--tenant <slug>] [--json] [--accept <css selector>] [--max-pages <n>]
                                  scan a website's cookies and storage before and after consent; with --tenant,
                                  compare them with that tenant's declared cookies (needs its database)
`;

const days = (seconds: number) => `${Math.round(seconds / 86_400)} d`;
const lifetime = (seconds: number | null, capped: boolean) =>
  seconds === null
    ? 'session'
    : seconds >= 86_400
      ? `${days(seconds)}${capped ? ' (browser cap)' : ''}`
      : `${Math.round(seconds / 60)} min`;
const duration = (d: CookieDuration) =>
  d.durationAmount === null ? 'session' : `${d.durationAmount} ${d.durationUnit!.toLowerCase()}`;

/** The report as text, one line per finding. */
export function formatReport(report: CookieScanReport, tenant: string | null): string {
  const { scan, comparison } = report;
  const lines = [
    `scanned ${scan.startUrl}: ${scan.pages.length} page loads${scan.truncated ? ' (more links left: page or time limit)' : ''}`,
    `consent: ${scan.consent.method}${scan.consent.note ? ` (${scan.consent.note})` : ''}`,
    '',
    'cookies:',
    ...scan.cookies.map(
      (c) =>
        `  ${c.name}  ${c.domain}${c.path}  ${lifetime(c.lifetimeSeconds, c.lifetimeCapped)}  ${c.thirdParty ? 'third party' : 'first party'}  ${c.phase === 'BEFORE_CONSENT' ? 'before consent' : 'after consent'}${c.httpOnly ? '  httpOnly' : ''}${c.secure ? '  secure' : ''}  sameSite=${c.sameSite}`,
    ),
    'storage:',
    ...scan.storage.map(
      (s) =>
        `  ${s.kind === 'LOCAL_STORAGE' ? 'localStorage' : 'sessionStorage'}  ${s.origin}  ${s.key}  ${s.phase === 'BEFORE_CONSENT' ? 'before consent' : 'after consent'}`,
    ),
  ];
  if (scan.blockedHosts.length)
    lines.push('not reached (not a public address):', ...scan.blockedHosts.map((b) => `  ${b.host} (${b.requests})`));
  if (tenant !== null) {
    lines.push(
      '',
      `compared with ${tenant}'s declared cookies:`,
      ...comparison.matches.map(
        (m) =>
          `  declared  ${m.declaredName} = ${m.observedNames.join(', ')}${m.durationDiffers ? `  (lifetime seen: ${duration(m.observedDuration)})` : ''}`,
      ),
      ...comparison.undeclared.map(
        (u) =>
          `  to add    ${u.name} (${u.domain}): ${u.proposedKind.toLowerCase()}, ${duration(u.proposedDuration)}${u.knownService ? ` (${u.knownService.service}: ${u.knownService.purpose})` : ''}`,
      ),
      ...comparison.notSeen.map((n) => `  not seen  ${n.declaredName}`),
      ...comparison.groupsNotChecked.map((g) => `  group     ${g.declaredName} (not checked by name)`),
    );
  }
  return lines.join('\n');
}

/** `pnpm cli scan-cookies`: exit 0 with the report, 2 for a refused URL or tenant, 1 when the browser failed. */
export async function scanCookiesCommand(config: Config, args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        tenant: { type: 'string' },
        json: { type: 'boolean' },
        accept: { type: 'string' },
        'max-pages': { type: 'string' },
      },
    });
  } catch (error) {
    // An unknown option or one missing its value.
    console.error(`${(error as Error).message}\nUsage:\n${SCAN_COOKIES_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`Usage:\n${SCAN_COOKIES_USAGE}`);
    return 2;
  }
  const request = validateScanRequest(
    {
      url: positionals[0]!,
      acceptSelector: values.accept ?? null,
      maxPages: values['max-pages'] === undefined ? null : Number(values['max-pages']),
    },
    config.production,
  );
  if (request instanceof ValidationFailed) {
    for (const p of request.problems) console.error(`${p.path}: ${p.message}`);
    return 2;
  }
  let declared: DeclaredCookie[] = [];
  if (values.tenant !== undefined) {
    const found = await tenantCookies(config, values.tenant);
    if (!found) {
      console.error(`tenant: no tenant has the slug "${values.tenant}"`);
      return 2;
    }
    declared = found;
  }
  let scan: CookieScanResult;
  try {
    scan = await scanSite(request.url, {
      allowPrivateAddresses: !config.production,
      acceptSelector: request.acceptSelector,
      maxPages: request.maxPages,
    });
  } catch (error) {
    if (error instanceof CookieScanRefused) {
      console.error(`url: ${error.message} (${error.code})`);
      return 2;
    }
    throw error;
  }
  const report: CookieScanReport = { scan, comparison: compareWithDeclared(scan.cookies, declared, allKnownCookies()) };
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, values.tenant ?? null));
  return 0;
}

/** The declared cookies of the tenant with this slug, read in its own RLS scope; null when no tenant has it. */
async function tenantCookies(config: Config, slug: string): Promise<DeclaredCookie[] | null> {
  const db = await openDatabase(config, { poolSize: 1 });
  try {
    // As a worker does: the embedded server is migrated here, a server's deploy step is waited for.
    await ensureSchemaCurrent(config, db, (message) => console.error(message));
    const entry = await inTransaction(db.dataSource, {}, (tx) =>
      tx.manager.getRepository(TenantDirectoryEntity).findOneBy({ slug: slug.trim().toLowerCase() }),
    );
    if (!entry) return null;
    return await inTransaction(db.dataSource, { tenantId: entry.tenantId }, (tx) =>
      declaredCookies(tx.manager, entry.tenantId),
    );
  } finally {
    await db.close();
  }
}
