import type { CompletenessCode, Language, PolicySettingsInput, TenantProfileInput } from '@noticeboard/domain';
import type { CreateAudienceInput } from '../../modules/audiences/audience.types.js';
import type { CreateClauseInput } from '../../modules/clauses/clause.types.js';
import type { CreateCookieInput } from '../../modules/cookies/cookie.types.js';
import type { CreateDataCategoryInput } from '../../modules/data-categories/data-category.types.js';
import type { UpdatePolicySettingsInput } from '../../modules/policy/policy.types.js';
import type { ImportPolicyVersionInput } from '../../modules/policy-versions/policy-version.types.js';
import type { CreatePurposeInput } from '../../modules/purposes/purpose.types.js';
import type { CreateRecipientInput } from '../../modules/recipients/recipient.types.js';
import type { CreateTenantInput } from '../../modules/tenants/tenant.types.js';

/**
 * A real company's privacy policy as structured data: what the demo agency's tenants are made of on first start.
 * Building blocks refer to each other by a local `key` (`purpose.audiences: ['visitors']`); the loader turns keys
 * into ids. List order is policy order (the loader sets `position` from it).
 */
export interface DemoTenant {
  /** The policy text this tenant reproduces, as its facts file names it (`000_5a542e86b311ab2a.txt`). */
  source: string;
  /** The controller (domain `TenantProfileInput`), with a fixed slug. */
  profile: DemoProfile;
  /** Policy-wide statements (domain `PolicySettings`). */
  settings: DemoSettings;
  audiences: DemoAudience[];
  dataCategories: DemoDataCategory[];
  recipients: DemoRecipient[];
  purposes: DemoPurpose[];
  cookies: DemoCookie[];
  /** Only for statements the model has no field for; each placed in its section. */
  clauses: DemoClause[];
  /**
   * Set when the source policy, modelled truthfully, does not pass the completeness gate: the demo then leaves
   * the tenant a draft whose gate shows exactly these errors, rather than invent facts to publish it.
   */
  heldBack?: { reason: string; errors: CompletenessCode[] };
  /**
   * The company's earlier policies, imported as archived texts before its first publication (issue 17): each
   * text as it was published then, never rendered from today's model, dated before the publication.
   */
  earlierVersions?: DemoEarlierVersion[];
  /**
   * The tenant's own text in the other languages it publishes (`settings.publishedLanguages`): per item, the
   * translation of each field by its path (`name`, `retention.criteria`, `additionalBases.0.scope`).
   */
  translations?: Partial<Record<Language, DemoTranslations>>;
  /** What publishing the first version will say (the date also dates a held-back draft's preview). */
  publication: {
    /** YYYY-MM-DD: the date the policy text gives, else the date it was modelled. */
    effectiveDate: string;
    changeSummary: string;
  };
}

// The API's input types are intersected with the domain's input types: the shape is the domain's, the precision
// (string | null rather than unknown for preprocessed fields) the API's.
export type DemoProfile = TenantProfileInput & Omit<CreateTenantInput, 'slug'> & { slug: string };
export type DemoSettings = PolicySettingsInput & UpdatePolicySettingsInput;

export type DemoEarlierVersion = Omit<ImportPolicyVersionInput, 'format'> & { format: 'MARKDOWN' | 'PLAIN_TEXT' };

type Keyed = { key: string };

export type DemoAudience = Keyed & Omit<CreateAudienceInput, 'position'>;

export type DemoDataCategory = Keyed & Omit<CreateDataCategoryInput, 'position'>;

export type DemoRecipient = Keyed &
  Omit<CreateRecipientInput, 'dataCategoryIds' | 'position'> & {
    /** Keys of the data categories disclosed to it. */
    dataCategories?: string[];
  };

export type DemoPurpose = Keyed &
  Omit<CreatePurposeInput, 'audienceIds' | 'dataCategoryIds' | 'recipientIds' | 'position'> & {
    audiences: string[];
    dataCategories: string[];
    recipients?: string[];
  };

export type DemoCookie = Omit<CreateCookieInput, 'recipientId' | 'purposeIds' | 'position'> & {
  /** Key of the recipient that sets it. */
  recipient?: string;
  /** Keys of the purposes it serves, as its source policy gives them. */
  purposes: string[];
};

export type DemoClause = Omit<CreateClauseInput, 'position'>;

/** Field path → translated text, as the domain's `translatableTexts` names the fields of each kind of item. */
export type DemoFieldTexts = Record<string, string>;

/** One language's translations of a demo tenant's text; items by their `key` (cookies by name, clauses by index). */
export interface DemoTranslations {
  controller?: DemoFieldTexts;
  settings?: DemoFieldTexts;
  audiences?: Record<string, DemoFieldTexts>;
  dataCategories?: Record<string, DemoFieldTexts>;
  purposes?: Record<string, DemoFieldTexts>;
  recipients?: Record<string, DemoFieldTexts>;
  cookies?: Record<string, DemoFieldTexts>;
  /** By the clause's index in `clauses` ('0', '1', …). */
  clauses?: Record<string, DemoFieldTexts>;
}
