import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DataSubjectRequestService } from './request.service.js';
import {
  AddRequestNoteInput,
  CompleteRequestInput,
  ConfirmRequestIdentityInput,
  CreateDataSubjectRequestInput,
  DataSubjectRequest,
  DataSubjectRequestConnection,
  DataSubjectRequestEventConnection,
  DataSubjectRequestResult,
  DataSubjectRequestsArgs,
  ExtendRequestDeadlineInput,
  RefuseRequestInput,
  SubjectRequestSettings,
  SubjectRequestSettingsResult,
  SkipRequestVerificationInput,
  UpdateRequestSettingsInput,
} from './request.types.js';

@Resolver(() => DataSubjectRequest)
export class DataSubjectRequestResolver {
  private readonly service = new DataSubjectRequestService();

  @Allow('request:read')
  @Query(() => DataSubjectRequestConnection, { description: "The current tenant's requests, soonest due first." })
  dataSubjectRequests(@Ctx() ctx: RequestContext, @Args() args: DataSubjectRequestsArgs) {
    return this.service.list(ctx, args);
  }

  @Allow()
  @Query(() => DataSubjectRequestConnection, {
    description: 'Requests of every tenant you can see (no X-Tenant needed), soonest due first.',
  })
  agencyDataSubjectRequests(@Ctx() ctx: RequestContext, @Args() args: DataSubjectRequestsArgs) {
    return this.service.list(ctx, args, true);
  }

  @Allow('request:read')
  @Query(() => DataSubjectRequest)
  dataSubjectRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow()
  @FieldResolver(() => DataSubjectRequestEventConnection, { description: 'Every step, oldest first: who, when, why.' })
  events(@Ctx() ctx: RequestContext, @Root() request: DataSubjectRequest, @Args() args: ConnectionArgs) {
    return this.service.events(ctx, request, args);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description: 'Records a request received by other means (post, phone, email) or from an integration.',
  })
  createDataSubjectRequest(@Ctx() ctx: RequestContext, @Arg('input') input: CreateDataSubjectRequestInput) {
    return this.service.createByStaff(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description: 'Sends the requester a new link and code to confirm their identity.',
  })
  resendRequestVerification(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.resendVerification(ctx, id);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, { description: "Staff confirmed the requester's identity by other means." })
  confirmRequestIdentity(@Ctx() ctx: RequestContext, @Arg('input') input: ConfirmRequestIdentityInput) {
    return this.service.confirmIdentity(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, { description: 'Starts work without an identity check, with the reason.' })
  skipRequestVerification(@Ctx() ctx: RequestContext, @Arg('input') input: SkipRequestVerificationInput) {
    return this.service.skipVerification(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description: 'Takes the extension the regime allows, once; the requester is told why and the new date.',
  })
  extendRequestDeadline(@Ctx() ctx: RequestContext, @Arg('input') input: ExtendRequestDeadlineInput) {
    return this.service.extend(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult)
  completeRequest(@Ctx() ctx: RequestContext, @Arg('input') input: CompleteRequestInput) {
    return this.service.complete(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult)
  refuseRequest(@Ctx() ctx: RequestContext, @Arg('input') input: RefuseRequestInput) {
    return this.service.refuse(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult)
  addRequestNote(@Ctx() ctx: RequestContext, @Arg('input') input: AddRequestNoteInput) {
    return this.service.addNote(ctx, input);
  }

  @Allow('request:read')
  @Query(() => SubjectRequestSettings)
  requestSettings(@Ctx() ctx: RequestContext) {
    return this.service.settings(ctx);
  }

  @Allow('tenant:update')
  @Mutation(() => SubjectRequestSettingsResult)
  updateRequestSettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRequestSettingsInput) {
    return this.service.updateSettings(ctx, input);
  }
}
