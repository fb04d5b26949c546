/** Words and dates the portal shows; the API speaks enums and ISO dates. */

export const REQUEST_TYPE_LABELS = {
  ACCESS: 'Access',
  ERASURE: 'Erasure',
  LIMIT_SENSITIVE_USE: 'Limit use of sensitive information',
  OBJECTION: 'Objection',
  OPT_OUT_SALE_SHARING: 'Opt out of sale/sharing',
  PORTABILITY: 'Portability',
  RECTIFICATION: 'Rectification',
  RESTRICTION: 'Restriction',
  WITHDRAW_CONSENT: 'Withdraw consent',
};

export const REQUEST_STATE_LABELS = {
  RECEIVED: 'Received',
  VERIFYING: 'Checking identity',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  REFUSED: 'Refused',
  MERGED: 'Merged (duplicate)',
};

export const OPEN_STATES = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS'] as const;
/** Closed: no further step, no due date that matters. */
export const CLOSED_STATES = ['COMPLETED', 'REFUSED', 'MERGED'] as const;

export const JURISDICTION_LABELS = {
  EU_GDPR: 'EU GDPR',
  UK_GDPR: 'UK GDPR',
  CCPA_CPRA: 'CCPA/CPRA',
  LGPD: 'LGPD (Brazil)',
  PIPEDA: 'PIPEDA (Canada)',
  CH_FADP: 'Swiss FADP',
};

/** The steps of a request's history (SEND_VERIFICATION and SKIP_VERIFICATION are older requests' names). */
export const ACTION_LABELS = {
  RECEIVED: 'Received',
  SEND_CONFIRMATION: 'Confirmation email sent',
  SEND_VERIFICATION: 'Confirmation email sent',
  CONFIRM_EMAIL: 'Requester confirmed by email',
  SKIP_CONFIRMATION: 'Went ahead without email confirmation',
  SKIP_VERIFICATION: 'Went ahead without email confirmation',
  REQUEST_IDENTITY: 'Proof of identity asked for',
  CONFIRM_IDENTITY: 'Identity confirmed',
  PAUSE_CLOCK: 'Clock paused',
  RESUME_CLOCK: 'Clock resumed',
  EXTEND: 'Deadline extended',
  RECORD_PASSED_ON: 'Opt-out passed on to third parties',
  COMPLETE: 'Completed',
  REFUSE: 'Refused',
  MERGE: 'Merged into the original request',
  MERGED_IN: 'Duplicate merged in',
  NOTE: 'Note',
  DUE_SOON: 'Reminder: due soon',
  OVERDUE: 'Flagged overdue',
};

/** How a request staff record reached the organisation. */
export const CHANNEL_LABELS = {
  PHONE: 'Phone',
  POST: 'Post',
  EMAIL: 'Email',
  IN_PERSON: 'In person',
  OTHER: 'Other',
};

/** What the clock can wait for from the requester. */
export const CLOCK_WAIT_LABELS = {
  IDENTITY: 'identity information',
  CLARIFICATION: 'clarification',
  FEE: 'the fee',
};

export const EXTENSION_GROUND_LABELS = {
  GENERAL: 'More time needed (the regime’s general ground)',
  ALTERNATIVE_FORMAT: 'Converting into an alternative format (PIPEDA s. 8(4)(b))',
};

export const REFUSAL_GROUND_LABELS = {
  MANIFESTLY_UNFOUNDED: 'Manifestly unfounded',
  EXCESSIVE: 'Excessive',
  IDENTITY_NOT_VERIFIED: 'Identity not verified',
  FRAUD_SUSPECTED: 'Fraud suspected (documented, in good faith)',
  LEGAL_EXEMPTION: 'Legal exemption',
  OTHER: 'Other',
};

/** A CCPA opt-out (of sale/sharing, or limiting sensitive use) may be refused only for suspected fraud (or otherwise). */
export const CCPA_OPT_OUT_REFUSAL_GROUNDS = ['FRAUD_SUSPECTED', 'OTHER'] as const;
export const isCcpaOptOut = (jurisdiction: string, type: string): boolean =>
  jurisdiction === 'CCPA_CPRA' && (type === 'OPT_OUT_SALE_SHARING' || type === 'LIMIT_SENSITIVE_USE');

/** A calendar date as "5 June" (with the year only when it is not this year). */
export function formatDay(date: string, now = new Date()): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    ...(y === now.getFullYear() ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
}

/** A calendar date (YYYY-MM-DD) as "12 Mar 2026", without time-zone shifts. */
export function formatDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** An instant in the browser's zone, or in `timeZone` (an IANA name) when given. */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** "due in 3 days", "due today", "2 days overdue". */
export function countdown(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft === 1) return 'due tomorrow';
  if (daysLeft > 1) return `due in ${daysLeft} days`;
  return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
}

export function label(map: Record<string, string>, value: string): string {
  return map[value] ?? value.replaceAll('_', ' ').toLowerCase();
}

/** Today as YYYY-MM-DD in the browser's calendar. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return t.toISOString().slice(0, 10);
}

/** API messages are lower-case phrases ("must be an email address"); on screen they start a sentence. */
export function sentence(message: string): string {
  const s = message.trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.') : s;
}
