import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { TRANSLATION_MAX_LENGTH, type Language, type TranslationState } from '@noticeboard/domain';
import { LanguageEnum, TranslationStateEnum } from '../../graphql/enums.js';

/**
 * The one shape of translated tenant text, on every type that holds text a policy renders: the field's value in
 * the tenant's default language stays the field itself (`name`); each other language is a `Translation` of a field,
 * named by its path inside the item (`name`, `retention.criteria`, `additionalBases.0.scope`).
 */
@ObjectType({ description: 'A text of this item in another language than the tenant’s default.' })
export class Translation {
  @Field(() => LanguageEnum) language: Language;
  @Field({ description: 'The path of the field inside the item: `name`, `retention.criteria`, `offices.0.label`.' })
  field: string;
  @Field() value: string;
  @Field({ description: 'The default-language text the translation was made from (or last confirmed for).' })
  source: string;
  @Field(() => TranslationStateEnum, {
    description: 'Only a CURRENT translation is published; any other state leaves the language incomplete.',
  })
  state: TranslationState;
}

@InputType({
  description:
    'One field of the item in one language. A list of them is the item’s whole set of translations: a field left out loses its translation.',
})
export class TranslationInput {
  @Field(() => LanguageEnum, { description: 'Not the tenant’s default language: its text is the field itself.' })
  language: Language;
  @Field({ description: 'The path of the field inside the item, as `Translation.field` gives it.' })
  @MaxLength(200)
  field: string;
  @Field() @MaxLength(TRANSLATION_MAX_LENGTH) value: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A copy of the default text as a starting point: stored as UNTRANSLATED until edited or confirmed.',
  })
  untranslated?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The translation still says what the changed default text says: it becomes CURRENT without an edit. An unchanged value otherwise keeps its state.',
  })
  confirmed?: boolean | null;
}
