import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { DataCategoryService } from './data-category.service.js';
import {
  CreateDataCategoryInput,
  DataCategory,
  DataCategoryConnection,
  DataCategoryResult,
  UpdateDataCategoryInput,
} from './data-category.types.js';

@Resolver(() => DataCategory)
export class DataCategoryResolver {
  private readonly service = new DataCategoryService();

  @Allow('policy:read')
  @Query(() => DataCategoryConnection, { description: 'Data categories of the current tenant, in policy order.' })
  dataCategories(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => DataCategory)
  dataCategory(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => DataCategoryResult)
  createDataCategory(@Ctx() ctx: RequestContext, @Arg('input') input: CreateDataCategoryInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DataCategoryResult)
  updateDataCategory(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateDataCategoryInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload, {
    description: 'Deletes the data category and unlinks it from its purposes and recipients.',
  })
  async deleteDataCategory(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
