import { ArrayMaxSize, IsIn, MaxLength } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CONSENT_LIMITS, FIELD_LIMITS, type ConsentChoice, type ConsentMethod } from '@noticeboard/domain';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { AreIds } from '../../graphql/ids.js';
import { ConsentChoiceEnum, ConsentMethodEnum } from '../../graphql/enums.js';
import { ResultUnion, ValidationFailed } from '../../graphql/user-error.js';

/** Characters of a note saying how an opt-out was passed on. */
export const CONSENT_PASSED_ON_NOTE_MAX = 2000;

@ObjectType({ description: "Where and how the tenant's websites record consents." })
export class ConsentSettings {
  @Field(() => [String], {
    description: 'Browser origins allowed to record consents, e.g. https://www.example.com or https://*.example.com.',
  })
  allowedOrigins: string[];

  @Field({ description: 'POST consent events here (JSON), from an allowed origin or from a server.' })
  endpointUrl: string;

  @Field({
    description:
      'GET the purposes to ask about and the notice text (with its hash) for a banner, from the live policy, in the visitor’s language among those published (`?lang=` or Accept-Language).',
  })
  noticeUrl: string;

  @Field({
    description:
      'The public page where people withdraw every consent they gave in one step (GDPR Art. 7(3)); without a link of their own it offers to email them one. The live policy links it.',
  })
  withdrawalPageUrl: string;
}

export const UpdateConsentSettingsResult = ResultUnion('UpdateConsentSettingsResult', ConsentSettings);

@InputType()
export class UpdateConsentSettingsInput {
  @Field(() => [String])
  @ArrayMaxSize(CONSENT_LIMITS.allowedOrigins)
  @MaxLength(CONSENT_LIMITS.origin, { each: true })
  allowedOrigins: string[];
}

export enum ConsentRecorder {
  PUBLIC = 'PUBLIC',
  USER = 'USER',
  API_KEY = 'API_KEY',
}
registerEnumType(ConsentRecorder, {
  name: 'ConsentRecorder',
  description: 'Who submitted an event: a website (public endpoint), a person in the portal, or an API key.',
});

@ObjectType({
  description:
    'That an opt-out of sale/sharing made by Global Privacy Control was passed on to the third parties the information was sold or shared to (CCPA regulations § 7025(c), § 7026(f)(2)).',
})
export class ConsentOptOutPassedOn {
  @Field() at: Date;
  @Field({ description: 'Who was told and how, or that nothing was sold or shared since.' }) note: string;
  @Field(() => ConsentRecorder) recordedBy: ConsentRecorder;
}

@ObjectType({ description: 'The answer an event gave for one purpose.' })
export class ConsentDecision {
  @Field(() => ID) purposeId: string;
  @Field({ description: "The purpose's name when the answer was given." }) purposeName: string;
  @Field(() => ConsentChoiceEnum) choice: ConsentChoice;
  @Field({
    description:
      'Refused because of Global Privacy Control: the event carried the signal (Sec-GPC: 1), or it granted a sale/sharing purpose without it while an opt-out the signal made was in force, which stands (CCPA regulations § 7025(c)).',
  })
  byGpc: boolean;
}

@ObjectType({
  description: 'One answer a person gave, with what proves it. Events are never changed; a withdrawal is a new event.',
})
export class ConsentEvent {
  @Field(() => ID) id: string;
  @Field() recordedAt: Date;
  @Field({ description: 'The subject, as a keyed hash (the identifier itself is never stored).' }) subjectHash: string;
  @Field(() => ConsentMethodEnum) method: ConsentMethod;
  @Field(() => Int, {
    description:
      'The privacy policy version the person was shown: the one given, else for an import the one in force when the consent was given (the live one when none was), else the live one.',
  })
  policyVersion: number;
  @Field({ description: 'SHA-256 of the exact text the person was shown.' }) noticeHash: string;
  @Field(() => String, { nullable: true, description: 'That text, when it was supplied.' }) noticeText: string | null;
  @Field(() => String, { nullable: true }) pageUrl: string | null;
  @Field(() => String, { nullable: true, description: 'The IP address to network precision (IPv4 /24, IPv6 /48).' })
  ipTruncated: string | null;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field({ description: 'The browser sent Global Privacy Control.' }) gpc: boolean;
  @Field() idempotencyKey: string;
  @Field(() => ConsentRecorder) recordedBy: ConsentRecorder;
  @Field(() => [ConsentDecision]) decisions: ConsentDecision[];
  @Field({
    description:
      'The event refused a sale/sharing purpose because of Global Privacy Control: the opt-out must be passed on to third parties.',
  })
  optOutBySignal: boolean;
  @Field(() => ConsentOptOutPassedOn, {
    nullable: true,
    description: 'When and how that opt-out was passed on; null until recorded.',
  })
  passedOn: ConsentOptOutPassedOn | null;
  @Field(() => Date, { nullable: true, description: 'Imported: when the person gave the consent.' })
  givenAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Imported: where the evidence of the consent is kept.' })
  evidenceSource: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Imported: the policy version in force when the person gave the consent (the latest effective on or before that day); null when none was, or for an event that was not imported.',
  })
  policyVersionThen: number | null;
}

export const ConsentEventConnection = ConnectionType(ConsentEvent);

@ObjectType({ description: "A person's answer in force for one purpose." })
export class PurposeConsentState {
  @Field(() => ID) purposeId: string;
  @Field() purposeName: string;
  @Field(() => ConsentChoiceEnum) choice: ConsentChoice;
  @Field() since: Date;
  @Field(() => ID) eventId: string;
}

