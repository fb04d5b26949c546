import { describe, expect, it } from 'vitest';
import { audience } from '../audiences/audience.js';
import { clause } from '../clauses/clause.js';
import { cookie } from '../cookies/cookie.js';
import { dataCategory } from '../data-categories/data-category.js';
import { purpose } from '../purposes/purpose.js';
import { recipient } from '../recipients/recipient.js';
import { tenantProfile } from '../tenants/tenant.js';
import { DEFAULT_POLICY_SETTINGS } from './policy-settings.js';
import {
  POLICY_SCHEMA_VERSION,
  buildPolicySnapshot,
  danglingReferences,
  purposesForAudience,
  type PolicyParts,
} from './policy.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const A1 = uuid(0xa1);
const A2 = uuid(0xa2);
const A3 = uuid(0xa3);
const C1 = uuid(0xc1);
const C2 = uuid(0xc2);
const R1 = uuid(0xe1);
const R2 = uuid(0xe2);
const P1 = uuid(0xf1);
const P2 = uuid(0xf2);
const K1 = uuid(0xb1);
const K2 = uuid(0xb2);
const S1 = uuid(0xd1);
const S2 = uuid(0xd2);
const S3 = uuid(0xd3);
const MISSING = uuid(0xfff);

const controller = tenantProfile.parse({
  legalName: 'Acme Ltd',
  contactEmail: 'privacy@acme.example',
  jurisdictions: ['EU_GDPR'],
  slug: 'acme',
});

const aud = (id: string, position: number) => ({
  ...audience.parse({ name: `Audience ${id.slice(-2)}`, position }),
  id,
});
const cat = (id: string, position: number) => ({
  ...dataCategory.parse({ name: `Category ${id.slice(-2)}`, sources: ['SUBJECT'], position }),
  id,
});
const rec = (id: string, position: number, dataCategoryIds: string[] = []) => ({
  ...recipient.parse({ name: `Recipient ${id.slice(-2)}`, role: 'CATEGORY', dataCategoryIds, position }),
  id,
});
const pur = (
  id: string,
  position: number,
  ids: { audienceIds?: string[]; dataCategoryIds?: string[]; recipientIds?: string[] } = {},
) => ({
  ...purpose.parse({
    name: `Purpose ${id.slice(-2)}`,
    legalBasis: 'CONTRACT',
    retention: { criteria: 'as needed' },
    position,
    ...ids,
  }),
  id,
});
const coo = (id: string, position: number, recipientId: string | null = null, purposeIds: string[] = []) => ({
  ...cookie.parse({
    name: `cookie_${id.slice(-2)}`,
    provider: 'Acme',
    kind: 'FUNCTIONAL',
    purpose: 'remembers things',
    recipientId,
    purposeIds,
    position,
  }),
  id,
});
const cla = (id: string, section: 'SECURITY' | 'CHILDREN' | 'CHANGES', position: number) => ({
  ...clause.parse({ section, body: `Clause ${id.slice(-2)}`, position }),
  id,
});

function parts(): PolicyParts {
  return {
    controller,
    settings: DEFAULT_POLICY_SETTINGS,
    audiences: [aud(A3, 1), aud(A1, 1), aud(A2, 0)],
    dataCategories: [cat(C2, 0), cat(C1, 5)],
    purposes: [
      pur(P1, 2, { audienceIds: [A3, A1], dataCategoryIds: [C2, C1], recipientIds: [R2, R1] }),
      pur(P2, 1, { audienceIds: [A2, A1] }),
    ],
    recipients: [rec(R2, 1, [C2, C1]), rec(R1, 0, [C1])],
    cookies: [coo(K1, 1, R1, [P2, P1]), coo(K2, 0)],
    clauses: [cla(S1, 'SECURITY', 0), cla(S2, 'CHILDREN', 1), cla(S3, 'CHILDREN', 0)],
  };
}

