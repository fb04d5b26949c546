/**
 * No English in generated text: every policy rendered in another language, with all the tenant's own text replaced
 * by a neutral token, must contain no English function word. What is left is the renderer's wording (catalogs,
 * citations, names from the domain), so an English word there is a sentence, label or citation left untranslated.
 */
import { JURISDICTIONS, type PolicySnapshot } from '@noticeboard/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from './index.js';
import { RENDER_LANGUAGES } from './language.js';
import { anySnapshot } from './test/arbitraries.js';
import { englishWords } from './english-words.js';
import { fixtureSnapshot, OPTIONS } from './test/fixture.js';

const NEUTRAL = 'Zzq';

/** Strings that are not text a tenant writes: enum values, ids, dates, codes, addresses to link to. */
const NOT_TENANT_TEXT = [
  /^[A-Z][A-Z0-9_]*$/, // enum values
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // ids
  /^\d{4}-\d{2}-\d{2}$/, // dates
  /^[A-Za-z]{2}$/, // country and language codes
  /^#[0-9a-fA-F]{3,8}$/, // colours
  /^[^\s@]+@[^\s@]+$/, // email addresses
  /^https?:\/\/\S+$/, // web addresses
  /^[+\d\s()./-]+$/, // phone numbers, registration numbers
];

/** The snapshot with every text the tenant typed replaced by the neutral token, so only generated text is left. */
function neutralized<T>(value: T): T {
  if (typeof value === 'string') {
    return (NOT_TENANT_TEXT.some((re) => re.test(value)) || !value.trim() ? value : NEUTRAL) as T;
  }
  if (Array.isArray(value)) return value.map(neutralized) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralized(v)])) as T;
  }
  return value;
}

/** The fixture under every regime, so each regime's sections and citations are rendered. */
function everyRegime(): PolicySnapshot {
  const s = fixtureSnapshot();
  return {
    ...s,
    controller: {
      ...s.controller,
      jurisdictions: [...JURISDICTIONS],
      certifications: [
        {
          framework: 'DATA_PRIVACY_FRAMEWORK',
          certifiedOn: '2023-07-17',
          ukExtension: true,
          swissFramework: true,
          recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'Zzq', url: 'https://adr.example' },
          enforcementBody: 'FTC',
        },
      ] as unknown as PolicySnapshot['controller']['certifications'],
    },
    settings: {
      ...s.settings,
      sellsOrSharesPersonalInformation: true,
      soldOrSharedInPreceding12Months: true,
      processesOptOutPreferenceSignals: true,
    } as PolicySnapshot['settings'],
  };
}

const SNAPSHOTS: ReadonlyArray<readonly [string, PolicySnapshot]> = [
  ['fixture', fixtureSnapshot()],
  ['fixture under every regime', everyRegime()],
  ...fc.sample(anySnapshot, { numRuns: 40, seed: 20261207 }).map((s, i) => [`generated policy ${i + 1}`, s] as const),
];

const LANGUAGES = RENDER_LANGUAGES.filter((l) => l !== 'en');

describe('no English in policies rendered in another language', () => {
  it('finds English words when they are there', () => {
    expect(englishWords('Recht auf Auskunft (GDPR Art. 15) — see the table', 'de')).toHaveLength(1);
    expect(englishWords('Informationen, inclus, bonjour, in der Schweiz', 'de')).toEqual([]);
    expect(englishWords('Informationen in der Schweiz', 'fr')).toHaveLength(1);
  });

  it.each(LANGUAGES)('%s', (language) => {
    const leaks = new Set<string>();
    let checked = 0;
    for (const [name, snapshot] of SNAPSHOTS) {
      let rendered;
      try {
        rendered = renderPolicy(neutralized(snapshot), { ...OPTIONS, language, untranslated: 'keep' });
      } catch (e) {
        // A generated snapshot may break a rule the renderer refuses; that is other tests' concern.
        if (name.startsWith('generated')) continue;
        throw e;
      }
      checked++;
      for (const leak of englishWords(rendered.text, language)) leaks.add(`${name}: ${leak}`);
    }
    expect(checked).toBeGreaterThan(SNAPSHOTS.length / 2);
    expect([...leaks]).toEqual([]);
  });
});
