import type { ReactNode } from 'react';
import { CopyField } from '../../components/CopyField.js';
import { nextPage, pageRange, previousPage, type CursorPages } from './settings-format.js';

/** A polite announcement of what just happened ("Ada was added."), read by screen readers. */
export function StatusNotice({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  return (
    <div role="status" aria-live="polite" className="status-slot">
      {message ? (
        <div className="notice notice-success settings-status">
          <p>{message}</p>
          <button type="button" className="button button-ghost button-small" onClick={onDismiss}>
            Dismiss<span className="visually-hidden"> message</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A secret the API shows once (an API key, a webhook signing secret): a warning, the value in a read-only field
 * (selected on focus), and a copy button that says whether copying worked.
 */
export function SecretReveal({ label, value, warning }: { label: string; value: string; warning: string }) {
  return (
    <div className="secret">
      <div className="notice notice-warning" role="note">
        <p>
          <strong>Copy it now.</strong> {warning}
        </p>
      </div>
      <CopyField label={label} value={value} />
    </div>
  );
}

/** Previous/next buttons under a table paged through a connection by cursors, with the range shown. */
export function Pager({
  label,
  pages,
  onPages,
  pageSize,
  shown,
  connection,
}: {
  label: string;
  pages: CursorPages;
  onPages: (pages: CursorPages) => void;
  pageSize: number;
  shown: number;
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}) {
  const pageIndex = pages.stack.length - 1;
  const { totalCount, pageInfo } = connection;
  if (pageIndex === 0 && !pageInfo.hasNextPage)
    return <p className="muted small pager-range">{pageRange(0, pageSize, shown, totalCount)}</p>;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="button" onClick={() => onPages(previousPage(pages))} disabled={pageIndex === 0}>
        ← Previous<span className="visually-hidden"> page</span>
      </button>
      <span className="muted small" aria-live="polite">
        {pageRange(pageIndex, pageSize, shown, totalCount)}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => onPages(nextPage(pages, pageInfo.endCursor))}
        disabled={!pageInfo.hasNextPage}
      >
        Next<span className="visually-hidden"> page</span> →
      </button>
    </nav>
  );
}

/** The notice in place of a section the person may not open (the sub-navigation leaves it out too). */
export function NotPermitted({ what }: { what: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>You do not have permission to see {what}. Ask an admin of this client.</p>
    </div>
  );
}

/** A status shown by word and symbol, not colour alone. */
export function StatusBadge({
  tone,
  children,
}: {
  tone: 'ok' | 'warn' | 'danger' | 'neutral' | 'info';
  children: ReactNode;
}) {
  const symbol = tone === 'ok' ? '✓' : tone === 'danger' ? '✕' : tone === 'warn' ? '!' : tone === 'info' ? '…' : '–';
  return (
    <span className={`badge settings-badge settings-badge-${tone}`}>
      <span aria-hidden="true">{symbol} </span>
      {children}
    </span>
  );
}
