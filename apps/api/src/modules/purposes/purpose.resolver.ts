import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { Audience } from '../audiences/audience.types.js';
import { DeletePayload } from '../common/delete.types.js';
import { DataCategory } from '../data-categories/data-category.types.js';
import { Recipient } from '../recipients/recipient.types.js';
import { loadInOrder, purposeLoaders } from './purpose.loader.js';
import { PurposeService } from './purpose.service.js';
import { CreatePurposeInput, Purpose, PurposeConnection, PurposeResult, UpdatePurposeInput } from './purpose.types.js';

@Resolver(() => Purpose)
export class PurposeResolver {
  private readonly service = new PurposeService();

  @Allow('policy:read')
  @Query(() => PurposeConnection, { description: 'Purposes of the current tenant, in policy order.' })
  purposes(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => Purpose)
  purpose(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => PurposeResult)
  createPurpose(@Ctx() ctx: RequestContext, @Arg('input') input: CreatePurposeInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => PurposeResult)
  updatePurpose(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePurposeInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload, { description: 'Deletes the purpose and unlinks it from the cookies that served it.' })
  async deletePurpose(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }

  @FieldResolver(() => [Audience], { description: 'In policy order.' })
  audiences(@Root() purpose: Purpose, @Ctx() ctx: RequestContext): Promise<Audience[]> {
    return loadInOrder(purposeLoaders(ctx).audiences, purpose.audienceIds);
  }

  @FieldResolver(() => [DataCategory], { description: 'In policy order.' })
  dataCategories(@Root() purpose: Purpose, @Ctx() ctx: RequestContext): Promise<DataCategory[]> {
    return loadInOrder(purposeLoaders(ctx).dataCategories, purpose.dataCategoryIds);
  }

  @FieldResolver(() => [Recipient], { description: 'In policy order.' })
  recipients(@Root() purpose: Purpose, @Ctx() ctx: RequestContext): Promise<Recipient[]> {
    return loadInOrder(purposeLoaders(ctx).recipients, purpose.recipientIds);
  }
}
