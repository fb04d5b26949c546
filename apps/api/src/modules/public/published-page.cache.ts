import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { PublicCacheStats } from '../../http/observability.js';
import type { Logger } from '../../logger.js';
import type { DocumentFormat } from '../policy-versions/policy-version.entity.js';

/** The channel a committed publish, slug change or tenant deletion is announced on, with the tenant id. */
export const PUBLIC_CHANGES_CHANNEL = 'noticeboard_public_changes';

/**
 * Tells every API process that the tenant's public pages changed. PostgreSQL delivers it when the transaction
 * commits, and drops it when the transaction (or the savepoint it was sent in) rolls back.
 */
export async function announcePublicChange(em: EntityManager, tenantId: string): Promise<void> {
  await em.query('SELECT pg_notify($1, $2)', [PUBLIC_CHANGES_CHANNEL, tenantId]);
}

export interface CachedDocument {
  language: string;
  format: DocumentFormat;
  contentType: string;
  etag: string;
  body: Buffer;
}

/** Every language of one page (tenant, version, kind, format): the language is negotiated per request. */
export interface CachedPage {
  tenantId: string;
  docs: CachedDocument[];
}

const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

/**
 * Published pages held in this process's memory, so a public GET of a popular policy does not reach the
 * database. Stored versions never change; what a slug's live page is changes on publish, on a slug change, on
 * deletion and when a future effective date arrives. The first three are announced with NOTIFY and evict the
 * tenant's pages here; the last bounds each live entry's lifetime. The cache answers only while this process
 * LISTENs: after a lost connection it starts empty again, as announcements may have been missed meanwhile.
 * Pages fetched while an announcement arrived are not kept (they may predate it).
 */
export class PublishedPageCache {
  private readonly pages: LRUCache<string, CachedPage> | null;
  private client: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private attempt = 0;
  private reconnect: NodeJS.Timeout | null = null;
  /** Bumped by every eviction; a lookup keeps its result only if none happened while it ran. */
  private generation = 0;

  constructor(
    private readonly url: string | null,
    maxMb: number,
    private readonly maxAgeMs: number,
    private readonly logger: Logger,
  ) {
    this.pages =
      url && maxMb > 0
        ? new LRUCache<string, CachedPage>({
            maxSize: maxMb * 2 ** 20,
            sizeCalculation: (page) => page.docs.reduce((n, d) => n + d.body.length + 200, 200),
            ttl: maxAgeMs,
            // Expired entries are not served (ttlAutopurge would need a timer per entry).
            allowStale: false,
          })
        : null;
  }

  get enabled(): boolean {
    return this.pages !== null;
  }

  /** Starts listening for announcements; until it does (and whenever it has lost the connection) nothing is cached. */
  start(): void {
    if (this.pages) void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url!,
      application_name: 'noticeboard-public-cache',
      keepAlive: true,
    });
    this.client = client;
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      this.stopServing();
      client.end().catch(() => undefined);
      if (this.closed) return;
      const delay = RECONNECT_MS[Math.min(this.attempt++, RECONNECT_MS.length - 1)]!;
      if (error)
        this.logger.warn(
          { err: error, retryInMs: delay },
          'public page cache lost its connection; serving from the database',
        );
      this.reconnect = setTimeout(() => void this.connect(), delay);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === PUBLIC_CHANGES_CHANNEL && message.payload) this.evictTenant(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANGES_CHANNEL}`);
      if (this.client !== client) return;
      this.attempt = 0;
      this.pages!.clear();
      this.generation++;
      this.listening = true;
    } catch (error) {
      lost(error);
    }
  }

  private stopServing(): void {
    this.listening = false;
    this.pages?.clear();
    this.generation++;
  }

  private evictTenant(tenantId: string): void {
    this.generation++;
    for (const [key, page] of this.pages?.entries() ?? []) {
      if (page.tenantId === tenantId) this.pages!.delete(key);
    }
  }

  private hits = 0;
  private misses = 0;

  get(key: string): CachedPage | undefined {
    const page = this.listening ? this.pages!.get(key) : undefined;
    if (page) this.hits++;
    else this.misses++;
    return page;
  }

  /** For the metrics. */
  stats(): PublicCacheStats {
    return { serving: this.listening, bytes: this.pages?.calculatedSize ?? 0, hits: this.hits, misses: this.misses };
  }

  /** Marks the start of a database lookup whose result may be kept with `keep`. */
  lookupStarted(): number {
    return this.generation;
  }

  /** Keeps a page looked up since `started`, for at most `maxAgeMs` and never past `expiresAt` (epoch ms). */
  keep(key: string, page: CachedPage, started: number, expiresAt: number | null): void {
    if (!this.listening || started !== this.generation) return;
    const ttl = expiresAt === null ? this.maxAgeMs : Math.min(this.maxAgeMs, expiresAt - Date.now());
    if (ttl > 0) this.pages!.set(key, page, { ttl });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    this.stopServing();
    await client?.end().catch(() => undefined);
  }
}
