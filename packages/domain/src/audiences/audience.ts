import { z } from 'zod';
import { optionalText, position, requiredText } from '../common/fields.js';
import { validateWith, type Validated } from '../common/problem.js';

/** A category of data subjects: website visitors, job applicants, customers, ... */
export const audience = z.object({
  name: requiredText(120, 'audience name'),
  description: optionalText(2000, 'description'),
  position,
});
export type Audience = z.output<typeof audience>;

export function validateAudience(input: unknown): Validated<Audience> {
  return validateWith(audience, input);
}
