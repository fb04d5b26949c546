import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import {
  DEFAULT_POLICY_SETTINGS,
  SECURITY_MEASURES,
  policySettings,
  policySettingsProblems,
  validatePolicySettings,
} from './policy-settings.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

/** The California, Brazil and Canada fields, each null until given. */
const REGIONAL_UNANSWERED = {
  sellsOrSharesPersonalInformationOfMinors: null,
  processesOptOutPreferenceSignals: null,
  operatesExclusivelyOnline: null,
  offersFinancialIncentives: null,
  tollFreeNumber: null,
  doNotSellOrShareUrl: null,
  limitSensitiveUseUrl: null,
  financialIncentiveNoticeUrl: null,
  authorisedAgentProof: null,
  verificationProcess: null,
  processesChildrensData: null,
  childrensDataTypes: null,
  parentalConsentProcess: null,
  accountablePersonName: null,
  accountablePersonTitle: null,
  accountablePersonEmail: null,
};

/** The general statements, none answered. */
const GENERAL_UNANSWERED = {
  sellsPersonalData: null,
  volunteeredSpecialCategoryData: null,
  dataAboutOthers: null,
  enquiryResponseTime: null,
  generalRetention: null,
} as const;

describe('SECURITY_MEASURES', () => {
  it('lists ten measures, encryption first', () => {
    expect(SECURITY_MEASURES).toHaveLength(10);
    expect(SECURITY_MEASURES.slice(0, 2)).toEqual(['ENCRYPTION_IN_TRANSIT', 'ENCRYPTION_AT_REST']);
  });
});

describe('DEFAULT_POLICY_SETTINGS', () => {
  it('says nothing specific and answers no question (a statement of absence needs an explicit no)', () => {
    expect(DEFAULT_POLICY_SETTINGS).toEqual({
      rightsContactEmail: null,
      rightsContactUrl: null,
      rightsContactChannel: null,
      childrenMinimumAge: null,
      securityMeasures: [],
      automatedDecisionMaking: null,
      internationalTransfers: null,
      disclosesPersonalData: null,
      sellsOrSharesPersonalInformation: null,
      soldOrSharedInPreceding12Months: null,
      sensitivePersonalInformationOnlyForPermittedUses: null,
      rightsRequestsFreeOfCharge: null,
      ...REGIONAL_UNANSWERED,
      changeNotice: null,
      policyUrl: null,
      ...GENERAL_UNANSWERED,
      accentColor: null,
      publishedLanguages: [],
    });
  });
});

describe('validatePolicySettings', () => {
  it('accepts empty settings as the defaults', () => {
    expect(validatePolicySettings({})).toEqual({ ok: true, value: DEFAULT_POLICY_SETTINGS });
  });

  it('normalises the settings', () => {
    expect(
      validatePolicySettings({
        rightsContactEmail: ' Rights@Acme.Example ',
        rightsContactUrl: ' https://acme.example/rights ',
        childrenMinimumAge: 16,
        securityMeasures: ['BACKUPS', 'ENCRYPTION_AT_REST', 'BACKUPS', 'ENCRYPTION_IN_TRANSIT'],
        sellsOrSharesPersonalInformation: true,
        automatedDecisionMaking: false,
        changeNotice: ' We email you. ',
        accentColor: '#1A6DD1',
        publishedLanguages: ['it', 'de', 'it'],
      }),
    ).toEqual({
      ok: true,
      value: {
        rightsContactEmail: 'rights@acme.example',
        rightsContactUrl: 'https://acme.example/rights',
        rightsContactChannel: null,
        childrenMinimumAge: 16,
        securityMeasures: ['ENCRYPTION_IN_TRANSIT', 'ENCRYPTION_AT_REST', 'BACKUPS'],
        automatedDecisionMaking: false,
        internationalTransfers: null,
        disclosesPersonalData: null,
        sellsOrSharesPersonalInformation: true,
        soldOrSharedInPreceding12Months: null,
        sensitivePersonalInformationOnlyForPermittedUses: null,
        rightsRequestsFreeOfCharge: null,
        ...REGIONAL_UNANSWERED,
        changeNotice: 'We email you.',
        policyUrl: null,
        ...GENERAL_UNANSWERED,
        accentColor: '#1a6dd1',
        publishedLanguages: ['de', 'it'],
      },
    });
  });

  it.each([1, 21])('accepts a minimum age of %i', (age) => {
    expect(validatePolicySettings({ childrenMinimumAge: age })).toMatchObject({
      ok: true,
      value: { childrenMinimumAge: age },
    });
  });

  it.each([
    ['a minimum age of 0', { childrenMinimumAge: 0 }, 'childrenMinimumAge', 'OUT_OF_RANGE'],
    ['a minimum age of 22', { childrenMinimumAge: 22 }, 'childrenMinimumAge', 'OUT_OF_RANGE'],
    ['a fractional minimum age', { childrenMinimumAge: 13.5 }, 'childrenMinimumAge', 'INVALID_FORMAT'],
    ['an unknown security measure', { securityMeasures: ['FIREWALL'] }, 'securityMeasures.0', 'INVALID_FORMAT'],
    ['a malformed rights email', { rightsContactEmail: 'rights' }, 'rightsContactEmail', 'INVALID_FORMAT'],
    [
      'a rights URL without a scheme',
      { rightsContactUrl: 'acme.example/rights' },
      'rightsContactUrl',
      'INVALID_FORMAT',
    ],
    ['a named colour', { accentColor: 'blue' }, 'accentColor', 'INVALID_FORMAT'],
    ['a three-digit colour', { accentColor: '#fff' }, 'accentColor', 'INVALID_FORMAT'],
    ['a colour without #', { accentColor: '1a6dd1' }, 'accentColor', 'INVALID_FORMAT'],
    ['a change notice over 1000 characters', { changeNotice: 'x'.repeat(1001) }, 'changeNotice', 'TOO_LONG'],
    [
      'a non-boolean sale flag',
      { sellsOrSharesPersonalInformation: 'no' },
      'sellsOrSharesPersonalInformation',
      'INVALID_FORMAT',
    ],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validatePolicySettings(input))).toEqual([{ path, code }]);
  });

  it.each(['http://acme.example/rights', 'HTTP://acme.example/rights', 'Http://acme.example/rights'])(
    'refuses a rights page on plain http (%s)',
    (url) => {
      expect(validatePolicySettings({ rightsContactUrl: url })).toEqual({
        ok: false,
        problems: [
          { path: 'rightsContactUrl', code: 'NOT_ALLOWED', message: 'the rights request page must use https' },
        ],
      });
    },
  );

  it('accepts a rights page on https in any case', () => {
    expect(validatePolicySettings({ rightsContactUrl: 'HTTPS://acme.example/rights' }).ok).toBe(true);
  });
});

