import { z } from 'zod';
import {
  address,
  countryCode,
  idList,
  optionalPlainDate,
  optionalText,
  optionalUrl,
  position,
  requiredText,
} from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import type { Jurisdiction } from '../jurisdictions/jurisdiction.js';
import {
  dataPrivacyFrameworkCertification,
  LEGACY_SAFEGUARDS,
  TRANSFER_SAFEGUARDS,
  transferGaps,
  type TransferGap,
} from './transfer.js';

/**
 * GDPR roles, plus CATEGORY for recipients named by kind ("group companies", "professional advisers"). A
 * PROCESSOR uses the data only for our purposes, on our instructions: one that also uses it for purposes of its
 * own (its marketing, say) is a controller for that use (Art. 28(10)), recorded as a second, INDEPENDENT_CONTROLLER
 * recipient. The model has no field for a recipient's own purposes, so this is not checked.
 */
export const RECIPIENT_ROLES = ['PROCESSOR', 'INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER', 'CATEGORY'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Characters of a recipient's text fields, and how many processing countries it may list. */
export const RECIPIENT_LIMITS = {
  name: 200,
  legalEntity: 200,
  processingCountries: 60,
  service: 1000,
  transferDetails: 2000,
  jointArrangement: 2000,
} as const;

export const recipient = z.object({
  /** How the policy names it: "Google Analytics", or for a category "Our professional advisers". */
  name: requiredText(RECIPIENT_LIMITS.name, 'recipient name'),
  role: z.enum(RECIPIENT_ROLES),
  legalEntity: optionalText(RECIPIENT_LIMITS.legalEntity, 'legal entity'),
  address: address.nullish().transform((v) => v ?? null),
  /** Where the legal entity is established; null for a category without one country. */
  country: countryCode.nullish().transform((v) => v ?? null),
  /** Further countries where it processes the data (data centres, support teams). */
  processingCountries: z
    .array(countryCode)
    .max(RECIPIENT_LIMITS.processingCountries)
    .default([])
    .transform((cs) => [...new Set(cs)].sort()),
  /** The service it provides to the controller, e.g. "website analytics". */
  service: optionalText(RECIPIENT_LIMITS.service, 'service'),
  safeguards: z
    .array(z.enum(TRANSFER_SAFEGUARDS))
    .max(TRANSFER_SAFEGUARDS.length)
    .default([])
    .transform((s) => TRANSFER_SAFEGUARDS.filter((x) => s.includes(x))),
  /** Which derogation (Art. 49) or further detail of the safeguard, in words. */
  transferDetails: optionalText(RECIPIENT_LIMITS.transferDetails, 'transfer details'),
  /**
   * The recipient entity's Data Privacy Framework certification: required when the framework is a safeguard, and
   * which of its parts (UK Extension, Swiss-US) decides the regimes it serves.
   */
  dataPrivacyFramework: dataPrivacyFrameworkCertification.nullish().transform((v) => v ?? null),
  /**
   * Art. 26(2): the essence of the arrangement with a joint controller, which people must be able to read: who
   * informs them, who answers their requests, who does what.
   */
  jointArrangement: optionalText(RECIPIENT_LIMITS.jointArrangement, 'joint arrangement'),
  dpaSignedOn: optionalPlainDate,
  privacyPolicyUrl: optionalUrl,
  optOutUrl: optionalUrl,
  dataCategoryIds: idList('data categories'),
  position,
});
export type Recipient = z.output<typeof recipient>;
export type RecipientInput = z.input<typeof recipient>;

export interface RecipientContext {
  dataCategoryIds?: ReadonlySet<string>;
}

export function recipientProblems(r: Recipient, ctx: RecipientContext = {}): Problem[] {
  const problems: Problem[] = [];
  if (r.role !== 'CATEGORY' && !r.country) {
    problems.push(problem('country', 'REQUIRED', 'give the country where this recipient is established'));
  }
  if (r.role === 'PROCESSOR' && !r.service) {
    problems.push(problem('service', 'REQUIRED', 'say which service the processor provides'));
  }
  // A recipient is today's data, so it may never name Privacy Shield: an earlier policy that did is imported as
  // text (an imported policy version, issue 17), never modelled. The list is normalised to a canonical order, so
  // the problem names the field, not an index.
  if (r.safeguards.some((s) => LEGACY_SAFEGUARDS.has(s))) {
    problems.push(
      problem(
        'safeguards',
        'NOT_ALLOWED',
        'Privacy Shield was invalidated in July 2020; use the Data Privacy Framework or SCCs',
      ),
    );
  }
  if (r.jointArrangement && r.role !== 'JOINT_CONTROLLER') {
    problems.push(
      problem('jointArrangement', 'INCONSISTENT', 'an Art. 26 arrangement is stated only for a joint controller'),
    );
  }
  if (r.safeguards.includes('DEROGATION') && !r.transferDetails) {
    problems.push(problem('transferDetails', 'REQUIRED', 'name the Art. 49 derogation relied on'));
  }
  if (r.safeguards.includes('DATA_PRIVACY_FRAMEWORK') && !r.dataPrivacyFramework) {
    problems.push(
      problem(
        'dataPrivacyFramework',
        'REQUIRED',
        'give the recipient’s Data Privacy Framework certification: its date and whether it includes the UK Extension and the Swiss-US framework',
      ),
    );
  }
  if (r.address && r.country && r.address.country !== r.country) {
    problems.push(
      problem('address.country', 'INCONSISTENT', 'the address is in a different country from the recipient'),
    );
  }
  if (ctx.dataCategoryIds) {
    r.dataCategoryIds.forEach((id, i) => {
      if (!ctx.dataCategoryIds!.has(id))
        problems.push(problem(`dataCategoryIds.${i}`, 'UNKNOWN_REFERENCE', 'no such data category'));
    });
  }
  return problems;
}

export function validateRecipient(input: unknown, ctx?: RecipientContext): Validated<Recipient> {
  return validateWith(recipient, input, (r) => recipientProblems(r, ctx));
}

/** Every country the data reaches through this recipient. */
export function recipientCountries(r: Pick<Recipient, 'country' | 'processingCountries'>): string[] {
  return [...new Set([...(r.country ? [r.country] : []), ...r.processingCountries])];
}

/** Transfers to this recipient that the tenant's regimes consider unsafeguarded. */
export function recipientTransferGaps(
  r: Pick<Recipient, 'country' | 'processingCountries' | 'safeguards'> &
    Partial<Pick<Recipient, 'dataPrivacyFramework'>>,
  jurisdictions: readonly Jurisdiction[],
): TransferGap[] {
  // Versions published before certifications were recorded have no such field: they read as uncertified.
  return transferGaps(recipientCountries(r), r.safeguards, jurisdictions, r.dataPrivacyFramework ?? null);
}
