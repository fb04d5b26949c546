import { describe, expect, it } from 'vitest';
import { timeZoneOfAddress, timeZoneOfController } from './time-zone.js';

describe('the time zone of a controller’s address', () => {
  it.each([
    ['a one-zone country', { country: 'DE' }, 'Europe/Berlin'],
    ['lower case', { country: 'gb' }, 'Europe/London'],
    ['Ireland', { country: 'IE', region: 'Dublin' }, 'Europe/Dublin'],
    ['a country whose zones always agree (Vietnam)', { country: 'VN' }, 'Asia/Ho_Chi_Minh'],
    ['a US state by code', { country: 'US', region: 'CA' }, 'America/Los_Angeles'],
    ['a US state by name', { country: 'US', region: 'California' }, 'America/Los_Angeles'],
    ['a US state as CC-SUB', { country: 'US', region: 'US-NY' }, 'America/New_York'],
    ['a Canadian province spanning zones: its main one', { country: 'CA', region: 'Ontario' }, 'America/Toronto'],
    ['British Columbia', { country: 'CA', region: 'BC' }, 'America/Vancouver'],
    ['a Brazilian state, accents folded', { country: 'BR', region: 'São Paulo' }, 'America/Sao_Paulo'],
  ])('%s', (_what, address, timeZone) => {
    expect(timeZoneOfAddress(address)?.timeZone).toBe(timeZone);
  });

  it.each([
    ['a country with several zones and no region', { country: 'US' }],
    ['a country whose zones differ (New Zealand and the Chatham Islands)', { country: 'NZ' }],
    ['an unknown region', { country: 'US', region: 'Atlantis' }],
    ['no country', { country: '' }],
    ['a code that is no country', { country: 'USA' }],
    ['no address', null],
  ])('asks when the address does not decide it: %s', (_what, address) => {
    expect(timeZoneOfAddress(address)).toBeNull();
  });

  it('says whether the country or the region decided it', () => {
    expect(timeZoneOfAddress({ country: 'FR' })?.from).toBe('COUNTRY');
    expect(timeZoneOfAddress({ country: 'US', region: 'TX' })?.from).toBe('REGION');
  });
});

describe('the time zone of a controller', () => {
  const office = (country: string, region: string | null, registered = false) => ({
    registered,
    address: { country, region },
  });
  it('reads the registered office first, then the first office, then the country of establishment', () => {
    expect(timeZoneOfController({ offices: [office('DE', null), office('US', 'CA', true)] })?.timeZone).toBe(
      'America/Los_Angeles',
    );
    expect(timeZoneOfController({ offices: [office('BR', 'SP'), office('DE', null)] })?.timeZone).toBe(
      'America/Sao_Paulo',
    );
    expect(timeZoneOfController({ offices: [], establishedIn: 'GB' })?.timeZone).toBe('Europe/London');
    expect(timeZoneOfController({ offices: [], establishedIn: 'CA' })).toBeNull();
    expect(timeZoneOfController({ offices: [] })).toBeNull();
  });
});
