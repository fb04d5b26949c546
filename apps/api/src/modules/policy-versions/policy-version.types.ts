import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import {
  COMPLETENESS_CODES,
  DIFF_SECTIONS,
  FIELD_LIMITS,
  LANGUAGES,
  TEXT_DIFF_LIMIT_KINDS,
  TEXT_DIFF_LIMITS,
  type CompletenessSeverity,
  type DiffSection,
  type Jurisdiction,
  type Language,
  type TextDiffLimit,
  type TextDiffOmission,
} from '@noticeboard/domain';
import { registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import type { ActorRef } from '../audit/actor-names.js';
import { JurisdictionEnum, LanguageEnum } from '../../graphql/enums.js';
import { UserError, UserErrorCode, ValidationFailed } from '../../graphql/user-error.js';

export enum CompletenessSeverityEnum {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
registerEnumType(CompletenessSeverityEnum, {
  name: 'CompletenessSeverity',
  description: 'ERROR blocks publishing; WARNING does not.',
});

const CompletenessCodeEnum = Object.fromEntries(COMPLETENESS_CODES.map((c) => [c, c])) as Record<string, string>;
registerEnumType(CompletenessCodeEnum, {
  name: 'CompletenessCode',
  description: 'What the completeness check found missing or inconsistent.',
});

export enum LocationKind {
  CONTROLLER = 'CONTROLLER',
  SETTINGS = 'SETTINGS',
  AUDIENCE = 'AUDIENCE',
  DATA_CATEGORY = 'DATA_CATEGORY',
  PURPOSE = 'PURPOSE',
  RECIPIENT = 'RECIPIENT',
  COOKIE = 'COOKIE',
  CLAUSE = 'CLAUSE',
}
registerEnumType(LocationKind, {
  name: 'PolicyLocationKind',
  description: 'Which part of the policy to open to fix a problem.',
});

const DiffSectionEnum = Object.fromEntries(DIFF_SECTIONS.map((s) => [s, s])) as Record<DiffSection, DiffSection>;
registerEnumType(DiffSectionEnum, { name: 'PolicyDiffSection' });

export enum ChangeKindEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeKindEnum, { name: 'PolicyChangeKind' });

@ObjectType({ description: 'Where to fix a problem: the kind of element, its id, and the field.' })
export class PolicyLocation {
  @Field(() => LocationKind) kind: LocationKind;
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The field, as its path inside the element (`name`, `retention.criteria`, `offices.0.label`).',
  })
  field: string | null;
  @Field(() => LanguageEnum, {
    nullable: true,
    description:
      'For a translation problem: the language the field is missing in; the field itself is the default language’s.',
  })
  language?: Language | null;
}

@ObjectType({
  description: 'A missing or inconsistent element of the draft, named, with the provision that requires it.',
})
export class CompletenessProblem {
  @Field(() => CompletenessCodeEnum) code: string;
  @Field(() => CompletenessSeverityEnum) severity: CompletenessSeverity;
  @Field({ description: 'e.g. "GDPR Art. 13(1)(f)"' }) requirement: string;
  @Field(() => [JurisdictionEnum]) jurisdictions: Jurisdiction[];
  @Field() message: string;
  @Field(() => PolicyLocation) location: PolicyLocation;
}

@ObjectType()
export class PolicyCompleteness {
  @Field({ description: 'True when no problem has severity ERROR.' }) publishable: boolean;
  @Field(() => [CompletenessProblem]) problems: CompletenessProblem[];
}

@ObjectType({ description: "A tenant's policy at a glance: what is published and live, and the state of the draft." })
export class TenantPolicyStatus {
  @Field(() => Int, { nullable: true, description: 'The newest version, null before the first publish.' })
  latestVersion: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the newest version.' }) latestEffectiveDate:
    string | null;
  @Field(() => Date, { nullable: true }) latestPublishedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The version the live URL serves today.' }) liveVersion:
    number | null;
  @Field({ description: 'The draft differs from the newest version (always true before the first publish).' })
  hasUnpublishedChanges: boolean;
  @Field({ description: 'The draft has no completeness problem of severity ERROR.' }) publishable: boolean;
  @Field(() => Int) errorCount: number;
  @Field(() => Int) warningCount: number;
}

@ObjectType({ description: "Where the public can read the tenant's live policy, and how to embed it." })
export class PublicLinks {
  @Field() privacyPolicy: string;
  @Field() privacyPolicyText: string;
  @Field() privacyPolicyJson: string;
  @Field({ description: 'The live policy as a tagged PDF (`?lang=` for another published language).' })
  privacyPolicyPdf: string;
  @Field() subprocessors: string;
  @Field() subprocessorsJson: string;
  @Field({ description: "Paste into a page of the tenant's own site to show the live policy there." })
  embedSnippet: string;
  @Field({ description: 'The public form where people make data-subject requests; every published policy links it.' })
  requestForm: string;
}

