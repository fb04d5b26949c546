import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  EXTENSION_REASON_MAX,
  FIELD_LIMITS,
  REQUEST_DETAILS_MAX,
  REQUEST_NOTE_MAX,
  REQUEST_OUTCOME_MAX,
  REQUEST_STATES,
  REQUEST_TYPES,
  TRANSITION_REASON_MAX,
  REQUESTER_NAME_MAX,
  type ClockWait,
  type ExtensionGround,
  type Jurisdiction,
  type RefusalGround,
  type RequestAction,
  type RequestState,
  type RequestType,
} from '@noticeboard/domain';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { AreIds } from '../../graphql/ids.js';
import {
  JurisdictionEnum,
  RefusalGroundEnum,
  RequestActionEnum,
  RequestStateEnum,
  RequestTypeEnum,
} from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import type { SubjectRequestActorKind, SubjectRequestSource } from './request.entity.js';

export enum SubjectRequestSourceEnum {
  PUBLIC_FORM = 'PUBLIC_FORM',
  PUBLIC_API = 'PUBLIC_API',
  PORTAL = 'PORTAL',
  API = 'API',
}
registerEnumType(SubjectRequestSourceEnum, { name: 'RequestSource', description: 'How a request arrived.' });

export enum SubjectRequestActorKindEnum {
  USER = 'USER',
  API_KEY = 'API_KEY',
  REQUESTER = 'REQUESTER',
  SYSTEM = 'SYSTEM',
}
export enum RequestChannelEnum {
  PHONE = 'PHONE',
  POST = 'POST',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
  OTHER = 'OTHER',
}
registerEnumType(RequestChannelEnum, {
  name: 'RequestChannel',
  description: 'How a request staff record reached the organisation.',
});

export enum ClockPauseReasonEnum {
  CLARIFICATION = 'CLARIFICATION',
  FEE = 'FEE',
}
registerEnumType(ClockPauseReasonEnum, {
  name: 'ClockPauseReason',
  description: 'What staff ask the requester for while the clock stands still (where the regime stops it).',
});

export enum ClockWaitEnum {
  IDENTITY = 'IDENTITY',
  FEE = 'FEE',
  CLARIFICATION = 'CLARIFICATION',
}
registerEnumType(ClockWaitEnum, { name: 'ClockWait', description: 'What a request can wait for from the requester.' });

export enum ClockStateEnum {
  RUNNING = 'RUNNING',
  NOT_STARTED = 'NOT_STARTED',
  PAUSED = 'PAUSED',
}
registerEnumType(ClockStateEnum, {
  name: 'ClockState',
  description:
    'RUNNING; NOT_STARTED: waiting for something whose arrival starts the period (UK GDPR Art. 12A); PAUSED: waiting for clarification, the days already run are kept.',
});

export enum ExtensionGroundEnum {
  GENERAL = 'GENERAL',
  ALTERNATIVE_FORMAT = 'ALTERNATIVE_FORMAT',
}
registerEnumType(ExtensionGroundEnum, {
  name: 'ExtensionGround',
  description:
    "The regime's ground for more time, or (PIPEDA s. 8(4)(b)) converting the information into an alternative format.",
});

export enum TimeZoneSourceEnum {
  SETTINGS = 'SETTINGS',
  ADDRESS = 'ADDRESS',
}
registerEnumType(TimeZoneSourceEnum, {
  name: 'TimeZoneSource',
  description: "Where the time zone requests are dated in comes from: the settings, or the controller's address.",
});

registerEnumType(SubjectRequestActorKindEnum, {
  name: 'RequestActorKind',
  description: 'Who took a step: staff, an integration, the requester, or the system.',
});

@ObjectType({ description: 'The legal rule a deadline follows.' })
export class DeadlineRuleInfo {
  @Field() citation: string;
  @Field() description: string;
}

@ObjectType({ description: 'One thing asked of the requester and when the answer arrived.' })
export class RequestClockWait {
  @Field(() => ClockWaitEnum) wait: ClockWait;
  @Field({ description: 'YYYY-MM-DD: the day it was asked for.' }) requestedOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day it arrived; null while awaited.' })
  receivedOn: string | null;
}

