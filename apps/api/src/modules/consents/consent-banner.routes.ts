import { Router, type Request, type Response } from 'express';
import { liveVersion } from '../policy-versions/policy-version.service.js';
import { etagOf, matchesEtag } from '../policy-versions/published-document.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import { consentBannerScript, inertBannerScript } from './consent-banner.script.js';

/** Like the live policy pages: a publication shows within a minute, and a revalidation costs a 304. */
export const BANNER_CACHE = 'public, max-age=60, must-revalidate';

const JAVASCRIPT = 'text/javascript; charset=utf-8';

interface BannerReply {
  status: number;
  body: string;
  cache: string;
}

/**
 * `GET /p/:slug/consent.js`: the consent banner a website embeds with one script tag (consent-banner.script.ts).
 * The script is the same string for every request of a tenant with a live policy (the notice is fetched at run
 * time), so it is answered with its ETag and a short max-age; a tenant with nothing published gets a script that
 * only says so in the console (the banner would have nothing to ask), and an unknown address a 404 whose body is
 * a JavaScript comment (a browser runs no script of a 404, and a person reading it learns why).
 */
export function consentBannerRoutes(site: PublicSite): Router {
  const router = Router();

  async function banner(req: Request): Promise<BannerReply> {
    return inPublicTenant(
      site,
      req,
      { kind: 'public' },
      {
        status: 404,
        body: '/* Noticeboard: there is no organisation at this address, so there is no consent banner. */\n',
        cache: 'no-cache',
      },
      async (ctx, slug): Promise<BannerReply> => {
        const live = await liveVersion(ctx, ctx.tenantId);
        return live === null
          ? { status: 200, body: inertBannerScript(slug), cache: 'no-cache' }
          : { status: 200, body: consentBannerScript(slug), cache: BANNER_CACHE };
      },
    );
  }

  function send(req: Request, res: Response, reply: BannerReply): void {
    const etag = etagOf(reply.body);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', reply.cache);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Websites on other origins load it with a plain <script src>, also under Cross-Origin-Embedder-Policy.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (reply.status === 200 && matchesEtag(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(reply.status).type(JAVASCRIPT).send(reply.body);
  }

  router.get('/p/:slug/consent.js', (req, res, next) => {
    banner(req).then(
      (reply) => send(req, res, reply),
      (error: unknown) => {
        if (!isSlugMoved(error)) site.logger.error({ err: error, path: req.path }, 'consent banner script failed');
        next(error);
      },
    );
  });

  return router;
}
