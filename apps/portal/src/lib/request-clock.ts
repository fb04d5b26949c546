import { CLOCK_WAIT_LABELS, formatDateTime, formatDay, label } from './format.js';

/** What the portal needs of a request to say where its clock and its checks stand (a subset of RequestCore). */
export interface ClockFacts {
  state: string;
  jurisdiction: string;
  clockStartsOn: string;
  verificationMethod: string | null;
  verifiedAt: string | null;
  emailConfirmedAt: string | null;
  clock: {
    state: string;
    waitingFor: string | null;
    since: string | null;
    pausedDays: number;
    citation: string | null;
    waits: readonly { wait: string; requestedOn: string; receivedOn: string | null }[];
  };
}

const waitName = (wait: string | null) => (wait ? label(CLOCK_WAIT_LABELS, wait) : 'an answer');
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
/** The period the law gives, as people name it: "the month" where it is one (UK and EU GDPR), else "the period". */
const periodOf = (jurisdiction: string) =>
  jurisdiction === 'UK_GDPR' || jurisdiction === 'EU_GDPR' ? 'the month' : 'the period';

/**
 * Where the clock stands, in one sentence for the detail page: why it stands still (and what that does to the due
 * date), or since when it runs. `stopped` is true when it stands still (the page shows it prominently then).
 */
export function clockSentence(r: ClockFacts, now = new Date()): { stopped: boolean; text: string } {
  const { clock } = r;
  const cite = clock.citation ? ` (${clock.citation})` : '';
  const since = clock.since ? formatDay(clock.since, now) : null;
  if (clock.state === 'PAUSED')
    return {
      stopped: true,
      text:
        `Paused${since ? ` since ${since}` : ''}, waiting for ${waitName(clock.waitingFor)} — ` +
        `the due date moves by each day of waiting${cite}.`,
    };
  if (clock.state === 'NOT_STARTED')
    return {
      stopped: true,
      text:
        `Not started: waiting for ${waitName(clock.waitingFor)}${since ? ` asked for on ${since}` : ''}; ` +
        `${periodOf(r.jurisdiction)} starts when it arrives${cite}.`,
    };
  const paused = clock.pausedDays > 0 ? ` ${days(clock.pausedDays)} of waiting added to the due date.` : '';
  // Something asked for but not yet here, under a regime that counts from receipt regardless.
  const open = clock.waits.find((w) => !w.receivedOn);
  const running = open
    ? ` ${sentenceCase(waitName(open.wait))} asked for on ${formatDay(open.requestedOn, now)}: the clock keeps running meanwhile under this regime.`
    : '';
  return { stopped: false, text: `Running since ${formatDay(r.clockStartsOn, now)}.${paused}${running}` };
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One line per thing asked of the requester, oldest first: what, when asked, when it arrived (or still awaited). */
export function waitLines(r: Pick<ClockFacts, 'clock'>, now = new Date()): string[] {
  return r.clock.waits.map(
    (w) =>
      `${sentenceCase(waitName(w.wait))}: asked ${formatDay(w.requestedOn, now)}, ` +
      (w.receivedOn ? `arrived ${formatDay(w.receivedOn, now)}` : 'still awaited'),
  );
}

/**
 * Whether the requester confirmed by email that the request is theirs. This is not an identity check: it shows
 * only that the address works and the request was not made in someone else's name by mistake.
 */
export function emailConfirmation(r: ClockFacts, skippedByStaff = false): string {
  if (r.emailConfirmedAt) return `Confirmed by the requester ${formatDateTime(r.emailConfirmedAt)}`;
  if (r.verificationMethod === 'NOT_REQUIRED') return 'Not needed for a CCPA opt-out';
  if (skippedByStaff || r.verificationMethod === 'SKIPPED')
    return 'Not asked: staff went ahead without it (reason in the history)';
  if (r.state === 'RECEIVED' && !r.verificationMethod) return 'Waiting for the requester to confirm by email';
  return 'Not asked';
}

/** The day the clock starts, or what it waits for when it has not started yet. */
export function clockStart(r: ClockFacts): string | null {
  return r.clock.state === 'NOT_STARTED' ? `Not yet: when ${waitName(r.clock.waitingFor)} arrives` : null;
}

/** What a stopped clock does to the due date shown, which is provisional meanwhile. */
export function dueDateCaveat(r: Pick<ClockFacts, 'clock'>): string | null {
  if (r.clock.state === 'NOT_STARTED') return 'Provisional: worked out again from the day the awaited answer arrives.';
  if (r.clock.state === 'PAUSED') return 'Provisional: moves by each day the clock stands still.';
  return null;
}

/** Where the identity check stands: asked for only where there is reasonable doubt. */
export function identityCheck(r: ClockFacts, now = new Date()): string {
  const identity = [...r.clock.waits].reverse().find((w) => w.wait === 'IDENTITY');
  if (r.verificationMethod === 'NOT_REQUIRED') return 'Must not be required for a CCPA opt-out';
  if (r.verificationMethod === 'STAFF' && r.verifiedAt)
    return (
      `Confirmed ${formatDateTime(r.verifiedAt)}` +
      (identity?.receivedOn ? ` (information arrived ${formatDay(identity.receivedOn, now)})` : '')
    );
  if (r.state === 'VERIFYING')
    return identity
      ? `Proof asked for on ${formatDay(identity.requestedOn, now)}, awaited`
      : 'Proof asked for, awaited';
  return 'Not asked for (no reasonable doubt recorded)';
}

/** The identity wait still open, if any: its request date bounds the date the information can have arrived. */
export function openIdentityWait(r: Pick<ClockFacts, 'clock'>) {
  return r.clock.waits.find((w) => w.wait === 'IDENTITY' && !w.receivedOn) ?? null;
}
