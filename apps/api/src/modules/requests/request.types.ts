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
registerEnumType(SubjectRequestActorKindEnum, {
  name: 'RequestActorKind',
  description: 'Who took a step: staff, an integration, the requester, or the system.',
});

@ObjectType({ description: 'The legal rule a deadline follows.' })
export class DeadlineRuleInfo {
  @Field() citation: string;
  @Field() description: string;
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
  @Field() extended: boolean;
  @Field(() => String, { nullable: true }) extensionReason: string | null;
  @Field(() => DeadlineRuleInfo) rule: DeadlineRuleInfo;
  @Field({ description: "Past the due date in the tenant's time zone and still open." }) isOverdue: boolean;
  @Field(() => Int, { description: "Days until the due date (negative when overdue), in the tenant's calendar." })
  daysLeft: number;
  @Field(() => Date, { nullable: true, description: 'When the queue flagged the request overdue.' })
  overdueSince: Date | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'EMAIL_CODE, EMAIL_LINK, or what staff recorded.' })
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
    description: 'Start work without asking the requester to verify (e.g. signed in already); the reason is recorded.',
  })
  @MaxLength(TRANSITION_REASON_MAX)
  skipVerificationReason?: string | null;
}

@InputType()
export class RequestIdInput {
  @Field(() => ID) id: string;
}

@InputType()
export class SkipRequestVerificationInput extends RequestIdInput {
  @Field() @MaxLength(TRANSITION_REASON_MAX) reason: string;
}

@InputType()
export class ConfirmRequestIdentityInput extends RequestIdInput {
  @Field({ description: 'How identity was confirmed, e.g. "matched the account email and order number".' })
  @MaxLength(TRANSITION_REASON_MAX)
  reason: string;
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
  @Field({ description: 'IANA time zone deciding on which day a request arrived.' }) timeZone: string;
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
  @Field(() => String, { nullable: true }) @MaxLength(64) timeZone?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10) holidayRegion?: string | null;
}
