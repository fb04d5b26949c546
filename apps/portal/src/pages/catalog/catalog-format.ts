/** The pure steps of the catalog page: form values to API input, and what a republish did, in words. */

export type RecipientRole = 'PROCESSOR' | 'INDEPENDENT_CONTROLLER' | 'JOINT_CONTROLLER' | 'CATEGORY';
export type TransferSafeguard =
  | 'ADEQUACY_DECISION'
  | 'BINDING_CORPORATE_RULES'
  | 'DATA_PRIVACY_FRAMEWORK'
  | 'DEROGATION'
  | 'PRIVACY_SHIELD'
  | 'STANDARD_CONTRACTUAL_CLAUSES'
  | 'UK_ADDENDUM'
  | 'UK_IDTA';

/** The form's fields: text as typed, the role and safeguards as the form reader checked them. */
export interface EntryFormValues {
  name: string;
  role: RecipientRole;
  service: string;
  legalEntity: string;
  streetAddress: string;
  locality: string;
  postalCode: string;
  region: string;
  addressCountry: string;
  country: string;
  processingCountries: string;
  safeguards: readonly TransferSafeguard[];
  transferDetails: string;
  /** The certification's fields, read only when the framework is a ticked safeguard. */
  dataPrivacyFramework: { certifiedOn: string; ukExtension: boolean; swissFramework: boolean } | null;
  privacyPolicyUrl: string;
  optOutUrl: string;
}

export interface EntryInput {
  name: string;
  role: RecipientRole;
  service: string | null;
  legalEntity: string | null;
  address: {
    streetAddress: string;
    locality: string;
    postalCode: string | null;
    region: string | null;
    country: string;
  } | null;
  country: string | null;
  processingCountries: string[];
  safeguards: TransferSafeguard[];
  transferDetails: string | null;
  dataPrivacyFramework: { certifiedOn: string; ukExtension: boolean; swissFramework: boolean } | null;
  privacyPolicyUrl: string | null;
  optOutUrl: string | null;
}

const orNull = (value: string): string | null => value.trim() || null;

/** "us, de  GB" → ["US", "DE", "GB"]: country codes separated by commas or spaces, duplicates dropped. */
export function countryList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * The input for create and update alike: every field is sent, an empty one as null, so clearing a field in the
 * form clears it in the catalog. The address is left out altogether when none of its parts was filled in; a
 * partly filled one is sent as is, for the API to say which part is missing.
 */
export function entryInput(values: EntryFormValues): EntryInput {
  const addressParts = [values.streetAddress, values.locality, values.postalCode, values.region, values.addressCountry];
  return {
    name: values.name.trim(),
    role: values.role,
    service: orNull(values.service),
    legalEntity: orNull(values.legalEntity),
    address: addressParts.some((p) => p.trim())
      ? {
          streetAddress: values.streetAddress.trim(),
          locality: values.locality.trim(),
          postalCode: orNull(values.postalCode),
          region: orNull(values.region),
          country: values.addressCountry.trim().toUpperCase(),
        }
      : null,
    country: orNull(values.country)?.toUpperCase() ?? null,
    processingCountries: countryList(values.processingCountries),
    safeguards: [...values.safeguards],
    transferDetails: orNull(values.transferDetails),
    // The certification goes with the framework: unticking it clears the certification too.
    dataPrivacyFramework: values.safeguards.includes('DATA_PRIVACY_FRAMEWORK') ? values.dataPrivacyFramework : null,
    privacyPolicyUrl: orNull(values.privacyPolicyUrl),
    optOutUrl: orNull(values.optOutUrl),
  };
}

/** The result union of publishing one tenant, as the republish mutation returns it. */
export type RepublishResult =
  | { __typename: 'PolicyVersion'; version: number; effectiveDate: string }
  | { __typename: 'PolicyIncomplete'; message: string; completeness: readonly { severity: 'ERROR' | 'WARNING' }[] }
  | { __typename: 'PolicyUnchanged'; message: string; latestVersion: number }
  | {
      __typename: 'ValidationFailed';
      message: string;
      problems: readonly { path: string; code: string; message: string }[];
    };

export type OutcomeKind = 'published' | 'incomplete' | 'unchanged' | 'refused';

/** What republishing did for one client, in words a person reads in the results table. */
export function describeOutcome(result: RepublishResult): { kind: OutcomeKind; text: string } {
  switch (result.__typename) {
    case 'PolicyVersion':
      return { kind: 'published', text: `Published version ${result.version}` };
    case 'PolicyIncomplete': {
      const blocking = result.completeness.filter((p) => p.severity === 'ERROR').length;
      return {
        kind: 'incomplete',
        text: `Skipped: the draft is incomplete (${blocking} problem${blocking === 1 ? '' : 's'} to fix)`,
      };
    }
    case 'PolicyUnchanged':
      return { kind: 'unchanged', text: `Unchanged: version ${result.latestVersion} is already the same` };
    case 'ValidationFailed':
      return {
        kind: 'refused',
        text: `Refused: ${result.problems.map((p) => p.message).join('; ') || result.message}`,
      };
    default: {
      const unknown: never = result;
      return unknown;
    }
  }
}

/** Counts per kind, for the sentence above the results ("2 published, 1 skipped as incomplete, 1 unchanged"). */
export function outcomeTally(kinds: readonly OutcomeKind[]): string {
  const count = (k: OutcomeKind) => kinds.filter((x) => x === k).length;
  const parts = [
    [count('published'), 'published'],
    [count('incomplete'), 'skipped as incomplete'],
    [count('unchanged'), 'unchanged'],
    [count('refused'), 'refused'],
  ] as const;
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([n, text]) => `${n} ${text}`)
      .join(', ') || 'nothing to do'
  );
}

/** Every client any entry reaches, once, by name. */
export function reachedTenants(
  entries: readonly { linkedTenants: readonly { tenantId: string; tenantSlug: string; tenantName: string }[] }[],
) {
  const byId = new Map<string, { tenantId: string; tenantSlug: string; tenantName: string }>();
  for (const entry of entries)
    for (const link of entry.linkedTenants)
      byId.set(link.tenantId, { tenantId: link.tenantId, tenantSlug: link.tenantSlug, tenantName: link.tenantName });
  return [...byId.values()].sort(
    (a, b) => a.tenantName.localeCompare(b.tenantName) || a.tenantId.localeCompare(b.tenantId),
  );
}
