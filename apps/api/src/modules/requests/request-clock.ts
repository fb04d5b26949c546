import {
  calendarDateIn,
  computeDeadline,
  extendDeadline,
  problem,
  timeZoneOfController,
  type ClockWaitPeriod,
  type Deadline,
  type PlainDate,
  type Problem,
  type Validated,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { DataSubjectRequestEntity, StoredExtension } from './request.entity.js';
import { currentTenant, settingsRow, type SubjectRequestSettingsRow } from './request.store.js';

/** Where the time zone requests are dated in comes from: the settings, the controller's address, or nowhere yet. */
export type TimeZoneSource = 'SETTINGS' | 'ADDRESS';

export interface RequestCalendar extends Omit<SubjectRequestSettingsRow, 'timeZone'> {
  timeZone: string | null;
  timeZoneSource: TimeZoneSource | null;
}

/** The tenant's settings with the time zone it dates requests in: set, else derived from its address, else none. */
export async function requestCalendar(ctx: RequestContext): Promise<RequestCalendar> {
  const settings = await settingsRow(ctx);
  if (settings.timeZone) return { ...settings, timeZoneSource: 'SETTINGS' };
  const derived = timeZoneOfController(await currentTenant(ctx));
  return { ...settings, timeZone: derived?.timeZone ?? null, timeZoneSource: derived ? 'ADDRESS' : null };
}

/** The problem of a tenant that cannot date requests: no time zone set and none follows from its address. */
export const timeZoneMissing = (): Problem =>
  problem(
    'timeZone',
    'REQUIRED',
    "set the time zone requests are dated in (request settings): the controller's address does not decide it",
  );

/** The facts a deadline is worked out from, as a request stores them. */
type ClockFacts = Pick<
  DataSubjectRequestEntity,
  'jurisdiction' | 'type' | 'receivedAt' | 'timeZone' | 'promisedDays' | 'holidayRegion' | 'clockWaits' | 'extension'
>;

/**
 * A request's deadline worked out again from its facts: receipt, what was waited for and when it came, the
 * promise, and the extension as it was given. A pause after an extension moves the law's dates; the extension
 * stands, to the later of the date it gave and what it would give now.
 */
export function deadlineOf(facts: ClockFacts, changes: Partial<ClockFacts> = {}): Validated<Deadline> {
  const r = { ...facts, ...changes };
  const computed = computeDeadline({
    jurisdiction: r.jurisdiction,
    type: r.type,
    receivedAt: r.receivedAt,
    timeZone: r.timeZone,
    promisedDays: r.promisedDays,
    holidayRegion: r.holidayRegion,
    waits: r.clockWaits,
  });
  if (!computed.ok || !r.extension) return computed;
  return { ok: true, value: withExtension(computed.value, r.extension) };
}

function withExtension(deadline: Deadline, ext: StoredExtension): Deadline {
  const again = extendDeadline(deadline, {
    noticeOn: ext.noticeOn,
    reason: ext.reason,
    ground: ext.ground,
    newDueOn: ext.newDueOn,
  });
  if (again.ok) return again.value;
  const capped = ext.ground === 'GENERAL' ? deadline.extendedDueOn : null;
  const candidates = [ext.newDueOn, capped, deadline.dueOn].filter((d): d is PlainDate => d !== null);
  const dueOn = candidates.reduce((a, b) => (a > b ? a : b));
  return { ...deadline, dueOn, extended: { noticeOn: ext.noticeOn, reason: ext.reason, ground: ext.ground } };
}

/** Today in the request's calendar. */
export const todayOf = (r: Pick<DataSubjectRequestEntity, 'timeZone'>): PlainDate =>
  calendarDateIn(new Date(), r.timeZone);

/** The waits with the open one of `wait`'s kind (or any, when no kind is given) answered on `on`. */
export function answered(
  waits: readonly ClockWaitPeriod[],
  on: PlainDate,
  kinds: readonly string[],
): ClockWaitPeriod[] {
  return waits.map((w) => (w.receivedOn === null && kinds.includes(w.wait) ? { ...w, receivedOn: on } : w));
}