@ObjectType({ description: 'What one person answered: the state per purpose now, the history, and the proof.' })
export class ConsentSubject {
  @Field() subjectHash: string;
  @Field(() => [PurposeConsentState]) state: PurposeConsentState[];
}

@ObjectType()
export class ConsentRecorded {
  @Field(() => ConsentEvent) event: ConsentEvent;
  @Field({
    description:
      'True when this idempotency key was recorded before: the earlier event is returned, nothing new is written.',
  })
  replayed: boolean;
}

export const RecordConsentResult = createUnionType({
  name: 'RecordConsentResult',
  types: () => [ConsentRecorded, ValidationFailed] as const,
  resolveType: (v) => (v instanceof ValidationFailed ? ValidationFailed : ConsentRecorded),
});

@InputType({ description: 'A consent event recorded by an integrator (server side) or imported.' })
export class RecordConsentInput {
  @Field({
    description: 'Your identifier for the person (e-mail, account id, cookie id); only its keyed hash is stored.',
  })
  @MaxLength(CONSENT_LIMITS.subjectId)
  subjectId: string;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) granted?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) refused?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) withdrawn?: string[];
  @Field(() => ConsentMethodEnum, { nullable: true, description: 'API unless given.' }) method?: ConsentMethod;
  @Field(() => Int, { nullable: true, description: 'The policy version shown; the live version unless given.' })
  policyVersion?: number;
  @Field(() => String, { nullable: true }) @MaxLength(CONSENT_LIMITS.noticeText) noticeText?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(CONSENT_LIMITS.noticeHash) noticeHash?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) pageUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(CONSENT_LIMITS.language) language?: string | null;
  @Field({ description: 'A retried call with the same key records once.' })
  @MaxLength(CONSENT_LIMITS.idempotencyKey)
  idempotencyKey: string;
  @Field({ nullable: true, description: "The person's browser sent Global Privacy Control." }) gpc?: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Required for method IMPORT, refused otherwise: when the person gave the consent, an ISO 8601 instant with its offset, not in the future.',
  })
  @MaxLength(40)
  givenAt?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Required for method IMPORT, refused otherwise: where the evidence is kept (the system, file or record it came from).',
  })
  @MaxLength(CONSENT_LIMITS.evidenceSource)
  evidenceSource?: string | null;
}

@ArgsType()
export class ConsentHistoryArgs extends ConnectionArgs {}

@InputType()
export class RecordConsentOptOutPassedOnInput {
  @Field(() => ID, { description: 'The consent event whose opt-out by signal was passed on.' }) eventId: string;
  @Field({ description: 'Who was told and how (and when, if not now), or that nothing was sold or shared since.' })
  @MaxLength(CONSENT_PASSED_ON_NOTE_MAX)
  note: string;
}

export const RecordConsentOptOutPassedOnResult = ResultUnion('RecordConsentOptOutPassedOnResult', ConsentEvent);

export enum ConsentInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ConsentInterval, { name: 'ConsentInterval' });

@ArgsType()
export class ConsentCountsArgs {
  @Field({ description: 'YYYY-MM-DD, inclusive (UTC).' }) @MaxLength(FIELD_LIMITS.plainDate) from: string;
  @Field({ description: 'YYYY-MM-DD, inclusive (UTC).' }) @MaxLength(FIELD_LIMITS.plainDate) to: string;
  @Field(() => ConsentInterval, { defaultValue: ConsentInterval.DAY })
  @IsIn(Object.values(ConsentInterval))
  interval: ConsentInterval;
  @Field(() => [ID], { nullable: true, description: 'Only these purposes.' })
  @ArrayMaxSize(100)
  @AreIds()
  purposeIds?: string[];
}

@ObjectType({ description: 'Answers for one purpose in one period.' })
export class ConsentCount {
  @Field(() => ID) purposeId: string;
  @Field() purposeName: string;
  @Field({ description: 'First day of the period, YYYY-MM-DD (UTC; weeks start on Monday).' }) periodStart: string;
  @Field(() => Int) granted: number;
  @Field(() => Int) refused: number;
  @Field(() => Int) withdrawn: number;
}

@ObjectType({ description: "The consent answers a tenant recorded recently: the agency home's activity column." })
export class TenantConsentActivity {
  @Field(() => Int, { description: 'The window: this many days up to now.' }) days: number;
  @Field(() => Int, { description: 'Consent events in the window (each holds one answer per purpose).' })
  events: number;
  @Field(() => Int) granted: number;
  @Field(() => Int) refused: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Date, { nullable: true, description: 'When the newest answer was recorded, whenever that was.' })
  lastRecordedAt: Date | null;
}

@ObjectType({
  description:
    'A link that opens the public withdrawal page for one person: it shows what they agreed to and withdraws it in one step. Give it only to that person (whoever holds it can see and withdraw their consents).',
})
export class ConsentWithdrawalLink {
  @Field({ description: 'The page with the person’s token (sealed: it does not show their identifier).' })
  url: string;
  @Field({ description: 'The link stops working then (30 days after it was made).' })
  expiresAt: Date;
}

export const CreateConsentWithdrawalLinkResult = ResultUnion(
  'CreateConsentWithdrawalLinkResult',
  ConsentWithdrawalLink,
);

@InputType()
export class CreateConsentWithdrawalLinkInput {
  @Field({ description: 'The identifier the website records the person’s consents with (as for recordConsent).' })
  @MaxLength(CONSENT_LIMITS.subjectId)
  subjectId: string;
}
