import { email as emailAddress, problem } from '@noticeboard/domain';
import { ValidationFailed } from '../../graphql/user-error.js';

/**
 * The email address a public form sent (subscribe to sub-processor notices, ask for a withdrawal link): the
 * address as the domain reads it, or the typed problem at `email` (REQUIRED when blank, else INVALID_FORMAT).
 */
export function submittedEmail(value: unknown): string | ValidationFailed {
  const parsed = emailAddress.safeParse(value);
  if (parsed.success) return parsed.data;
  return ValidationFailed.of([
    problem(
      'email',
      typeof value === 'string' && value.trim() ? 'INVALID_FORMAT' : 'REQUIRED',
      'give an email address',
    ),
  ]);
}
