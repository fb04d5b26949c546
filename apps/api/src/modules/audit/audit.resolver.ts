import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { AuditService } from './audit.service.js';
import { AuditEntryConnection, AuditLogArgs } from './audit.types.js';

@Resolver()
export class AuditResolver {
  private readonly service = new AuditService();

  @Allow('audit:read')
  @Query(() => AuditEntryConnection, {
    description: 'Every change made in the current tenant, newest first (tenant admins).',
  })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs) {
    return this.service.list(ctx, args);
  }
}
