import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useOutletContext, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import {
  DONE,
  FailureNotice,
  outcomeMessage,
  outcomeOf,
  useSubmit,
  validationFailed,
  type Outcome,
} from '../../components/form/index.js';
import type { POLICY_EDITOR, POLICY_EDITOR_LISTS } from '../../graphql/edit.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { sentence } from '../../lib/format.js';

export type EditorData = ResultOf<typeof POLICY_EDITOR> & ResultOf<typeof POLICY_EDITOR_LISTS>;
export type EditorTenant = EditorData['currentTenant'];

/** What every section of the editor gets from the layout: the loaded policy, and a way to reload it after a change. */
export interface EditorContext {
  data: EditorData;
  tenant: EditorTenant;
  refresh: () => Promise<unknown>;
}

export function useEditor(): EditorContext {
  return useOutletContext<EditorContext>();
}

/** Finds the control named `field` (or the first one under it, or its parent), within `scope`. */
function controlFor(scope: ParentNode, field: string): HTMLElement | null {
  const byName = (selector: string) => {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found instanceof HTMLFieldSetElement)
      return found.querySelector<HTMLElement>('input, select, textarea, button');
    return found;
  };
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const exact = byName(`[name="${CSS.escape(path)}"]`);
    if (exact) return exact;
    const under = byName(`[name^="${CSS.escape(`${path}.`)}"]`);
    if (under) return under;
  }
  return null;
}

/**
 * Honours `?id=` and `?field=` (links from the completeness panel): once the section is shown, scrolls to the item
 * and focuses the control with that name. Runs after the layout's own "focus the heading" so it wins.
 */
export function useFocusFromQuery(ready: boolean) {
  const [params] = useSearchParams();
  const id = params.get('id');
  const field = params.get('field');
  const done = useRef<string | null>(null);
  useEffect(() => {
    const key = `${id ?? ''}|${field ?? ''}`;
    if (!ready || (!id && !field) || done.current === key) return;
    done.current = key;
    const timer = window.setTimeout(() => {
      const scope: ParentNode =
        (id && document.getElementById(itemDomId(id))) || document.querySelector('main') || document;
      const control = field ? controlFor(scope, field) : null;
      const target =
        control ??
        (scope instanceof HTMLElement ? scope.querySelector<HTMLElement>('input, select, textarea, button') : null);
      if (scope instanceof HTMLElement && id) scope.scrollIntoView({ block: 'start' });
      if (target) {
        target.focus({ preventScroll: !!id && !control });
        if (control) control.scrollIntoView({ block: 'center' });
      }
      // Focus after a click is not drawn by browsers (:focus-visible); mark the field the link pointed at until
      // the person moves on, so they see where to look.
      const holder = control?.closest<HTMLElement>('fieldset, .field');
      if (control && holder) {
        holder.classList.add('focus-target');
        control.addEventListener('blur', () => holder.classList.remove('focus-target'), { once: true });
      }
    });
    return () => window.clearTimeout(timer);
  }, [ready, id, field]);
  return { id, field };
}

export const itemDomId = (id: string) => `item-${id}`;

/** A delete button that asks first, in a dialog; the API's error stays inside the dialog. */
export function DeleteButton({
  what,
  name,
  onDelete,
}: {
  what: string;
  name: string;
  onDelete: () => Promise<Outcome>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small button-danger-outline" onClick={() => setOpen(true)}>
        Delete<span className="visually-hidden"> {name}</span>
      </button>
      <ConfirmDialog
        title={`Delete ${what}?`}
        open={open}
        confirmLabel={`Delete ${what}`}
        busyLabel="Deleting…"
        cancelLabel="Keep it"
        onConfirm={onDelete}
        onClose={() => setOpen(false)}
      >
        <p>
          Delete <strong>{name}</strong> from the draft policy? Published versions keep it; the next version will not.
        </p>
      </ConfirmDialog>
    </>
  );
}

/** Completeness problems the check reports for one item (or for a section when `id` is null). */
export function ItemProblems({ problems }: { problems: readonly { message: string; severity: string }[] }) {
  if (!problems.length) return null;
  return (
    <ul className="item-problems">
      {problems.map((p, i) => (
        <li key={i} className={p.severity === 'ERROR' ? 'error-text' : 'warn-text'}>
          <span className="visually-hidden">{p.severity === 'ERROR' ? 'To fix: ' : 'Warning: '}</span>
          {sentence(p.message)}
        </li>
      ))}
    </ul>
  );
}

