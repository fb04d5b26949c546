import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ROPA_ELEMENTS, type RopaElement } from '@noticeboard/domain';
import { ResultUnion } from '../../graphql/user-error.js';

export enum RopaElementEnum {
  controller = 'controller',
  purpose = 'purpose',
  dataSubjects = 'dataSubjects',
  personalData = 'personalData',
  recipients = 'recipients',
  transfers = 'transfers',
  retention = 'retention',
  security = 'security',
}
registerEnumType(RopaElementEnum, {
  name: 'RopaElement',
  description: `An element of the record of processing activities (GDPR Art. 30(1)(a)–(g)): ${ROPA_ELEMENTS.join(', ')}.`,
});

export enum RopaFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(RopaFormat, { name: 'RopaFormat', description: 'A spreadsheet (XLSX) or comma-separated values.' });

@ObjectType('RopaController', { description: 'Art. 30(1)(a): who is responsible, and how to reach them.' })
export class RopaControllerType {
  @Field() name: string;
  @Field() contact: string;
  @Field() jointControllers: string;
  @Field() representatives: string;
  @Field() dataProtectionOfficer: string;
}

@ObjectType({ description: 'One processing activity (one purpose of the policy), with each Art. 30(1) element.' })
export class ProcessingActivity {
  @Field() purposeId: string;
  @Field({ description: 'Art. 30(1)(b).' }) purpose: string;
  @Field({ description: 'The legal basis (not an Art. 30 element, kept for the reader).' }) legalBasis: string;
  @Field({ description: 'Art. 30(1)(c): categories of data subjects.' }) dataSubjects: string;
  @Field({ description: 'Art. 30(1)(c): categories of personal data.' }) personalData: string;
  @Field({ description: 'Art. 30(1)(d): categories of recipients.' }) recipients: string;
  @Field({ description: 'Art. 30(1)(e): transfers to third countries and their safeguards.' }) transfers: string;
  @Field({ description: 'Art. 30(1)(f): time limits for erasure.' }) retention: string;
  @Field({ description: 'Art. 30(1)(g): technical and organisational security measures.' }) security: string;
  @Field(() => [RopaElementEnum], {
    description: 'The elements the data does not give yet; their cells say what to add.',
  })
  missing: RopaElement[];
}

@ObjectType({
  description:
    'The record of processing activities (GDPR Art. 30(1), UK GDPR Art. 30(1)) worked out from the policy data, in English.',
})
export class RecordOfProcessing {
  @Field(() => Int, { nullable: true, description: 'The published version it was made from; null: the draft.' })
  version: number | null;
  @Field(() => RopaControllerType) controller: RopaControllerType;
  @Field(() => [ProcessingActivity]) activities: ProcessingActivity[];
  @Field({ description: 'Whether a regime the controller serves requires the record (EU or UK GDPR).' })
  required: boolean;
  @Field(() => [String], { description: 'The regimes that require it.' }) regimes: string[];
}

@ObjectType({ description: 'A file to download, base64-encoded.' })
export class RopaFile {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() base64: string;
}

@InputType()
export class RecordOfProcessingInput {
  @Field(() => Int, { nullable: true, description: 'A published version; the draft when omitted.' })
  version?: number | null;
}

export const RecordOfProcessingResult = ResultUnion('RecordOfProcessingResult', RecordOfProcessing);
export const RopaFileResult = ResultUnion('RopaFileResult', RopaFile);
