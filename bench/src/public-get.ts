import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchDatabase } from './database.js';
import { demoAgency } from './fixtures.js';
import { autocannonRound, interleave, roundRatios, unexpectedCell, type SideResult } from './load.js';
import { findProgram, freePort, startApi, startChild } from './processes.js';
import { fixed, ratio, table } from './report.js';
import { settings } from './settings.js';

/**
 * The live policy page (`GET /p/:slug/privacy`: stored bytes with a strong ETag, from PostgreSQL) against nginx
 * serving the same bytes from a file with the same Cache-Control and CSP, with the same load tool, connections and
 * duration; then the 304 path, each with its own server's ETag in If-None-Match.
 */
export async function publicGetBenchmark(): Promise<string> {
  const nginx = findProgram('nginx');
  if (!nginx) {
    return 'SKIPPED public GET vs nginx: nginx is not installed (on Debian: `apt-get install -y nginx`; the benchmark does not install it).';
  }
  const db = await createBenchDatabase('get');
  const api = await startApi(db.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noticeboard-bench-nginx-'));
  let server: { stop(): Promise<void> } | null = null;
  try {
    const { tenant } = await demoAgency(db, api.url);
    const apiPage = `${api.url}/p/${tenant.slug}/privacy`;
    const first = await fetch(apiPage);
    if (first.status !== 200) throw new Error(`the live page answered ${first.status}`);
    const bytes = Buffer.from(await first.arrayBuffer());
    const apiEtag = first.headers.get('etag')!;
    const cacheControl = first.headers.get('cache-control')!;
    const csp = first.headers.get('content-security-policy');

    fs.writeFileSync(path.join(dir, 'privacy.html'), bytes);
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `worker_processes ${settings.nginxWorkers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    location = /privacy {
      alias ${dir}/privacy.html;
      default_type "text/html; charset=utf-8";
      etag on;
      add_header Cache-Control "${cacheControl}";
      ${csp ? `add_header Content-Security-Policy "${csp.replace(/"/g, '')}";` : ''}
    }
  }
}
`,
    );
    server = startChild(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')]);
    const nginxPage = `http://127.0.0.1:${port}/privacy`;
    let check: Response | null = null;
    for (let i = 0; i < 50 && !check; i++) {
      check = await fetch(nginxPage).catch(() => null);
      if (!check) await new Promise((r) => setTimeout(r, 100));
    }
    if (!check || check.status !== 200) throw new Error(`nginx did not serve the page (see ${dir}/error.log)`);
    const nginxBytes = Buffer.from(await check.arrayBuffer());
    if (!nginxBytes.equals(bytes)) throw new Error('nginx serves other bytes than the API');
    const nginxEtag = check.headers.get('etag')!;

    const get = (url: string, expectStatus: number, headers?: Record<string, string>) => (seconds: number) =>
      autocannonRound({ url, headers, expectStatus }, seconds);
    const [apiFull, nginxFull, apiNoDatabase] = (await interleave([
      get(apiPage, 200),
      get(nginxPage, 200),
      get(`${api.url}/healthz`, 200),
    ])) as [SideResult, SideResult, SideResult];
    const [api304, nginx304] = (await interleave([
      get(apiPage, 304, { 'if-none-match': apiEtag }),
      get(nginxPage, 304, { 'if-none-match': nginxEtag }),
    ])) as [SideResult, SideResult];
    const results: [string, SideResult, SideResult][] = [
      [`200, ${bytes.length} bytes`, apiFull, nginxFull],
      ['304 (If-None-Match)', api304, nginx304],
      ['reference: API GET /healthz (no database) vs nginx 200', apiNoDatabase, nginxFull],
    ];
    return [
      `Public live-policy GET (API, one Node process) vs ${nginxVersion(nginx)} (${settings.nginxWorkers} worker) serving the same bytes from a file: autocannon, ` +
        `${settings.connections} connections, ${settings.rounds} round(s) of ${settings.durationSeconds} s per side in turns after ${settings.warmupSeconds} s warm-up; medians of the rounds`,
      '',
      table(
        [
          'response',
          'API req/s',
          'nginx req/s',
          'API/nginx',
          'per round',
          'API p50 / p99 ms',
          'nginx p50 / p99 ms',
          'unexpected (API/nginx)',
        ],
        results.map(([label, a, n]) => [
          label,
          fixed(a.median.requestsPerSecond),
          fixed(n.median.requestsPerSecond),
          ratio(a.median.requestsPerSecond, n.median.requestsPerSecond),
          roundRatios(a, n),
          `${fixed(a.median.p50, 1)} / ${fixed(a.median.p99, 1)}`,
          `${fixed(n.median.p50, 1)} / ${fixed(n.median.p99, 1)}`,
          `${unexpectedCell(a)} / ${unexpectedCell(n)}`,
        ]),
      ),
      '',
      'target: API/nginx >= 0.5 (requests/s). The /healthz row is the same Node process without the database: the ceiling of Node and Express here.',
    ].join('\n');
  } finally {
    await server?.stop();
    await api.stop();
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** "nginx/1.22.1": what `nginx -v` prints (on stderr). */
function nginxVersion(nginx: string): string {
  const { stderr } = spawnSync(nginx, ['-v'], { encoding: 'utf8' });
  return /nginx\/[\w.]+/.exec(stderr ?? '')?.[0] ?? 'nginx';
}
