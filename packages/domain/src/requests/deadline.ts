import { isStorableText } from '../common/fields.js';
import { problem, type Problem, type Validated } from '../common/problem.js';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { AREA_COUNTRIES } from '../recipients/transfer.js';
import {
  calendarDateIn,
  daysBetween,
  earlierOf,
  holidayRegionCode,
  isPlainDate,
  isTimeZone,
  nextWorkingDay,
  parseHolidayRegion,
  plusDays,
  plusMonths,
  plusWorkingDays,
  type HolidayRegion,
  type PlainDate,
} from './calendar.js';
import { isRequestTypeAvailable, requestTypeNotAvailable, type RequestType } from './request-type.js';

export type DeadlinePeriod =
  | { unit: 'MONTHS'; count: number }
  | { unit: 'DAYS'; count: number }
  /** Monday to Friday, less the public holidays of the rule's holiday region. */
  | { unit: 'BUSINESS_DAYS'; count: number };

/** Why more time is taken: the regime's general ground, or (PIPEDA s. 8(4)(b)) converting into an alternative format. */
export const EXTENSION_GROUNDS = ['GENERAL', 'ALTERNATIVE_FORMAT'] as const;
export type ExtensionGround = (typeof EXTENSION_GROUNDS)[number];

/** How a regime lets the controller take longer. */
export type ExtensionRule =
  | { kind: 'NONE' }
  /** Up to `total`, counted from the clock's start like the first period. */
  | { kind: 'FIXED'; total: DeadlinePeriod; citation: string; description: string }
  /** The controller names the new date itself; the law sets no cap. */
  | { kind: 'CONTROLLER_DATE'; citation: string; description: string };

/**
 * What the controller may wait for from the requester: proof of identity (GDPR Art. 12(6)), a fee where one may
 * be charged, or clarification of what the request is about.
 */
export const CLOCK_WAITS = ['IDENTITY', 'FEE', 'CLARIFICATION'] as const;
export type ClockWait = (typeof CLOCK_WAITS)[number];

/**
 * What waiting does to the period: it keeps running (most regimes: the period runs from receipt whatever the
 * controller asks), starts again from the day the answer arrives, or stands still while the controller waits and
 * then runs on with the days already counted.
 */
export type WaitEffect = 'RUNS' | 'RESTARTS' | 'PAUSES';

/** One wait: asked on `requestedOn`, answered on `receivedOn` (null while still waiting). */
export interface ClockWaitPeriod {
  wait: ClockWait;
  requestedOn: PlainDate;
  receivedOn: PlainDate | null;
}

const RUNS_THROUGH: Readonly<Record<ClockWait, WaitEffect>> = { IDENTITY: 'RUNS', FEE: 'RUNS', CLARIFICATION: 'RUNS' };

export interface DeadlineRule {
  jurisdiction: Jurisdiction;
  /** The request types this rule is for; null for every type not claimed by a more specific rule. */
  types: readonly RequestType[] | null;
  period: DeadlinePeriod;
  /** A last day on a Saturday, Sunday or public holiday moves to the next working day. */
  rollsToWorkingDay: boolean;
  /** What waiting for identity, a fee or clarification does to the period. */
  waits: Readonly<Record<ClockWait, WaitEffect>>;
  /** Whether the law itself sets the period; false where it only says "without delay" and the rule is a working target. */
  statutory: boolean;
  acknowledgement: { period: DeadlinePeriod; citation: string } | null;
  extension: ExtensionRule;
  /** PIPEDA s. 8(4)(b): as long as converting the information into an alternative format takes. */
  alternativeFormatExtension?: { citation: string; description: string };
  /** Where waiting changes the clock, the provision that says so. */
  waitCitation?: string;
  /** Countries whose public holidays may count: the tenant's region is used only when it lies in one of them. */
  holidayCountries: readonly string[];
  /** Holidays used otherwise; null: weekends only. */
  defaultHolidayRegion: string | null;
  citation: string;
  description: string;
}

const UK_NATIONS = ['ENG', 'WLS', 'SCT', 'NIR'] as const;

