import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { tenantPermissions } from '@noticeboard/domain';
import { badInput } from '../../graphql/errors.js';
import { requestLoader } from '../../graphql/request-loader.js';
import { Tenant } from '../tenants/tenant.types.js';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConsentWithdrawalService } from './consent-withdrawal.js';
import { ConsentService } from './consent.service.js';
import {
  ConsentCount,
  ConsentCountsArgs,
  ConsentEvent,
  RecordConsentOptOutPassedOnInput,
  RecordConsentOptOutPassedOnResult,
  ConsentEventConnection,
  ConsentHistoryArgs,
  ConsentRecorded,
  ConsentSettings,
  ConsentSubject,
  CreateConsentWithdrawalLinkInput,
  CreateConsentWithdrawalLinkResult,
  RecordConsentInput,
  RecordConsentResult,
  UpdateConsentSettingsInput,
  TenantConsentActivity,
  UpdateConsentSettingsResult,
} from './consent.types.js';

@Resolver(() => ConsentSubject)
export class ConsentResolver {
  private readonly service = new ConsentService();
  private readonly withdrawals = new ConsentWithdrawalService();

  @Allow('tenant:read')
  @Query(() => ConsentSettings, { description: "Where the tenant's websites send consents, and which origins may." })
  consentSettings(@Ctx() ctx: RequestContext) {
    return this.service.settings(ctx);
  }

  @Allow('tenant:update')
  @Mutation(() => UpdateConsentSettingsResult)
  updateConsentSettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateConsentSettingsInput) {
    return this.service.updateSettings(ctx, input);
  }

  @Allow('consent:write')
  @Mutation(() => RecordConsentResult, {
    description: 'Records a consent event (integrators, imports). Same rules as the public endpoint.',
  })
  async recordConsent(@Ctx() ctx: RequestContext, @Arg('input') input: RecordConsentInput) {
    const result = await this.service.record(ctx, { method: 'API', ...input });
    return 'event' in result ? Object.assign(new ConsentRecorded(), result) : result;
  }

  @Allow('consent:write')
  @Mutation(() => CreateConsentWithdrawalLinkResult, {
    description:
      "A link to the public withdrawal page for one person, working for 30 days: for staff answering a request, or a website's backend putting it in its emails. It is sealed with the tenant's key, which stays on the server, so only this API makes links.",
  })
  createConsentWithdrawalLink(@Ctx() ctx: RequestContext, @Arg('input') input: CreateConsentWithdrawalLinkInput) {
    return this.withdrawals.createLink(ctx, input.subjectId);
  }

  @Allow('consent:write')
  @Mutation(() => RecordConsentOptOutPassedOnResult, {
    description:
      'Records that an opt-out of sale/sharing made by Global Privacy Control was passed on to the third parties the information was sold or shared to (CCPA regulations § 7025(c), § 7026(f)(2)); once per event.',
  })
  recordConsentOptOutPassedOn(@Ctx() ctx: RequestContext, @Arg('input') input: RecordConsentOptOutPassedOnInput) {
    return this.service.recordOptOutPassedOn(ctx, input);
  }

  @Allow('consent:read')
  @Query(() => ConsentEvent)
  consentEvent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.event(ctx, id);
  }

  @Allow('consent:read')
  @Query(() => ConsentSubject, {
    description: "A person's consents, found by the identifier your website knows them by.",
  })
  consentSubject(@Ctx() ctx: RequestContext, @Arg('subjectId') subjectId: string) {
    return this.service.subject(ctx, subjectId);
  }

  @Allow('consent:read')
  @FieldResolver(() => ConsentEventConnection, { description: 'Every answer, newest first.' })
  history(@Ctx() ctx: RequestContext, @Root() subject: ConsentSubject, @Args() args: ConsentHistoryArgs) {
    return this.service.history(ctx, subject.subjectHash, args);
  }

  @Allow('consent:read')
  @FieldResolver(() => GraphQLJSONObject, {
    description: 'The proof export (JSON): what the person was told, when, and what they answered.',
  })
  proof(@Ctx() ctx: RequestContext, @Root() subject: ConsentSubject) {
    return this.service.proof(ctx, subject.subjectHash);
  }

  @Allow('consent:read')
  @Query(() => [ConsentCount], { description: 'Answers per purpose and period (UTC), for charts.' })
  consentCounts(@Ctx() ctx: RequestContext, @Args() args: ConsentCountsArgs) {
    return this.service.counts(ctx, args);
  }
}

@Resolver(() => Tenant)
export class TenantConsentActivityResolver {
  private readonly service = new ConsentService();

  @FieldResolver(() => TenantConsentActivity, {
    nullable: true,
    description: 'Recent consent answers; null when the caller may not read consents.',
  })
  consentActivity(
    @Ctx() ctx: RequestContext,
    @Root() tenant: Tenant,
    @Arg('days', () => Int, { defaultValue: 30, description: 'The window in days up to now, 1 to 366.' }) days: number,
  ): Promise<TenantConsentActivity | null> | null {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('days must be from 1 to 366');
    if (!tenantPermissions(tenant.viewer.role).has('consent:read')) return null;
    // Every tenant of the page in one statement: the agency home shows activity per card.
    const loader = requestLoader<string, TenantConsentActivity | null>(
      ctx,
      `tenant.consentActivity.${days}`,
      async (ids) => {
        const activity = await this.service.activity(ctx, ids, days);
        return ids.map((id) => activity.get(id) ?? null);
      },
    );
    return loader.load(tenant.id);
  }
}
