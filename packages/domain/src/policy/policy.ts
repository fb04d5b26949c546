import type { Audience } from '../audiences/audience.js';
import type { Clause } from '../clauses/clause.js';
import type { Cookie } from '../cookies/cookie.js';
import type { DataCategory } from '../data-categories/data-category.js';
import { problem, type Problem } from '../common/problem.js';
import type { Purpose } from '../purposes/purpose.js';
import type { Recipient } from '../recipients/recipient.js';
import type { TenantProfile } from '../tenants/tenant.js';
import type { Translated } from '../common/translation.js';
import type { PolicySettings } from './policy-settings.js';

/** An item of the policy: its fields (text in the default language), its id and its translations. */
type WithId<T> = T & { id: string } & Translated;

/**
 * The whole structured policy of a tenant at one moment. The working draft is assembled from the tenant's
 * rows; a published version stores exactly this value (with `schemaVersion`, so old versions stay readable
 * when the model grows) and is never changed afterwards.
 */
export interface PolicySnapshot {
  schemaVersion: typeof POLICY_SCHEMA_VERSION;
  controller: TenantProfile & Translated;
  /** Versions published before translations have no `publishedLanguages`: they were rendered in every language. */
  settings: PolicySettings & Translated;
  audiences: WithId<Audience>[];
  dataCategories: WithId<DataCategory>[];
  purposes: WithId<Purpose>[];
  recipients: WithId<Recipient>[];
  cookies: WithId<Cookie>[];
  clauses: WithId<Clause>[];
}

export const POLICY_SCHEMA_VERSION = 1 as const;

export interface PolicyParts {
  controller: TenantProfile & Translated;
  settings: PolicySettings & Translated;
  audiences: WithId<Audience>[];
  dataCategories: WithId<DataCategory>[];
  purposes: WithId<Purpose>[];
  recipients: WithId<Recipient>[];
  cookies: WithId<Cookie>[];
  clauses: WithId<Clause>[];
}

// Plain code-unit comparison, not localeCompare: snapshot order must not depend on the runtime's locale data.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPosition = <T extends { position: number; id: string }>(a: T, b: T) =>
  a.position - b.position || compare(a.id, b.id);

/**
 * Assembles a snapshot in a deterministic order (position, then id), so that two snapshots of the same data
 * are byte-identical once serialised: versions compare and hash cleanly.
 */
export function buildPolicySnapshot(parts: PolicyParts): PolicySnapshot {
  const sortIds = <
    T extends { audienceIds?: string[]; dataCategoryIds?: string[]; recipientIds?: string[]; purposeIds?: string[] },
  >(
    x: T,
  ): T => ({
    ...x,
    ...(x.audienceIds ? { audienceIds: [...x.audienceIds].sort() } : {}),
    ...(x.dataCategoryIds ? { dataCategoryIds: [...x.dataCategoryIds].sort() } : {}),
    ...(x.recipientIds ? { recipientIds: [...x.recipientIds].sort() } : {}),
    ...(x.purposeIds ? { purposeIds: [...x.purposeIds].sort() } : {}),
  });
  return {
    schemaVersion: POLICY_SCHEMA_VERSION,
    controller: parts.controller,
    settings: parts.settings,
    audiences: [...parts.audiences].sort(byPosition),
    dataCategories: [...parts.dataCategories].sort(byPosition),
    purposes: [...parts.purposes]
      .sort(byPosition)
      .map(sortIds)
      .map((p) => ({
        ...p,
        audienceCategories: [...(p.audienceCategories ?? [])]
          .map((e) => ({ audienceId: e.audienceId, dataCategoryIds: [...e.dataCategoryIds].sort() }))
          .sort((a, b) => compare(a.audienceId, b.audienceId)),
      })),
    recipients: [...parts.recipients].sort(byPosition).map(sortIds),
    cookies: [...parts.cookies].sort(byPosition).map(sortIds),
    clauses: [...parts.clauses].sort((a, b) => compare(a.section, b.section) || byPosition(a, b)),
  };
}

/** References inside a snapshot that point nowhere: the database prevents them, imported snapshots may not. */
export function danglingReferences(s: PolicySnapshot): Problem[] {
  const audiences = new Set(s.audiences.map((a) => a.id));
  const categories = new Set(s.dataCategories.map((c) => c.id));
  const recipients = new Set(s.recipients.map((r) => r.id));
  const problems: Problem[] = [];
  s.purposes.forEach((p, i) => {
    p.audienceIds.forEach(
      (id) =>
        audiences.has(id) ||
        problems.push(problem(`purposes.${i}.audienceIds`, 'UNKNOWN_REFERENCE', `audience ${id} is not in the policy`)),
    );
    p.dataCategoryIds.forEach(
      (id) =>
        categories.has(id) ||
        problems.push(
          problem(`purposes.${i}.dataCategoryIds`, 'UNKNOWN_REFERENCE', `data category ${id} is not in the policy`),
        ),
    );
    (p.audienceCategories ?? []).forEach((entry, j) =>
      [entry.audienceId, ...entry.dataCategoryIds].forEach(
        (id) =>
          audiences.has(id) ||
          categories.has(id) ||
          problems.push(
            problem(`purposes.${i}.audienceCategories.${j}`, 'UNKNOWN_REFERENCE', `${id} is not in the policy`),
          ),
      ),
    );
    p.recipientIds.forEach(
      (id) =>
        recipients.has(id) ||
        problems.push(
          problem(`purposes.${i}.recipientIds`, 'UNKNOWN_REFERENCE', `recipient ${id} is not in the policy`),
        ),
    );
  });
  s.recipients.forEach((r, i) => {
    r.dataCategoryIds.forEach(
      (id) =>
        categories.has(id) ||
        problems.push(
          problem(`recipients.${i}.dataCategoryIds`, 'UNKNOWN_REFERENCE', `data category ${id} is not in the policy`),
        ),
    );
  });
  const purposes = new Set(s.purposes.map((p) => p.id));
  s.cookies.forEach((c, i) => {
    if (c.recipientId && !recipients.has(c.recipientId))
      problems.push(
        problem(`cookies.${i}.recipientId`, 'UNKNOWN_REFERENCE', `recipient ${c.recipientId} is not in the policy`),
      );
    // Snapshots published before cookies were linked to purposes have no list.
    (c.purposeIds ?? []).forEach(
      (id) =>
        purposes.has(id) ||
        problems.push(problem(`cookies.${i}.purposeIds`, 'UNKNOWN_REFERENCE', `purpose ${id} is not in the policy`)),
    );
  });
  return problems;
}

/** The purposes that concern an audience, in policy order: the renderer's "for visitors, we collect ..." */
export function purposesForAudience(s: PolicySnapshot, audienceId: string): PolicySnapshot['purposes'] {
  return s.purposes.filter((p) => p.audienceIds.includes(audienceId));
}
