import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../jurisdictions/jurisdiction.js';
import type { PolicySnapshot } from '../policy/policy.js';
import { tenantProfile } from '../tenants/tenant.js';
import { policyTransfers, transferInstrumentsNotInForce } from './policy-transfers.js';
import { recipient, type RecipientInput } from './recipient.js';

const london = { streetAddress: '1 Example Street', locality: 'London', postalCode: 'EC1A 1AA', country: 'GB' };

/** The parts of a snapshot transfers read: a controller with an office in `home`, and the recipients. */
function snapshot(
  jurisdictions: Jurisdiction[],
  recipients: Array<RecipientInput & { id: string }>,
  home: string = 'GB',
): Pick<PolicySnapshot, 'controller' | 'recipients'> {
  return {
    controller: tenantProfile.parse({
      legalName: 'Acme Ltd',
      slug: 'acme',
      contactEmail: 'privacy@acme.example',
      jurisdictions,
      offices: [{ label: 'Head office', registered: true, address: { ...london, country: home } }],
    }),
    recipients: recipients.map(({ id, ...r }, position) => ({ id, ...recipient.parse({ ...r, position }) })),
  };
}

const analytics = (extra: Partial<RecipientInput> = {}) => ({
  id: 'ga',
  name: 'Google Analytics',
  role: 'PROCESSOR' as const,
  country: 'US',
  service: 'website analytics',
  safeguards: ['STANDARD_CONTRACTUAL_CLAUSES' as const, 'DATA_PRIVACY_FRAMEWORK' as const],
  dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: true },
  ...extra,
});

const ids = (s: Pick<PolicySnapshot, 'controller' | 'recipients'>) =>
  policyTransfers(s).map((r) => ({
    jurisdiction: r.jurisdiction,
    transfers: r.transfers.map((t) => [t.recipientId, t.countries, t.instruments.map((i) => i.id)]),
  }));

describe('policyTransfers', () => {
  it('names each regime’s own instruments for the same recipient', () => {
    expect(ids(snapshot(['EU_GDPR', 'UK_GDPR', 'CH_FADP', 'LGPD'], [analytics()], 'IE'))).toEqual([
      {
        jurisdiction: 'EU_GDPR',
        transfers: [['ga', ['US'], ['EU_STANDARD_CONTRACTUAL_CLAUSES', 'EU_US_DATA_PRIVACY_FRAMEWORK']]],
      },
      { jurisdiction: 'UK_GDPR', transfers: [['ga', ['US'], ['UK_EXTENSION_DATA_PRIVACY_FRAMEWORK']]] },
      {
        jurisdiction: 'LGPD',
        transfers: [['ga', ['US'], ['BR_STANDARD_CONTRACTUAL_CLAUSES']]],
      },
      {
        jurisdiction: 'CH_FADP',
        transfers: [['ga', ['US'], ['CH_STANDARD_CONTRACTUAL_CLAUSES', 'CH_US_DATA_PRIVACY_FRAMEWORK']]],
      },
    ]);
  });

  it('leaves a UK transfer without an instrument when the certification lacks the UK Extension', () => {
    const s = snapshot(
      ['UK_GDPR'],
      [analytics({ dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: false } })],
    );
    expect(ids(s)).toEqual([{ jurisdiction: 'UK_GDPR', transfers: [['ga', ['US'], []]] }]);
  });

  it('groups a recipient’s countries by the instruments that cover them', () => {
    const aws = {
      id: 'aws',
      name: 'Amazon Web Services',
      role: 'PROCESSOR' as const,
      country: 'LU',
      processingCountries: ['IE', 'US', 'IN'],
      service: 'hosting',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES' as const, 'UK_ADDENDUM' as const],
    };
    expect(ids(snapshot(['EU_GDPR', 'UK_GDPR'], [aws]))).toEqual([
      { jurisdiction: 'EU_GDPR', transfers: [['aws', ['IN', 'US'], ['EU_STANDARD_CONTRACTUAL_CLAUSES']]] },
      {
        jurisdiction: 'UK_GDPR',
        transfers: [
          ['aws', ['LU', 'IE'], ['UK_ADEQUACY_REGULATIONS']],
          ['aws', ['IN', 'US'], ['UK_ADDENDUM']],
        ],
      },
    ]);
  });

  it('includes recipients without countries only when asked, with the instruments they record', () => {
    const contractors = {
      id: 'contractors',
      name: 'Our contractors',
      role: 'CATEGORY' as const,
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES' as const, 'UK_ADDENDUM' as const],
    };
    const s = snapshot(['UK_GDPR'], [contractors]);
    expect(ids(s)).toEqual([{ jurisdiction: 'UK_GDPR', transfers: [] }]);
    expect(policyTransfers(s, { unplaced: true })[0]!.transfers).toMatchObject([
      { recipientId: 'contractors', countries: [], instruments: [{ id: 'UK_ADDENDUM' }] },
    ]);
    expect(transferInstrumentsNotInForce(s, '2022-01-01').map((p) => p.instrument)).toEqual(['UK_ADDENDUM']);
  });

  it('leaves out the controller’s own country and regimes without transfer rules', () => {
    const hmrc = { id: 'hmrc', name: 'HMRC', role: 'INDEPENDENT_CONTROLLER' as const, country: 'GB' };
    expect(ids(snapshot(['EU_GDPR', 'UK_GDPR'], [hmrc]))).toEqual([
      { jurisdiction: 'EU_GDPR', transfers: [] },
      { jurisdiction: 'UK_GDPR', transfers: [] },
    ]);
    expect(policyTransfers(snapshot(['CCPA_CPRA', 'PIPEDA'], [analytics()]))).toEqual([]);
  });
});

