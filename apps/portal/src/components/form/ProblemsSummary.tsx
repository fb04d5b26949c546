import { useEffect, useRef } from 'react';
import { unplaced } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import type { Outcome } from './use-submit.js';

/**
 * The alert above a form: a whole-request failure, or a request to fix the fields marked, listing the problems no
 * field in `shown` (paths, with everything under them) shows. Nothing when the outcome is a success.
 */
export function ProblemsSummary({ outcome, shown }: { outcome: Outcome; shown: readonly string[] }) {
  if (!outcome.failure && !outcome.problems.length) return null;
  const rest = unplaced(outcome.problems, shown);
  return (
    <div className="notice notice-error" role="alert">
      <p>{outcome.failure ?? 'Please correct the fields marked below.'}</p>
      {rest.length ? (
        <ul>
          {rest.map((p) => (
            <li key={`${p.path}-${p.code}`}>
              {p.path ? `${p.path}: ` : ''}
              {sentence(p.message)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A failure with no fields to mark (a dialog's confirm button, a list's buttons, a sign-in form), as an alert; nothing
 * without one. With `focus`, the alert takes the focus each time it says something new.
 */
export function FailureNotice({ message, focus }: { message: string | null | undefined; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && message) ref.current?.focus();
  }, [focus, message]);
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert" ref={ref} tabIndex={focus ? -1 : undefined}>
      <p>{message}</p>
    </div>
  );
}
