import Holidays from 'date-holidays';

/** A time zone worked out from an address: the zone, and what it was read from (for the portal to show). */
export interface DerivedTimeZone {
  timeZone: string;
  from: 'COUNTRY' | 'REGION';
}

let catalog: Holidays | undefined;
const places = () => (catalog ??= new Holidays());

/** The UTC offset of a zone at an instant, as `GMT+07:00`. */
const offsetAt = (timeZone: string, at: Date): string =>
  new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;

/**
 * Whether zones always agree on the date: the same offsets in January and July (this year and next), so any of
 * them dates a request alike (Vietnam's data lists Asia/Ho_Chi_Minh and Asia/Bangkok, both UTC+7).
 */
function sameClock(zones: readonly string[]): boolean {
  const year = new Date().getUTCFullYear();
  const instants = [year, year + 1].flatMap((y) => [new Date(Date.UTC(y, 0, 15)), new Date(Date.UTC(y, 6, 15))]);
  return instants.every((at) => new Set(zones.map((z) => offsetAt(z, at))).size === 1);
}

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

/** Where an address is, as far as its time zone goes. */
export interface AddressPlace {
  country: string;
  region?: string | null;
}

/**
 * The IANA time zone an address lies in, from the public-holiday data's zones per country and subdivision
 * (date-holidays): a country with one zone (or several that always agree) gives it; otherwise the region (state,
 * province), whose main zone is taken (its first, where a province spans zones: Ontario → America/Toronto). Null when the
 * address does not decide it (the United States without a state): then the tenant must be asked.
 */
export function timeZoneOfAddress(address: AddressPlace | null | undefined): DerivedTimeZone | null {
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
  if (countryZones.length && sameClock(countryZones)) return { timeZone: countryZones[0]!, from: 'COUNTRY' };
  const state = subdivisionOf(country, address?.region);
  const stateZones = state ? zonesOf(state) : [];
  return stateZones.length ? { timeZone: stateZones[0]!, from: 'REGION' } : null;
}

/**
 * The controller's time zone from its profile: the registered office's address, else the first office's, else
 * the country it says it is established in (which decides only for a one-zone country).
 */
export function timeZoneOfController(profile: {
  offices: readonly { registered?: boolean; address: AddressPlace }[];
  establishedIn?: string | null;
}): DerivedTimeZone | null {
  const office = profile.offices.find((o) => o.registered) ?? profile.offices[0];
  if (office) return timeZoneOfAddress(office.address);
  return profile.establishedIn ? timeZoneOfAddress({ country: profile.establishedIn, region: null }) : null;
}