export interface ListItem {
  id: string;
  name: string;
}

/**
 * A section's list: each item with a summary, Edit and Delete; one item's form open at a time (or the "add" form).
 * `?id=` opens that item's form. Buttons for what the person may not do are left out.
 */
export function ItemList<T extends ListItem>({
  items,
  noun,
  nouns = `${noun}s`,
  canEdit,
  summary,
  form,
  onDelete,
  addLabel,
  emptyText,
  problemsOf,
  extraAdd,
  onMove,
}: {
  items: readonly T[];
  noun: string;
  /** The plural, where it is not the noun with an s ("data categories"). */
  nouns?: string;
  canEdit: boolean;
  summary: (item: T) => ReactNode;
  form: (item: T | null, close: () => void) => ReactNode;
  onDelete: (item: T) => Promise<Outcome>;
  addLabel: string;
  emptyText: ReactNode;
  problemsOf: (id: string) => readonly { message: string; severity: string }[];
  /** Further ways to add (e.g. from the catalog), shown next to the add button. */
  extraAdd?: ReactNode;
  /** Moves an item one place up (-1) or down (1) in the policy; without it the list has no move buttons. */
  onMove?: (item: T, delta: -1 | 1) => Promise<Outcome>;
}) {
  const [params] = useSearchParams();
  const wanted = params.get('id');
  const [open, setOpen] = useState<string | null>(wanted && items.some((i) => i.id === wanted) ? wanted : null);
  const [lastWanted, setLastWanted] = useState(wanted);
  if (wanted !== lastWanted) {
    // A new link (another problem of the same section) opens that item.
    setLastWanted(wanted);
    if (wanted && items.some((i) => i.id === wanted)) setOpen(wanted);
  }
  const addButton = useRef<HTMLButtonElement>(null);
  const moving = useSubmit();
  const move = async (item: T, delta: -1 | 1) => {
    if (!onMove) return;
    await moving.run(() => onMove(item, delta));
    // Keep the keyboard where it was: on the same button of the moved item, if it still has one.
    window.setTimeout(() => document.getElementById(`move-${delta < 0 ? 'up' : 'down'}-${item.id}`)?.focus());
  };
  const close = (id: string | null) => {
    setOpen(null);
    // Back to where the person was: the item's Edit button, or the add button.
    window.setTimeout(() => (id ? document.getElementById(`edit-${id}`) : addButton.current)?.focus());
  };
  return (
    <>
      <FailureNotice message={outcomeMessage(moving.outcome)} />
      {items.length === 0 && open !== 'new' ? (
        <div className="empty">
          <p className="empty-title">No {nouns} yet</p>
          {emptyText}
        </div>
      ) : (
        <ol className="item-list">
          {items.map((item, index) => (
            <li key={item.id} id={itemDomId(item.id)} className={`item${open === item.id ? ' item-open' : ''}`}>
              <div className="item-header">
                <div className="item-summary">
                  <h2 className="item-title">{item.name}</h2>
                  {summary(item)}
                  <ItemProblems problems={problemsOf(item.id)} />
                </div>
                {canEdit && open !== item.id ? (
                  <div className="item-actions">
                    {onMove && index > 0 ? (
                      <button
                        type="button"
                        id={`move-up-${item.id}`}
                        className="button button-small button-ghost"
                        onClick={() => void move(item, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">Move {item.name} up</span>
                      </button>
                    ) : null}
                    {onMove && index < items.length - 1 ? (
                      <button
                        type="button"
                        id={`move-down-${item.id}`}
                        className="button button-small button-ghost"
                        onClick={() => void move(item, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">Move {item.name} down</span>
                      </button>
                    ) : null}
                    <button
                      type="button"
                      id={`edit-${item.id}`}
                      className="button button-small"
                      onClick={() => setOpen(item.id)}
                    >
                      Edit<span className="visually-hidden"> {item.name}</span>
                    </button>
                    <DeleteButton what={noun} name={item.name} onDelete={() => onDelete(item)} />
                  </div>
                ) : null}
              </div>
              {open === item.id ? <div className="item-form">{form(item, () => close(item.id))}</div> : null}
            </li>
          ))}
        </ol>
      )}
      {canEdit ? (
        open === 'new' ? (
          <section className="item item-open item-new" aria-label={addLabel}>
            <h2 className="item-title">{addLabel}</h2>
            <div className="item-form">{form(null, () => close(null))}</div>
          </section>
        ) : (
          <div className="list-actions">
            <button type="button" ref={addButton} className="button button-primary" onClick={() => setOpen('new')}>
              {addLabel}
            </button>
            {extraAdd}
          </div>
        )
      ) : null}
    </>
  );
}

/**
 * Moves one item a place up or down: the list is renumbered 0..n-1 in its new order and each item whose position
 * changes is saved (usually two). `save` returns the mutation's result union.
 */
export async function moveItem<T extends { id: string; position: number }>(
  items: readonly T[],
  item: T,
  delta: -1 | 1,
  save: (id: string, position: number) => Promise<{ __typename: string } | null | undefined>,
): Promise<Outcome> {
  const order = [...items];
  const from = order.findIndex((i) => i.id === item.id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return DONE;
  [order[from], order[to]] = [order[to]!, order[from]!];
  for (const [position, each] of order.entries()) {
    if (each.position === position) continue;
    const outcome = await outcomeOf(() => save(each.id, position), validationFailed);
    if (outcome.failure || outcome.problems.length) return outcome;
  }
  return DONE;
}

/**
 * The move and delete handlers of an editor's list: each saves through the given mutation and reloads the editor's
 * data, so the list, the preview of problems and the completeness panel agree with the server.
 */
export function listChanges<T extends { id: string; position: number }>(
  items: readonly T[],
  refresh: () => Promise<unknown>,
  mutations: {
    reposition?: (id: string, position: number) => Promise<{ __typename: string } | null | undefined>;
    remove: (id: string) => Promise<unknown>;
  },
): { onMove?: (item: T, delta: -1 | 1) => Promise<Outcome>; onDelete: (item: T) => Promise<Outcome> } {
  const { reposition, remove } = mutations;
  return {
    onMove: reposition
      ? async (item, delta) => {
          const outcome = await moveItem(items, item, delta, reposition);
          await refresh();
          return outcome;
        }
      : undefined,
    onDelete: async (item) => {
      const outcome = await outcomeOf(
        () => remove(item.id),
        () => null,
      );
      if (!outcome.failure) await refresh();
      return outcome;
    },
  };
}

/** The next position at the end of a list, so a new item comes last in the policy. */
export function nextPosition(items: readonly { position: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.position + 1), 0);
}

export function SectionIntro({ children }: { children: ReactNode }) {
  return <p className="muted section-intro">{children}</p>;
}

/** Rows of a repeatable group, each with a stable key so typed text stays with its row when another is removed. */
export function useRows<T>(initial: readonly T[]) {
  const next = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((value, key) => ({ key, value: value as T | null })));
  return {
    rows,
    add: () => setRows((r) => [...r, { key: next.current++, value: null }]),
    remove: (key: number) => setRows((r) => r.filter((x) => x.key !== key)),
  };
}

/** A repeatable group: its rows, each removable, and an add button named after the group (the completeness check's field). */
export function Repeater({
  name,
  legend,
  hint,
  count,
  addLabel,
  onAdd,
  max,
  problems,
  children,
}: {
  name: string;
  legend: string;
  hint?: string;
  count: number;
  addLabel: string;
  onAdd: () => void;
  max?: number;
  problems: readonly { path: string; message: string }[];
  children: ReactNode;
}) {
  const own = problems.filter((p) => p.path === name);
  return (
    <fieldset className={`subform${own.length ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {own.length ? <p className="field-error">{own.map((p) => p.message).join(' ')}</p> : null}
      {count === 0 ? <p className="muted small">None yet.</p> : <ol className="repeat-list">{children}</ol>}
      {max === undefined || count < max ? (
        <button type="button" name={name} className="button button-small" onClick={onAdd}>
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

export function RemoveRow({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="button button-small button-danger-outline" onClick={onRemove}>
      Remove<span className="visually-hidden"> {label}</span>
    </button>
  );
}
