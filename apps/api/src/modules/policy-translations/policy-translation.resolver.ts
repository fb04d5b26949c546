import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { LanguageEnum } from '../../graphql/enums.js';
import { Allow } from '../../graphql/permissions.js';
import { PolicyTranslationService } from './policy-translation.service.js';
import {
  PolicyTranslations,
  TranslatePolicyTextsInput,
  TranslatePolicyTextsResult,
} from './policy-translation.types.js';

@Resolver()
export class PolicyTranslationResolver {
  private readonly service = new PolicyTranslationService();

  @Allow('policy:read')
  @Query(() => PolicyTranslations, {
    description:
      'The draft’s texts in the languages other than the default: where each stands, and the progress per language.',
  })
  policyTranslations(
    @Ctx() ctx: RequestContext,
    @Arg('language', () => LanguageEnum, {
      nullable: true,
      description: 'Only the texts in this language (the progress always covers every language).',
    })
    language: Language | null,
  ) {
    return this.service.status(ctx, language);
  }

  @Allow('policy:write')
  @Mutation(() => TranslatePolicyTextsResult, {
    description:
      'Sets texts of the draft in one language, all or nothing, through each item’s own rules (the controller’s texts need tenant:update). Returns the language’s texts afterwards.',
  })
  translatePolicyTexts(@Ctx() ctx: RequestContext, @Arg('input') input: TranslatePolicyTextsInput) {
    return this.service.translate(ctx, input);
  }
}
