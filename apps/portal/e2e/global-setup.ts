import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    ownerEmail: string;
    ownerPassword: string;
    /** The API's database as a superuser (for reading the emailed links of `account_emails`). */
    databaseUrl: string;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, log: string): Promise<void> {
  // Readiness, not a timed assertion: poll until the server answers, fail at once if it exits.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode}:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not become healthy:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
}

/**
 * Starts the built API with the demo data and the built portal on a free port, on a fresh database: one created
 * on the server TEST_DATABASE_URL names (a superuser's URL) when it is set, else the API's embedded PostgreSQL in
 * a temporary folder. Removes both afterwards.
 */
export default async function setup(project: TestProject) {
  for (const file of ['apps/api/dist/main.js', 'apps/portal/dist/index.html']) {
    if (!fs.existsSync(path.join(repoRoot, file)))
      throw new Error(`${file} is missing: run \`pnpm build\` first (turbo does, before \`pnpm test\`)`);
  }
  const adminUrl = process.env.TEST_DATABASE_URL || null;
  const name = `noticeboard_e2e_${process.pid}_${Date.now()}`;
  let database: Record<string, string>;
  // The embedded server's URL is known only once the API has started it (its port and generated password).
  let databaseUrl: () => string;
  let dropDatabase: () => Promise<void>;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = { DATABASE_URL: url.toString(), MIGRATION_DATABASE_URL: url.toString() };
    databaseUrl = () => url.toString();
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    // The embedded server, which the API starts and stops; as root it runs as the `postgres` user, which must
    // reach the folder (mkdtemp makes it private).
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    fs.chmodSync(folder, 0o755);
    const dataDir = path.join(folder, 'postgres');
    database = { DATABASE_URL: '', MIGRATION_DATABASE_URL: '', NOTICEBOARD_DATA_DIR: dataDir };
    databaseUrl = () => {
      // postmaster.pid's fourth line is the port; the API generated the superuser's password into the folder.
      try {
        const port = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
        const password = fs.readFileSync(path.join(dataDir, 'noticeboard.password'), 'utf8').trim();
        return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/noticeboard`;
      } catch {
        return '';
      }
    };
    dropDatabase = async () => fs.rmSync(folder, { recursive: true, force: true });
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const ownerEmail = 'owner@e2e.test';
  const ownerPassword = randomBytes(12).toString('base64url');
  const log = path.join(os.tmpdir(), `${name}.log`);
  const out = fs.openSync(log, 'w');
  const child = spawn(process.execPath, ['--enable-source-maps', 'apps/api/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...database,
      NOTICEBOARD_PUBLIC_URL: baseUrl,
      NOTICEBOARD_ADMIN_EMAIL: ownerEmail,
      NOTICEBOARD_ADMIN_PASSWORD: ownerPassword,
      NOTICEBOARD_SMTP_URL: '',
    },
    stdio: ['ignore', out, out],
  });

  const teardown = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.closeSync(out);
    await dropDatabase();
  };
  try {
    await waitUntilHealthy(baseUrl, child, log);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('ownerEmail', ownerEmail);
  project.provide('ownerPassword', ownerPassword);
  project.provide('databaseUrl', databaseUrl());
  return teardown;
}