/** One rule per regime (and per request type where the law differs). Dates are counted from the clock's start, its day excluded. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    jurisdiction: 'EU_GDPR',
    types: null,
    period: { unit: 'MONTHS', count: 1 },
    rollsToWorkingDay: true,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: null,
    extension: {
      kind: 'FIXED',
      total: { unit: 'MONTHS', count: 3 },
      citation: 'GDPR Art. 12(3), second and third sentences',
      description:
        'By two further months where necessary, given the complexity and number of requests; the data subject must be told, with the reasons, within the first month.',
    },
    holidayCountries: AREA_COUNTRIES.EEA, // 1182/71 Art. 2: the Member State's public holidays
    defaultHolidayRegion: null,
    citation: 'GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71, Art. 3',
    description:
      'One month from receipt: the same date next month, or the last day of that month when it has no such date; a Saturday, Sunday or public holiday moves it to the next working day. The period runs from receipt, also while identity or clarification is awaited (EDPB Guidelines 01/2022, section 5.3); the extension may be taken at any time within the first month.',
  },
  {
    jurisdiction: 'UK_GDPR',
    types: null,
    period: { unit: 'MONTHS', count: 1 },
    rollsToWorkingDay: true,
    waits: { IDENTITY: 'RESTARTS', FEE: 'RESTARTS', CLARIFICATION: 'PAUSES' },
    waitCitation: 'UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025, s. 76)',
    statutory: true,
    acknowledgement: null,
    extension: {
      kind: 'FIXED',
      total: { unit: 'MONTHS', count: 3 },
      citation: 'UK GDPR Art. 12(3), second and third sentences',
      description:
        'By two further months where the request is complex or one of several from the person; they must be told, with the reasons, within the first month.',
    },
    holidayCountries: ['GB'],
    defaultHolidayRegion: 'GB-ENG',
    citation: 'UK GDPR Art. 12(3) and Art. 12A; ICO guidance on the right of access, "How long do we have to comply?"',
    description:
      'One month from the day of receipt to the corresponding date next month, or the last day of that month when it has none; a weekend or bank holiday moves it to the next working day. Where identity information or a fee was asked for, the month starts on the day it arrives; while clarification is awaited the clock stops, and it runs on with the days already counted once the answer arrives.',
  },
  {
    jurisdiction: 'CCPA_CPRA',
    types: ['OPT_OUT_SALE_SHARING'],
    period: { unit: 'BUSINESS_DAYS', count: 15 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: null,
    extension: { kind: 'NONE' },
    holidayCountries: ['US'],
    defaultHolidayRegion: 'US',
    citation: 'Cal. Code Regs. tit. 11, § 7026(f)(1)',
    description:
      'Stop selling and sharing as soon as feasibly possible and no later than 15 business days from receipt; no extension, and no verification may be required. Third parties the information was sold or shared to since the request must be told (§ 7026(f)(2)).',
  },
  {
    jurisdiction: 'CCPA_CPRA',
    types: ['LIMIT_SENSITIVE_USE'],
    period: { unit: 'BUSINESS_DAYS', count: 15 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: null,
    extension: { kind: 'NONE' },
    holidayCountries: ['US'],
    defaultHolidayRegion: 'US',
    citation: 'Cal. Code Regs. tit. 11, § 7027(g)',
    description:
      'Stop using and disclosing sensitive personal information beyond the permitted purposes as soon as feasibly possible and no later than 15 business days from receipt; no extension, and no verification may be required. Third parties it was disclosed to since the request must be told (§ 7027(g)).',
  },
  {
    jurisdiction: 'CCPA_CPRA',
    types: null,
    period: { unit: 'DAYS', count: 45 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: { period: { unit: 'BUSINESS_DAYS', count: 10 }, citation: 'Cal. Code Regs. tit. 11, § 7021(a)' },
    extension: {
      kind: 'FIXED',
      total: { unit: 'DAYS', count: 90 },
      citation: 'Cal. Code Regs. tit. 11, § 7021(b); Cal. Civ. Code § 1798.130(a)(2)(A)',
      description:
        'Once, by up to 45 more calendar days (90 in all from receipt), with notice and the reason given within the first 45 days.',
    },
    holidayCountries: ['US'],
    defaultHolidayRegion: 'US',
    citation: 'Cal. Code Regs. tit. 11, § 7021(b); Cal. Civ. Code § 1798.130(a)(2)(A)',
    description:
      'No later than 45 calendar days after receipt, whatever time verification takes; receipt must be confirmed within 10 business days.',
  },
  {
    jurisdiction: 'LGPD',
    types: ['ACCESS'],
    period: { unit: 'DAYS', count: 15 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    // Art. 19, I: confirmation of processing in simplified form, at once.
    acknowledgement: { period: { unit: 'DAYS', count: 0 }, citation: 'LGPD Art. 19, I' },
    extension: { kind: 'NONE' },
    holidayCountries: [],
    defaultHolidayRegion: null,
    citation: 'LGPD Art. 19, I and II',
    description:
      'Confirmation that data are processed, in simplified form, at once; a clear and complete statement (origin, criteria, purposes) within 15 days of the request.',
  },
  {
    jurisdiction: 'LGPD',
    types: null,
    period: { unit: 'DAYS', count: 15 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: false,
    acknowledgement: null,
    extension: { kind: 'NONE' },
    holidayCountries: [],
    defaultHolidayRegion: null,
    citation: 'LGPD Art. 18, §§ 3 to 5',
    description:
      'The law sets no number of days: the request is to be met without delay, or the controller must say at once why it cannot (Art. 18, § 4), within periods the ANPD may set by regulation (Art. 18, § 5). Fifteen days, the period for access (Art. 19, II), is used as the working target; it is not a statutory deadline.',
  },
  {
    jurisdiction: 'PIPEDA',
    types: null,
    period: { unit: 'DAYS', count: 30 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: null,
    alternativeFormatExtension: {
      citation: 'PIPEDA s. 8(4)(b)',
      description:
        'For as long as converting the information into an alternative format takes (for a person with a sensory disability, s. 8(8)); notice of the new limit, the reasons and the right to complain must go out within the first 30 days.',
    },
    extension: {
      kind: 'FIXED',
      total: { unit: 'DAYS', count: 60 },
      citation: 'PIPEDA s. 8(4)(a)',
      description:
        'By up to 30 more days where meeting the limit would unreasonably interfere with the organization or consultations make it impracticable; notice of the new limit, the reasons and the right to complain must go out within the first 30 days.',
    },
    holidayCountries: [],
    defaultHolidayRegion: null,
    citation: 'PIPEDA s. 8(3)',
    description: 'No later than 30 days after receipt; no answer in time is deemed a refusal (s. 8(5)).',
  },
  {
    jurisdiction: 'CH_FADP',
    types: null,
    period: { unit: 'DAYS', count: 30 },
    rollsToWorkingDay: false,
    waits: RUNS_THROUGH,
    statutory: true,
    acknowledgement: null,
    extension: {
      kind: 'CONTROLLER_DATE',
      citation: 'Data Protection Ordinance (DPO) Art. 18(2)',
      description:
        'When the answer cannot be given within 30 days, the person must be told so, and by when it will come, within the 30 days.',
    },
    holidayCountries: [],
    defaultHolidayRegion: null,
    citation: 'FADP Art. 25; Data Protection Ordinance (DPO) Art. 18(1)',
    description: 'Within 30 days of receipt.',
  },
];

/** The rule for a request: a type-specific one first, else the regime's general one. */
export function deadlineRuleFor(jurisdiction: Jurisdiction, type: RequestType): DeadlineRule {
  const rules = DEADLINE_RULES.filter((r) => r.jurisdiction === jurisdiction);
  const rule = rules.find((r) => r.types?.includes(type)) ?? rules.find((r) => r.types === null);
  if (!rule) throw new Error(`no deadline rule for ${jurisdiction}`); // a gap in the table is a bug
  return rule;
}

