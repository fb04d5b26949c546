import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { tenantPermissions, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { requestLoader } from '../../graphql/request-loader.js';
import { actorKey, actorNames, type ActorRef } from '../audit/actor-names.js';
import { LanguageEnum } from '../../graphql/enums.js';
import { Tenant } from '../tenants/tenant.types.js';
import { PolicyVersionService, publicPolicyUrl, publicRequestFormUrl } from './policy-version.service.js';
import {
  ImportPolicyVersionInput,
  ImportPolicyVersionResult,
  PolicyCompleteness,
  PolicyDiff,
  PolicyVersion,
  PolicyVersionConnection,
  PublicLinks,
  PublishPolicyInput,
  PublishPolicyResult,
  TenantPolicyStatus,
} from './policy-version.types.js';

@Resolver(() => PolicyVersion)
export class PolicyVersionResolver {
  private readonly service = new PolicyVersionService();

  @Allow('policy:read')
  @Query(() => PolicyCompleteness, {
    description: "The completeness check of the current draft (GDPR Art. 13/14 and the tenant's other regimes).",
  })
  policyCompleteness(@Ctx() ctx: RequestContext) {
    return this.service.completeness(ctx);
  }

  @Allow('policy:read')
  @Query(() => PolicyVersionConnection, { description: 'Published versions, oldest first.' })
  policyVersions(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => PolicyVersion)
  policyVersion(@Ctx() ctx: RequestContext, @Arg('version', () => Int) version: number) {
    return this.service.get(ctx, version);
  }

  @Allow('policy:read')
  @Query(() => PolicyDiff, {
    description:
      'What changed between two versions: item by item, and as a text diff when the texts are within the limits of a line-by-line comparison.',
  })
  policyDiff(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Arg('language', () => LanguageEnum, {
      nullable: true,
      description: 'The language of the texts to compare; by default English, else the first both versions have.',
    })
    language?: Language | null,
  ) {
    return this.service.diff(ctx, from, to, language ?? null);
  }

  @Allow('policy:write')
  @Mutation(() => PublishPolicyResult, {
    description: 'Publishes the draft as the next immutable version, if it is complete and changed.',
  })
  publishPolicy(@Ctx() ctx: RequestContext, @Arg('input') input: PublishPolicyInput) {
    return this.service.publish(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => ImportPolicyVersionResult, {
    description:
      "Records an earlier policy of the company as an imported version: its text, stored and served as an archived text (never rendered from today's model), dated before every published version.",
  })
  importPolicyVersion(@Ctx() ctx: RequestContext, @Arg('input') input: ImportPolicyVersionInput) {
    return this.service.importVersion(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Who published or imported it: the person's email or the API key's name (null for the system, or a key since deleted).",
  })
  publishedBy(@Ctx() ctx: RequestContext, @Root() v: PolicyVersion): Promise<string | null> | null {
    if (!v.publisher) return null;
    // One lookup for every version of the page.
    const loader = requestLoader<ActorRef, string | null, string>(
      ctx,
      'policyVersion.publishedBy',
      async (actors) => {
        const names = await actorNames(ctx, actors);
        return actors.map((a) => names.get(actorKey(a)) ?? null);
      },
      { cacheKeyFn: actorKey },
    );
    return loader.load(v.publisher);
  }

  @Allow('policy:read')
  @FieldResolver(() => String, {
    description: 'The stored plain text in a language (an imported version without it: in the first language it has).',
  })
  text(
    @Ctx() ctx: RequestContext,
    @Root() v: PolicyVersion,
    @Arg('language', () => LanguageEnum, { defaultValue: 'en' }) language: Language,
  ) {
    return this.service.document(ctx, v.version, language, 'text');
  }

  @Allow('policy:read')
  @FieldResolver(() => String, {
    description:
      'The stored HTML document in a language (an imported version without it: in the first language it has).',
  })
  html(
    @Ctx() ctx: RequestContext,
    @Root() v: PolicyVersion,
    @Arg('language', () => LanguageEnum, { defaultValue: 'en' }) language: Language,
  ) {
    return this.service.document(ctx, v.version, language, 'html');
  }
}

@Resolver(() => Tenant)
export class TenantPublicLinksResolver {
  private readonly versions = new PolicyVersionService();

  @FieldResolver(() => TenantPolicyStatus, {
    nullable: true,
    description:
      'Published and live version, unpublished changes and completeness; null when the caller may not read the policy.',
  })
  policyStatus(@Ctx() ctx: RequestContext, @Root() tenant: Tenant): Promise<TenantPolicyStatus | null> | null {
    if (!tenantPermissions(tenant.viewer.role).has('policy:read')) return null;
    // Every tenant of the page in one batch: the agency home shows a status per card.
    const loader = requestLoader<string, TenantPolicyStatus | null>(ctx, 'tenant.policyStatus', async (ids) => {
      const statuses = await this.versions.statuses(ctx, ids);
      return ids.map((id) => statuses.get(id) ?? null);
    });
    return loader.load(tenant.id);
  }

  @FieldResolver(() => PublicLinks, { description: 'Public URLs of the live policy and the embed snippet.' })
  publicLinks(@Ctx() ctx: RequestContext, @Root() tenant: Tenant): PublicLinks {
    const base = ctx.config.publicUrl;
    const slug = encodeURIComponent(tenant.slug);
    const policy = publicPolicyUrl(base, tenant.slug);
    return {
      privacyPolicy: policy,
      privacyPolicyText: `${policy}.txt`,
      privacyPolicyJson: `${policy}.json`,
      privacyPolicyPdf: `${policy}.pdf`,
      subprocessors: `${base}/p/${slug}/subprocessors`,
      subprocessorsJson: `${base}/p/${slug}/subprocessors.json`,
      embedSnippet: `<script src="${base}/p/${slug}/embed.js" async></script>`,
      requestForm: publicRequestFormUrl(base, tenant.slug),
    };
  }
}
