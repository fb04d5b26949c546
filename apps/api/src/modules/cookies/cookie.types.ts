import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, Max, Min } from 'class-validator';
import { COOKIE_LIMITS, FIELD_LIMITS, type CookieDurationUnit, type CookieKind } from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { CookieDurationUnitEnum, CookieKindEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

const NAME = 'The cookie\'s name, or for a group the group\'s label (e.g. "Analytics cookies").';
const DESCRIBES_GROUP =
  'Whether the entry describes a group of cookies by category (as policies do without naming each cookie) rather than one named cookie; its duration is then the typical one.';
const PURPOSE_IDS =
  "Ids of the tenant's purposes the cookie serves: their legal basis is the cookie's. Publishing needs at least one (COOKIE_WITHOUT_PURPOSE), and one relying on consent for a cookie that is not strictly necessary under EU or UK law (COOKIE_WITHOUT_CONSENT_PURPOSE). Deleting a purpose removes it here.";

@ObjectType({
  description:
    "A cookie or similar storage item the tenant's sites set or allow, or a group of them described by category.",
})
export class Cookie {
  @Field(() => ID) id: string;
  @Field({ description: NAME }) name: string;
  @Field({ description: DESCRIBES_GROUP }) describesGroup: boolean;
  @Field({ description: 'Who sets it, e.g. "Google" or the tenant\'s own domain.' }) provider: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The recipient that sets it, when it is a third party of the policy.',
  })
  recipientId: string | null;
  @Field(() => CookieKindEnum) kind: CookieKind;
  @Field(() => Int, { nullable: true, description: 'Lifetime; null for a session cookie.' }) durationAmount:
    number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit: CookieDurationUnit | null;
  @Field({ description: 'What it does, in the tenant’s words.' }) purpose: string;
  @Field(() => [ID], { description: `${PURPOSE_IDS} Sorted.` }) purposeIds: string[];
  @Field({ description: 'Whether it lasts only for the browser session.' }) isSessionCookie: boolean;
  @Field({ description: 'Every kind but STRICTLY_NECESSARY needs consent (ePrivacy Art. 5(3)).' })
  needsConsent: boolean;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field(() => [Translation], { description: 'Its text in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const CookieConnection = ConnectionType(Cookie);
export const CookieResult = ResultUnion('CookieResult', Cookie);

@InputType({ description: 'Name and provider together are unique (case-insensitive).' })
export class CreateCookieInput {
  @Field({ description: NAME }) @MaxLength(COOKIE_LIMITS.name) name: string;
  @Field({ nullable: true, description: `${DESCRIBES_GROUP} Defaults to false.` }) describesGroup?: boolean;
  @Field() @MaxLength(COOKIE_LIMITS.provider) provider: string;
  @Field(() => ID, { nullable: true }) recipientId?: string | null;
  @Field(() => CookieKindEnum) kind: CookieKind;
  @Field(() => Int, { nullable: true, description: 'Give with durationUnit, or neither for a session cookie.' })
  durationAmount?: number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit?: CookieDurationUnit | null;
  @Field() @MaxLength(COOKIE_LIMITS.purpose) purpose: string;
  @Field(() => [ID], { nullable: true, description: PURPOSE_IDS })
  @IsOptional()
  @ArrayMaxSize(FIELD_LIMITS.idList)
  purposeIds?: string[];
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdateCookieInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.name) name?: string;
  @Field({ nullable: true }) describesGroup?: boolean;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.provider) provider?: string;
  @Field(() => ID, { nullable: true }) recipientId?: string | null;
  @Field(() => CookieKindEnum, { nullable: true }) kind?: CookieKind;
  @Field(() => Int, { nullable: true }) durationAmount?: number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit?: CookieDurationUnit | null;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.purpose) purpose?: string;
  @Field(() => [ID], { nullable: true, description: 'Replaces the whole list when given.' })
  @IsOptional()
  @ArrayMaxSize(FIELD_LIMITS.idList)
  purposeIds?: string[];
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}
