import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  FIELD_LIMITS,
  POLICY_ANSWER_QUESTIONS,
  POLICY_SETTINGS_LIMITS,
  type PolicyAnswer,
  type PolicySnapshot,
  type SecurityMeasure,
} from '@noticeboard/domain';
import { SecurityMeasureEnum } from '../../graphql/enums.js';
import { FieldProblem, ResultUnion } from '../../graphql/user-error.js';
import { RightAvailability } from '../tenants/tenant.types.js';

/** An explicit answer's description: the question, and what null means. */
const answer = (name: PolicyAnswer) => ({
  nullable: true,
  description: `${POLICY_ANSWER_QUESTIONS[name]} Null: not answered, so the policy says nothing either way (the completeness check asks where a regime requires the answer).`,
});

@ObjectType({
  description: 'Policy-wide statements not attached to one purpose or recipient; defaults until first saved.',
})
export class PolicySettings {
  @Field(() => String, {
    nullable: true,
    description: 'Where people send rights requests; the contact email when unset.',
  })
  rightsContactEmail: string | null;
  @Field(() => String, { nullable: true, description: 'A rights request page (https).' }) rightsContactUrl:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Another channel for rights requests, in words: "raise a support ticket within the customer portal".',
  })
  rightsContactChannel: string | null;
  @Field(() => Int, { nullable: true, description: 'Services are not directed at children under this age.' })
  childrenMinimumAge: number | null;
  @Field(() => [SecurityMeasureEnum]) securityMeasures: SecurityMeasure[];
  @Field(() => Boolean, answer('automatedDecisionMaking')) automatedDecisionMaking: boolean | null;
  @Field(() => Boolean, answer('internationalTransfers')) internationalTransfers: boolean | null;
  @Field(() => Boolean, answer('disclosesPersonalData')) disclosesPersonalData: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformation')) sellsOrSharesPersonalInformation: boolean | null;
  @Field(() => Boolean, answer('soldOrSharedInPreceding12Months')) soldOrSharedInPreceding12Months: boolean | null;
  @Field(() => Boolean, answer('sensitivePersonalInformationOnlyForPermittedUses'))
  sensitivePersonalInformationOnlyForPermittedUses: boolean | null;
  @Field(() => Boolean, answer('rightsRequestsFreeOfCharge')) rightsRequestsFreeOfCharge: boolean | null;
  @Field(() => String, { nullable: true, description: 'How people learn of changes to the policy.' }) changeNotice:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the controller publishes this policy on its own website (http or https).',
  })
  policyUrl: string | null;
  @Field(() => String, { nullable: true, description: 'Brand colour of the rendered policy, #rrggbb.' }) accentColor:
    string | null;
  @Field(() => Date, { nullable: true, description: 'Null until the settings are first saved.' })
  updatedAt: Date | null;
}

export const PolicySettingsResult = ResultUnion('PolicySettingsResult', PolicySettings);

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdatePolicySettingsInput {
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.email) rightsContactEmail?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) rightsContactUrl?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(POLICY_SETTINGS_LIMITS.rightsContactChannel)
  rightsContactChannel?: string | null;
  @Field(() => Int, { nullable: true, description: '1 to 21.' }) childrenMinimumAge?: number | null;
  @Field(() => [SecurityMeasureEnum], { nullable: true }) @ArrayMaxSize(20) securityMeasures?: SecurityMeasure[];
  @Field(() => Boolean, answer('automatedDecisionMaking')) automatedDecisionMaking?: boolean | null;
  @Field(() => Boolean, answer('internationalTransfers')) internationalTransfers?: boolean | null;
  @Field(() => Boolean, answer('disclosesPersonalData')) disclosesPersonalData?: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformation')) sellsOrSharesPersonalInformation?: boolean | null;
  @Field(() => Boolean, answer('soldOrSharedInPreceding12Months')) soldOrSharedInPreceding12Months?: boolean | null;
  @Field(() => Boolean, answer('sensitivePersonalInformationOnlyForPermittedUses'))
  sensitivePersonalInformationOnlyForPermittedUses?: boolean | null;
  @Field(() => Boolean, answer('rightsRequestsFreeOfCharge')) rightsRequestsFreeOfCharge?: boolean | null;
  @Field(() => String, { nullable: true }) @MaxLength(POLICY_SETTINGS_LIMITS.changeNotice) changeNotice?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) policyUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(7) accentColor?: string | null;
}

@ObjectType({ description: "The working draft of the tenant's policy, assembled from its current rows." })
export class PolicyDraft {
  @Field(() => GraphQLJSONObject, {
    description:
      'The structured policy (schemaVersion, controller, settings, audiences, dataCategories, purposes, recipients, cookies, clauses), in a deterministic order: what a published version stores.',
  })
  snapshot: PolicySnapshot;
  @Field(() => [FieldProblem], { description: 'References inside the snapshot that point nowhere; empty for a draft.' })
  problems: FieldProblem[];
  @Field(() => [RightAvailability], { description: "Rights across the tenant's jurisdictions." })
  rights: RightAvailability[];
}
