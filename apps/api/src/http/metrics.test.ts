import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
import { testDataSource } from '../test/seed.js';

describe('metrics on a listener of their own', () => {
  let app: App;

  beforeAll(async () => {
    const base = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: inject('databaseUrl') });
    app = await startServer(
      { ...base, worker: 'off', seedDemo: false },
      await testDataSource(),
      createLogger('silent'),
      { port: 0, metricsPort: 0 },
    );
  });

  afterAll(async () => {
    await app?.stop();
    app?.httpServer.close();
  });

  it('the public port answers 404 for /metrics in any spelling', async () => {
    for (const path of ['/metrics', '/METRICS', '/metrics/', '/Metrics', '/metrics/x', '/metrics?x=1']) {
      const res = await fetch(`${app.url}${path}`);
      const text = await res.text();
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(text).not.toContain('noticeboard_');
    }
  });

  it('the metrics port serves Prometheus text, on loopback, and nothing else', async () => {
    expect(app.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    await fetch(`${app.url}/healthz`);
    const res = await fetch(app.metricsUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/noticeboard_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(text).toMatch(/noticeboard_db_pool_connections\{state="total"\} \d+/);
    expect((await fetch(app.metricsUrl!.replace(/\/metrics$/, '/graphql'))).status).toBe(404);
  });

  it('stops with the server', async () => {
    const base = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: inject('databaseUrl') });
    const other = await startServer(
      { ...base, worker: 'off', seedDemo: false },
      await testDataSource(),
      createLogger('silent'),
      { port: 0, metricsPort: 0 },
    );
    expect((await fetch(other.metricsUrl!)).status).toBe(200);
    await other.stop();
    other.httpServer.close();
    await expect(fetch(other.metricsUrl!)).rejects.toThrow();
  });

  it('is configured by NOTICEBOARD_METRICS_PORT (0: off) and NOTICEBOARD_METRICS_HOST (loopback by default)', () => {
    expect(loadConfig({}).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'test' }).metrics).toBeNull();
    expect(loadConfig({ NOTICEBOARD_METRICS_PORT: '0' }).metrics).toBeNull();
    expect(loadConfig({ NOTICEBOARD_METRICS_PORT: '9100', NOTICEBOARD_METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
      port: 9100,
      host: '0.0.0.0',
    });
    expect(loadConfig({ NOTICEBOARD_METRICS_HOST: '::' }).metrics).toEqual({ port: 9464, host: '::' });
    for (const port of ['-1', '65536', '9.5', 'abc', '0x10'])
      expect(() => loadConfig({ NOTICEBOARD_METRICS_PORT: port })).toThrow(
        /NOTICEBOARD_METRICS_PORT must be a port number/,
      );
    expect(() => loadConfig({ NOTICEBOARD_METRICS_HOST: 'http://x/' })).toThrow(/NOTICEBOARD_METRICS_HOST/);
  });

  it('servers started by the tests take no fixed metrics port', () => {
    expect(loadConfig({ ...process.env, NODE_ENV: 'test' }).metrics).toBeNull();
  });
});
