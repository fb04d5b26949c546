import { z } from 'zod';
import { email, optionalText } from '../common/fields.js';
import { validateWith, type Problem, type Validated } from '../common/problem.js';
import { JURISDICTIONS } from '../jurisdictions/jurisdiction.js';
import { promiseProblem } from './deadline.js';
import { isRequestTypeAvailable, REQUEST_TYPES, requestTypeNotAvailable } from './request-type.js';
import { requesterName } from './requester-name.js';

export const REQUEST_DETAILS_MAX = 5000;

/** A request as the intake form or an integrator submits it. */
export const requestIntake = z.object({
  type: z.enum(REQUEST_TYPES, { error: `type must be one of ${REQUEST_TYPES.join(', ')}` }),
  jurisdiction: z.enum(JURISDICTIONS, { error: `jurisdiction must be one of ${JURISDICTIONS.join(', ')}` }),
  requesterName,
  email,
  details: optionalText(REQUEST_DETAILS_MAX, 'details'),
  /** The tenant's own, shorter promise in calendar days; the law's date wins when it is earlier. */
  promisedDays: z
    .number({ error: 'promised days must be a whole number of days' })
    .int({ error: 'promised days must be a whole number of days' })
    .min(1, { error: 'promised days must be at least 1' })
    .nullish()
    .transform((v) => v ?? null),
});
export type RequestIntake = z.output<typeof requestIntake>;

/** Checks an intake's shape, that the regime grants the right, and that a promise is not longer than the law. */
export function validateRequestIntake(input: unknown): Validated<RequestIntake> {
  return validateWith(requestIntake, input, (r) => {
    const problems: Problem[] = [];
    if (!isRequestTypeAvailable(r.type, r.jurisdiction)) problems.push(requestTypeNotAvailable(r.type, r.jurisdiction));
    const promise = r.promisedDays === null ? null : promiseProblem(r.jurisdiction, r.promisedDays);
    if (promise) problems.push(promise);
    return problems;
  });
}
