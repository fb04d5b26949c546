import { useRef, useState } from 'react';
import { Field } from './form/index.js';

/**
 * A value to paste elsewhere (an embed snippet, a secret): read-only, selected on focus, with a Copy button. The
 * outcome is announced to screen readers; when the browser refuses the clipboard the value is selected instead,
 * for Ctrl+C.
 */
export function CopyField({
  label,
  value,
  hint,
  rows = 2,
  copiedMessage = 'Copied to the clipboard.',
}: {
  label: string;
  value: string;
  hint?: string;
  rows?: number;
  copiedMessage?: string;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    setCopied(null);
    try {
      // Not available on an insecure origin, and refused without permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied('no');
    }
  };
  return (
    <div className="copy-field">
      <Field label={label} hint={hint}>
        {(p) => (
          <div className="copy-field-row">
            <textarea
              {...p}
              ref={field}
              className="copy-field-value"
              readOnly
              value={value}
              rows={rows}
              onFocus={(e) => e.currentTarget.select()}
              spellCheck={false}
              autoComplete="off"
            />
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
            </button>
          </div>
        )}
      </Field>
      <p className="small copy-field-status" role="status" aria-live="polite">
        {copied === 'yes'
          ? `✓ ${copiedMessage}`
          : copied === 'no'
            ? 'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C) to copy it.'
            : ''}
      </p>
    </div>
  );
}
