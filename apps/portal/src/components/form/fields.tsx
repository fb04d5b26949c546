import { createContext, useContext, useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Problem } from '../../lib/errors.js';
import { sentence } from '../../lib/format.js';
import { COUNTRY_OPTIONS, countryName } from '../../pages/edit/policy-labels.js';

// Controls. Each control's `name` is the API's path for it, so the API's problems (and the completeness panel's
// `field`) find it.

const problemText = (problems: readonly Problem[]) => problems.map((p) => sentence(p.message)).join(' ');

/**
 * What a form shows under a translatable field (`TextField`'s `translationField`): given the field's path and its
 * current text. The editors provide it per item; elsewhere fields show nothing.
 */
export type FieldStatusRenderer = (field: string, text: string) => ReactNode;
export const FieldStatusContext = createContext<FieldStatusRenderer | null>(null);

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** The API problems for this field's path. */
  problems?: readonly Problem[] | undefined;
  /** Shown under the control and its problems, outside the label (e.g. the field's translation status). */
  footer?: ReactNode;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A label, the control, a hint and the API's problems for it, wired for screen readers. */
export function Field({ label, hint, problems, footer, children }: FieldProps) {
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
          {problemText(problems!)}
        </p>
      ) : null}
      {footer}
    </div>
  );
}

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'defaultValue' | 'type' | 'required' | 'placeholder' | 'className' | 'children' | 'id' | 'ref'
>;

interface TextProps extends InputAttributes {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | number | null | undefined;
  type?: string;
  required?: boolean;
  /** Adds "(required)" to the label (the editors' way of marking what the policy needs). */
  markRequired?: boolean;
  problems?: readonly Problem[] | undefined;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** A class for a box around the field (e.g. a grid column). */
  className?: string;
  /** A class for the control itself (e.g. `field-narrow`). */
  controlClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The field's path among the item's translations: shows its status in the other published languages. */
  translationField?: string;
}

/** A labelled text input (or textarea with `multiline`) with its hint and problems. */
export function TextField({
  name,
  label,
  hint,
  defaultValue,
  type = 'text',
  required,
  markRequired = required,
  problems,
  multiline,
  rows = 3,
  autoComplete,
  placeholder,
  className,
  controlClassName,
  inputRef,
  maxLength,
  translationField,
  onChange,
  ...rest
}: TextProps) {
  const statusOf = useContext(FieldStatusContext);
  // The status follows the text as it is typed, so an edit shows which translations it leaves behind.
  const [text, setText] = useState(String(defaultValue ?? ''));
  const footer = translationField && statusOf ? statusOf(translationField, text) : null;
  const field = (
    <Field label={markRequired ? `${label} (required)` : label} hint={hint} problems={problems} footer={footer}>
      {(p) =>
        multiline ? (
          <textarea
            {...p}
            name={name}
            rows={rows}
            defaultValue={defaultValue ?? ''}
            required={required}
            placeholder={placeholder}
            maxLength={maxLength}
            className={controlClassName}
            onChange={(e) => setText(e.target.value)}
          />
        ) : (
          <input
            {...rest}
            {...p}
            ref={inputRef}
            name={name}
            type={type}
            defaultValue={defaultValue ?? ''}
            required={required}
            autoComplete={autoComplete ?? 'off'}
            placeholder={placeholder}
            maxLength={maxLength}
            className={controlClassName}
            onChange={(e) => {
              setText(e.target.value);
              onChange?.(e);
            }}
          />
        )
      }
    </Field>
  );
  return className ? <div className={className}>{field}</div> : field;
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
  /** Adds "(required)" to the label. */
  markRequired?: boolean;
  problems?: readonly Problem[] | undefined;
}

