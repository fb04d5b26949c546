import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { EmailService } from './email.service.js';
import { EmailMessage, EmailMessageConnection, EmailOutboxArgs } from './email.types.js';

@Resolver()
export class EmailResolver {
  private readonly service = new EmailService();

  @Allow('audit:read')
  @Query(() => EmailMessageConnection, {
    description: 'Every email sent for the current tenant, newest first, with its delivery status (tenant admins).',
  })
  emailOutbox(@Ctx() ctx: RequestContext, @Args() args: EmailOutboxArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('audit:read')
  @Query(() => EmailMessage)
  emailMessage(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }
}