/**
 * The longest promise a tenant may make under a regime, in calendar days, judged against the regime's general
 * period. A month counts as its longest, 31 days (in shorter months the law's date still wins). Where a request
 * type has a shorter period of its own (CCPA opt-out: 15 business days), the earlier date wins there too.
 */
export function maxPromisedDays(jurisdiction: Jurisdiction): number {
  const general = DEADLINE_RULES.find((r) => r.jurisdiction === jurisdiction && r.types === null);
  if (!general) throw new Error(`no deadline rule for ${jurisdiction}`);
  const { period } = general;
  return period.unit === 'MONTHS' ? period.count * 31 : period.count;
}

/** A promise longer than the law would mislead requesters, so it is refused rather than quietly capped. */
export function promiseProblem(jurisdiction: Jurisdiction, promisedDays: number): Problem | null {
  if (!Number.isInteger(promisedDays) || promisedDays < 1) return notWholeDays();
  const max = maxPromisedDays(jurisdiction);
  if (promisedDays <= max) return null;
  return problem(
    'promisedDays',
    'OUT_OF_RANGE',
    `a promise of ${promisedDays} days is longer than ${JURISDICTION_INFO[jurisdiction].name} allows (at most ${max} days)`,
  );
}

/** For a tenant's settings: the problems of one promise against every regime it serves. */
export function promisedDaysProblems(promisedDays: number, jurisdictions: readonly Jurisdiction[]): Problem[] {
  if (!Number.isInteger(promisedDays) || promisedDays < 1) return [notWholeDays()];
  return [...new Set(jurisdictions)].flatMap((j) => promiseProblem(j, promisedDays) ?? []);
}

