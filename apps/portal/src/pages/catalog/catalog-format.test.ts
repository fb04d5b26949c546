import { describe, expect, test } from 'vitest';
import {
  countryList,
  describeOutcome,
  entryInput,
  languageProgress,
  outcomeTally,
  placeTranslationProblems,
  progressWords,
  reachedTenants,
  translationInputs,
  translationProblemPath,
  translationView,
  type EntryFormValues,
  type StoredTranslation,
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

describe('translations', () => {
  const english = { name: 'Postmark', service: 'transactional email', transferDetails: 'SCCs on request' };
  const current = (language: string, field: string, value: string): StoredTranslation => ({
    language,
    field,
    value,
    source: english[field as keyof typeof english],
    state: 'CURRENT',
  });
  const stored: StoredTranslation[] = [
    current('DE', 'service', 'Transaktions-E-Mail'),
    { language: 'DE', field: 'transferDetails', value: 'SVK', source: 'SCCs', state: 'OUTDATED' },
    current('FR', 'service', 'e-mail transactionnel'),
    { language: 'IT', field: 'service', value: 'transactional email', source: '', state: 'UNTRANSLATED' },
  ];

  test('the whole set is sent back as stored when nothing was edited: outdated stays outdated, a copy a copy', () => {
    expect(translationInputs(stored, {}, english)).toEqual([
      { language: 'DE', field: 'service', value: 'Transaktions-E-Mail', untranslated: false, confirmed: false },
      { language: 'DE', field: 'transferDetails', value: 'SVK', untranslated: false, confirmed: false },
      { language: 'FR', field: 'service', value: 'e-mail transactionnel', untranslated: false, confirmed: false },
      { language: 'IT', field: 'service', value: 'transactional email', untranslated: true, confirmed: false },
    ]);
  });

  test('edits are added, an emptied field is removed and “still correct” confirms an outdated one', () => {
    const inputs = translationInputs(
      stored,
      {
        'DE.transferDetails': { value: 'SVK', confirmed: true },
        'FR.service': { value: '  ', confirmed: false },
        'ES.service': { value: ' correo transaccional ', confirmed: false },
        'ES.name': { value: 'Postmark', confirmed: false },
        'IT.service': { value: 'e-mail transazionali', confirmed: false },
      },
      english,
    );
    expect(inputs).toEqual([
      { language: 'DE', field: 'service', value: 'Transaktions-E-Mail', untranslated: false, confirmed: false },
      { language: 'DE', field: 'transferDetails', value: 'SVK', untranslated: false, confirmed: true },
      { language: 'ES', field: 'name', value: 'Postmark', untranslated: false, confirmed: false },
      { language: 'ES', field: 'service', value: 'correo transaccional', untranslated: false, confirmed: false },
      { language: 'IT', field: 'service', value: 'e-mail transazionali', untranslated: false, confirmed: false },
    ]);
  });

  test('a field whose English was cleared loses its translations (the API keeps none of an empty field)', () => {
    const inputs = translationInputs(
      stored,
      { 'ES.service': { value: 'correo', confirmed: false } },
      {
        ...english,
        service: ' ',
      },
    );
    expect(inputs.map((t) => `${t.language}.${t.field}`)).toEqual(['DE.transferDetails']);
  });

  test('states as the dialog stands: changed English outdates an unchanged translation, an edit makes it current', () => {
    const changed = { ...english, service: 'email delivery' };
    expect(translationView(stored, {}, english, 'DE', 'service')).toMatchObject({ state: 'CURRENT', madeFrom: null });
    expect(translationView(stored, {}, changed, 'DE', 'service')).toMatchObject({
      state: 'OUTDATED',
      madeFrom: 'transactional email',
      confirmable: true,
    });
    expect(
      translationView(stored, { 'DE.service': { value: 'E-Mail-Versand', confirmed: false } }, changed, 'DE', 'service')
        .state,
    ).toBe('CURRENT');
    expect(translationView(stored, {}, english, 'DE', 'transferDetails')).toMatchObject({
      state: 'OUTDATED',
      madeFrom: 'SCCs',
    });
    expect(
      translationView(
        stored,
        { 'DE.transferDetails': { value: 'SVK', confirmed: true } },
        english,
        'DE',
        'transferDetails',
      ),
    ).toMatchObject({ state: 'CURRENT', confirmed: true });
    expect(translationView(stored, {}, english, 'IT', 'service')).toMatchObject({
      state: 'UNTRANSLATED',
      madeFrom: null,
    });
    expect(translationView(stored, {}, english, 'ES', 'service').state).toBe('MISSING');
  });

  test('a language is complete when every text but the name has a current translation', () => {
    const progress = languageProgress(stored, english);
    expect(progress.map((p) => [p.language, p.complete])).toEqual([
      ['DE', false],
      ['FR', false],
      ['ES', false],
      ['IT', false],
    ]);
    expect(progress.map(progressWords)).toEqual([
      'German: 1 outdated',
      'French: 1 missing',
      'Spanish: 2 missing',
      'Italian: 1 missing, 1 untranslated',
    ]);
    // Without transfer details, French needs only its service; a name left out never counts.
    const french = languageProgress(stored, { ...english, transferDetails: null })[1]!;
    expect(french).toEqual({ language: 'FR', complete: true, missing: 0, outdated: 0, untranslated: 0 });
    expect(progressWords(french)).toBe('French: complete');
    // A translated name that no longer matches the name does.
    const renamed = languageProgress(
      [...stored, { language: 'FR', field: 'name', value: 'Postmarque', source: 'Postmark', state: 'CURRENT' }],
      { ...english, name: 'Postmark Inc.', transferDetails: null },
    )[1]!;
    expect(renamed).toMatchObject({ complete: false, outdated: 1 });
  });

  test('problems at translations.<index> are placed at the field of the translation sent at that index', () => {
    const sent = [
      { language: 'DE' as const, field: 'service' as const },
      { language: 'FR' as const, field: 'transferDetails' as const },
    ];
    expect(translationProblemPath('translations.1.value', sent)).toBe('translations.FR.transferDetails');
    expect(translationProblemPath('translations.0.field', sent)).toBe('translations.DE.service');
    expect(translationProblemPath('translations.0', sent)).toBe('translations.DE.service');
    expect(translationProblemPath('translations.7.value', sent)).toBe('translations.7.value');
    expect(translationProblemPath('service', sent)).toBe('service');
    expect(translationProblemPath('translations.10.value', sent)).toBe('translations.10.value');
    expect(
      placeTranslationProblems([{ path: 'translations.1.value', code: 'REQUIRED', message: 'required' }], sent),
    ).toEqual([{ path: 'translations.FR.transferDetails', code: 'REQUIRED', message: 'required' }]);
  });
});
