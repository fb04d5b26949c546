import type { Problem } from '../../lib/errors.js';

/** A value the form reader refused (not one of a control's options): shown next to the control, like the API's problems. */
export class FormValueError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'FormValueError';
  }
}

/** The values a control may take: a list, or a map keyed by them (e.g. the labels shown for them). */
export type Choices<T extends string> = readonly T[] | Readonly<Record<T, unknown>>;

function isChoice<T extends string>(choices: Choices<T>, value: string): value is T {
  return Array.isArray(choices)
    ? (choices as readonly string[]).includes(value)
    : Object.prototype.hasOwnProperty.call(choices, value);
}

const notAChoice = (name: string, value: string): Problem => ({
  path: name,
  code: 'INVALID_CHOICE',
  message: value ? `“${value}” is not one of the choices` : 'choose one of the options',
});

/** A bare host and path (`www.example.com/privacy`) with `https://` before it; anything else unchanged. */
export function withScheme(value: string): string {
  if (!value || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(mailto|tel):/i.test(value) || /\s/.test(value))
    return value;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#].*)?$/i.test(value) ? `https://${value}` : value;
}

/**
 * Reads a submitted form by control name; blank text is null, as the API treats it. Enum values are read with
 * `oneOf`/`optionalOneOf`/`allOf` against the values the control offers: a value that is not one of them is thrown as
 * a FormValueError, which `useSubmit` and `outcomeOf` show next to the control.
 */
export function formReader(form: HTMLFormElement | FormData) {
  const data = form instanceof FormData ? form : new FormData(form);
  /** The value as typed (passwords, which keep their spaces). */
  const raw = (name: string) => String(data.get(name) ?? '');
  const text = (name: string) => raw(name).trim();
  const optional = (name: string) => text(name) || null;
  const all = (name: string) => data.getAll(name).map(String);
  function addressParts(prefix: string) {
    return {
      streetAddress: text(`${prefix}.streetAddress`),
      locality: text(`${prefix}.locality`),
      region: optional(`${prefix}.region`),
      postalCode: optional(`${prefix}.postalCode`),
      country: text(`${prefix}.country`),
    };
  }
  return {
    raw,
    text,
    optional,
    all,
    checked: (name: string) => data.get(name) !== null,
    /**
     * A web address, or null when blank. A bare host ("example.com/privacy") is read as https, as people type
     * addresses; anything else goes to the API as typed, so it says what is wrong.
     */
    url: (name: string): string | null => withScheme(text(name)) || null,
    /** A whole number, or null when blank; anything else goes to the API as typed so it says what is wrong. */
    int: (name: string): number | null => (text(name) === '' ? null : Number(text(name))),
    /** One of `choices`, typed as their union; blank or anything else is a problem at `name`. */
    oneOf: <T extends string>(name: string, choices: Choices<T>): T => {
      const value = text(name);
      if (isChoice(choices, value)) return value;
      throw new FormValueError([notAChoice(name, value)]);
    },
    /** One of `choices`, or null when blank; anything else is a problem at `name`. */
    optionalOneOf: <T extends string>(name: string, choices: Choices<T>): T | null => {
      const value = text(name);
      if (!value) return null;
      if (isChoice(choices, value)) return value;
      throw new FormValueError([notAChoice(name, value)]);
    },
    /** Every checked value of a group, each one of `choices`. */
    allOf: <T extends string>(name: string, choices: Choices<T>): T[] => {
      const values = all(name);
      const chosen = values.filter((v): v is T => isChoice(choices, v));
      if (chosen.length === values.length) return chosen;
      throw new FormValueError(values.filter((v) => !isChoice(choices, v)).map((v) => notAChoice(name, v)));
    },
    /** An address from `<prefix>.streetAddress` etc.; null when every part is blank (no address). */
    address: (prefix: string) => {
      const parts = addressParts(prefix);
      return Object.values(parts).some(Boolean) ? parts : null;
    },
    /** An address that must be given: blanks go to the API, which names each missing line. */
    requiredAddress: (prefix: string) => addressParts(prefix),
    has: (name: string) => data.has(name),
    /** An explicit yes/no answer from an `AnswerField`: true, false, or null when not answered. */
    answer: (name: string): boolean | null => {
      const value = text(name);
      if (value === '') return null;
      if (value === 'yes' || value === 'no') return value === 'yes';
      throw new FormValueError([notAChoice(name, value)]);
    },
  };
}

export type FormReader = ReturnType<typeof formReader>;

/** A value narrowed to `choices` when it is one of them (a filter's select, a value from the address bar), else null. */
export function choiceOrNull<T extends string>(value: string | null | undefined, choices: Choices<T>): T | null {
  return value && isChoice(choices, value) ? value : null;
}

/** `value` (read from a control named `name`) as one of `choices`; anything else is a FormValueError at `name`. */
export function choiceOf<T extends string>(name: string, value: string, choices: Choices<T>): T {
  if (isChoice(choices, value)) return value;
  throw new FormValueError([notAChoice(name, value)]);
}
