import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow, PERSON } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { requestLoader } from '../../graphql/request-loader.js';
import { DeletePayload } from '../common/delete.types.js';
import { RecipientResult } from '../recipients/recipient.types.js';
import { CatalogService } from './catalog.service.js';
import {
  AddRecipientFromCatalogInput,
  CatalogEntry,
  CatalogEntryConnection,
  CatalogEntryResult,
  CatalogLink,
  CreateCatalogEntryInput,
  RepublishOutcome,
  RepublishTenantsInput,
  UpdateCatalogEntryInput,
  UpdateCatalogEntryResult,
} from './catalog.types.js';

@Resolver(() => CatalogEntry)
export class CatalogResolver {
  private readonly service = new CatalogService();

  @Allow(PERSON)
  @Query(() => CatalogEntryConnection, { description: "The agency's catalog of common recipients, by name." })
  catalogEntries(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow(PERSON)
  @Query(() => CatalogEntry)
  catalogEntry(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('agency:manage')
  @Mutation(() => CatalogEntryResult)
  createCatalogEntry(@Ctx() ctx: RequestContext, @Arg('input') input: CreateCatalogEntryInput) {
    return this.service.create(ctx, input);
  }

  @Allow('agency:manage')
  @Mutation(() => UpdateCatalogEntryResult, {
    description: "Changes the entry and every linked tenant's draft; reports the tenants reached.",
  })
  updateCatalogEntry(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateCatalogEntryInput) {
    return this.service.update(ctx, input);
  }

  @Allow('agency:manage')
  @Mutation(() => DeletePayload, { description: "Removes the entry; linked recipients stay as the tenants' own." })
  async deleteCatalogEntry(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }

  @Allow('policy:write')
  @Mutation(() => RecipientResult, {
    description: 'Adds a recipient to the current tenant from the catalog, linked to it.',
  })
  addRecipientFromCatalog(@Ctx() ctx: RequestContext, @Arg('input') input: AddRecipientFromCatalogInput) {
    return this.service.addRecipient(ctx, input);
  }

  @Allow('agency:manage')
  @Mutation(() => [RepublishOutcome], {
    description: 'Publishes the drafts of the chosen tenants of the agency (agency owners).',
  })
  republishTenants(@Ctx() ctx: RequestContext, @Arg('input') input: RepublishTenantsInput) {
    return this.service.republish(ctx, input);
  }

  @FieldResolver(() => [CatalogLink], {
    description: 'The tenants whose policy names this entry (visible to agency owners).',
  })
  async linkedTenants(@Ctx() ctx: RequestContext, @Root() entry: CatalogEntry): Promise<CatalogLink[]> {
    // One pass over the agency's tenants for every entry of the page, not one per entry.
    const loader = requestLoader<string, CatalogLink[]>(ctx, 'catalog.linkedTenants', async (ids) => {
      const links = await this.service.links(ctx, ids);
      return ids.map((id) => links.get(id) ?? []);
    });
    return loader.load(entry.id);
  }
}