/** A labelled select of `[value, text]` options. */
export function SelectField({
  name,
  label,
  hint,
  options,
  emptyLabel,
  defaultValue,
  value,
  onChange,
  required,
  markRequired = required,
  problems,
}: SelectProps) {
  const controlled = value !== undefined ? { value } : { defaultValue: defaultValue ?? '' };
  return (
    <Field label={markRequired ? `${label} (required)` : label} hint={hint} problems={problems}>
      {(p) => (
        <select
          {...p}
          name={name}
          {...controlled}
          required={required}
          onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        >
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

/** `[value, text]` options from a map of labels by value. */
export const optionsOf = (labels: Readonly<Record<string, string>>): readonly (readonly [string, string])[] =>
  Object.entries(labels);

export function CountryField(props: Omit<SelectProps, 'options'>) {
  const known = COUNTRY_OPTIONS.some(([code]) => code === props.defaultValue);
  // A stored code the list lacks stays choosable, so saving does not silently change it.
  const options =
    known || !props.defaultValue
      ? COUNTRY_OPTIONS
      : [[props.defaultValue, countryName(props.defaultValue)] as const, ...COUNTRY_OPTIONS];
  return <SelectField emptyLabel="Choose a country" {...props} options={options} />;
}

/**
 * A fieldset with a legend, a hint and the API's problems for what it groups (checkboxes, radio buttons, the answers
 * to several questions), wired for screen readers. `errorText` is said instead of the problems' own words (e.g. to
 * point at the controls inside, which show theirs).
 */
export function FieldGroup({
  legend,
  hint,
  problems,
  errorText,
  className = 'field',
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  problems?: readonly Problem[] | undefined;
  errorText?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const invalid = !!problems?.length;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`${className}${invalid ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {errorText ?? problemText(problems!)}
        </p>
      ) : null}
    </fieldset>
  );
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
  problems?: readonly Problem[] | undefined;
  emptyText?: ReactNode;
}) {
  const invalid = !!problems?.length;
  return (
    <FieldGroup legend={legend} hint={hint} problems={problems}>
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
                      onChange: (e) =>
                        onChange?.(e.target.checked ? [...values, value] : values.filter((v) => v !== value)),
                    }
                  : { defaultChecked: defaultValues?.includes(value) })}
              />
              {text}
            </label>
          ))}
        </div>
      )}
    </FieldGroup>
  );
}

/**
 * Radio buttons sharing one name, in a fieldset with a legend. Each option is `[value, text]`, or
 * `[value, text, description]` for choices that need explaining (roles), shown one under the other.
 */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  defaultValue,
  problems,
  className,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly (readonly [value: string, text: ReactNode, description?: ReactNode])[];
  defaultValue?: string | null | undefined;
  problems?: readonly Problem[] | undefined;
  /** A class for the fieldset in place of `field`. */
  className?: string;
}) {
  return (
    <FieldGroup legend={legend} hint={hint} problems={problems} className={className}>
      <div className="role-options">
        {options.map(([value, text, description]) => {
          const input = (
            <input type="radio" name={name} value={value} defaultChecked={value === (defaultValue ?? '')} />
          );
          return description === undefined ? (
            <label key={value} className="checkbox">
              {input}
              {text}
            </label>
          ) : (
            <label key={value} className="role-option">
              {input}
              <span>
                <strong>{text}</strong>
                <span className="muted small"> — {description}</span>
              </span>
            </label>
          );
        })}
      </div>
    </FieldGroup>
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
  problems?: readonly Problem[] | undefined;
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
          {problemText(problems!)}
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

/**
 * A postal address as `<prefix>.streetAddress`, ...; `optional` means all blank is no address. The country is a
 * list of countries, or (`countryAs: 'text'`) two letters typed in.
 */
export function AddressFields({
  prefix,
  legend,
  value,
  optional,
  problems,
  className = 'address-fields',
  countryLabel = 'Country',
  countryHint,
  countryAs = 'select',
}: {
  prefix: string;
  legend: string;
  value?: AddressValue | null | undefined;
  optional?: boolean;
  problems: (path: string) => readonly Problem[] | undefined;
  className?: string;
  countryLabel?: string;
  countryHint?: string;
  countryAs?: 'select' | 'text';
}) {
  const own = problems(prefix);
  const country = `${prefix}.country`;
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {optional ? <p className="hint">Optional: leave every line blank for no address.</p> : null}
      {own?.length ? <p className="field-error">{problemText(own)}</p> : null}
      <div className="form-grid">
        <TextField
          name={`${prefix}.streetAddress`}
          label="Street address"
          defaultValue={value?.streetAddress}
          problems={problems(`${prefix}.streetAddress`)}
        />
        <TextField
          name={`${prefix}.locality`}
          label="Town or city"
          defaultValue={value?.locality}
          problems={problems(`${prefix}.locality`)}
        />
        <TextField
          name={`${prefix}.region`}
          label="Region"
          defaultValue={value?.region}
          problems={problems(`${prefix}.region`)}
        />
        <TextField
          name={`${prefix}.postalCode`}
          label="Postal code"
          defaultValue={value?.postalCode}
          problems={problems(`${prefix}.postalCode`)}
        />
        {countryAs === 'text' ? (
          <TextField
            name={country}
            label={countryLabel}
            hint={countryHint}
            defaultValue={value?.country}
            maxLength={2}
            controlClassName="field-narrow"
            problems={problems(country)}
          />
        ) : (
          <CountryField
            name={country}
            label={countryLabel}
            hint={countryHint}
            defaultValue={value?.country}
            problems={problems(country)}
          />
        )}
      </div>
    </fieldset>
  );
}

/** Cancel (when the form can be left) and the submit button at the foot of a form; `busyLabel` while it runs. */
export function FormActions({
  busy,
  saveLabel,
  busyLabel = 'Saving…',
  onCancel,
  danger,
}: {
  busy: boolean;
  saveLabel: string;
  busyLabel?: string;
  onCancel?: () => void;
  danger?: boolean;
}) {
  return (
    <div className="form-actions">
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy}>
        {busy ? busyLabel : saveLabel}
      </button>
    </div>
  );
}

/** The button that submits a form on a public card (sign-in, password reset, ...), as wide as the card. */
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" className="button button-primary button-block" disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}

/** A password being chosen (at least 10 characters), for the browser to offer a strong one. */
export function NewPasswordField({
  name,
  label,
  problems,
}: {
  name: string;
  label: string;
  problems: readonly Problem[] | undefined;
}) {
  return (
    <TextField
      name={name}
      label={label}
      hint="At least 10 characters."
      type="password"
      autoComplete="new-password"
      required
      markRequired={false}
      minLength={10}
      problems={problems}
    />
  );
}

/** The current password (with `current`), a new one and the new one again, named as the account mutations take them. */
export function PasswordFields({
  current,
  problems,
}: {
  current?: boolean;
  problems: (path: string) => readonly Problem[] | undefined;
}) {
  return (
    <>
      {current ? (
        <TextField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          markRequired={false}
          problems={problems('currentPassword')}
        />
      ) : null}
      <NewPasswordField name="newPassword" label="New password" problems={problems('newPassword')} />
      <TextField
        name="repeatPassword"
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        markRequired={false}
        problems={problems('repeatPassword')}
      />
    </>
  );
}

/**
 * A yes/no question whose answer the policy states: "Not answered" (null) is a choice of its own, so a statement
 * such as "we do not …" is only ever made from an explicit no. Read with `formReader(…).answer(name)`.
 */
export function AnswerField({
  name,
  label,
  hint,
  defaultValue,
  problems,
}: {
  name: string;
  label: string;
  hint?: string;
  defaultValue: boolean | null | undefined;
  problems?: readonly Problem[];
}) {
  return (
    <SelectField
      name={name}
      label={label}
      hint={hint}
      emptyLabel="Not answered"
      options={[
        ['yes', 'Yes'],
        ['no', 'No'],
      ]}
      defaultValue={defaultValue === true ? 'yes' : defaultValue === false ? 'no' : ''}
      problems={problems}
    />
  );
}
