import { ValidateBy, type ValidationOptions } from 'class-validator';
import { notFound } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id that is not even well-formed names nothing: NOT_FOUND, like an id of another tenant. */
export function existingId(value: string, what: string): string {
  if (!UUID.test(value)) throw notFound(what);
  return value.toLowerCase();
}

/**
 * On an argument or input field that is a list of ids (filters, selections): a malformed id refuses the call as
 * BAD_USER_INPUT, with the field in `validationErrors`, before the resolver runs (type-graphql validates arguments;
 * `formatError` gives the code). A list is a statement about many rows, so a malformed entry is a client's mistake
 * to report, not a row to look for: a filter that dropped it quietly would answer as if it had been obeyed.
 * Inputs whose result union reports each entry (`recipientIds.0` INVALID_FORMAT / UNKNOWN_REFERENCE through the
 * domain's `idList`) keep that typed answer, and a single id stays NOT_FOUND (`existingId`).
 */
export function AreIds(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'areIds',
      validator: {
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          (Array.isArray(value) && value.every((id) => typeof id === 'string' && isUuid(id))),
        defaultMessage: (args) => `${args?.property ?? 'the list'} must hold ids only`,
      },
    },
    options,
  );
}