@ObjectType({
  description:
    "An immutable version of a tenant's policy: published from the structured model, or imported as the text of an earlier policy.",
})
export class PolicyVersion {
  @Field(() => Int, {
    description:
      'Numbered in the order versions were recorded (a permanent URL and reference); the list orders them by effective date.',
  })
  version: number;
  @Field({ description: 'YYYY-MM-DD' }) effectiveDate: string;
  @Field({ description: 'What changed; for an imported version, that it was imported.' }) changeSummary: string;
  @Field({ description: 'When it was published or imported.' }) publishedAt: Date;
  @Field({ description: 'Whether this is the version the live URL serves now.' }) isLive: boolean;
  @Field({
    description:
      'SHA-256 of the snapshot (of the imported texts for an imported version); equal hashes mean equal content.',
  })
  snapshotHash: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The structured policy exactly as published; null for an imported version, which is text only.',
  })
  snapshot: Record<string, unknown> | null;
  @Field({
    description:
      "An earlier policy imported as text: served from the bytes stored at import under an archive marking, never rendered from today's model.",
  })
  imported: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Where an imported text came from (for the agency; not published). Null for published versions.',
  })
  importNote: string | null;
  @Field(() => [LanguageEnum], { description: 'The languages it is stored in (an imported version: those imported).' })
  languages: Language[];
  @Field({ description: 'Public URL of this exact version.' }) url: string;
  /** Who published it, for the `publishedBy` field (not exposed as such). */
  publisher: ActorRef | null;
}

export const PolicyVersionConnection = ConnectionType(PolicyVersion);

/** Characters of a version's change summary. */
export const CHANGE_SUMMARY_MAX = 2000;

@InputType()
export class PublishPolicyInput {
  @Field({ description: 'YYYY-MM-DD; the live URL serves a version from this date on.' })
  @MaxLength(FIELD_LIMITS.plainDate)
  effectiveDate: string;
  @Field({ description: 'What changed, in words, for the version list and subscribers.' })
  @MaxLength(CHANGE_SUMMARY_MAX)
  changeSummary: string;
}

/** Characters of one language's text of an imported version (a long policy has some 60,000). */
export const IMPORTED_TEXT_MAX = 200_000;
/** Characters of an import's note. */
export const IMPORT_NOTE_MAX = 2000;

export enum ImportedTextFormatEnum {
  MARKDOWN = 'MARKDOWN',
  PLAIN_TEXT = 'PLAIN_TEXT',
}
registerEnumType(ImportedTextFormatEnum, {
  name: 'ImportedTextFormat',
  description: 'How an imported text is written.',
  valuesConfig: {
    MARKDOWN: {
      description: 'Markdown, read like a clause: raw HTML is shown as text, links only http(s) and mailto.',
    },
    PLAIN_TEXT: { description: 'Plain text: blank lines separate paragraphs, line breaks are kept.' },
  },
});

@InputType({ description: "An earlier policy's text in one language." })
export class ImportedPolicyTextInput {
  @Field(() => LanguageEnum) language: Language;
  @Field({ description: `The text as the company published it; at most ${IMPORTED_TEXT_MAX} characters.` })
  text: string;
}

@InputType()
export class ImportPolicyVersionInput {
  @Field({
    description:
      "YYYY-MM-DD the earlier policy took effect: not in the future, before every published version's and different from every other imported version's.",
  })
  @MaxLength(FIELD_LIMITS.plainDate)
  effectiveDate: string;
  @Field(() => ImportedTextFormatEnum, { defaultValue: ImportedTextFormatEnum.MARKDOWN })
  format: ImportedTextFormatEnum;
  @Field(() => [ImportedPolicyTextInput], {
    description: 'The text in each language it was published in; one at least.',
  })
  @ArrayMaxSize(LANGUAGES.length)
  texts: ImportedPolicyTextInput[];
  // Texts and note are measured by the service (typed TOO_LONG); the request body limit bounds what arrives.
  @Field(() => String, {
    nullable: true,
    description: `Where the text came from (for the agency; not published); at most ${IMPORT_NOTE_MAX} characters.`,
  })
  note?: string | null;
}

export const ImportPolicyVersionResult = createUnionType({
  name: 'ImportPolicyVersionResult',
  types: () => [PolicyVersion, ValidationFailed] as const,
  resolveType: (v) => (v instanceof ValidationFailed ? ValidationFailed : PolicyVersion),
});

@ObjectType({ implements: UserError, description: 'The draft misses required elements; nothing was published.' })
export class PolicyIncomplete extends UserError {
  @Field(() => [CompletenessProblem], {
    description: 'Every problem of the draft; those with severity ERROR blocked publishing.',
  })
  completeness: CompletenessProblem[];
}

@ObjectType({
  implements: UserError,
  description: 'The draft is identical to the latest version; nothing was published.',
})
export class PolicyUnchanged extends UserError {
  @Field(() => Int) latestVersion: number;
}

