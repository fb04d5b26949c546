import type { ReactNode } from 'react';
import { Dialog } from './Dialog.js';
import { DONE, FailureNotice, outcomeMessage, useSubmit, type Outcome } from './form/index.js';

/** A yes/no dialog for an action that cannot be undone; its error stays inside it, and it closes once it worked. */
export function ConfirmDialog({
  title,
  open,
  confirmLabel,
  busyLabel = 'Working…',
  cancelLabel = 'Cancel',
  danger = true,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  confirmLabel: string;
  busyLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => Promise<Outcome>;
  onClose: () => void;
  children: ReactNode;
}) {
  const submit = useSubmit();
  const close = () => {
    submit.show(DONE);
    onClose();
  };
  const confirm = async () => {
    if (await submit.run(onConfirm)) close();
  };
  return (
    <Dialog title={title} open={open} onClose={close}>
      <div className="form">
        <FailureNotice message={outcomeMessage(submit.outcome)} />
        {children}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={submit.busy}
            onClick={() => void confirm()}
          >
            {submit.busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
