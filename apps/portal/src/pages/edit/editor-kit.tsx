import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useOutletContext, useSearchParams } from 'react-router';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';

// The editors' save row is every form's: one component, re-exported where the editors take their kit from.
export { FormActions } from '../../components/Field.js';
import type { POLICY_EDITOR, POLICY_EDITOR_LISTS } from '../../graphql/edit.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { friendlyMessage, problemsByPath, problemsFromError, unplaced, type Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import { COUNTRY_OPTIONS, countryName } from './policy-labels.js';

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

/** What a mutation came to: problems for the form's fields, a whole-request failure, or neither (done). */
export interface Outcome {
  problems: Problem[];
  failure: string | null;
}

const DONE: Outcome = { problems: [], failure: null };

/**
 * Runs a mutation and sorts its answer: a ValidationFailed result (given back by `pick`) becomes field problems,
 * a thrown BAD_USER_INPUT with validation details too, and any other error a friendly sentence.
 */
export async function outcomeOf<T>(run: () => Promise<T>, pick: (result: T) => { problems: readonly Problem[] } | null | undefined): Promise<Outcome> {
  try {
    const failed = pick(await run());
    return failed ? { problems: [...failed.problems], failure: null } : DONE;
  } catch (error) {
    const fromInput = problemsFromError(error);
    return fromInput.length ? { problems: fromInput, failure: null } : { problems: [], failure: friendlyMessage(error) };
  }
}

/** The ValidationFailed member of a mutation's result union, if that is what came back. */
export function failed<T extends { __typename: string }>(result: T | null | undefined): { problems: readonly Problem[] } | null {
  return result && result.__typename === 'ValidationFailed' ? (result as unknown as { problems: readonly Problem[] }) : null;
}

/** A form's submit state: busy, the API's problems by path, and a failure for the whole request. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(DONE);
  const byPath = problemsByPath(outcome.problems);
  const run = async (work: () => Promise<Outcome>): Promise<boolean> => {
    setBusy(true);
    setOutcome(DONE);
    const result = await work();
    setBusy(false);
    setOutcome(result);
    return !result.failure && !result.problems.length;
  };
  return {
    busy,
    outcome,
    /** Problems at this exact path. */
    at: (path: string) => byPath.get(path),
    /** Problems at this path or anywhere under it (`offices` → `offices.0.label`). */
    under: (path: string) => outcome.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)),
    /** Runs `work`; resolves true when it succeeded. */
    run,
    /** Runs a mutation whose result union may carry problems (shown at their fields), then `then` when it saved. */
    save: async <T extends { __typename: string }>(mutate: () => Promise<T | null | undefined>, then: () => Promise<void> | void): Promise<void> => {
      if (await run(() => outcomeOf(mutate, failed))) await then();
    },
  };
}

/** Reads a submitted form by control name; blank text is null, as the API treats it. */
export function formReader(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const optional = (name: string) => text(name) || null;
  return {
    text,
    optional,
    all: (name: string) => data.getAll(name).map(String),
    checked: (name: string) => data.get(name) !== null,
    /** A whole number, or null when blank; anything else goes to the API as typed so it says what is wrong. */
    int: (name: string): number | null => (text(name) === '' ? null : Number(text(name))),
    /** An address from `<prefix>.streetAddress` etc.; null when every part is blank (no address). */
    address: (prefix: string) => {
      const parts = addressParts(prefix);
      return Object.values(parts).some(Boolean) ? parts : null;
    },
    /** An address that must be given: blanks go to the API, which names each missing line. */
    requiredAddress: (prefix: string) => addressParts(prefix),
    has: (name: string) => data.has(name),
  };
  function addressParts(prefix: string) {
    return {
      streetAddress: text(`${prefix}.streetAddress`),
      locality: text(`${prefix}.locality`),
      region: optional(`${prefix}.region`),
      postalCode: optional(`${prefix}.postalCode`),
      country: text(`${prefix}.country`),
    };
  }
}