export const PublishPolicyResult = createUnionType({
  name: 'PublishPolicyResult',
  types: () => [PolicyVersion, PolicyIncomplete, PolicyUnchanged, ValidationFailed] as const,
  resolveType: (v) =>
    v instanceof PolicyIncomplete
      ? PolicyIncomplete
      : v instanceof PolicyUnchanged
        ? PolicyUnchanged
        : v instanceof ValidationFailed
          ? ValidationFailed
          : PolicyVersion,
});

export function policyIncomplete(problems: CompletenessProblem[]): PolicyIncomplete {
  const e = new PolicyIncomplete();
  e.code = UserErrorCode.POLICY_INCOMPLETE;
  const errors = problems.filter((p) => p.severity === 'ERROR');
  e.message = `the policy is not complete: ${errors.map((p) => p.message).join('; ')}`;
  e.completeness = problems;
  return e;
}

export function policyUnchanged(latestVersion: number): PolicyUnchanged {
  const e = new PolicyUnchanged();
  e.code = UserErrorCode.POLICY_UNCHANGED;
  e.message = `the draft is the same as version ${latestVersion}`;
  e.latestVersion = latestVersion;
  return e;
}

@ObjectType()
export class FieldChange {
  @Field() field: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
}

@ObjectType()
export class PolicyChange {
  @Field(() => DiffSectionEnum) section: DiffSection;
  @Field(() => ChangeKindEnum) kind: ChangeKindEnum;
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field() name: string;
  @Field(() => [FieldChange]) fields: FieldChange[];
}

const TextDiffLimitEnum = Object.fromEntries(TEXT_DIFF_LIMIT_KINDS.map((k) => [k, k])) as Record<
  TextDiffLimit,
  TextDiffLimit
>;
const { maxTextLength, maxLines, maxEditLength, timeoutMs } = TEXT_DIFF_LIMITS;
const count = (n: number) => n.toLocaleString('en-US');
const LIMITS_IN_WORDS =
  `at most ${count(maxTextLength)} characters and ${count(maxLines)} lines in either text, ` +
  `at most ${count(maxEditLength)} lines removed plus added, and at most ${timeoutMs} ms of comparing`;

registerEnumType(TextDiffLimitEnum, {
  name: 'TextDiffLimit',
  description: 'Which bound of a line-by-line comparison two texts broke.',
  valuesConfig: {
    TEXT_LENGTH: { description: `A text has more than ${count(maxTextLength)} characters.` },
    LINE_COUNT: { description: `A text has more than ${count(maxLines)} lines.` },
    EDIT_LENGTH: { description: `The texts differ in more than ${count(maxEditLength)} lines (removed plus added).` },
    TIME: { description: `Comparing took longer than ${timeoutMs} ms (texts whose lines repeat in patterns).` },
  },
});

@ObjectType({ description: `The bounds of a line-by-line comparison of two texts: ${LIMITS_IN_WORDS}.` })
export class TextDiffLimits {
  @Field(() => Int, { description: 'Characters of either text.' }) maxTextLength: number;
  @Field(() => Int, { description: 'Lines of either text.' }) maxLines: number;
  @Field(() => Int, { description: 'Lines removed plus lines added.' }) maxEditLength: number;
  @Field(() => Int, { description: 'Milliseconds of comparing.' }) timeoutMs: number;
}

@ObjectType({
  implements: UserError,
  description:
    'Two texts are too large, or differ too much, to compare line by line within the limits; code DIFF_TOO_LARGE.',
})
export class DiffTooLarge extends UserError {
  @Field(() => TextDiffLimitEnum, { description: 'The bound that was broken (the message says by how much).' })
  limit: TextDiffLimit;
  @Field(() => TextDiffLimits) limits: TextDiffLimits;
}

export function diffTooLarge(omission: TextDiffOmission): DiffTooLarge {
  const e = new DiffTooLarge();
  e.code = UserErrorCode.DIFF_TOO_LARGE;
  e.message = omission.message;
  e.limit = omission.limit;
  e.limits = { ...TEXT_DIFF_LIMITS };
  return e;
}

@ObjectType({ description: 'What changed from one version to another.' })
export class PolicyDiff {
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
  @Field(() => [PolicyChange], {
    description:
      'Every change, item by item; always complete. Empty when either version is imported (text only: see textDiff).',
  })
  changes: PolicyChange[];
  @Field(() => LanguageEnum, {
    nullable: true,
    description:
      'The language of the texts compared: the one asked for, else English, else the first both versions have; null when they have none in common.',
  })
  language: Language | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Unified diff (two lines of context) of the plain texts in `language`; null when they are beyond the limits ' +
      `of a line-by-line comparison (${LIMITS_IN_WORDS}), and then textDiffOmitted says which, or when language is null.`,
  })
  textDiff: string | null;
  @Field(() => DiffTooLarge, {
    nullable: true,
    description: 'Why textDiff is null when the texts were too large to compare; null otherwise.',
  })
  textDiffOmitted: DiffTooLarge | null;
}
