import { describe, expect, test } from 'vitest';
import {
  countryList,
  describeOutcome,
  entryInput,
  outcomeTally,
  reachedTenants,
  type EntryFormValues,
} from './catalog-format.js';

const EMPTY: EntryFormValues = {
  name: '',
  role: 'PROCESSOR',
  service: '',
  legalEntity: '',
  streetAddress: '',
  locality: '',
  postalCode: '',
  region: '',
  addressCountry: '',
  country: '',
  processingCountries: '',
  safeguards: [],
  transferDetails: '',
  dataPrivacyFramework: null,
  privacyPolicyUrl: '',
  optOutUrl: '',
};

describe('entry input', () => {
  test('empty fields are sent as null, so clearing a field clears it; no address when none of it was filled in', () => {
    expect(entryInput({ ...EMPTY, name: '  Postmark  ' })).toEqual({
      name: 'Postmark',
      role: 'PROCESSOR',
      service: null,
      legalEntity: null,
      address: null,
      country: null,
      processingCountries: [],
      safeguards: [],
      transferDetails: null,
      dataPrivacyFramework: null,
      privacyPolicyUrl: null,
      optOutUrl: null,
    });
  });

  test('country codes are upper-cased and a partly filled address is sent for the API to judge', () => {
    const input = entryInput({
      ...EMPTY,
      name: 'Postmark',
      country: 'us',
      streetAddress: '1 Main St',
      addressCountry: 'us',
      processingCountries: 'us, de  us',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
    });
    expect(input.address).toEqual({
      streetAddress: '1 Main St',
      locality: '',
      postalCode: null,
      region: null,
      country: 'US',
    });
    expect(input.country).toBe('US');
    expect(input.processingCountries).toEqual(['US', 'DE']);
    expect(input.safeguards).toEqual(['STANDARD_CONTRACTUAL_CLAUSES']);
  });

  test('a Data Privacy Framework certification goes with the framework, and is cleared with it', () => {
    const certification = { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: false };
    const certified = { ...EMPTY, name: 'Postmark', dataPrivacyFramework: certification };
    expect(entryInput({ ...certified, safeguards: ['DATA_PRIVACY_FRAMEWORK'] }).dataPrivacyFramework).toEqual(
      certification,
    );
    expect(entryInput({ ...certified, safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'] }).dataPrivacyFramework).toBeNull();
  });

  test('country lists accept commas, semicolons and spaces', () => {
    expect(countryList(' gb;fr ,  ch ')).toEqual(['GB', 'FR', 'CH']);
    expect(countryList('')).toEqual([]);
  });
});

describe('republish outcomes', () => {
  test('each result reads as what happened to the client', () => {
    expect(describeOutcome({ __typename: 'PolicyVersion', version: 4, effectiveDate: '2026-03-01' })).toEqual({
      kind: 'published',
      text: 'Published version 4',
    });
    expect(
      describeOutcome({
        __typename: 'PolicyIncomplete',
        message: 'incomplete',
        completeness: [{ severity: 'ERROR' }, { severity: 'WARNING' }, { severity: 'ERROR' }],
      }),
    ).toEqual({ kind: 'incomplete', text: 'Skipped: the draft is incomplete (2 problems to fix)' });
    expect(describeOutcome({ __typename: 'PolicyUnchanged', message: 'unchanged', latestVersion: 2 })).toEqual({
      kind: 'unchanged',
      text: 'Unchanged: version 2 is already the same',
    });
    expect(
      describeOutcome({
        __typename: 'ValidationFailed',
        message: 'invalid',
        problems: [{ path: 'changeSummary', code: 'REQUIRED', message: 'say what changed' }],
      }).kind,
    ).toBe('refused');
  });

  test('the tally counts each kind and leaves out the kinds that did not happen', () => {
    expect(outcomeTally(['published', 'incomplete', 'published', 'unchanged'])).toBe(
      '2 published, 1 skipped as incomplete, 1 unchanged',
    );
    expect(outcomeTally([])).toBe('nothing to do');
  });
});

test('every client any entry reaches is listed once, by name', () => {
  const link = (tenantId: string, tenantName: string) => ({ tenantId, tenantSlug: tenantId, tenantName });
  expect(
    reachedTenants([
      { linkedTenants: [link('b', 'Bakery'), link('a', 'Atelier')] },
      { linkedTenants: [link('b', 'Bakery')] },
      { linkedTenants: [] },
    ]).map((t) => t.tenantName),
  ).toEqual(['Atelier', 'Bakery']);
});
