import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Connections the embedded server accepts; the pools must not open more (see ARCHITECTURE.md): the application's
 * (7), the job queue's (2) and one to spare.
 */
export const EMBEDDED_MAX_CONNECTIONS = 10;

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL compiled to WASM, in a local folder, served over the wire protocol on a loopback port so the
 * application uses the same driver, migrations and SQL as against a server. PGlite is one backend session
 * shared by all socket connections: only transaction-local settings (`set_config(..., true)`, `SET LOCAL`) are
 * safe, which is all the application uses.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
