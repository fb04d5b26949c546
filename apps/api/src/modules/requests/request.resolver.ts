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
  MergeRequestInput,
  PauseRequestClockInput,
  RecordOptOutPassedOnInput,
  RefuseRequestInput,
  RequestIdentityProofInput,
  ResumeRequestClockInput,
  SubjectRequestSettings,
  SubjectRequestSettingsResult,
  SkipRequestConfirmationInput,
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
    description: 'Sends the requester a new link and code to confirm that the request is theirs.',
  })
  resendRequestVerification(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.resendVerification(ctx, id);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      "Starts work without the requester's email confirmation (a request by phone or post, say), with the reason.",
  })
  skipRequestConfirmation(@Ctx() ctx: RequestContext, @Arg('input') input: SkipRequestConfirmationInput) {
    return this.service.skipConfirmation(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      'Asks the requester for proof of identity, saying what gives reasonable doubt (GDPR Art. 12(6)); not for CCPA opt-outs. Where the regime says so (UK GDPR Art. 12A) the clock starts again when it arrives.',
  })
  requestIdentityProof(@Ctx() ctx: RequestContext, @Arg('input') input: RequestIdentityProofInput) {
    return this.service.requestIdentity(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description: "Records that the requester's identity information arrived (on `receivedOn`) and was accepted.",
  })
  confirmRequestIdentity(@Ctx() ctx: RequestContext, @Arg('input') input: ConfirmRequestIdentityInput) {
    return this.service.confirmIdentity(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      'Asks the requester for clarification or a fee and stops the clock meanwhile, where the regime does (UK GDPR Art. 12A); the requester is told.',
  })
  pauseRequestClock(@Ctx() ctx: RequestContext, @Arg('input') input: PauseRequestClockInput) {
    return this.service.pauseClock(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description: 'The clarification or fee arrived: the clock runs again, with the days already run kept.',
  })
  resumeRequestClock(@Ctx() ctx: RequestContext, @Arg('input') input: ResumeRequestClockInput) {
    return this.service.resumeClock(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      'Takes the extension the regime allows, once, in any open state within the first period; the requester is told why and the new date.',
  })
  extendRequestDeadline(@Ctx() ctx: RequestContext, @Arg('input') input: ExtendRequestDeadlineInput) {
    return this.service.extend(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      'CCPA opt-outs: records that the request was passed on to the third parties the information was sold, shared or disclosed to since it arrived (Cal. Code Regs. tit. 11, § 7026(f)(2), § 7027(g)). Needed before completing.',
  })
  recordOptOutPassedOn(@Ctx() ctx: RequestContext, @Arg('input') input: RecordOptOutPassedOnInput) {
    return this.service.recordPassedOn(ctx, input);
  }

  @Allow('request:write')
  @Mutation(() => DataSubjectRequestResult, {
    description:
      'Folds a duplicate into its original: the duplicate is closed as MERGED, both histories say so, and the requester is sent nothing.',
  })
  mergeRequest(@Ctx() ctx: RequestContext, @Arg('input') input: MergeRequestInput) {
    return this.service.merge(ctx, input);
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
