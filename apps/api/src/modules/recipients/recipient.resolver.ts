import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isInternationalTransfer, recipientCountries, recipientTransferGaps } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { RecipientService, tenantJurisdictions } from './recipient.service.js';
import {
  CreateRecipientInput,
  Recipient,
  RecipientConnection,
  RecipientResult,
  TransferGap,
  UpdateRecipientInput,
} from './recipient.types.js';

@Resolver(() => Recipient)
export class RecipientResolver {
  private readonly service = new RecipientService();

  @Allow('policy:read')
  @Query(() => RecipientConnection, { description: 'Recipients of the current tenant, in policy order.' })
  recipients(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => Recipient)
  recipient(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => RecipientResult)
  createRecipient(@Ctx() ctx: RequestContext, @Arg('input') input: CreateRecipientInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => RecipientResult)
  updateRecipient(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRecipientInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => Recipient, {
    description: "Stops following the agency catalog; the recipient keeps its facts as the tenant's own.",
  })
  unlinkRecipientFromCatalog(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.unlinkFromCatalog(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload, {
    description: 'Deletes the recipient, unlinks it from its purposes and clears it from its cookies.',
  })
  async deleteRecipient(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether any of the tenant's regimes treats disclosure to this recipient as an international transfer.",
  })
  async isInternationalTransfer(@Root() recipient: Recipient, @Ctx() ctx: RequestContext): Promise<boolean> {
    return isInternationalTransfer(recipientCountries(recipient), await tenantJurisdictions(ctx));
  }

  @FieldResolver(() => [TransferGap], {
    description: "Transfers the recipient's safeguards do not cover; empty when all are covered.",
  })
  async transferGaps(@Root() recipient: Recipient, @Ctx() ctx: RequestContext): Promise<TransferGap[]> {
    return recipientTransferGaps(recipient, await tenantJurisdictions(ctx));
  }
}