const notWholeDays = () =>
  problem('promisedDays', 'OUT_OF_RANGE', 'promised days must be a whole number of days, at least 1');

export interface DeadlineInput {
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** When the request arrived: an instant (read in `timeZone`) or already a calendar date. */
  receivedAt: Date | PlainDate;
  /** The tenant's IANA time zone; it decides on which date an instant falls. Default `UTC`. */
  timeZone?: string;
  /**
   * When the identity information asked for on receipt arrived (shorthand for an IDENTITY wait from the day of
   * receipt); moves the clock only where the regime says so.
   */
  verifiedAt?: Date | PlainDate | null;
  /** What the controller asked the requester for and when the answers arrived, in any order. */
  waits?: readonly ClockWaitPeriod[];
  /** The tenant's own promise in calendar days from the clock's start; the earlier of it and the law applies. */
  promisedDays?: number | null;
  /**
   * Where the tenant is, for public holidays: `CC` or `CC-SUB` (`DE`, `FR`, `DE-BY`, `GB-SCT`, `US-CA`; for the UK
   * also the bare nation `SCT`). A regime uses it only inside its own territory, else its default: EU GDPR an EEA
   * country (else weekends only); UK GDPR a UK nation (else England and Wales, which share bank holidays);
   * CCPA business days the US or a state (else US federal holidays). An unknown code is a problem.
   */
  holidayRegion?: string | null;
}

export type ExtensionOption =
  | { kind: 'NONE' }
  | { kind: 'FIXED'; dueOn: PlainDate; noticeBy: PlainDate; citation: string; description: string }
  | { kind: 'CONTROLLER_DATE'; after: PlainDate; noticeBy: PlainDate; citation: string; description: string };

/**
 * Where the clock stands: running; stopped while the controller waits for an answer that restarts it (it has not
 * started yet) or pauses it. While stopped, the dates are those it would give if the answer came on the day it was
 * asked for: each further day of waiting moves them by a day (PAUSES) or restarts the period (RESTARTS).
 */
export interface ClockStatus {
  state: 'RUNNING' | 'NOT_STARTED' | 'PAUSED';
  /** What is awaited while stopped, and since when. */
  waitingFor: ClockWait | null;
  since: PlainDate | null;
  /** Days the clock stood still in closed pauses. */
  pausedDays: number;
  citation: string | null;
}

export interface Deadline {
  jurisdiction: Jurisdiction;
  type: RequestType;
  receivedOn: PlainDate;
  clockStartsOn: PlainDate;
  /** The date to work to, inclusive: the earlier of the law's and the promise's. */
  dueOn: PlainDate;
  lawDueOn: PlainDate;
  promisedDueOn: PlainDate | null;
  acknowledgeBy: PlainDate | null;
  /** What a fixed extension would give; null where none is allowed or the controller names the date (CH). */
  extendedDueOn: PlainDate | null;
  extension: ExtensionOption;
  /** PIPEDA s. 8(4)(b): the controller names the date the conversion into an alternative format needs. */
  alternativeFormatExtension: { noticeBy: PlainDate; citation: string; description: string } | null;
  /** Set once the deadline was extended. */
  extended: { noticeOn: PlainDate; reason: string; ground?: ExtensionGround } | null;
  clock: ClockStatus;
  /** False where the law sets no period and the due date is a working target (LGPD outside access). */
  statutory: boolean;
  /** The holiday region the dates were worked out with, null when only weekends (or nothing) mattered. */
  holidayRegion: string | null;
  rule: { citation: string; description: string };
}

