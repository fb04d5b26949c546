import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { repoRoot, type Config } from './config.js';
import type { RequestContext } from './context/request-context.js';
import { RequestTransaction } from './db/request-transaction.js';
import {
  isBadTextError,
  isDatabaseUnavailable,
  rateLimited,
  unavailable,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './graphql/errors.js';
import { GRAPHQL_LIMITS, graphqlArmor } from './graphql/armor.js';
import { oneCredentialCheckPerDocument } from './graphql/credential-checks.js';
import { Metrics, requestLogging, serveMetrics, type MetricsListener } from './http/observability.js';
import { setPortalPageHeaders } from './http/portal-csp.js';
import { RateLimiter } from './http/rate-limit.js';
import { CONNECTION_TIMEOUT_MS, pendingMigrationNames } from './db/data-source.js';
import { PoolWatch, poolOf } from './db/pool-watch.js';
import { createSchema } from './graphql/schema.js';
import type { Logger } from './logger.js';
import { AuthService } from './modules/auth/auth.service.js';
import { consentRoutes } from './modules/consents/consent.routes.js';
import { publicRoutes } from './modules/public/public.routes.js';
import { redirectMovedSlug } from './modules/public/public-tenant.js';
import { PublishedPageCache } from './modules/public/published-page.cache.js';
import { subjectRequestRoutes } from './modules/requests/request.routes.js';
import { subscriberRoutes } from './modules/subscribers/subscriber.routes.js';
import { JobQueue } from './queue/queue.js';

/**
 * How long a request may queue for a connection while the pool keeps serving others (a burst larger than the pool);
 * one that waits while no connection is handed out at all gets 503 after CONNECTION_TIMEOUT_MS.
 */
const POOL_QUEUE_MAX_WAIT_MS = 30_000;

/** As long as browsers may keep a live page (its max-age): a missed announcement is no staler than their copy. */
const PUBLIC_PAGE_MAX_AGE_MS = 60_000;

const CONTEXT_ERROR_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * The schema has no subscriptions. graphql 16 validates a subscription operation anyway and fails it only when
 * executing ("Schema is not configured to execute subscription operation"), which would answer INTERNAL and log
 * the client's mistake as ours: refuse it before anything runs, like any document the schema cannot run.
 */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError('this API has no subscriptions', { nodes: node }));
    }
  },
});

/**
 * graphql-js suggests names in its validation and coercion messages (fields, arguments, types, enum values:
 * `Did you mean "GDPR"?`), which lets a client read the schema with introspection off; armor's blockFieldSuggestion
 * covers fields only.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Shapes every error for clients: a known code always, internals and schema suggestions never in production. */
export function formatError(production: boolean, logger: Logger) {
  const shape = formatErrorShape(production, logger);
  if (!production) return shape;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = shape(formatted, error);
    const message = shaped.message.replace(SUGGESTION, '');
    return message === shaped.message ? shaped : { ...shaped, message };
  };
}

function formatErrorShape(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ArgumentValidationError) {
      return {
        message: 'the input is not valid',
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: original.extensions.validationErrors,
        },
      };
    }
    const code = formatted.extensions?.code;
    if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && isDatabaseUnavailable(original)) {
      return {
        message: 'the service is briefly unavailable; try again shortly',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'UNAVAILABLE' },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error({ err: original, path: formatted.path }, 'unexpected error');
      return {
        message: production ? 'something went wrong on our side' : formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL' },
      };
    }
    if (production && formatted.extensions?.stacktrace) {
      const { stacktrace: _s, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    return formatted;
  };
}

/** Commits the request transaction before the response leaves; a failed commit turns into an error. */
const transactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.tx.released) return;
        try {
          await contextValue.tx.commit();
        } catch (error) {
          contextValue.logger.error({ err: error }, 'commit failed');
          const down = isDatabaseUnavailable(error);
          if (down) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
          }
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              errors: [
                down
                  ? {
                      message: 'the service is briefly unavailable; nothing was saved; try again shortly',
                      extensions: { code: 'UNAVAILABLE' },
                    }
                  : { message: 'the change could not be saved; try again', extensions: { code: 'CONFLICT' } },
              ],
            };
          }
        }
      },
    };
  },
};

export interface App {
  httpServer: http.Server;
  url: string;
  /** Where Prometheus scrapes this process (`…/metrics`), or null when the metrics listener is off. */
  metricsUrl: string | null;
  stop(): Promise<void>;
}

