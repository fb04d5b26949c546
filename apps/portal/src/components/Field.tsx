import { useId, type ReactNode } from 'react';
import type { Problem } from '../lib/errors.js';
import { sentence } from '../lib/format.js';

interface FieldProps {
  label: string;
  hint?: string;
  /** The API problems for this field's path. */
  problems?: readonly Problem[] | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A label, the control, a hint and the API's problems for it, wired for screen readers. */
export function Field({ label, hint, problems, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problems?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {errorId ? (
        <p className="field-error" id={errorId}>
          {problems!.map((p) => sentence(p.message)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The alert above a form: `failure` (a whole-request error) or a request to fix the marked fields, and the problems no field shows. */
export function ProblemSummary({ failure, problems, unplaced }: { failure?: string | null; problems: readonly Problem[]; unplaced: readonly Problem[] }) {
  if (!failure && !problems.length) return null;
  return (
    <div className="notice notice-error" role="alert">
      {failure ?? <p>Please correct the fields marked below.</p>}
      {unplaced.length ? (
        <ul>
          {unplaced.map((p) => (
            <li key={`${p.path}-${p.code}`}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Cancel (when the form can be left) and the submit button at the foot of a form; `busyLabel` while it runs. */
export function FormActions({ busy, saveLabel, busyLabel = 'Saving…', onCancel }: { busy: boolean; saveLabel: string; busyLabel?: string; onCancel?: () => void }) {
  return (
    <div className="form-actions">
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : saveLabel}
      </button>
    </div>
  );
}