@ObjectType({ description: 'Where the clock stands and what has stopped it.' })
export class RequestClock {
  @Field(() => ClockStateEnum) state: 'RUNNING' | 'NOT_STARTED' | 'PAUSED';
  @Field(() => ClockWaitEnum, { nullable: true, description: 'What is awaited while the clock stands still.' })
  waitingFor: ClockWait | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: since when.' }) since: string | null;
  @Field(() => Int, { description: 'Days the clock stood still in pauses that ended.' }) pausedDays: number;
  @Field(() => String, { nullable: true, description: 'The provision by which waiting moves the clock.' })
  citation: string | null;
  @Field(() => [RequestClockWait], { description: 'Everything asked of the requester, oldest first.' })
  waits: RequestClockWait[];
}

@ObjectType('RequestTenant', { description: "Which tenant a request belongs to (for the agency's inbox)." })
export class SubjectRequestTenant {
  @Field(() => ID) id: string;
  @Field() legalName: string;
  @Field() slug: string;
}

@ObjectType({ description: 'A data-subject request with its deadline under the regime it was made under.' })
export class DataSubjectRequest {
  @Field(() => ID) id: string;
  @Field({ description: 'A short reference to quote to the requester, e.g. R-7K2M9Q.' }) reference: string;
  @Field(() => RequestTypeEnum) type: RequestType;
  @Field(() => JurisdictionEnum) jurisdiction: Jurisdiction;
  @Field(() => RequestStateEnum) state: RequestState;
  @Field(() => SubjectRequestSourceEnum) source: SubjectRequestSource;
  @Field() requesterName: string;
  @Field() requesterEmail: string;
  @Field(() => String, { nullable: true }) details: string | null;
  @Field({ description: 'The language the requester is written to in.' }) language: string;
  @Field() receivedAt: Date;
  @Field({
    description: 'YYYY-MM-DD: the day the clock starts (receipt, or identity confirmed where the regime waits for it).',
  })
  clockStartsOn: string;
  @Field({
    description:
      "YYYY-MM-DD, inclusive: the earlier of the law's date and the tenant's promise (or the extended date).",
  })
  dueOn: string;
  @Field({ description: 'YYYY-MM-DD: what the law alone gives.' }) lawDueOn: string;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: what the tenant promised, when it promises a shorter period.',
  })
  promisedDueOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: receipt must be confirmed by then (CCPA).' })
  acknowledgeBy: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the date an extension would give, when the law caps it; null when none is possible or the controller names it.',
  })
  extensionDueOn: string | null;
  @Field({ description: 'The regime allows an extension and it was not used yet.' }) canExtend: boolean;
  @Field(() => [ExtensionGroundEnum], { description: 'The grounds an extension may be taken on now.' })
  extensionGrounds: ExtensionGround[];
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the last day the requester can be told of an extension (the end of the first period).',
  })
  extensionNoticeBy: string | null;
  @Field(() => ExtensionGroundEnum, { nullable: true, description: 'The ground the extension was taken on.' })
  extensionGround: ExtensionGround | null;
  @Field(() => RequestClock) clock: RequestClock;
  @Field({
    description:
      'Whether the law itself sets the period; false where it says only "without delay" and the due date is a working target (LGPD outside access).',
  })
  statutory: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When the requester confirmed by email that the request is theirs (not an identity check).',
  })
  emailConfirmedAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'CCPA opt-outs: when passing the request on to third parties was recorded.',
  })
  passedOnAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'MERGED: the original request this duplicate was folded into.' })
  mergedIntoId: string | null;
  @Field() extended: boolean;
  @Field(() => String, { nullable: true }) extensionReason: string | null;
  @Field(() => DeadlineRuleInfo) rule: DeadlineRuleInfo;
  @Field({ description: "Past the due date in the tenant's time zone and still open." }) isOverdue: boolean;
  @Field(() => Int, { description: "Days until the due date (negative when overdue), in the tenant's calendar." })
  daysLeft: number;
  @Field(() => Date, { nullable: true, description: 'When the queue flagged the request overdue.' })
  overdueSince: Date | null;
  @Field(() => Date, { nullable: true, description: "When staff recorded the requester's identity as confirmed." })
  verifiedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'STAFF (identity confirmed), SKIPPED (staff went ahead without the confirmation), NOT_REQUIRED (CCPA opt-out).',
  })
  verificationMethod: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What was done, or why it was refused.' }) outcome: string | null;
  @Field(() => [RequestActionEnum], { description: 'The steps possible now.' }) availableActions: RequestAction[];
  @Field(() => SubjectRequestTenant) tenant: SubjectRequestTenant;
}