describe('policySettingsProblems', () => {
  it('finds nothing without a rights URL', () => {
    expect(policySettingsProblems(DEFAULT_POLICY_SETTINGS)).toEqual([]);
  });

  it('checks a parsed value directly', () => {
    const parsed = policySettings.parse({ rightsContactUrl: 'http://acme.example' });
    expect(policySettingsProblems(parsed).map((p) => [p.path, p.code])).toEqual([['rightsContactUrl', 'NOT_ALLOWED']]);
  });
});

describe('clearing the accent colour', () => {
  it('treats an empty string as no colour, like other optional fields', () => {
    expect(validatePolicySettings({ accentColor: '' })).toMatchObject({ ok: true, value: { accentColor: null } });
  });
});

describe('another channel for rights requests', () => {
  it('is trimmed, and cleared by an empty string', () => {
    expect(
      validatePolicySettings({ rightsContactChannel: '  raise a support ticket within the customer portal ' }),
    ).toMatchObject({
      ok: true,
      value: { rightsContactChannel: 'raise a support ticket within the customer portal' },
    });
    expect(validatePolicySettings({ rightsContactChannel: '  ' })).toMatchObject({
      ok: true,
      value: { rightsContactChannel: null },
    });
  });

  it('stands beside the email and the page, which keep their own rules', () => {
    const result = validatePolicySettings({
      rightsContactEmail: 'rights@acme.example',
      rightsContactUrl: 'http://acme.example/rights',
      rightsContactChannel: 'raise a support ticket within the customer portal',
    });
    expect(refused(result)).toEqual([{ path: 'rightsContactUrl', code: 'NOT_ALLOWED' }]);
  });

  it('refuses more than 300 characters', () => {
    expect(refused(validatePolicySettings({ rightsContactChannel: 'x'.repeat(301) }))).toEqual([
      { path: 'rightsContactChannel', code: 'TOO_LONG' },
    ]);
  });
});

describe("the address of the controller's own copy of the policy", () => {
  it('accepts the company page as stated, plain http included', () => {
    expect(validatePolicySettings({ policyUrl: ' http://www.CloudSentric.com/company/privacy-policy ' })).toMatchObject(
      {
        ok: true,
        value: { policyUrl: 'http://www.CloudSentric.com/company/privacy-policy' },
      },
    );
    expect(validatePolicySettings({ policyUrl: 'https://acme.example/privacy' }).ok).toBe(true);
  });

  it('is cleared by an empty string', () => {
    expect(validatePolicySettings({ policyUrl: '' })).toMatchObject({ ok: true, value: { policyUrl: null } });
  });

  it.each([
    ['without a scheme', 'www.acme.example/privacy'],
    ['on another scheme', 'ftp://acme.example/privacy'],
  ])('refuses an address %s', (_what, url) => {
    expect(refused(validatePolicySettings({ policyUrl: url }))).toEqual([
      { path: 'policyUrl', code: 'INVALID_FORMAT' },
    ]);
  });
});

