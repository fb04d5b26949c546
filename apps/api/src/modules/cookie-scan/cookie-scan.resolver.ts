import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { Allow } from '../../graphql/permissions.js';
import { CookieScanService } from './cookie-scan.service.js';
import { CookieScan, CookieScanConnection, CookieScanResult, StartCookieScanInput } from './cookie-scan.types.js';

@Resolver(() => CookieScan)
export class CookieScanResolver {
  private readonly service = new CookieScanService();

  @Allow('policy:read')
  @Query(() => CookieScanConnection, { description: "The current tenant's cookie scans, newest first." })
  cookieScans(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => CookieScan)
  cookieScan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => CookieScanResult, {
    description:
      'Queues a scan of a website: follow it with `cookieScan(id)` until it SUCCEEDED or FAILED. Adding what it found stays a separate step.',
  })
  startCookieScan(@Ctx() ctx: RequestContext, @Arg('input') input: StartCookieScanInput) {
    return this.service.start(ctx, input);
  }
}