export const DataSubjectRequestConnection = ConnectionType(DataSubjectRequest);
export const DataSubjectRequestResult = ResultUnion('DataSubjectRequestResult', DataSubjectRequest);

@ObjectType({ description: "One step in a request's history: a transition or a note." })
export class DataSubjectRequestEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({
    description:
      'RECEIVED, SEND_VERIFICATION, CONFIRM_IDENTITY, SKIP_VERIFICATION, EXTEND, COMPLETE, REFUSE, NOTE, DUE_SOON, OVERDUE.',
  })
  action: string;
  @Field(() => RequestStateEnum, { nullable: true }) fromState: RequestState | null;
  @Field(() => RequestStateEnum, { nullable: true }) toState: RequestState | null;
  @Field(() => SubjectRequestActorKindEnum) actorKind: SubjectRequestActorKind;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: "The person's email or the API key's name." }) actorName:
    string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) details: Record<string, unknown> | null;
}

export const DataSubjectRequestEventConnection = ConnectionType(DataSubjectRequestEvent);

@InputType({ description: 'A request received by staff (by post, phone or email) or from an integration.' })
export class CreateDataSubjectRequestInput {
  @Field(() => RequestTypeEnum) type: RequestType;
  @Field(() => JurisdictionEnum, {
    nullable: true,
    description: "The regime it is made under; the tenant's first regime unless given.",
  })
  jurisdiction?: Jurisdiction | null;
  @Field({ description: 'One line: a name, without web addresses, domain names or markup.' })
  @MaxLength(REQUESTER_NAME_MAX)
  requesterName: string;
  @Field() @MaxLength(FIELD_LIMITS.email) email: string;
  @Field(() => String, { nullable: true }) @MaxLength(REQUEST_DETAILS_MAX) details?: string | null;
  @Field(() => String, { nullable: true, description: "en, de or fr; the tenant's default unless given." })
  @MaxLength(10)
  language?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When it actually arrived (the clock runs from then); now unless given. Not in the future.',
  })
  receivedAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Start work without asking the requester to confirm by email that the request is theirs (e.g. made by phone, or signed in already); the reason is recorded.',
  })
  @MaxLength(TRANSITION_REASON_MAX)
  skipConfirmationReason?: string | null;
  @Field(() => RequestChannelEnum, { nullable: true, description: 'How the request reached the organisation.' })
  channel?: RequestChannelEnum | null;
}

@InputType()
export class RequestIdInput {
  @Field(() => ID) id: string;
}

@InputType()
export class SkipRequestConfirmationInput extends RequestIdInput {
  @Field() @MaxLength(TRANSITION_REASON_MAX) reason: string;
}

@InputType()
export class RequestIdentityProofInput extends RequestIdInput {
  @Field({
    description:
      'What gives reasonable doubt about who is asking and what proof is needed (GDPR Art. 12(6)); the requester is told.',
  })
  @MaxLength(TRANSITION_REASON_MAX)
  reason: string;
  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the day the requester was asked (today unless given, e.g. when recording a letter sent earlier; not in the future, not before the request).',
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  askedOn?: string | null;
}

@InputType()
export class ConfirmRequestIdentityInput extends RequestIdInput {
  @Field({ description: 'How identity was confirmed, e.g. "matched the account email and order number".' })
  @MaxLength(TRANSITION_REASON_MAX)
  reason: string;
  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the day the identity information arrived (today unless given; not in the future, not before it was asked for). Where the regime says so, the clock starts on that day.',
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  receivedOn?: string | null;
}

