import { describe, expect, it } from 'vitest';
import { policyTitle } from './index.js';

describe('policyTitle', () => {
  it('uses the trading name when the tenant has one', () => {
    expect(
      policyTitle({ controller: { legalName: 'Cloud Officer Limited', tradingName: 'Cloud Officer' } as never }),
    ).toBe('Cloud Officer — Privacy Policy');
  });
  it('falls back to the legal name', () => {
    expect(policyTitle({ controller: { legalName: 'CloudOps JSC', tradingName: null } as never })).toBe(
      'CloudOps JSC — Privacy Policy',
    );
  });
});