function add(date: PlainDate, period: DeadlinePeriod, region: HolidayRegion | null): PlainDate {
  switch (period.unit) {
    case 'MONTHS':
      return plusMonths(date, period.count);
    case 'DAYS':
      return plusDays(date, period.count);
    case 'BUSINESS_DAYS':
      return plusWorkingDays(date, period.count, region);
    default: {
      const never: never = period;
      throw new Error(`unknown period ${JSON.stringify(never)}`);
    }
  }
}

function toPlainDate(value: Date | PlainDate, timeZone: string): PlainDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarDateIn(value, timeZone);
  return isPlainDate(value) ? value : null;
}

type ResolvedRegion = { ok: true; region: HolidayRegion | null } | { ok: false; problem: Problem };

/**
 * A tenant's holiday region as the calendar reads it: trimmed, upper case, a bare UK nation (`SCT`) as `GB-SCT`;
 * null when none is given.
 */
export function normalizeHolidayRegion(code: string | null | undefined): string | null {
  const given = code?.trim().toUpperCase();
  if (!given) return null;
  return (UK_NATIONS as readonly string[]).includes(given) ? `GB-${given}` : given;
}

/** Why a tenant's holiday region (`DE`, `DE-BY`, `GB-SCT`, `SCT`) cannot be used, or null (also when none is given). */
export function holidayRegionProblem(code: string | null | undefined): Problem | null {
  const given = normalizeHolidayRegion(code);
  return given && !parseHolidayRegion(given)
    ? problem(
        'holidayRegion',
        'UNKNOWN_REFERENCE',
        `no public holidays are known for ${given}; give a country such as DE or a subdivision such as DE-BY`,
      )
    : null;
}

function resolveHolidayRegion(rule: DeadlineRule, code: string | null | undefined): ResolvedRegion {
  const fallback = () => (rule.defaultHolidayRegion ? parseHolidayRegion(rule.defaultHolidayRegion) : null);
  const given = normalizeHolidayRegion(code);
  if (!given) return { ok: true, region: fallback() };
  const region = parseHolidayRegion(given);
  if (!region) return { ok: false, problem: holidayRegionProblem(given)! };
  const inTerritory =
    rule.holidayCountries.includes(region.country) &&
    // UK bank holidays differ by nation; the kingdom as a whole or a Crown dependency takes the default.
    (region.country !== 'GB' || (UK_NATIONS as readonly string[]).includes(region.subdivision ?? ''));
  return { ok: true, region: inTerritory ? region : fallback() };
}

const usesHolidays = (rule: DeadlineRule) =>
  rule.rollsToWorkingDay ||
  rule.period.unit === 'BUSINESS_DAYS' ||
  rule.acknowledgement?.period.unit === 'BUSINESS_DAYS';

/**
 * Runs the clock through the waits: an answer that RESTARTS the period moves its start to the day it arrived (the
 * latest such day wins, UK GDPR Art. 12A); a PAUSES wait adds the days between asking and the answer, counted only
 * from the clock's start (days before it never ran); a RUNS wait changes nothing. An unanswered wait stops the clock.
 */
