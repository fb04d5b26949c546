import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CLAUSE_LIMITS } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { DeletePayload } from '../common/delete.types.js';
import { ClauseService } from './clause.service.js';
import {
  Clause,
  ClauseConnection,
  ClauseListArgs,
  ClauseResult,
  CreateClauseInput,
  UpdateClauseInput,
} from './clause.types.js';

@Resolver(() => Clause)
export class ClauseResolver {
  private readonly service = new ClauseService();

  @Allow('policy:read')
  @Query(() => ClauseConnection, { description: 'Free-text clauses of the current tenant, in (position, id) order.' })
  clauses(@Ctx() ctx: RequestContext, @Args() args: ClauseListArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => Clause)
  clause(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => ClauseResult, {
    description: `Adds a clause; once the tenant has ${CLAUSE_LIMITS.maxPerTenant}, another is refused (ValidationFailed, code NOT_ALLOWED).`,
  })
  createClause(@Ctx() ctx: RequestContext, @Arg('input') input: CreateClauseInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => ClauseResult)
  updateClause(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateClauseInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload)
  async deleteClause(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