/** The same data, every list (and every id list) in another order. */
function shuffled(): PolicyParts {
  const p = parts();
  const reverseIds = <
    T extends { audienceIds?: string[]; dataCategoryIds?: string[]; recipientIds?: string[]; purposeIds?: string[] },
  >(
    x: T,
  ): T => ({
    ...x,
    ...(x.audienceIds ? { audienceIds: [...x.audienceIds].reverse() } : {}),
    ...(x.dataCategoryIds ? { dataCategoryIds: [...x.dataCategoryIds].reverse() } : {}),
    ...(x.recipientIds ? { recipientIds: [...x.recipientIds].reverse() } : {}),
    ...(x.purposeIds ? { purposeIds: [...x.purposeIds].reverse() } : {}),
  });
  return {
    ...p,
    audiences: [p.audiences[1]!, p.audiences[2]!, p.audiences[0]!],
    dataCategories: [...p.dataCategories].reverse(),
    purposes: [...p.purposes].reverse().map(reverseIds),
    recipients: [...p.recipients].reverse().map(reverseIds),
    cookies: [...p.cookies].reverse().map(reverseIds),
    clauses: [p.clauses[2]!, p.clauses[0]!, p.clauses[1]!],
  };
}

describe('buildPolicySnapshot', () => {
  it('carries the schema version, controller and settings', () => {
    const snapshot = buildPolicySnapshot(parts());
    expect(POLICY_SCHEMA_VERSION).toBe(1);
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.controller).toEqual(controller);
    expect(snapshot.settings).toEqual(DEFAULT_POLICY_SETTINGS);
  });

  it('orders every list by position, then id', () => {
    const snapshot = buildPolicySnapshot(parts());
    expect(snapshot.audiences.map((a) => a.id)).toEqual([A2, A1, A3]);
    expect(snapshot.dataCategories.map((c) => c.id)).toEqual([C2, C1]);
    expect(snapshot.purposes.map((p) => p.id)).toEqual([P2, P1]);
    expect(snapshot.recipients.map((r) => r.id)).toEqual([R1, R2]);
    expect(snapshot.cookies.map((c) => c.id)).toEqual([K2, K1]);
  });

  it('orders clauses by section, then position', () => {
    const snapshot = buildPolicySnapshot(parts());
    expect(snapshot.clauses.map((c) => [c.section, c.id])).toEqual([
      ['CHILDREN', S3],
      ['CHILDREN', S2],
      ['SECURITY', S1],
    ]);
  });

  it('sorts the id lists inside purposes, recipients and cookies', () => {
    const snapshot = buildPolicySnapshot(parts());
    const p1 = snapshot.purposes.find((p) => p.id === P1)!;
    expect(p1.audienceIds).toEqual([A1, A3]);
    expect(p1.dataCategoryIds).toEqual([C1, C2]);
    expect(p1.recipientIds).toEqual([R1, R2]);
    expect(snapshot.recipients.find((r) => r.id === R2)!.dataCategoryIds).toEqual([C1, C2]);
    expect(snapshot.cookies.find((c) => c.id === K1)!.purposeIds).toEqual([P1, P2]);
  });

  it('serialises the same data in any order to identical JSON', () => {
    const a = JSON.stringify(buildPolicySnapshot(parts()));
    const b = JSON.stringify(buildPolicySnapshot(shuffled()));
    expect(b).toBe(a);
  });

  it('serialises different data differently', () => {
    const changed = parts();
    changed.audiences = changed.audiences.map((a) => (a.id === A1 ? { ...a, position: 9 } : a));
    expect(JSON.stringify(buildPolicySnapshot(changed))).not.toBe(JSON.stringify(buildPolicySnapshot(parts())));
  });

  it('leaves its input untouched', () => {
    const input = shuffled();
    const before = JSON.parse(JSON.stringify(input)) as unknown;
    buildPolicySnapshot(input);
    expect(input).toEqual(before);
  });

  it('builds an empty snapshot from empty parts', () => {
    expect(
      buildPolicySnapshot({
        controller,
        settings: DEFAULT_POLICY_SETTINGS,
        audiences: [],
        dataCategories: [],
        purposes: [],
        recipients: [],
        cookies: [],
        clauses: [],
      }),
    ).toEqual({
      schemaVersion: 1,
      controller,
      settings: DEFAULT_POLICY_SETTINGS,
      audiences: [],
      dataCategories: [],
      purposes: [],
      recipients: [],
      cookies: [],
      clauses: [],
    });
  });
});

