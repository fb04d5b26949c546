import { problem, type Problem } from '../common/problem.js';
import {
  JURISDICTION_INFO,
  JURISDICTIONS,
  type Jurisdiction,
  type TransferArea,
} from '../jurisdictions/jurisdiction.js';
import type { PolicySnapshot } from '../policy/policy.js';
import { establishmentCountry } from '../tenants/tenant.js';
import { recipientCountries } from './recipient.js';
import {
  AREA_COUNTRIES,
  coveringInstruments,
  instrumentInForceOn,
  type TransferInstrument,
  type TransferInstrumentId,
} from './transfer.js';

/** A recipient's transfer to some countries, and the instruments that make it lawful (none: a gap). */
export interface PolicyTransfer {
  recipientId: string;
  /** Empty for a recipient without countries (named by category), when such recipients are included. */
  countries: string[];
  instruments: TransferInstrument[];
}

/** The transfers of a policy as one regime sees them, in that regime's instruments. */
export interface RegimeTransfers {
  jurisdiction: Jurisdiction;
  area: TransferArea;
  transfers: PolicyTransfer[];
}

type Transferring = Pick<PolicySnapshot, 'controller' | 'recipients'>;

/**
 * Every transfer of the policy, for each of the controller's regimes with a transfer regime (in JURISDICTIONS
 * order): each recipient's countries outside the regime's area, grouped by the instruments that cover them. Data
 * that stays in the controller's own country does not leave it, whatever the regime's area. With `unplaced`,
 * recipients without any country (named by category) are included too, their instruments taken as recorded.
 */
export function policyTransfers(snapshot: Transferring, options: { unplaced?: boolean } = {}): RegimeTransfers[] {
  const home = establishmentCountry(snapshot.controller);
  const result: RegimeTransfers[] = [];
  for (const jurisdiction of JURISDICTIONS.filter((j) => snapshot.controller.jurisdictions.includes(j))) {
    const area = JURISDICTION_INFO[jurisdiction].transferArea;
    if (!area || result.some((r) => r.area === area)) continue;
    const transfers: PolicyTransfer[] = [];
    for (const r of snapshot.recipients) {
      if (options.unplaced && !recipientCountries(r).length) {
        transfers.push({
          recipientId: r.id,
          countries: [],
          instruments: coveringInstruments(area, null, r).instruments,
        });
        continue;
      }
      const groups = new Map<string, PolicyTransfer>();
      for (const country of recipientCountries(r)) {
        if (country === home || AREA_COUNTRIES[area].includes(country)) continue;
        const { instruments } = coveringInstruments(area, country, r);
        const key = instruments.map((i) => i.id).join(' ');
        const group = groups.get(key);
        if (group) group.countries.push(country);
        else groups.set(key, { recipientId: r.id, countries: [country], instruments });
      }
      transfers.push(...groups.values());
    }
    result.push({ jurisdiction, area, transfers });
  }
  return result;
}

/** An instrument the policy names that does not yet apply on its effective date. */
export interface InstrumentNotInForce extends Problem {
  recipientId: string;
  jurisdiction: Jurisdiction;
  instrument: TransferInstrumentId;
  /** The first date on which the transfer could rest on it (YYYY-MM-DD). */
  inForceOn: string;
  /** Whether the instrument itself, or the recipient's Data Privacy Framework certification, came later. */
  cause: 'INSTRUMENT' | 'CERTIFICATION';
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const inWords = (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`));

/**
 * The instruments a version would name for its transfers that are not in force on its effective date: an
 * instrument adopted later (the UK Extension to the DPF applies from 12 October 2023), or a DPF certification
 * the recipient obtained later. One problem per recipient and instrument, at `effectiveDate`: a version may
 * not say that data moved on a basis that did not yet exist. Recipients without countries count with the
 * instruments they record.
 */
export function transferInstrumentsNotInForce(snapshot: Transferring, effectiveDate: string): InstrumentNotInForce[] {
  const recipients = new Map(snapshot.recipients.map((r) => [r.id, r]));
  const problems: InstrumentNotInForce[] = [];
  const seen = new Set<string>();
  for (const { jurisdiction, transfers } of policyTransfers(snapshot, { unplaced: true })) {
    for (const { recipientId, instruments } of transfers) {
      const r = recipients.get(recipientId)!;
      for (const instrument of instruments) {
        const inForceOn = instrumentInForceOn(instrument, r.dataPrivacyFramework);
        const key = `${recipientId} ${instrument.id}`;
        if (inForceOn <= effectiveDate || seen.has(key)) continue;
        seen.add(key);
        const cause = inForceOn === instrument.inForceOn ? 'INSTRUMENT' : 'CERTIFICATION';
        const what =
          cause === 'INSTRUMENT'
            ? `${instrument.name} (${instrument.citation}) cannot be relied on before ${inWords(inForceOn)}`
            : `its Data Privacy Framework certification dates from ${inWords(inForceOn)}`;
        problems.push({
          ...problem(
            'effectiveDate',
            'OUT_OF_RANGE',
            `recipient "${r.name}": ${what}; the effective date is ${inWords(effectiveDate)}`,
          ),
          recipientId,
          jurisdiction,
          instrument: instrument.id,
          inForceOn,
          cause,
        });
      }
    }
  }
  return problems;
}
