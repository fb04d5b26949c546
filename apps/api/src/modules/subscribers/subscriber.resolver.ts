import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Permission } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { DeletePayload } from '../common/delete.types.js';
import { SubscriberService } from './subscriber.service.js';
import { SubprocessorSubscriberConnection, SubprocessorSubscribersArgs } from './subscriber.types.js';

/** Subscribers are people's addresses: tenant admins manage them, like the tenant's members. */
const MANAGE: Permission = 'tenant:members';

@Resolver()
export class SubscriberResolver {
  private readonly service = new SubscriberService();

  @Allow(MANAGE)
  @Query(() => SubprocessorSubscriberConnection, {
    description: 'People subscribed to the sub-processor list, oldest first (tenant admins).',
  })
  subprocessorSubscribers(@Ctx() ctx: RequestContext, @Args() args: SubprocessorSubscribersArgs) {
    return this.service.list(ctx, args);
  }

  @Allow(MANAGE)
  @Mutation(() => DeletePayload, { description: 'Removes a subscriber and their links altogether.' })
  async deleteSubprocessorSubscriber(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