describe('danglingReferences', () => {
  it('finds nothing in a consistent snapshot', () => {
    expect(danglingReferences(buildPolicySnapshot(parts()))).toEqual([]);
  });

  it('reports every reference that points nowhere, by its place in the snapshot', () => {
    const p = parts();
    p.purposes = [
      pur(P1, 0, { audienceIds: [A1, MISSING], dataCategoryIds: [MISSING], recipientIds: [MISSING, R1] }),
      pur(P2, 1, { audienceIds: [A2] }),
    ];
    p.recipients = [rec(R1, 0, [C1]), rec(R2, 1, [MISSING])];
    p.cookies = [coo(K1, 0, R1), coo(K2, 1, MISSING, [P1, MISSING])];
    expect(danglingReferences(buildPolicySnapshot(p))).toEqual([
      {
        path: 'purposes.0.audienceIds',
        code: 'UNKNOWN_REFERENCE',
        message: `audience ${MISSING} is not in the policy`,
      },
      {
        path: 'purposes.0.dataCategoryIds',
        code: 'UNKNOWN_REFERENCE',
        message: `data category ${MISSING} is not in the policy`,
      },
      {
        path: 'purposes.0.recipientIds',
        code: 'UNKNOWN_REFERENCE',
        message: `recipient ${MISSING} is not in the policy`,
      },
      {
        path: 'recipients.1.dataCategoryIds',
        code: 'UNKNOWN_REFERENCE',
        message: `data category ${MISSING} is not in the policy`,
      },
      {
        path: 'cookies.1.recipientId',
        code: 'UNKNOWN_REFERENCE',
        message: `recipient ${MISSING} is not in the policy`,
      },
      {
        path: 'cookies.1.purposeIds',
        code: 'UNKNOWN_REFERENCE',
        message: `purpose ${MISSING} is not in the policy`,
      },
    ]);
  });

  it('reports references to removed entities', () => {
    const p = parts();
    p.audiences = p.audiences.filter((a) => a.id !== A3);
    p.recipients = p.recipients.filter((r) => r.id !== R1);
    p.purposes = p.purposes.filter((x) => x.id !== P2);
    expect(danglingReferences(buildPolicySnapshot(p)).map((x) => [x.path, x.message])).toEqual([
      ['purposes.0.audienceIds', `audience ${A3} is not in the policy`],
      ['purposes.0.recipientIds', `recipient ${R1} is not in the policy`],
      ['cookies.1.recipientId', `recipient ${R1} is not in the policy`],
      ['cookies.1.purposeIds', `purpose ${P2} is not in the policy`],
    ]);
  });

  it('reads cookies of snapshots published before they had purposes', () => {
    const snapshot = buildPolicySnapshot(parts());
    const { purposeIds: _, ...old } = snapshot.cookies[1]!;
    expect(danglingReferences({ ...snapshot, cookies: [old as (typeof snapshot.cookies)[number]] })).toEqual([]);
  });
});

describe('purposesForAudience', () => {
  it('lists the purposes that concern an audience, in policy order', () => {
    const snapshot = buildPolicySnapshot(parts());
    expect(purposesForAudience(snapshot, A1).map((p) => p.id)).toEqual([P2, P1]);
    expect(purposesForAudience(snapshot, A3).map((p) => p.id)).toEqual([P1]);
    expect(purposesForAudience(snapshot, MISSING)).toEqual([]);
  });
});
