import Holidays from 'date-holidays';
import { type Address } from '../common/fields.js';

/** A time zone worked out from an address: the zone, and what it was read from (for the portal to show). */
export interface DerivedTimeZone {
  timeZone: string;
  from: 'COUNTRY' | 'REGION';
}

let catalog: Holidays | undefined;
const places = () => (catalog ??= new Holidays());

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** The subdivision code for a region as people write it: its code (`CA`, `ON`, `SP`) or its name (`California`). */
function subdivisionOf(country: string, region: string | null | undefined): string | null {
  const given = region?.trim();
  if (!given) return null;
  const states = (places().getStates(country) ?? {}) as Record<string, string>;
  const code = given.toUpperCase().replace(new RegExp(`^${country}-`), '');
  if (code in states) return code;
  const name = fold(given);
  return Object.entries(states).find(([, label]) => fold(label) === name)?.[0] ?? null;
}

/**
 * The IANA time zone an address lies in, from the public-holiday data's zones per country and subdivision
 * (date-holidays): a country with one zone gives it; a country with several needs the region (state, province),
 * whose main zone is taken (its first, where a province spans zones: Ontario → America/Toronto). Null when the
 * address does not decide it (the United States without a state): then the tenant must be asked.
 */
export function timeZoneOfAddress(
  address: Pick<Address, 'country' | 'region'> | null | undefined,
): DerivedTimeZone | null {
  const country = address?.country?.trim().toUpperCase();
  if (!country || !/^[A-Z]{2}$/.test(country)) return null;
  const zonesOf = (state?: string): string[] => {
    try {
      return (state ? new Holidays(country, state) : new Holidays(country)).getTimezones() ?? [];
    } catch {
      return [];
    }
  };
  const countryZones = zonesOf();
  if (countryZones.length === 1) return { timeZone: countryZones[0]!, from: 'COUNTRY' };
  const state = subdivisionOf(country, address?.region);
  const stateZones = state ? zonesOf(state) : [];
  return stateZones.length ? { timeZone: stateZones[0]!, from: 'REGION' } : null;
}

/**
 * The controller's time zone from its profile: the registered office's address, else the first office's, else
 * the country it says it is established in (which decides only for a one-zone country).
 */
export function timeZoneOfController(profile: {
  offices: readonly { registered?: boolean; address: Pick<Address, 'country' | 'region'> }[];
  establishedIn?: string | null;
}): DerivedTimeZone | null {
  const office = profile.offices.find((o) => o.registered) ?? profile.offices[0];
  if (office) return timeZoneOfAddress(office.address);
  return profile.establishedIn ? timeZoneOfAddress({ country: profile.establishedIn, region: null }) : null;
}
