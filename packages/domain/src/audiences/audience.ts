import { z } from 'zod';
import { optionalText, position, requiredText } from '../common/fields.js';
import { validateWith, type Validated } from '../common/problem.js';

/** Characters of an audience's fields. */
export const AUDIENCE_LIMITS = { name: 120, description: 2000 } as const;

/** A category of data subjects: website visitors, job applicants, customers, ... */
export const audience = z.object({
  name: requiredText(AUDIENCE_LIMITS.name, 'audience name'),
  description: optionalText(AUDIENCE_LIMITS.description, 'description'),
  position,
});
export type Audience = z.output<typeof audience>;

export function validateAudience(input: unknown): Validated<Audience> {
  return validateWith(audience, input);
}
