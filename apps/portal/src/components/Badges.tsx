import { countdown, label, REQUEST_STATE_LABELS } from '../lib/format.js';

export function StateBadge({ state }: { state: string }) {
  return <span className={`badge badge-${state.toLowerCase()}`}>{label(REQUEST_STATE_LABELS, state)}</span>;
}

/** The due-date countdown; overdue and closed requests read differently, not only by colour. */
export function DueBadge({ daysLeft, isOverdue, state }: { daysLeft: number; isOverdue: boolean; state: string }) {
  if (state === 'COMPLETED' || state === 'REFUSED' || state === 'MERGED')
    return <span className="badge badge-closed">closed</span>;
  const tone = isOverdue || daysLeft < 0 ? 'overdue' : daysLeft <= 7 ? 'soon' : 'ok';
  return (
    <span className={`due due-${tone}`}>
      {tone === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
      {countdown(daysLeft)}
    </span>
  );
}