/** Finds the control named `field` (or the first one under it, or its parent), within `scope`. */
function controlFor(scope: ParentNode, field: string): HTMLElement | null {
  const byName = (selector: string) => {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found instanceof HTMLFieldSetElement) return found.querySelector<HTMLElement>('input, select, textarea, button');
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
      const scope: ParentNode = (id && document.getElementById(itemDomId(id))) || document.querySelector('main') || document;
      const control = field ? controlFor(scope, field) : null;
      const target = control ?? (scope instanceof HTMLElement ? scope.querySelector<HTMLElement>('input, select, textarea, button') : null);
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

// Controls. Each control's `name` is the API's path for it, so the API's problems and the completeness panel's
// `field` find it.

interface TextProps {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | number | null;
  type?: string;
  required?: boolean;
  problems?: readonly Problem[];
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  placeholder?: string;
  className?: string;
}

export function TextField({ name, label, hint, defaultValue, type = 'text', required, problems, multiline, rows = 3, autoComplete, placeholder, className }: TextProps) {
  return (
    <div className={className}>
      <Field label={required ? `${label} (required)` : label} hint={hint} problems={problems}>
        {(p) =>
          multiline ? (
            <textarea {...p} name={name} rows={rows} defaultValue={defaultValue ?? ''} required={required} placeholder={placeholder} />
          ) : (
            <input {...p} name={name} type={type} defaultValue={defaultValue ?? ''} required={required} autoComplete={autoComplete ?? 'off'} placeholder={placeholder} />
          )
        }
      </Field>
    </div>
  );
}

interface SelectProps {
  name: string;
  label: string;
  hint?: string;
  options: readonly (readonly [string, string])[];
  /** The first option, meaning "none"; without it a value must be chosen. */
  emptyLabel?: string;
  defaultValue?: string | null;
  value?: string;
  onChange?: (value: string) => void;
  required?: boolean;
  problems?: readonly Problem[];
}

export function SelectField({ name, label, hint, options, emptyLabel, defaultValue, value, onChange, required, problems }: SelectProps) {
  const controlled = value !== undefined ? { value } : { defaultValue: defaultValue ?? '' };
  return (
    <Field label={required ? `${label} (required)` : label} hint={hint} problems={problems}>
      {(p) => (
        <select {...p} name={name} {...controlled} required={required} onChange={onChange ? (e) => onChange(e.target.value) : undefined}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CountryField(props: Omit<SelectProps, 'options'>) {
  const known = COUNTRY_OPTIONS.some(([code]) => code === props.defaultValue);
  // A stored code the list lacks stays choosable, so saving does not silently change it.
  const options = known || !props.defaultValue ? COUNTRY_OPTIONS : [[props.defaultValue, countryName(props.defaultValue)] as const, ...COUNTRY_OPTIONS];
  return <SelectField emptyLabel="Choose a country" {...props} options={options} />;
}

/** A group of checkboxes sharing one name (a list in the API), in a fieldset with a legend. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  defaultValues,
  values,
  onChange,
  problems,
  emptyText,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly (readonly [string, string])[];
  defaultValues?: readonly string[];
  values?: readonly string[];
  onChange?: (values: string[]) => void;
  problems?: readonly Problem[];
  emptyText?: ReactNode;
}) {
  const id = useId();
  const invalid = !!problems?.length;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field${invalid ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.length === 0 ? (
        <p className="muted small">{emptyText ?? 'Nothing to choose yet.'}</p>
      ) : (
        <div className="checkbox-grid">
          {options.map(([value, text]) => (
            <label key={value} className="checkbox">
              <input
                type="checkbox"
                name={name}
                value={value}
                aria-invalid={invalid || undefined}
                {...(values
                  ? {
                      checked: values.includes(value),
                      onChange: (e) => onChange?.(e.target.checked ? [...values, value] : values.filter((v) => v !== value)),
                    }
                  : { defaultChecked: defaultValues?.includes(value) })}
              />
              {text}
            </label>
          ))}
        </div>
      )}
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {problems!.map((p) => sentence(p.message)).join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
  checked,
  onChange,
  problems,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  problems?: readonly Problem[];
}) {
  const id = useId();
  const invalid = !!problems?.length;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-checkbox${invalid ? ' field-invalid' : ''}`}>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...(checked !== undefined ? { checked, onChange: (e) => onChange?.(e.target.checked) } : { defaultChecked })}
        />
        {label}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {problems!.map((p) => sentence(p.message)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

interface AddressValue {
  streetAddress: string;
  locality: string;
  region?: string | null;
  postalCode?: string | null;
  country: string;
}

/** A postal address as `<prefix>.streetAddress`, ...; `optional` means all blank is no address. */
export function AddressFields({
  prefix,
  legend,
  value,
  optional,
  problems,
}: {
  prefix: string;
  legend: string;
  value?: AddressValue | null;
  optional?: boolean;
  problems: (path: string) => readonly Problem[] | undefined;
}) {
  const own = problems(prefix);
  return (
    <fieldset className="address-fields">
      <legend>{legend}</legend>
      {optional ? <p className="hint">Optional: leave every line blank for no address.</p> : null}
      {own?.length ? <p className="field-error">{own.map((p) => sentence(p.message)).join(' ')}</p> : null}
      <div className="form-grid">
        <TextField name={`${prefix}.streetAddress`} label="Street address" defaultValue={value?.streetAddress} problems={problems(`${prefix}.streetAddress`)} />
        <TextField name={`${prefix}.locality`} label="Town or city" defaultValue={value?.locality} problems={problems(`${prefix}.locality`)} />
        <TextField name={`${prefix}.region`} label="Region" defaultValue={value?.region} problems={problems(`${prefix}.region`)} />
        <TextField name={`${prefix}.postalCode`} label="Postal code" defaultValue={value?.postalCode} problems={problems(`${prefix}.postalCode`)} />
        <CountryField name={`${prefix}.country`} label="Country" defaultValue={value?.country} problems={problems(`${prefix}.country`)} />
      </div>
    </fieldset>
  );
}

/** The alert above a form: a whole-request failure, or a request to fix the fields marked, listing problems no field shows. */
export function FormProblems({ outcome, shown }: { outcome: Outcome; shown: readonly string[] }) {
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

/** A delete button that asks first, in a dialog; the API's error stays inside the dialog. */
export function DeleteButton({ what, name, onDelete }: { what: string; name: string; onDelete: () => Promise<Outcome> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const outcome = await onDelete();
    setBusy(false);
    const message = outcome.failure ?? (outcome.problems.length ? outcome.problems.map((p) => sentence(p.message)).join(' ') : null);
    if (message) setError(message);
    else setOpen(false);
  };
  return (
    <>
      <button type="button" className="button button-small button-danger-outline" onClick={() => setOpen(true)}>
        Delete<span className="visually-hidden"> {name}</span>
      </button>
      <Dialog
        title={`Delete ${what}?`}
        open={open}
        onClose={() => {
          setError(null);
          setOpen(false);
        }}
      >
        <p>
          Delete <strong>{name}</strong> from the draft policy? Published versions keep it; the next version will not.
        </p>
        {error ? (
          <div className="notice notice-error" role="alert">
            <p>{error}</p>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Keep it
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Deleting…' : `Delete ${what}`}
          </button>
        </div>
      </Dialog>
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
  const [moveFailure, setMoveFailure] = useState<string | null>(null);
  const move = async (item: T, delta: -1 | 1) => {
    if (!onMove) return;
    setMoveFailure(null);
    const outcome = await onMove(item, delta);
    const message = outcome.failure ?? (outcome.problems.length ? outcome.problems.map((p) => sentence(p.message)).join(' ') : null);
    setMoveFailure(message);
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
      {moveFailure ? (
        <div className="notice notice-error" role="alert">
          <p>{moveFailure}</p>
        </div>
      ) : null}
      {items.length === 0 && open !== 'new' ? (
        <div className="empty">
          <p className="empty-title">No {noun}s yet</p>
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
                      <button type="button" id={`move-up-${item.id}`} className="button button-small button-ghost" onClick={() => void move(item, -1)}>
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">Move {item.name} up</span>
                      </button>
                    ) : null}
                    {onMove && index < items.length - 1 ? (
                      <button type="button" id={`move-down-${item.id}`} className="button button-small button-ghost" onClick={() => void move(item, 1)}>
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">Move {item.name} down</span>
                      </button>
                    ) : null}
                    <button type="button" id={`edit-${item.id}`} className="button button-small" onClick={() => setOpen(item.id)}>
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
    const outcome = await outcomeOf(() => save(each.id, position), failed);
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
      const outcome = await outcomeOf(() => remove(item.id), () => null);
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