/**
 * `opts.databaseUrl`: the URL `dataSource` connects with, when it is not `config.databaseUrl` (the embedded
 * server's, from `openDatabase`); the public page cache LISTENs there. `opts.metricsPort` turns the metrics listener
 * on at that port (0: a free one) whatever `config.metrics` says (tests, where it is off by default).
 */
export async function startServer(
  config: Config,
  dataSource: DataSource,
  logger: Logger,
  opts: { port?: number; databaseUrl?: string; metricsPort?: number } = {},
): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, `req.ip` is the client's address only when the proxy is trusted (NOTICEBOARD_TRUST_PROXY);
  // untrusted, X-Forwarded-For is ignored, so a client cannot pick its own rate-limit key.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  let queue: JobQueue | null = null;
  let stopping = false;
  const metrics = new Metrics(dataSource, () => queue?.depth() ?? null);
  app.use(requestLogging(logger), metrics.middleware());
  const schema = await createSchema();
  const armor = graphqlArmor(config.production);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // The process's own SIGTERM/SIGINT handler drains HTTP, then the workers, then the pools (main.ts); Apollo's
    // (on whenever NODE_ENV is not `test`) raced it and left the process running after the signal.
    stopOnTerminationSignals: false,
    validationRules: [...armor.validationRules, oneCredentialCheckPerDocument, noSubscriptions],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    formatError: formatError(config.production, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      transactionPlugin,
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await apollo.start();
  const auth = new AuthService();

  // Liveness: the process answers. Readiness: it is not stopping, its pool serves, the database answers and has
  // every migration.
  const poolWatch = new PoolWatch(poolOf(dataSource), CONNECTION_TIMEOUT_MS);
  poolWatch.waitWhileServing(POOL_QUEUE_MAX_WAIT_MS);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    void readiness().then(({ ready, ...body }) =>
      res
        .status(ready ? 200 : 503)
        .setHeader('Cache-Control', 'no-store')
        .json(body),
    );
  });
  async function readiness(): Promise<{ ready: boolean; status: string; pending?: string[]; stalledForMs?: number }> {
    if (stopping) return { ready: false, status: 'stopping' };
    const stalledForMs = poolWatch.stalledForMs();
    if (stalledForMs) return { ready: false, status: 'no database connection free', stalledForMs };
    try {
      const pending = await pendingMigrationNames(dataSource);
      return pending.length
        ? { ready: false, status: 'migrations pending', pending }
        : { ready: true, status: 'ready' };
    } catch {
      return { ready: false, status: 'database unreachable' };
    }
  }

  const limiter = new RateLimiter(dataSource, config.rateLimits, logger);
  app.use(
    '/graphql',
    limiter.anonymousGraphql(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String((req as { id?: unknown }).id ?? randomUUID());
        // Takes no connection until a statement needs one. It ends with the response, whatever happened to the
        // request — Apollo refusing it before execution skips every plugin hook, a client may go away mid-way —
        // so no path can leave a connection idle in a transaction (the commit, when there is one, comes first).
        const tx = new RequestTransaction(dataSource);
        res.once('close', () => tx.abandon());
        try {
          const ctx = await auth.contextFor(
            tx,
            {
              authorization: req.headers.authorization,
              tenant: req.headers['x-tenant'] as string | undefined,
              userAgent: req.headers['user-agent'],
            },
            logger.child({ requestId }),
            config,
            requestId,
          );
          ctx.signInGuard = limiter.signInGuard(req);
          return ctx;
        } catch (error) {
          await tx.rollback().catch(() => undefined);
          if (isDatabaseUnavailable(error)) throw unavailable();
          if (error instanceof GraphQLError) {
            // A token that does not authenticate cost a lookup: it counts against the anonymous budget.
            if (error.extensions.code === 'UNAUTHENTICATED') {
              const wait = await limiter.unauthenticated(req);
              if (wait) throw rateLimited(wait);
            }
            const status = CONTEXT_ERROR_STATUS[String(error.extensions.code)];
            if (status) error.extensions.http = { status };
          }
          throw error;
        }
      },
    }),
  );

  // Every public write — each post, and each emailed link that confirms, unsubscribes or verifies — is counted per
  // client and per tenant before any work is done; every other public request against a per-client read budget.
  app.post(
    [
      '/p/:slug/consents',
      '/p/:slug/consents/withdraw',
      '/p/:slug/consents/withdraw/link',
      '/p/:slug/requests',
      '/p/:slug/requests/verify',
      '/p/:slug/subprocessors/subscribe',
    ],
    limiter.publicWrites(),
  );
  app.get(
    [
      '/p/:slug/consents/withdraw',
      '/p/:slug/requests/verify',
      '/p/:slug/subprocessors/confirm',
      '/p/:slug/subprocessors/unsubscribe',
    ],
    limiter.publicWrites(),
  );
  app.use('/p', limiter.publicReads());
  const site = { dataSource, logger, config };
  app.use(consentRoutes(site));
  app.use(subscriberRoutes(site));
  app.use(subjectRequestRoutes(site));
  // Published pages stay in memory while a LISTEN connection hears of every publish.
  const pages = new PublishedPageCache(
    opts.databaseUrl ?? config.databaseUrl,
    config.publicCacheMb,
    PUBLIC_PAGE_MAX_AGE_MS,
    logger.child({ component: 'public-cache' }),
  );
  pages.start();
  metrics.observePublicCache(() => pages.stats());
  app.use(publicRoutes(site, pages));
  // A tenant's old address: any public endpoint above redirects to its current one.
  app.use('/p/:slug', redirectMovedSlug);

  // Metrics are served only by their own listener: here /metrics, in any case or with any tail, is simply not found
  // (and never the portal's page).
  app.all(/^\/metrics(?:\/.*)?$/i, (_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such page' } });
  });

  // The built portal, when present, is served at / with client-side routing.
  const portal = path.join(repoRoot, 'apps', 'portal', 'dist');
  if (fs.existsSync(path.join(portal, 'index.html'))) {
    app.use(
      express.static(portal, {
        index: false,
        maxAge: '1h',
        // The page itself, should it be asked for by name, with the same policy as at every client-side route.
        setHeaders: (res, file) => {
          if (file.endsWith('.html')) setPortalPageHeaders(res as unknown as express.Response);
        },
      }),
    );
    app.get(/^\/(?!graphql|healthz|readyz|p\/).*/, (_req, res) => {
      setPortalPageHeaders(res);
      res.sendFile(path.join(portal, 'index.html'));
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such page' } });
  });
  const onError: ErrorRequestHandler = (
    err: { status?: number; type?: string; message?: string },
    _req,
    res,
    _next,
  ) => {
    if (isDatabaseUnavailable(err)) {
      res.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      res.status(503).json({
        error: {
          code: 'UNAVAILABLE',
          message: 'the service is briefly unavailable; try again shortly',
          retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
        },
      });
      return;
    }
    if (isBadTextError(err)) {
      res.status(400).json({
        error: { code: 'BAD_REQUEST', message: 'text contains characters that cannot be stored (such as NUL)' },
      });
      return;
    }
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unhandled HTTP error');
    res.status(status).json({
      error: {
        code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL' : 'BAD_REQUEST',
        message: status === 500 ? 'something went wrong on our side' : (err.message ?? 'bad request'),
      },
    });
  };
  app.use(onError);

  // NOTICEBOARD_WORKER=inline (the default): this process also works the background jobs.
  queue = config.worker === 'inline' ? await JobQueue.start(config, dataSource, logger) : null;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port ?? config.port, config.host, () => resolve());
  }).catch(async (error: unknown) => {
    await queue?.stop();
    throw error;
  });
  // Metrics listen apart from the public app (loopback unless NOTICEBOARD_METRICS_HOST says otherwise).
  const metricsAt =
    opts.metricsPort !== undefined
      ? { port: opts.metricsPort, host: config.metrics?.host ?? '127.0.0.1' }
      : config.metrics;
  let metricsListener: MetricsListener | null = null;
  if (metricsAt) {
    metricsListener = await serveMetrics(metrics, metricsAt.host, metricsAt.port).catch(async (error: unknown) => {
      await apollo.stop();
      await queue?.stop();
      await pages.close();
      httpServer.close();
      throw error;
    });
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    httpServer,
    url: `http://localhost:${port}`,
    metricsUrl: metricsListener?.url ?? null,
    async stop() {
      // Readiness fails first, so a load balancer stops sending; the drain then finishes requests in flight.
      stopping = true;
      await apollo.stop();
      await queue?.stop();
      await pages.close();
      await metricsListener?.close();
    },
  };
}
