import { CCPA_CATEGORIES, DATA_SOURCES, type CcpaCategory, type DataSource } from '../data-categories/data-category.js';
import type { PolicySnapshot } from './policy.js';

/**
 * What a California privacy policy says of one category of personal information (11 CCR § 7011(e)(1)): the data
 * categories it groups, their sources, the purposes that use them, and the recipients that receive them for a
 * business purpose or through a sale or sharing. Ids in snapshot order.
 */
export interface CcpaCategoryDisclosure {
  category: CcpaCategory;
  dataCategoryIds: string[];
  sources: DataSource[];
  purposeIds: string[];
  /** Recipients of purposes that do not sell or share (disclosure for a business purpose). */
  disclosedToRecipientIds: string[];
  /** Recipients of purposes that sell or share personal information. */
  soldOrSharedToRecipientIds: string[];
}

/**
 * The CCPA categories of a snapshot, derived from its data rather than asked again: a recipient receives a data
 * category through a purpose that covers the category and names the recipient, unless the recipient lists the
 * categories it receives and this one is not among them.
 */
export function ccpaDisclosures(
  s: Pick<PolicySnapshot, 'dataCategories' | 'purposes' | 'recipients'>,
): CcpaCategoryDisclosure[] {
  const recipients = new Map(s.recipients.map((r) => [r.id, r]));
  const inSnapshotOrder = (ids: ReadonlySet<string>) => s.recipients.filter((r) => ids.has(r.id)).map((r) => r.id);
  return CCPA_CATEGORIES.flatMap((category) => {
    const members = s.dataCategories.filter((d) => d.ccpaCategory === category);
    if (!members.length) return [];
    const memberIds = new Set(members.map((d) => d.id));
    const purposes = s.purposes.filter((p) => p.dataCategoryIds.some((id) => memberIds.has(id)));
    const disclosed = new Set<string>();
    const sold = new Set<string>();
    for (const p of purposes) {
      const covered = p.dataCategoryIds.filter((id) => memberIds.has(id));
      for (const rid of p.recipientIds) {
        const r = recipients.get(rid);
        if (!r) continue;
        const receives = !r.dataCategoryIds.length || covered.some((id) => r.dataCategoryIds.includes(id));
        if (receives) (p.saleOrSharing ? sold : disclosed).add(rid);
      }
    }
    return [
      {
        category,
        dataCategoryIds: members.map((d) => d.id),
        sources: DATA_SOURCES.filter((src) => members.some((d) => d.sources.includes(src))),
        purposeIds: purposes.map((p) => p.id),
        disclosedToRecipientIds: inSnapshotOrder(disclosed),
        soldOrSharedToRecipientIds: inSnapshotOrder(sold),
      },
    ];
  });
}