describe('transferInstrumentsNotInForce', () => {
  // A UK-only controller whose version says the US recipient's data moves on the EU clauses with the UK Addendum
  // and on the UK Extension to the DPF.
  const uk = (extra: Partial<RecipientInput> = {}) =>
    snapshot(
      ['UK_GDPR'],
      [analytics({ safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM', 'DATA_PRIVACY_FRAMEWORK'], ...extra })],
    );

  it('refuses a 2020 date for instruments of 2022 and 2023, naming each', () => {
    expect(transferInstrumentsNotInForce(uk(), '2020-01-10')).toEqual([
      {
        path: 'effectiveDate',
        code: 'OUT_OF_RANGE',
        message:
          'recipient "Google Analytics": International Data Transfer Addendum to the EU Commission Standard Contractual Clauses, issued by the Information Commissioner (Art. 46(2)(d) UK GDPR and s.119A DPA 2018) cannot be relied on before 21 March 2022; the effective date is 10 January 2020',
        recipientId: 'ga',
        jurisdiction: 'UK_GDPR',
        instrument: 'UK_ADDENDUM',
        inForceOn: '2022-03-21',
        cause: 'INSTRUMENT',
      },
      {
        path: 'effectiveDate',
        code: 'OUT_OF_RANGE',
        message:
          'recipient "Google Analytics": UK Extension to the EU-US Data Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023) (Art. 45(1) UK GDPR and s.17A DPA 2018) cannot be relied on before 12 October 2023; the effective date is 10 January 2020',
        recipientId: 'ga',
        jurisdiction: 'UK_GDPR',
        instrument: 'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
        inForceOn: '2023-10-12',
        cause: 'INSTRUMENT',
      },
    ]);
  });

  it('accepts the day an instrument takes effect, and not the day before', () => {
    expect(transferInstrumentsNotInForce(uk(), '2023-10-11').map((p) => p.instrument)).toEqual([
      'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
    ]);
    expect(transferInstrumentsNotInForce(uk(), '2023-10-12')).toEqual([]);
  });

  it('refuses a date before the recipient’s own certification', () => {
    const late = uk({ dataPrivacyFramework: { certifiedOn: '2025-02-03', ukExtension: true } });
    expect(transferInstrumentsNotInForce(late, '2024-06-01')).toMatchObject([
      {
        instrument: 'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
        inForceOn: '2025-02-03',
        cause: 'CERTIFICATION',
        message:
          'recipient "Google Analytics": its Data Privacy Framework certification dates from 3 February 2025; the effective date is 1 June 2024',
      },
    ]);
  });

  it('names an instrument once per recipient, however many countries it covers', () => {
    const s = snapshot(['EU_GDPR'], [analytics({ processingCountries: ['IN'] })], 'IE');
    expect(policyTransfers(s)[0]!.transfers).toHaveLength(2);
    expect(transferInstrumentsNotInForce(s, '2021-01-01').map((p) => p.instrument)).toEqual([
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'EU_US_DATA_PRIVACY_FRAMEWORK',
    ]);
  });

  it('dates every instrument of a regime no earlier than its law: nothing under the UK GDPR applies in 2020', () => {
    const idta = snapshot(['UK_GDPR'], [analytics({ safeguards: ['UK_IDTA'], country: 'IN' })]);
    const derogation = snapshot(
      ['UK_GDPR'],
      [analytics({ safeguards: ['DEROGATION'], transferDetails: 'Art. 49(1)(b)', country: 'IN' })],
    );
    expect(transferInstrumentsNotInForce(idta, '2020-12-31').map((p) => p.inForceOn)).toEqual(['2022-03-21']);
    expect(transferInstrumentsNotInForce(derogation, '2020-12-31').map((p) => p.inForceOn)).toEqual(['2021-01-01']);
  });
});
