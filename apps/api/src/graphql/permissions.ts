import { Authorized, Extensions } from 'type-graphql';
import type { Permission } from '@noticeboard/domain';
import type { RequestContext } from '../context/request-context.js';

/** A requirement that is not a role permission: the caller is a signed-in person, not an API key. */
export const PERSON = 'person';

/** What a field can require: a permission of the caller's roles, or {@link PERSON}. */
export type Requirement = Permission | typeof PERSON;

/** The field extension that carries a field's declaration, read by the permission snapshot test. */
export const ALLOW_EXTENSION = 'allow';

/**
 * Declares who may call a resolver field, checked once by the schema's auth checker before the field runs:
 * `@Allow()` any signed-in caller (person or API key), `@Allow(PERSON)` a signed-in person,
 * `@Allow('policy:write')` a caller whose roles grant the permission; several requirements must all hold.
 * Fields without it are public. Rules that depend on data (a role in another tenant, who owns a row) stay in
 * the services. `src/graphql/__snapshots__/permissions.txt` lists every declaration.
 */
export function Allow(...required: Requirement[]): MethodDecorator {
  const authorized = Authorized<Requirement>(...required);
  const extension = Extensions({ [ALLOW_EXTENSION]: required });
  return (target, propertyKey, descriptor) => {
    authorized(target, propertyKey, descriptor);
    extension(target, propertyKey, descriptor);
  };
}

/**
 * Throws what the services threw before the declarations moved here: UNAUTHENTICATED for anonymous callers,
 * FORBIDDEN for a role without the permission or for an API key where a person is required, and
 * BAD_USER_INPUT (TENANT_NOT_SELECTED) for a tenant permission that fails only because no tenant is selected.
 */
export function assertAllowed(ctx: RequestContext, required: readonly Requirement[]): void {
  ctx.assertSignedIn();
  for (const requirement of required) {
    if (requirement === PERSON) ctx.assertUser();
    else ctx.assertCan(requirement);
  }
}
