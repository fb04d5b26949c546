import { describe, expect, it } from 'vitest';
import { dataCategory } from '../data-categories/data-category.js';
import { purpose } from '../purposes/purpose.js';
import { recipient } from '../recipients/recipient.js';
import { ccpaDisclosures } from './ccpa-disclosures.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const C1 = uuid(0x1);
const C2 = uuid(0x2);
const C3 = uuid(0x3);
const C4 = uuid(0x4);
const P1 = uuid(0x11);
const P2 = uuid(0x12);
const R_ADS = uuid(0x21);
const R_HOST = uuid(0x22);
const R_CRM = uuid(0x23);

const retention = { period: { amount: 1, unit: 'YEARS', trigger: 'COLLECTION' } } as const;

function snapshot() {
  return {
    dataCategories: [
      { ...dataCategory.parse({ name: 'Contact', sources: ['SUBJECT'], ccpaCategory: 'IDENTIFIERS' }), id: C1 },
      { ...dataCategory.parse({ name: 'Device ids', sources: ['AUTOMATIC'], ccpaCategory: 'IDENTIFIERS' }), id: C2 },
      { ...dataCategory.parse({ name: 'Usage', sources: ['AUTOMATIC'], ccpaCategory: 'INTERNET_ACTIVITY' }), id: C3 },
      { ...dataCategory.parse({ name: 'Notes', sources: ['SUBJECT'] }), id: C4 },
    ],
    purposes: [
      {
        ...purpose.parse({
          name: 'Service',
          legalBasis: 'CONTRACT',
          dataCategoryIds: [C1],
          recipientIds: [R_HOST, R_CRM],
          retention,
        }),
        id: P1,
      },
      {
        ...purpose.parse({
          name: 'Ads',
          legalBasis: 'CONSENT',
          saleOrSharing: true,
          dataCategoryIds: [C2, C3],
          recipientIds: [R_ADS, R_HOST],
          retention,
        }),
        id: P2,
      },
    ],
    recipients: [
      { ...recipient.parse({ name: 'Ad network', role: 'INDEPENDENT_CONTROLLER', country: 'US' }), id: R_ADS },
      // Lists what it receives: only the usage data, so the device ids do not reach it.
      {
        ...recipient.parse({
          name: 'Host',
          role: 'PROCESSOR',
          country: 'US',
          service: 'hosting',
          dataCategoryIds: [C1, C3],
        }),
        id: R_HOST,
      },
      { ...recipient.parse({ name: 'CRM', role: 'PROCESSOR', country: 'US', service: 'crm' }), id: R_CRM },
    ],
  };
}

describe('ccpaDisclosures', () => {
  it('derives, per CCPA category, sources, purposes and recipients by business purpose and by sale or sharing', () => {
    expect(ccpaDisclosures(snapshot())).toEqual([
      {
        category: 'IDENTIFIERS',
        dataCategoryIds: [C1, C2],
        sources: ['SUBJECT', 'AUTOMATIC'],
        purposeIds: [P1, P2],
        disclosedToRecipientIds: [R_HOST, R_CRM],
        // The host lists its data categories without the device ids: only the ad network receives them.
        soldOrSharedToRecipientIds: [R_ADS],
      },
      {
        category: 'INTERNET_ACTIVITY',
        dataCategoryIds: [C3],
        sources: ['AUTOMATIC'],
        purposeIds: [P2],
        disclosedToRecipientIds: [],
        soldOrSharedToRecipientIds: [R_ADS, R_HOST],
      },
    ]);
  });

  it('lists no category without data', () => {
    expect(ccpaDisclosures({ dataCategories: [], purposes: [], recipients: [] })).toEqual([]);
  });
});
