import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase, ownerClient } from './database.js';
import { demoAgency } from './fixtures.js';
import { autocannonRound, interleave, roundRatios, unexpectedCell, type Measurement, type SideResult } from './load.js';
import { findPostgresProgram, run, startApi } from './processes.js';
import { fixed, percentile, ratio, table } from './report.js';
import { settings } from './settings.js';

/** The API's pool size (`openDatabase`'s default), which pgbench's client count matches by default. */
const API_POOL_SIZE = 10;

/**
 * Public consent writes (`POST /p/:slug/consents`, one new event per request) against pgbench inserting one row
 * per transaction into a copy of `consent_events` (same columns, constraints and indexes) on the same server and
 * database, so with the same synchronous_commit, fsync and WAL settings.
 */
export async function consentWriteBenchmark(): Promise<string> {
  const pgbench = findPostgresProgram('pgbench');
  if (!pgbench)
    return 'SKIPPED consent write vs pgbench: pgbench is not installed (on Debian it comes with the PostgreSQL server package, postgresql-15).';
  const clients = settings.pgbenchClients;
  const db = await createBenchDatabase('write');
  const api = await startApi(db.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noticeboard-bench-pgbench-'));
  const owner = await ownerClient(db.url);
  try {
    const { tenant, analytics } = await demoAgency(db, api.url);
    const durability = (
      await owner.query<{ name: string; setting: string }>(
        `SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'wal_sync_method', 'commit_delay') ORDER BY name`,
      )
    ).rows
      .map((r) => `${r.name}=${r.setting}`)
      .join(', ');

    await owner.query(
      'CREATE TABLE pgbench_consent_events (LIKE consent_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)',
    );
    const script = path.join(dir, 'insert.sql');
    fs.writeFileSync(
      script,
      `INSERT INTO pgbench_consent_events (tenant_id, id, subject_hash, method, policy_version, notice_hash, page_url, ip_truncated, user_agent, language, gpc, idempotency_key, fingerprint, recorded_by_kind)
VALUES ('${tenant.id}', gen_random_uuid(), md5(random()::text) || md5(random()::text), 'API', 1, md5('notice') || md5('text'), NULL, '127.0.0.0', 'pgbench', 'en', false, gen_random_uuid()::text, md5(random()::text), 'PUBLIC');\n`,
    );

    const apiRound = (seconds: number) =>
      autocannonRound(
        {
          url: `${api.url}/p/${tenant.slug}/consents`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: () =>
            JSON.stringify({
              subjectId: randomUUID(),
              granted: [analytics],
              method: 'API',
              noticeText: 'Analytics helps us improve the site.',
              idempotencyKey: randomUUID(),
            }),
          expectStatus: 201,
        },
        seconds,
      );
    const pgbenchRound = async (seconds: number): Promise<Measurement> => {
      for (const f of fs.readdirSync(dir)) if (f.startsWith('pgbench_log')) fs.rmSync(path.join(dir, f));
      // -l writes one line per transaction (its latency in µs, third column) for percentiles like autocannon's.
      const output = await run(
        pgbench,
        [
          '-n',
          '-M',
          'prepared',
          '-l',
          '-c',
          String(clients),
          '-j',
          String(Math.min(clients, os.cpus().length)),
          '-T',
          String(seconds),
          '-f',
          script,
          db.url,
        ],
        { cwd: dir },
      );
      const latencies = fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('pgbench_log'))
        .flatMap((f) =>
          fs
            .readFileSync(path.join(dir, f), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => Number(line.split(' ')[2]) / 1000),
        )
        .sort((x, y) => x - y);
      const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
      return {
        requestsPerSecond: Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1] ?? Number.NaN),
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        unexpected: failed,
        unexpectedKinds: failed ? `failed transactions: ${failed}` : '',
        total: latencies.length,
      };
    };
    const [apiResult, pgbenchResult] = (await interleave([apiRound, pgbenchRound])) as [SideResult, SideResult];
    const stored = Number((await owner.query('SELECT count(*) AS n FROM consent_events')).rows[0].n);

    const row = (label: string, r: SideResult) => [
      label,
      fixed(r.median.requestsPerSecond),
      `${fixed(r.median.p50, 1)} / ${fixed(r.median.p99, 1)}`,
      unexpectedCell(r),
    ];
    return [
      `Public consent write vs pgbench: API with autocannon, ${settings.connections} connections (${API_POOL_SIZE} database sessions); ` +
        `pgbench with ${clients} clients; ${settings.rounds} round(s) of ${settings.durationSeconds} s per side in turns after ${settings.warmupSeconds} s warm-up; same server and database (${durability})`,
      '',
      table(
        ['writer', 'writes/s (median of rounds)', 'p50 / p99 ms', 'unexpected'],
        [
          row('API POST /p/:slug/consents (event + decision, one transaction)', apiResult),
          row('pgbench one-row INSERT into a copy of consent_events, prepared', pgbenchResult),
        ],
      ),
      '',
      `API/pgbench = ${ratio(apiResult.median.requestsPerSecond, pgbenchResult.median.requestsPerSecond)} (per round ${roundRatios(apiResult, pgbenchResult)}; target >= 0.5). ` +
        `Consent events stored by the API: ${stored} (warm-up included); statements per write: see the statements benchmark.`,
    ].join('\n');
  } finally {
    await owner.end();
    await api.stop();
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