@InputType()
export class PauseRequestClockInput extends RequestIdInput {
  @Field(() => ClockPauseReasonEnum) waitingFor: ClockPauseReasonEnum;
  @Field({ description: 'What is asked of the requester; they are told.' })
  @MaxLength(TRANSITION_REASON_MAX)
  reason: string;
  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the day the requester was asked (today unless given, e.g. when recording a letter sent earlier; not in the future, not before the request).',
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  askedOn?: string | null;
}

@InputType()
export class ResumeRequestClockInput extends RequestIdInput {
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the day the answer arrived (today unless given; not in the future).',
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  receivedOn?: string | null;
}

@InputType()
export class RecordOptOutPassedOnInput extends RequestIdInput {
  @Field({ description: 'The third parties told (and when), or that there were none since the request.' })
  @MaxLength(TRANSITION_REASON_MAX)
  note: string;
}

@InputType()
export class MergeRequestInput extends RequestIdInput {
  @Field(() => ID, { description: 'The original request the duplicate is folded into.' }) intoId: string;
  @Field(() => String, { nullable: true, description: 'Why (the duplicate of …, by default).' })
  @MaxLength(TRANSITION_REASON_MAX)
  reason?: string | null;
}

@InputType()
export class ExtendRequestDeadlineInput extends RequestIdInput {
  @Field({ description: 'Why more time is needed; the requester is told.' })
  @MaxLength(EXTENSION_REASON_MAX)
  reason: string;
  @Field(() => String, {
    nullable: true,
    description:
      "YYYY-MM-DD: required where the controller names the date (Swiss FADP); otherwise at most the law's cap, which applies when omitted.",
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  newDueOn?: string | null;
  @Field(() => ExtensionGroundEnum, { nullable: true, description: 'GENERAL unless given.' })
  ground?: ExtensionGround | null;
}

@InputType()
export class CompleteRequestInput extends RequestIdInput {
  @Field({ description: 'What was done; the requester is told.' }) @MaxLength(REQUEST_OUTCOME_MAX) outcome: string;
}

@InputType()
export class RefuseRequestInput extends RequestIdInput {
  @Field(() => RefusalGroundEnum) ground: RefusalGround;
  @Field({ description: 'The reason in words; the requester is told, with their right to complain.' })
  @MaxLength(TRANSITION_REASON_MAX)
  reason: string;
}

@InputType()
export class AddRequestNoteInput extends RequestIdInput {
  @Field() @MaxLength(REQUEST_NOTE_MAX) note: string;
}

@ArgsType()
export class DataSubjectRequestsArgs extends ConnectionArgs {
  @Field(() => [RequestStateEnum], { nullable: true }) @ArrayMaxSize(REQUEST_STATES.length) states?: RequestState[];
  @Field(() => [RequestTypeEnum], { nullable: true }) @ArrayMaxSize(REQUEST_TYPES.length) types?: RequestType[];
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only open requests past their due date (true), or not (false).',
  })
  overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Matches reference, requester name or email.' })
  @MaxLength(200)
  search?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Agency inbox only: these tenants.' })
  @ArrayMaxSize(100)
  @AreIds()
  tenantIds?: string[];
}

@ObjectType('RequestSettings', { description: 'How the tenant runs requests.' })
export class SubjectRequestSettings {
  @Field(() => Int, { nullable: true, description: "The tenant's own promise in days, when shorter than the law." })
  promisedDays: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone deciding on which day a request arrived: the one set, else the controller's address's; null: none known, and requests cannot be received until it is set.",
  })
  timeZone: string | null;
  @Field(() => TimeZoneSourceEnum, { nullable: true }) timeZoneSource: 'SETTINGS' | 'ADDRESS' | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the tenant is, for public holidays, e.g. DE-BY, GB-SCT, US-CA.',
  })
  holidayRegion: string | null;
  @Field({ description: 'The public request form.' }) formUrl: string;
}

export const SubjectRequestSettingsResult = ResultUnion('RequestSettingsResult', SubjectRequestSettings);

@InputType()
export class UpdateRequestSettingsInput {
  @Field(() => Int, { nullable: true }) @Min(1) @Max(90) promisedDays?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "An IANA time zone; null clears it (the controller's address decides again).",
  })
  @MaxLength(64)
  timeZone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10) holidayRegion?: string | null;
}
