import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TRANSLATION_MAX_LENGTH, type Language, type TranslationState } from '@noticeboard/domain';
import { LanguageEnum, TranslationStateEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { LocationKind } from '../policy-versions/policy-version.types.js';

@ObjectType({
  description: 'One text of the draft policy in one language other than the default, and where it stands.',
})
export class PolicyText {
  @Field(() => LocationKind, { description: 'The kind of item that holds the text.' }) kind: LocationKind;
  @Field(() => ID, { nullable: true, description: 'The item; null for the controller and the policy settings.' })
  itemId: string | null;
  @Field({ description: 'The item’s name in the default language, to show where the text belongs.' }) itemLabel: string;
  @Field({ description: 'The path of the field inside the item, as `Translation.field`.' }) field: string;
  @Field({ description: 'The text in the default language.' }) text: string;
  @Field({ description: 'False for names (a recipient, an authority), which may stay as they are.' }) required: boolean;
  @Field(() => LanguageEnum) language: Language;
  @Field(() => TranslationStateEnum) state: TranslationState;
  @Field(() => String, { nullable: true, description: 'The stored translation, whatever its state.' })
  value: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For an OUTDATED translation: the default text it was made from, to compare with `text`.',
  })
  source: string | null;
}

@ObjectType({ description: 'How far the draft is translated into one language.' })
export class TranslationProgress {
  @Field(() => LanguageEnum) language: Language;
  @Field({ description: 'Whether the tenant publishes this language (policy settings `publishedLanguages`).' })
  published: boolean;
  @Field(() => Int, { description: 'Texts that need a translation (names that may stay as they are not counted).' })
  required: number;
  @Field(() => Int) current: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) outdated: number;
  @Field(() => Int) untranslated: number;
  @Field({ description: 'Every required text has a current translation: the language can be published.' })
  complete: boolean;
}

@ObjectType({
  description: 'The draft policy’s texts in other languages than the default, with the progress per language.',
})
export class PolicyTranslations {
  @Field(() => LanguageEnum) defaultLanguage: Language;
  @Field(() => [TranslationProgress], { description: 'Each language other than the default, published ones first.' })
  progress: TranslationProgress[];
  @Field(() => [PolicyText], { description: 'The texts in the language asked for (every other language when none).' })
  texts: PolicyText[];
}

@InputType({ description: 'One text of one item, in the language of the input.' })
export class PolicyTextTranslationInput {
  @Field(() => LocationKind) kind: LocationKind;
  @Field(() => ID, { nullable: true, description: 'Null for the controller and the policy settings.' })
  itemId?: string | null;
  @Field() @MaxLength(200) field: string;
  @Field(() => String, {
    nullable: true,
    description: 'The translation; null or empty removes it (the text is then missing in this language).',
  })
  @MaxLength(TRANSLATION_MAX_LENGTH)
  value?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A copy of the default text as a starting point, kept UNTRANSLATED until edited or confirmed.',
  })
  untranslated?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The translation still says what the changed default text says: it becomes CURRENT as it is.',
  })
  confirmed?: boolean | null;
}

@InputType({ description: 'Translations of texts of the draft into one language, saved together or not at all.' })
export class TranslatePolicyTextsInput {
  @Field(() => LanguageEnum) language: Language;
  @Field(() => [PolicyTextTranslationInput]) @ArrayMaxSize(500) texts: PolicyTextTranslationInput[];
}

export const TranslatePolicyTextsResult = ResultUnion('TranslatePolicyTextsResult', PolicyTranslations);
