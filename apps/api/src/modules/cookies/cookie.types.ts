import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import { COOKIE_LIMITS, FIELD_LIMITS, type CookieDurationUnit, type CookieKind } from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { CookieDurationUnitEnum, CookieKindEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';

@ObjectType({ description: "A cookie or similar storage item the tenant's sites set or allow." })
export class Cookie {
  @Field(() => ID) id: string;
  @Field() name: string;
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
  @Field() purpose: string;
  @Field({ description: 'Whether it lasts only for the browser session.' }) isSessionCookie: boolean;
  @Field({ description: 'Every kind but STRICTLY_NECESSARY needs consent (ePrivacy Art. 5(3)).' })
  needsConsent: boolean;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const CookieConnection = ConnectionType(Cookie);
export const CookieResult = ResultUnion('CookieResult', Cookie);

@InputType({ description: 'Name and provider together are unique (case-insensitive).' })
export class CreateCookieInput {
  @Field() @MaxLength(COOKIE_LIMITS.name) name: string;
  @Field() @MaxLength(COOKIE_LIMITS.provider) provider: string;
  @Field(() => ID, { nullable: true }) recipientId?: string | null;
  @Field(() => CookieKindEnum) kind: CookieKind;
  @Field(() => Int, { nullable: true, description: 'Give with durationUnit, or neither for a session cookie.' })
  durationAmount?: number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit?: CookieDurationUnit | null;
  @Field() @MaxLength(COOKIE_LIMITS.purpose) purpose: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdateCookieInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.name) name?: string;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.provider) provider?: string;
  @Field(() => ID, { nullable: true }) recipientId?: string | null;
  @Field(() => CookieKindEnum, { nullable: true }) kind?: CookieKind;
  @Field(() => Int, { nullable: true }) durationAmount?: number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit?: CookieDurationUnit | null;
  @Field({ nullable: true }) @MaxLength(COOKIE_LIMITS.purpose) purpose?: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
}