describe('regional disclosures (CCPA, LGPD, PIPEDA)', () => {
  it('normalises the California, Brazil and Canada fields', () => {
    expect(
      validatePolicySettings({
        operatesExclusivelyOnline: false,
        tollFreeNumber: ' +1 800 555 0100 ',
        doNotSellOrShareUrl: ' https://acme.example/do-not-sell ',
        limitSensitiveUseUrl: 'https://acme.example/limit',
        authorisedAgentProof: 'SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION',
        verificationProcess: ' we match your email with our records ',
        processesChildrensData: true,
        childrensDataTypes: 'name and school year, to run the class account',
        parentalConsentProcess: 'a parent confirms by email before the account opens',
        accountablePersonName: ' Priya Officer ',
        accountablePersonTitle: 'Privacy Officer',
        accountablePersonEmail: 'Privacy@Acme.Example',
      }),
    ).toMatchObject({
      ok: true,
      value: {
        operatesExclusivelyOnline: false,
        tollFreeNumber: '+1 800 555 0100',
        doNotSellOrShareUrl: 'https://acme.example/do-not-sell',
        authorisedAgentProof: 'SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION',
        verificationProcess: 'we match your email with our records',
        accountablePersonName: 'Priya Officer',
        accountablePersonEmail: 'privacy@acme.example',
      },
    });
  });

  it.each([
    ['doNotSellOrShareUrl', 'the “Do Not Sell or Share” page must use https'],
    ['limitSensitiveUseUrl', 'the “Limit the Use of My Sensitive Personal Information” page must use https'],
    ['financialIncentiveNoticeUrl', 'the notice of financial incentive must use https'],
  ])('refuses %s on plain http', (field, message) => {
    expect(validatePolicySettings({ offersFinancialIncentives: true, [field]: 'http://acme.example/page' })).toEqual({
      ok: false,
      problems: [{ path: field, code: 'NOT_ALLOWED', message }],
    });
  });

  it.each([
    ['an unknown agent proof', { authorisedAgentProof: 'NOTARISED' }, 'authorisedAgentProof', 'INVALID_FORMAT'],
    [
      'a notice of financial incentive with the answer that none is offered',
      { offersFinancialIncentives: false, financialIncentiveNoticeUrl: 'https://acme.example/incentive' },
      'financialIncentiveNoticeUrl',
      'INCONSISTENT',
    ],
    [
      "children's data described with the answer that none is processed",
      { processesChildrensData: false, childrensDataTypes: 'names' },
      'childrensDataTypes',
      'INCONSISTENT',
    ],
    [
      'an accountable person with an email but neither name nor title',
      { accountablePersonEmail: 'privacy@acme.example' },
      'accountablePersonTitle',
      'REQUIRED',
    ],
    [
      'a verification process over 1000 characters',
      { verificationProcess: 'x'.repeat(1001) },
      'verificationProcess',
      'TOO_LONG',
    ],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validatePolicySettings(input))).toEqual([{ path, code }]);
  });
});

describe('general statements', () => {
  it('takes a company-wide retention rule, refusing an empty one', () => {
    expect(
      validatePolicySettings({ generalRetention: { criteria: 'Until the contract ends, then 6 years.' } }),
    ).toMatchObject({
      ok: true,
      value: { generalRetention: { period: null, criteria: 'Until the contract ends, then 6 years.' } },
    });
    const empty = validatePolicySettings({ generalRetention: { criteria: ' ' } });
    expect(empty.ok ? [] : empty.problems.map((p) => [p.path, p.code])).toEqual([['generalRetention', 'REQUIRED']]);
  });

  it('takes a response time for general enquiries, a handling of volunteered special-category data and data about others', () => {
    expect(
      validatePolicySettings({
        enquiryResponseTime: { amount: 2, unit: 'BUSINESS_DAYS' },
        volunteeredSpecialCategoryData: 'DELETED',
        dataAboutOthers: ' the names of colleagues you invite ',
        sellsPersonalData: false,
      }),
    ).toMatchObject({
      ok: true,
      value: {
        enquiryResponseTime: { amount: 2, unit: 'BUSINESS_DAYS' },
        volunteeredSpecialCategoryData: 'DELETED',
        dataAboutOthers: 'the names of colleagues you invite',
        sellsPersonalData: false,
      },
    });
    const late = validatePolicySettings({ enquiryResponseTime: { amount: 0, unit: 'DAYS' } });
    expect(late.ok).toBe(false);
  });
});
