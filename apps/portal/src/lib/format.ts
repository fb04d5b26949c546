/** Words and dates the portal shows; the API speaks enums and ISO dates. */

export const REQUEST_TYPE_LABELS = {
  ACCESS: 'Access',
  ERASURE: 'Erasure',
  OBJECTION: 'Objection',
  OPT_OUT_SALE_SHARING: 'Opt out of sale/sharing',
  PORTABILITY: 'Portability',
  RECTIFICATION: 'Rectification',
  RESTRICTION: 'Restriction',
  WITHDRAW_CONSENT: 'Withdraw consent',
};

export const REQUEST_STATE_LABELS = {
  RECEIVED: 'Received',
  VERIFYING: 'Verifying identity',
  IN_PROGRESS: 'In progress',
  EXTENDED: 'Extended',
  COMPLETED: 'Completed',
  REFUSED: 'Refused',
};

export const OPEN_STATES = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED'] as const;

export const JURISDICTION_LABELS = {
  EU_GDPR: 'EU GDPR',
  UK_GDPR: 'UK GDPR',
  CCPA_CPRA: 'CCPA/CPRA',
  LGPD: 'LGPD (Brazil)',
  PIPEDA: 'PIPEDA (Canada)',
  CH_FADP: 'Swiss FADP',
};

export const ACTION_LABELS = {
  RECEIVED: 'Received',
  SEND_VERIFICATION: 'Verification sent',
  CONFIRM_IDENTITY: 'Identity confirmed',
  SKIP_VERIFICATION: 'Verification skipped',
  EXTEND: 'Deadline extended',
  COMPLETE: 'Completed',
  REFUSE: 'Refused',
  NOTE: 'Note',
  DUE_SOON: 'Reminder: due soon',
  OVERDUE: 'Flagged overdue',
};

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

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
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