function runClock(
  rule: DeadlineRule,
  receivedOn: PlainDate,
  waits: readonly ClockWaitPeriod[],
): Validated<{ clockStartsOn: PlainDate; status: ClockStatus }> {
  const problems: Problem[] = [];
  waits.forEach((w, i) => {
    if (!(CLOCK_WAITS as readonly string[]).includes(w.wait))
      problems.push(problem(`waits.${i}.wait`, 'INVALID_FORMAT', `must be one of ${CLOCK_WAITS.join(', ')}`));
    if (!isPlainDate(w.requestedOn))
      problems.push(problem(`waits.${i}.requestedOn`, 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)'));
    else if (w.requestedOn < receivedOn)
      problems.push(
        problem(`waits.${i}.requestedOn`, 'INCONSISTENT', 'nothing can be asked before the request arrived'),
      );
    if (w.receivedOn !== null && !isPlainDate(w.receivedOn))
      problems.push(problem(`waits.${i}.receivedOn`, 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)'));
    else if (w.receivedOn !== null && isPlainDate(w.requestedOn) && w.receivedOn < w.requestedOn)
      problems.push(
        problem(`waits.${i}.receivedOn`, 'INCONSISTENT', 'an answer cannot arrive before it was asked for'),
      );
  });
  if (problems.length) return { ok: false, problems };
  const effect = (w: ClockWaitPeriod) => rule.waits[w.wait];
  const restarts = waits.filter((w) => effect(w) === 'RESTARTS');
  // While a restarting answer is awaited, the dates are those of an answer on the day it was asked for.
  const clockStartsOn = restarts.reduce((start, w) => {
    const on = w.receivedOn ?? w.requestedOn;
    return on > start ? on : start;
  }, receivedOn);
  const pausedDays = waits
    .filter((w) => effect(w) === 'PAUSES' && w.receivedOn !== null)
    .reduce((days, w) => {
      const from = w.requestedOn > clockStartsOn ? w.requestedOn : clockStartsOn;
      return days + Math.max(0, daysBetween(from, w.receivedOn!));
    }, 0);
  const open = waits
    .filter((w) => w.receivedOn === null && effect(w) !== 'RUNS')
    .sort((a, b) => (a.requestedOn < b.requestedOn ? -1 : 1))[0];
  const status: ClockStatus = open
    ? {
        state: effect(open) === 'PAUSES' ? 'PAUSED' : 'NOT_STARTED',
        waitingFor: open.wait,
        since: open.requestedOn,
        pausedDays,
        citation: rule.waitCitation ?? null,
      }
    : {
        state: 'RUNNING',
        waitingFor: null,
        since: null,
        pausedDays,
        citation: waits.some((w) => effect(w) !== 'RUNS') ? (rule.waitCitation ?? null) : null,
      };
  return { ok: true, value: { clockStartsOn, status } };
}

/** What waiting for `wait` does to a regime's clock (for the type's rule). */
export function waitEffect(jurisdiction: Jurisdiction, type: RequestType, wait: ClockWait): WaitEffect {
  return deadlineRuleFor(jurisdiction, type).waits[wait];
}

/** The statutory due date for a request, and what an extension would give. */
export function computeDeadline(input: DeadlineInput): Validated<Deadline> {
  const { jurisdiction, type } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const problems: Problem[] = [];
  if (!isRequestTypeAvailable(type, jurisdiction)) problems.push(requestTypeNotAvailable(type, jurisdiction));
  if (!isTimeZone(timeZone)) {
    return {
      ok: false,
      problems: [
        ...problems,
        problem('timeZone', 'INVALID_FORMAT', `${timeZone} is not an IANA time zone such as Europe/Berlin`),
      ],
    };
  }
  const receivedOn = toPlainDate(input.receivedAt, timeZone);
  if (!receivedOn) problems.push(problem('receivedAt', 'INVALID_FORMAT', 'must be an instant or a date (YYYY-MM-DD)'));
  const verifiedOn = input.verifiedAt == null ? null : toPlainDate(input.verifiedAt, timeZone);
  if (input.verifiedAt != null && !verifiedOn)
    problems.push(problem('verifiedAt', 'INVALID_FORMAT', 'must be an instant or a date (YYYY-MM-DD)'));
  if (receivedOn && verifiedOn && verifiedOn < receivedOn) {
    problems.push(
      problem('verifiedAt', 'INCONSISTENT', 'identity cannot be confirmed before the request was received'),
    );
  }
  const promise = input.promisedDays == null ? null : promiseProblem(jurisdiction, input.promisedDays);
  if (promise) problems.push(promise);
  const rule = deadlineRuleFor(jurisdiction, type);
  const resolved = resolveHolidayRegion(rule, input.holidayRegion);
  if (!resolved.ok) problems.push(resolved.problem);
  if (problems.length || !receivedOn || !resolved.ok) return { ok: false, problems };
  const { region } = resolved;

  const waits: ClockWaitPeriod[] = [
    ...(verifiedOn ? [{ wait: 'IDENTITY' as const, requestedOn: receivedOn, receivedOn: verifiedOn }] : []),
    ...(input.waits ?? []),
  ];
  const clock = runClock(rule, receivedOn, waits);
  if (!clock.ok) return { ok: false, problems: clock.problems };
  const { clockStartsOn, status } = clock.value;
  const end = (period: DeadlinePeriod) => {
    const last = plusDays(add(clockStartsOn, period, region), status.pausedDays);
    return rule.rollsToWorkingDay ? nextWorkingDay(last, region) : last;
  };
  const lawDueOn = end(rule.period);
  const promisedDueOn =
    input.promisedDays == null ? null : plusDays(clockStartsOn, input.promisedDays + status.pausedDays);
  const ext = rule.extension;
  let extension: ExtensionOption;
  switch (ext.kind) {
    case 'NONE':
      extension = { kind: 'NONE' };
      break;
    case 'FIXED':
      extension = {
        kind: 'FIXED',
        dueOn: end(ext.total),
        noticeBy: lawDueOn,
        citation: ext.citation,
        description: ext.description,
      };
      break;
    case 'CONTROLLER_DATE':
      extension = {
        kind: 'CONTROLLER_DATE',
        after: lawDueOn,
        noticeBy: lawDueOn,
        citation: ext.citation,
        description: ext.description,
      };
      break;
    default: {
      const never: never = ext;
      throw new Error(`unknown extension ${JSON.stringify(never)}`);
    }
  }
  return {
    ok: true,
    value: {
      jurisdiction,
      type,
      receivedOn,
      clockStartsOn,
      dueOn: promisedDueOn ? earlierOf(lawDueOn, promisedDueOn) : lawDueOn,
      lawDueOn,
      promisedDueOn,
      acknowledgeBy: rule.acknowledgement ? add(receivedOn, rule.acknowledgement.period, region) : null,
      extendedDueOn: extension.kind === 'FIXED' ? extension.dueOn : null,
      extension,
      alternativeFormatExtension: rule.alternativeFormatExtension
        ? { noticeBy: lawDueOn, ...rule.alternativeFormatExtension }
        : null,
      extended: null,
      clock: status,
      statutory: rule.statutory,
      holidayRegion: region && usesHolidays(rule) ? holidayRegionCode(region) : null,
      rule: { citation: rule.citation, description: rule.description },
    },
  };
}

export interface ExtensionInput {
  /** The day the requester is told of the extension. */
  noticeOn: PlainDate;
  /** Why more time is needed; the law requires it to be given to the requester. */
  reason: string;
  /** The new due date: required where the controller names it (CH), optional where the law caps it (at most the cap). */
  newDueOn?: PlainDate | null;
  /** GENERAL unless the regime has another ground and it is the one relied on (PIPEDA: ALTERNATIVE_FORMAT). */
  ground?: ExtensionGround | null;
}

export const EXTENSION_REASON_MAX = 2000;

/** The extensions a deadline offers, by ground (GENERAL first), as `extendDeadline` would apply them. */
export function extensionGrounds(
  deadline: Pick<Deadline, 'extension' | 'alternativeFormatExtension'>,
): ExtensionGround[] {
  return [
    ...(deadline.extension.kind !== 'NONE' ? (['GENERAL'] as const) : []),
    ...(deadline.alternativeFormatExtension ? (['ALTERNATIVE_FORMAT'] as const) : []),
  ];
}

/** Extends a deadline once, as the regime allows; the result's `dueOn` is the new date. */
export function extendDeadline(deadline: Deadline, input: ExtensionInput): Validated<Deadline> {
  const ground: ExtensionGround = input.ground ?? 'GENERAL';
  const name = JURISDICTION_INFO[deadline.jurisdiction].name;
  if (deadline.extended)
    return fail(
      problem(
        'extension',
        'NOT_ALLOWED',
        `the deadline was already extended on ${deadline.extended.noticeOn}; it can be extended only once`,
      ),
    );
  if (!(EXTENSION_GROUNDS as readonly string[]).includes(ground))
    return fail(problem('ground', 'INVALID_FORMAT', `must be one of ${EXTENSION_GROUNDS.join(', ')}`));
  // Converting into an alternative format takes as long as it takes: the controller names the date (s. 8(4)(b)).
  const extension: ExtensionOption =
    ground === 'ALTERNATIVE_FORMAT'
      ? deadline.alternativeFormatExtension
        ? { kind: 'CONTROLLER_DATE', after: deadline.lawDueOn, ...deadline.alternativeFormatExtension }
        : { kind: 'NONE' }
      : deadline.extension;
  if (extension.kind === 'NONE')
    return fail(
      ground === 'ALTERNATIVE_FORMAT'
        ? problem('ground', 'NOT_ALLOWED', `${name} has no extension for converting into an alternative format`)
        : problem('extension', 'NOT_ALLOWED', `${name} allows no extension for ${deadline.type} requests`),
    );

  const problems: Problem[] = [];
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason)
    problems.push(problem('reason', 'REQUIRED', 'give the reason for the extension; the requester must be told it'));
  // Characters are code points, as every other text limit counts them (an emoji is one).
  else if ([...reason].length > EXTENSION_REASON_MAX)
    problems.push(problem('reason', 'TOO_LONG', `reason must be at most ${EXTENSION_REASON_MAX} characters`));
  else if (!isStorableText(reason))
    problems.push(problem('reason', 'INVALID_FORMAT', 'reason must not contain NUL characters or unpaired surrogates'));

  if (!isPlainDate(input.noticeOn)) problems.push(problem('noticeOn', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)'));
  else if (input.noticeOn < deadline.receivedOn)
    problems.push(problem('noticeOn', 'INCONSISTENT', 'notice cannot precede the request'));
  else if (input.noticeOn > extension.noticeBy) {
    problems.push(
      problem('noticeOn', 'NOT_ALLOWED', `too late to extend: the requester had to be told by ${extension.noticeBy}`),
    );
  }

  let newDueOn: PlainDate | null = null;
  const given = input.newDueOn ?? null;
  if (given !== null && !isPlainDate(given)) {
    problems.push(problem('newDueOn', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)'));
  } else if (extension.kind === 'CONTROLLER_DATE') {
    if (given === null)
      problems.push(
        problem('newDueOn', 'REQUIRED', `${name} requires telling the person by when the answer will come`),
      );
    else if (given <= deadline.dueOn)
      problems.push(
        problem('newDueOn', 'OUT_OF_RANGE', `the new date must be after the current due date ${deadline.dueOn}`),
      );
    else newDueOn = given;
  } else {
    if (given !== null && given <= deadline.dueOn)
      problems.push(
        problem('newDueOn', 'OUT_OF_RANGE', `the new date must be after the current due date ${deadline.dueOn}`),
      );
    else if (given !== null && given > extension.dueOn)
      problems.push(problem('newDueOn', 'OUT_OF_RANGE', `${name} allows an extension to ${extension.dueOn} at most`));
    else newDueOn = given ?? extension.dueOn;
  }
  if (problems.length || !newDueOn) return { ok: false, problems };
  return {
    ok: true,
    value: { ...deadline, dueOn: newDueOn, extended: { noticeOn: input.noticeOn, reason, ground } },
  };
}

const fail = (p: Problem): Validated<never> => ({ ok: false, problems: [p] });

export type ReminderKind = 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE';

export interface Reminder {
  on: PlainDate;
  kind: ReminderKind;
  /** Days from `on` to the due date: 7, 2, 0, or -1 for the first overdue day. */
  daysLeft: number;
}

/**
 * The dates reminders should fire for a due date: `daysBefore` it (default 7 and 2), on it, and the day after
 * (overdue). Dates before `from` (e.g. today, or the clock's start) are left out.
 */
export function deadlineReminders(
  dueOn: PlainDate,
  options: { daysBefore?: readonly number[]; from?: PlainDate } = {},
): Reminder[] {
  const daysBefore = options.daysBefore ?? [7, 2];
  if (daysBefore.some((d) => !Number.isInteger(d) || d < 1))
    throw new RangeError('daysBefore must be whole days, at least 1');
  const reminders: Reminder[] = [
    ...[...new Set(daysBefore)]
      .sort((a, b) => b - a)
      .map((d): Reminder => ({ on: plusDays(dueOn, -d), kind: 'DUE_SOON', daysLeft: d })),
    { on: dueOn, kind: 'DUE_TODAY', daysLeft: 0 },
    { on: plusDays(dueOn, 1), kind: 'OVERDUE', daysLeft: -1 },
  ];
  return options.from ? reminders.filter((r) => r.on >= options.from!) : reminders;
}

/**
 * Overdue once the tenant's calendar day is past the due date (the due date itself is still in time).
 * Throws a RangeError for an unknown zone: check tenant settings with `isTimeZone`.
 */
export function isOverdue(dueOn: PlainDate, now: Date, timeZone = 'UTC'): boolean {
  return calendarDateIn(now, timeZone) > dueOn;
}
